'use client';
// Pending versions with their reports; an admin approves, or rejects with a reason the publisher will see.
import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { Badge } from '@nexus/ui/badge';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import type { ReviewDecision, ReviewQueueQuery } from '../../gql/graphql';
import { agentHref, publisherHref } from '../../lib/agent-paths';
import { formatBytes, formatDate } from '../../lib/format';
import { request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { ReportSteps, ReportSummary } from '../report/report-steps';
import { ReviewAgentVersionDocument } from './review-documents';
import styles from './review.module.css';

type Pending = ReviewQueueQuery['reviewQueue']['edges'][number]['node'];
type Decided = { decision: ReviewDecision; reason?: string };

export function ReviewQueue({ token, initial }: { token: string; initial: readonly Pending[] }) {
  const [decided, setDecided] = useState<Record<string, Decided>>({});
  const open = initial.filter((item) => !decided[item.id]);
  return (
    <div className="stack">
      {Object.entries(decided).map(([id, outcome]) => {
        const item = initial.find((i) => i.id === id);
        if (!item) return null;
        return (
          <Banner key={id} tone={outcome.decision === 'APPROVE' ? 'success' : 'warning'} data-testid="review-outcome">
            <strong>{item.agent.name}@{item.version}</strong> {outcome.decision === 'APPROVE' ? 'approved and published.' : `rejected: ${outcome.reason}`}
          </Banner>
        );
      })}
      {open.length === 0 ? (
        <EmptyState icon="✓" title="Nothing to review" description="New versions appear here after they pass the publish pipeline." data-testid="review-queue-empty" />
      ) : (
        <ul className={styles.queue} data-testid="review-queue">
          {open.map((item) => (
            <ReviewItem key={item.id} item={item} token={token} onDecided={(outcome) => setDecided((current) => ({ ...current, [item.id]: outcome }))} />
          ))}
        </ul>
      )}
    </div>
  );
}

function ReviewItem({ item, token, onDecided }: { item: Pending; token: string; onDecided: (outcome: Decided) => void }) {
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const [pending, setPending] = useState<ReviewDecision | null>(null);
  const [error, setError] = useState<string | null>(null);
  const warnings = item.report.steps.filter((step) => step.status !== 'passed').length;

  async function decide(decision: ReviewDecision, why?: string) {
    setPending(decision);
    setError(null);
    try {
      const { reviewAgentVersion } = await request(ReviewAgentVersionDocument, { input: { versionId: item.id, decision, reason: why ?? null } }, { token });
      if (reviewAgentVersion.errors.length) setError(reviewAgentVersion.errors.map((e) => e.message).join(' '));
      else onDecided({ decision, reason: why });
    } catch (cause) {
      setError(describeRequestError(cause));
    } finally {
      setPending(null);
    }
  }

  function submitReject(event: FormEvent) {
    event.preventDefault();
    const why = reason.trim();
    if (!why) {
      setError('Give a reason: the publisher sees it next to the rejected version.');
      return;
    }
    void decide('REJECT', why);
  }

  return (
    <li className={styles.item} data-testid="review-item" data-agent-name={item.agent.name} data-version={item.version}>
      <div className={styles.itemHead}>
        <div>
          <h2 className={styles.itemTitle}>
            <Link href={agentHref(item.agent.name)}>{item.agent.displayName}</Link> <span className="mono">{item.agent.name}@{item.version}</span>
          </h2>
          <p className={styles.itemMeta}>
            by <Link href={publisherHref(item.agent.publisher.slug)}>{item.agent.publisher.name}</Link> · uploaded {formatDate(item.createdAt)} · {formatBytes(item.sizeBytes)}, {item.fileCount} files
            {' · '}<Badge tone={warnings ? 'warning' : 'success'}>{warnings ? `${warnings} steps need a look` : 'all checks passed'}</Badge>
          </p>
        </div>
        <div className={styles.actions}>
          <Button onClick={() => decide('APPROVE')} loading={pending === 'APPROVE'} disabled={pending != null} data-testid="approve-version">Approve</Button>
          <Button variant="danger" onClick={() => { setRejecting(!rejecting); setError(null); }} disabled={pending != null} data-testid="reject-version">Reject…</Button>
        </div>
      </div>
      {error && <Banner tone="error" data-testid="review-error">{error}</Banner>}
      {rejecting && (
        <form className={styles.rejectForm} onSubmit={submitReject} data-testid="reject-form">
          <label htmlFor={`reason-${item.id}`} className={styles.label}>Reason for rejecting (required)</label>
          <textarea id={`reason-${item.id}`} value={reason} onChange={(event) => setReason(event.target.value)} rows={3} required className={styles.textarea} data-testid="reject-reason" placeholder="e.g. The README does not say which hosts it calls." />
          <div className={styles.rejectActions}>
            <Button type="submit" variant="danger" loading={pending === 'REJECT'} data-testid="confirm-reject">Reject version</Button>
            <Button variant="ghost" onClick={() => setRejecting(false)}>Cancel</Button>
          </div>
        </form>
      )}
      <details className={styles.report} open={warnings > 0}>
        <summary>Pipeline report <span className="muted">· <code className="mono">{item.integrity.slice(0, 22)}…</code></span></summary>
        <ReportSummary steps={item.report.steps} />
        <ReportSteps steps={item.report.steps} />
      </details>
    </li>
  );
}
