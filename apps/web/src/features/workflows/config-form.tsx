'use client';
// A node's settings form drawn from its config JSON Schema; compile problems for `config.<field>` show under the field.
import type { CompileProblem } from './builder-context';
import type { Config } from './graph-model';
import { JsonField } from './json-field';
import { asSchema, type JsonSchema } from '@nexus/workflow-model/schema-compat';
import styles from './workflows.module.css';

const LONG_TEXT = ['expression', 'source', 'prompt', 'systemPrompt', 'body', 'template'];

export interface ConfigFormProps {
  nodeId: string;
  schema: unknown;
  config: Config;
  problems: readonly CompileProblem[];
  /** `key` names the field, so typing in it folds into one undo step. */
  onChange: (config: Config, key: string) => void;
}

export function setKey(config: Config, name: string, value: unknown): Config {
  const next = { ...config };
  if (value === undefined || value === '') delete next[name];
  else next[name] = value;
  return next;
}

export function ConfigForm({ nodeId, schema, config, problems, onChange }: ConfigFormProps) {
  const root = asSchema(schema) ?? {};
  const properties = Object.entries(asSchema(root.properties) ?? {});
  const required = Array.isArray(root.required) ? root.required : [];
  if (properties.length === 0) return <p className="muted">This node has no settings.</p>;
  return (
    <div className={styles.form} data-testid="config-form">
      {properties.map(([name, raw]) => {
        const prop = asSchema(raw) ?? {};
        const error = problems.filter((p) => p.field === `config.${name}` || p.field?.startsWith(`config.${name}.`)).map((p) => p.message).join(' ') || null;
        return (
          <PropertyField
            key={`${nodeId}.${name}`}
            id={`cfg-${nodeId}-${name}`}
            name={name}
            label={`${name}${required.includes(name) ? ' *' : ''}`}
            prop={prop}
            value={config[name]}
            error={error}
            onValue={(value) => onChange(setKey(config, name, value), `${nodeId}.config.${name}`)}
          />
        );
      })}
    </div>
  );
}

interface PropertyFieldProps { id: string; name: string; label: string; prop: JsonSchema; value: unknown; error: string | null; onValue: (value: unknown) => void }

function PropertyField({ id, name, label, prop, value, error, onValue }: PropertyFieldProps) {
  const hint = typeof prop.description === 'string' ? <p className={styles.fieldHint}>{prop.description}</p> : null;
  const errorLine = error ? <p className={styles.fieldError} role="alert">{error}</p> : null;
  const testId = `config-${name}`;
  if (Array.isArray(prop.enum)) {
    const options = prop.enum.map((v) => String(v));
    return (
      <div className={styles.field}>
        <label htmlFor={id} className={styles.fieldLabel}>{label}</label>
        <select id={id} className={styles.input} value={value === undefined ? '' : String(value)} onChange={(e) => onValue(e.target.value === '' ? undefined : prop.enum && (prop.enum as unknown[]).find((v) => String(v) === e.target.value))} data-testid={testId}>
          <option value="">—</option>
          {options.map((o) => <option key={o} value={o}>{o}</option>)}
        </select>
        {errorLine ?? hint}
      </div>
    );
  }
  if (prop.type === 'string') {
    const long = LONG_TEXT.includes(name) || (typeof prop.maxLength === 'number' && prop.maxLength > 2048);
    const common = { id, value: typeof value === 'string' ? value : '', 'aria-invalid': error ? true : undefined, 'data-testid': testId };
    return (
      <div className={styles.field}>
        <label htmlFor={id} className={styles.fieldLabel}>{label}</label>
        {long
          ? <textarea {...common} className={styles.code} rows={4} spellCheck={false} onChange={(e) => onValue(e.target.value)} />
          : <input {...common} className={styles.input} type="text" onChange={(e) => onValue(e.target.value)} />}
        {errorLine ?? hint}
      </div>
    );
  }
  if (prop.type === 'number' || prop.type === 'integer') {
    return (
      <div className={styles.field}>
        <label htmlFor={id} className={styles.fieldLabel}>{label}</label>
        <input
          id={id}
          className={styles.input}
          type="number"
          step={prop.type === 'integer' ? 1 : 'any'}
          min={typeof prop.minimum === 'number' ? prop.minimum : undefined}
          max={typeof prop.maximum === 'number' ? prop.maximum : undefined}
          value={typeof value === 'number' ? value : ''}
          onChange={(e) => onValue(e.target.value === '' || Number.isNaN(e.target.valueAsNumber) ? undefined : e.target.valueAsNumber)}
          aria-invalid={error ? true : undefined}
          data-testid={testId}
        />
        {errorLine ?? hint}
      </div>
    );
  }
  if (prop.type === 'boolean') {
    return (
      <div className={styles.field}>
        <label className={styles.check}>
          <input id={id} type="checkbox" checked={value === true} onChange={(e) => onValue(e.target.checked)} data-testid={testId} />
          {label}
        </label>
        {errorLine ?? hint}
      </div>
    );
  }
  // object, array or untyped: edited as JSON.
  return <JsonField id={id} label={`${label} (JSON)`} value={value} onValue={onValue} error={error} testId={testId} />;
}
