'use client';
// Runs the agent once in the sandbox with a JSON input and shows the output, timing and memory, or the error.
import Link from 'next/link';
import { useState } from 'react';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import type { InvokeAgentMutation } from '../../gql/graphql';
import { formatBytes, formatMs } from '../../lib/format';
import { GraphQLRequestError, request } from '../../lib/graphql-client';
import { describeRequestError } from '../../lib/user-errors';
import { InvokeAgentDocument } from './agent-documents';
import styles from './agent.module.css';

type Outcome = { kind: 'result'; payload: InvokeAgentMutation['invokeAgent'] } | { kind: 'error'; message: string };

function pretty(json: string): string {
  try {
    return JSON.stringify(JSON.parse(json), null, 2);
  } catch {
    return json;
  }
}

export function TryItPanel({ agentName, versions, exampleInput, token, agentPath }: { agentName: string; versions: readonly string[]; exampleInput: string; token: string | null; agentPath: string }) {
  const [input, setInput] = useState(exampleInput);
  const [version, setVersion] = useState(versions[0] ?? '');
  const [pending, setPending] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  async function run() {
    try {
      JSON.parse(input);
    } catch (error) {
      setOutcome({ kind: 'error', message: `The input is not valid JSON: ${(error as Error).message}` });
      return;
    }
    setPending(true);
    setOutcome(null);
    try {
      const { invokeAgent } = await request(InvokeAgentDocument, { name: agentName, version: version || null, inputJson: input }, { token, signal: AbortSignal.timeout(70_000) });
      setOutcome({ kind: 'result', payload: invokeAgent });
    } catch (error) {
      const message = error instanceof GraphQLRequestError && error.code === 'UNAUTHENTICATED' ? 'Sign in to run agents.' : describeRequestError(error);
      setOutcome({ kind: 'error', message });
    } finally {
      setPending(false);
    }
  }

  const result = outcome?.kind === 'result' ? outcome.payload : null;
  return (
    <div className={styles.tryIt} data-testid="try-it">
      <div className={styles.tryInput}>
        <div className={styles.tryHead}>
          <label htmlFor="try-input" className={styles.subTitle}>Input (JSON)</label>
          {versions.length > 1 && (
            <label className={styles.inlineSelect}>
              <span className="muted">Version</span>
              <select value={version} onChange={(event) => setVersion(event.target.value)} className={styles.select} data-testid="try-version">
                {versions.map((v) => <option key={v} value={v}>{v}</option>)}
              </select>
            </label>
          )}
        </div>
        <textarea id="try-input" value={input} onChange={(event) => setInput(event.target.value)} rows={10} spellCheck={false} className={`${styles.textarea} ${styles.code}`} data-testid="try-input" />
        <div className={styles.tryActions}>
          <Button onClick={run} loading={pending} data-testid="try-run">Run</Button>
          {!token && <span className="muted"><Link href={`/signin?next=${encodeURIComponent(agentPath)}`}>Sign in</Link> to run agents; each run counts as an invocation.</span>}
        </div>
      </div>
      <div className={styles.tryOutput}>
        <span className={styles.subTitle}>Output</span>
        {outcome?.kind === 'error' && <Banner tone="error" data-testid="try-error">{outcome.message}</Banner>}
        {result && result.errors.length > 0 && (
          <Banner tone="error" title="The run failed" data-testid="try-error">
            {result.errors.map((error) => <div key={error.code + error.message}><code>{error.code}</code> {error.message}</div>)}
          </Banner>
        )}
        {result && (result.durationMs != null || result.memoryBytes != null) && (
          <p className={styles.tryMeta}>
            {result.durationMs != null && <span data-testid="try-duration">⏱ {formatMs(result.durationMs)}</span>}
            {result.memoryBytes != null && <span data-testid="try-memory">▦ {formatBytes(result.memoryBytes)}</span>}
          </p>
        )}
        {result?.outputJson != null ? (
          <pre className={styles.output} data-testid="try-output">{pretty(result.outputJson)}</pre>
        ) : !outcome ? (
          <pre className={`${styles.output} muted`}>{pending ? 'Running…' : 'Run the agent to see its output here.'}</pre>
        ) : null}
      </div>
    </div>
  );
}
