'use client';
// Timeout, retry and on-error settings every step reads from its config (see the engine's node-policy.ts).
import type { CompileProblem } from './builder-context';
import type { Config } from './graph-model';
import { setKey } from './config-form';
import { JsonField } from './json-field';
import { asSchema } from '@nexus/workflow-model/schema-compat';
import styles from './workflows.module.css';

export interface PolicyFieldsProps {
  nodeId: string;
  config: Config;
  /** The type's own schema may already declare `timeoutMs`; then the generated form shows it. */
  hasOwnTimeout: boolean;
  /** The node's problems; those about these settings are listed under them. */
  problems: readonly CompileProblem[];
  onChange: (config: Config, key: string) => void;
}

type Retry = { max?: number; backoff?: string; delayMs?: number; maxDelayMs?: number; when?: string };
type OnError = { mode?: string; value?: unknown };

const numberOrUndefined = (raw: string): number | undefined => (raw === '' || Number.isNaN(Number(raw)) ? undefined : Number(raw));

const POLICY_FIELDS = ['config.retry', 'config.onError', 'config.timeoutMs'];

export function PolicyFields({ nodeId, config, hasOwnTimeout, problems, onChange }: PolicyFieldsProps) {
  const issues = problems.filter((p) => POLICY_FIELDS.some((f) => p.field === f || p.field?.startsWith(`${f}.`)) && !(hasOwnTimeout && p.field === 'config.timeoutMs'));
  const retry = (asSchema(config.retry) ?? {}) as Retry;
  const onError = (asSchema(config.onError) ?? {}) as OnError;
  const id = (name: string) => `policy-${nodeId}-${name}`;

  function setRetry(patch: Partial<Retry>) {
    const next: Retry = { ...retry, ...patch };
    for (const key of Object.keys(next) as (keyof Retry)[]) if (next[key] === undefined || next[key] === '') delete next[key];
    onChange(setKey(config, 'retry', next.max ? next : undefined), `${nodeId}.retry`);
  }
  function setOnError(mode: string, value?: unknown) {
    const next = mode === '' ? undefined : mode === 'default' ? { mode, value: value ?? null } : { mode };
    onChange(setKey(config, 'onError', next), `${nodeId}.onError`);
  }

  return (
    <fieldset className={styles.policy} data-testid="policy-fields">
      <legend className={styles.fieldLabel}>Error handling</legend>
      {!hasOwnTimeout && (
        <div className={styles.field}>
          <label htmlFor={id('timeout')} className={styles.fieldLabel}>Timeout (ms)</label>
          <input id={id('timeout')} className={styles.input} type="number" min={1} value={typeof config.timeoutMs === 'number' ? config.timeoutMs : ''} onChange={(e) => onChange(setKey(config, 'timeoutMs', numberOrUndefined(e.target.value)), `${nodeId}.timeoutMs`)} />
        </div>
      )}
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={id('retry-max')} className={styles.fieldLabel}>Retries</label>
          <input id={id('retry-max')} className={styles.input} type="number" min={0} max={10} value={retry.max ?? ''} onChange={(e) => setRetry({ max: numberOrUndefined(e.target.value) })} />
        </div>
        <div className={styles.field}>
          <label htmlFor={id('retry-delay')} className={styles.fieldLabel}>Delay (ms)</label>
          <input id={id('retry-delay')} className={styles.input} type="number" min={0} value={retry.delayMs ?? ''} disabled={!retry.max} onChange={(e) => setRetry({ delayMs: numberOrUndefined(e.target.value) })} />
        </div>
      </div>
      <div className={styles.row}>
        <div className={styles.field}>
          <label htmlFor={id('retry-backoff')} className={styles.fieldLabel}>Backoff</label>
          <select id={id('retry-backoff')} className={styles.input} value={retry.backoff ?? 'fixed'} disabled={!retry.max} onChange={(e) => setRetry({ backoff: e.target.value })}>
            <option value="fixed">fixed</option>
            <option value="exponential">exponential</option>
          </select>
        </div>
        <div className={styles.field}>
          <label htmlFor={id('retry-when')} className={styles.fieldLabel}>Also retry on</label>
          <select id={id('retry-when')} className={styles.input} value={retry.when ?? ''} disabled={!retry.max} onChange={(e) => setRetry({ when: e.target.value || undefined })}>
            <option value="">errors only</option>
            <option value="empty-output">empty output</option>
            <option value="invalid-json">invalid JSON</option>
          </select>
        </div>
      </div>
      {retry.backoff === 'exponential' && (
        <div className={styles.field}>
          <label htmlFor={id('retry-max-delay')} className={styles.fieldLabel}>Longest delay (ms)</label>
          <input id={id('retry-max-delay')} className={styles.input} type="number" min={0} value={retry.maxDelayMs ?? ''} onChange={(e) => setRetry({ maxDelayMs: numberOrUndefined(e.target.value) })} />
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor={id('on-error')} className={styles.fieldLabel}>On error</label>
        <select id={id('on-error')} className={styles.input} value={onError.mode ?? ''} onChange={(e) => setOnError(e.target.value, onError.value)} data-testid="policy-on-error">
          <option value="">stop the run (default)</option>
          <option value="continue">continue</option>
          <option value="error-branch">take the error branch</option>
          <option value="default">emit a default value</option>
        </select>
      </div>
      {onError.mode === 'default' && (
        <JsonField id={id('on-error-value')} label="Default value (JSON)" value={onError.value} onValue={(value) => setOnError('default', value)} rows={2} />
      )}
      {issues.length > 0 && <ul className={styles.problemList}>{issues.map((p, i) => <li key={i}>{p.message}</li>)}</ul>}
    </fieldset>
  );
}
