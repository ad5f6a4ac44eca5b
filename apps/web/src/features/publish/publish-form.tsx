'use client';
// Upload a package with real progress, then show the publish pipeline's report and where the version ended up.
import Link from 'next/link';
import { useRef, useState, type DragEvent } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { ProgressBar } from '@nexus/ui/progress-bar';
import { Spinner } from '@nexus/ui/spinner';
import type { PublishAgentVersionMutation } from '../../gql/graphql';
import { agentHref } from '../../lib/agent-paths';
import { formatBytes } from '../../lib/format';
import { GraphQLRequestError } from '../../lib/graphql-client';
import { requestWithProgress } from '../../lib/graphql-upload';
import { describeRequestError } from '../../lib/user-errors';
import { ReportSteps, ReportSummary } from '../report/report-steps';
import { PublishAgentVersionDocument } from './publish-documents';
import { packageProblem, readAsBase64 } from './read-base64';
import styles from './publish.module.css';

type Payload = PublishAgentVersionMutation['publishAgentVersion'];
type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; percent: number }
  | { kind: 'processing' }
  | { kind: 'done'; payload: Payload }
  | { kind: 'failed'; message: string };

export function PublishForm({ token }: { token: string }) {
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const busy = phase.kind === 'uploading' || phase.kind === 'processing';

  function choose(chosen: File | null | undefined) {
    setPhase({ kind: 'idle' });
    setFile(chosen ?? null);
    setProblem(chosen ? packageProblem(chosen) : null);
  }

  async function upload() {
    if (!file || problem) return;
    setPhase({ kind: 'uploading', percent: 0 });
    try {
      const tarball = await readAsBase64(file);
      const data = await requestWithProgress(PublishAgentVersionDocument, { input: { tarball } }, {
        token,
        onUploadProgress: (fraction) => setPhase({ kind: 'uploading', percent: fraction * 100 }),
        onUploaded: () => setPhase({ kind: 'processing' }),
      });
      setPhase({ kind: 'done', payload: data.publishAgentVersion });
    } catch (error) {
      const message = error instanceof GraphQLRequestError && error.code === 'FORBIDDEN'
        ? `You cannot publish this package: ${error.message}`
        : describeRequestError(error);
      setPhase({ kind: 'failed', message });
    }
  }

  function onDrop(event: DragEvent<HTMLLabelElement>) {
    event.preventDefault();
    setDragging(false);
    if (!busy) choose(event.dataTransfer.files[0]);
  }

  const percent = phase.kind === 'uploading' ? phase.percent : phase.kind === 'idle' || phase.kind === 'failed' ? null : 100;
  return (
    <div className={styles.publish}>
      <Card title="Package" description="A .tgz with nexus-agent.json, the entry file and a README at its root (or under package/).">
        <div className={styles.form}>
          <label
            className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
            onDragOver={(event) => { event.preventDefault(); setDragging(true); }}
            onDragLeave={() => setDragging(false)}
            onDrop={onDrop}
          >
            <span className={styles.dropIcon} aria-hidden="true">⇪</span>
            <strong>Choose a package</strong>
            <span className={styles.dropHint}>or drop a .tgz here · 10 MB at most</span>
            <input
              ref={input}
              type="file"
              accept=".tgz,.tar.gz,application/gzip,application/x-gzip"
              className="sr-only"
              disabled={busy}
              onChange={(event) => choose(event.target.files?.[0])}
              data-testid="package-file"
            />
          </label>
          {file && (
            <div className={styles.file} data-testid="package-selected">
              <span className={styles.fileName}>{file.name}</span>
              <span className="muted">{formatBytes(file.size)}</span>
            </div>
          )}
          {problem && <Banner tone="error" data-testid="package-problem">{problem}</Banner>}
          {percent != null && (
            <div className={styles.progress}>
              <div className={styles.progressLabel}>
                <span>{phase.kind === 'uploading' ? 'Uploading…' : 'Uploaded'}</span>
                <span data-testid="upload-percent">{Math.round(percent)}%</span>
              </div>
              <ProgressBar value={percent} label="Upload progress" data-testid="upload-progress" />
            </div>
          )}
          <Button onClick={upload} disabled={!file || !!problem} loading={busy} data-testid="publish-submit">
            {busy ? 'Publishing…' : 'Upload and publish'}
          </Button>
          <ul className={styles.checklist}>
            <li>Archive guards, manifest and ownership of the scope</li>
            <li>Security scan: secrets, dangerous code, advisories, licence</li>
            <li>Benchmark of the manifest&apos;s cases in the sandbox</li>
            <li>Review by a platform admin before it is listed</li>
          </ul>
        </div>
      </Card>
      <Card title="Pipeline report" description="Each step of the publish pipeline, in the order it ran.">
        <PublishOutcome phase={phase} />
      </Card>
    </div>
  );
}

function PublishOutcome({ phase }: { phase: Phase }) {
  if (phase.kind === 'idle' || phase.kind === 'uploading') {
    return <p className="muted">The report appears here once the package is uploaded.</p>;
  }
  if (phase.kind === 'processing') {
    return <p className="muted" data-testid="publish-processing"><Spinner size={14} label="Checking" /> Running the checks and the benchmark…</p>;
  }
  if (phase.kind === 'failed') {
    return <Banner tone="error" title="Upload failed" data-testid="publish-error">{phase.message}</Banner>;
  }
  const { payload } = phase;
  const steps = payload.report?.steps ?? [];
  return (
    <div className={styles.result}>
      <PublishStatus payload={payload} />
      {steps.length > 0 && (
        <div data-testid="publish-report">
          <ReportSummary steps={steps} />
          <ReportSteps steps={steps} />
        </div>
      )}
    </div>
  );
}

function PublishStatus({ payload }: { payload: Payload }) {
  const { version, errors } = payload;
  const status = errors.length > 0 || !version ? 'REJECTED' : version.status;
  return (
    <div data-testid="publish-status" data-status={status}>
      <PublishStatusBanner payload={payload} />
    </div>
  );
}

function PublishStatusBanner({ payload }: { payload: Payload }) {
  const { version, errors } = payload;
  if (errors.length > 0 || !version) {
    return (
      <Banner tone="error" title="Rejected by the pipeline">
        <ul className={styles.errorList} data-testid="publish-errors">
          {errors.map((error) => <li key={`${error.code}-${error.field}-${error.message}`}><code>{error.code}</code> {error.message}{error.field ? <span className="muted"> ({error.field})</span> : null}</li>)}
        </ul>
      </Banner>
    );
  }
  const name = `${version.agent.name}@${version.version}`;
  if (version.status === 'PUBLISHED') {
    return (
      <Banner tone="success" title={`${name} is published`}>
        It is live in the marketplace. <Link href={agentHref(version.agent.name)} data-testid="published-agent-link">Open its page</Link>
      </Banner>
    );
  }
  if (version.status === 'PENDING_REVIEW') {
    return (
      <Banner tone="info" title={`${name} is in the review queue`}>
        A platform admin will approve or reject it; follow it in <Link href="/console/agents">My agents</Link>.
      </Banner>
    );
  }
  return <Banner tone="error" title={`${name} was rejected`} />;
}
