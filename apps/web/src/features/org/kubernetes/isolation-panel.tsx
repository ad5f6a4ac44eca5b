'use client';
// The organisation's Kubernetes isolation: where provisioning stands, a retry, and the manifests to read or download.
import { useState } from 'react';
import { Badge, type BadgeTone } from '@nexus/ui/badge';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { Card } from '@nexus/ui/card';
import { CopyButton } from '@nexus/ui/copy-button';
import type { IsolationFieldsFragment, IsolationStatus } from '../../../gql/graphql';
import { request } from '../../../lib/graphql-client';
import { describeRequestError } from '../../../lib/user-errors';
import { downloadText } from '../../console/download';
import { formatDateTime } from '../../console/format';
import { errorText } from '../../console/payload-errors';
import { RetryKubernetesProvisioningDocument } from './kubernetes-documents';
import styles from '../org.module.css';

const TONE: Record<IsolationStatus, BadgeTone> = { PENDING: 'warning', APPLYING: 'accent', READY: 'success', FAILED: 'danger', MANUAL: 'neutral' };

const EXPLAIN: Record<IsolationStatus, string> = {
  PENDING: 'Waiting to be applied to the cluster.',
  APPLYING: 'Being applied to the cluster now.',
  READY: 'Applied and current.',
  FAILED: 'The last apply failed; it is retried with backoff, or retry now.',
  MANUAL: 'No cluster is configured for this platform: download the manifests and apply them with kubectl yourself.',
};

export function IsolationPanel({ token, initial }: { token: string; initial: IsolationFieldsFragment }) {
  const [isolation, setIsolation] = useState(initial);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function retry() {
    setPending(true);
    setError(null);
    try {
      const { retryKubernetesProvisioning } = await request(RetryKubernetesProvisioningDocument, {}, { token });
      setError(errorText(retryKubernetesProvisioning.errors));
      if (retryKubernetesProvisioning.isolation) setIsolation(retryKubernetesProvisioning.isolation);
    } catch (cause) {
      setError(describeRequestError(cause));
    } finally {
      setPending(false);
    }
  }

  return (
    <div className="stack">
      <Card
        title="Provisioning"
        description={EXPLAIN[isolation.status]}
        actions={isolation.status !== 'READY' && isolation.status !== 'MANUAL' ? (
          <Button variant="secondary" size="sm" onClick={() => void retry()} loading={pending} data-testid="retry-provisioning">Retry now</Button>
        ) : undefined}
        data-testid="isolation-status-card"
      >
        {error && <Banner tone="error" data-testid="retry-error">{error}</Banner>}
        <dl className={styles.facts}>
          <dt>Namespace</dt>
          <dd><code data-testid="isolation-namespace">{isolation.namespace}</code></dd>
          <dt>Status</dt>
          <dd><Badge tone={TONE[isolation.status]} data-testid="isolation-status">{isolation.status.toLowerCase()}</Badge></dd>
          <dt>Attempts</dt>
          <dd data-testid="isolation-attempts">{isolation.attempts}</dd>
          <dt>Last applied</dt>
          <dd>{isolation.appliedAt ? formatDateTime(isolation.appliedAt) : 'Never'}</dd>
          <dt>Next attempt</dt>
          <dd>{isolation.nextAttemptAt ? formatDateTime(isolation.nextAttemptAt) : '—'}</dd>
          {isolation.lastError && (
            <>
              <dt>Last error</dt>
              <dd className={styles.inlineError} data-testid="isolation-last-error">{isolation.lastError}</dd>
            </>
          )}
        </dl>
      </Card>
      <Card
        title="Manifests"
        description="Namespace, resource quota, limit range and network policy, as one multi-document YAML file."
        actions={
          <>
            <CopyButton text={isolation.yaml} data-testid="copy-yaml" />
            <Button size="sm" onClick={() => downloadText(`${isolation.namespace}.yaml`, isolation.yaml, 'application/yaml')} data-testid="download-yaml">Download YAML</Button>
          </>
        }
      >
        <pre className={styles.code} data-testid="isolation-yaml"><code>{isolation.yaml}</code></pre>
      </Card>
    </div>
  );
}
