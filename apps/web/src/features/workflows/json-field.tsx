'use client';
// A JSON textarea that keeps the text being typed and reports a value only when it parses.
import { useEffect, useState } from 'react';
import styles from './workflows.module.css';

export interface JsonFieldProps {
  id: string;
  label: string;
  value: unknown;
  /** `undefined` when the text is empty. */
  onValue: (value: unknown) => void;
  error?: string | null;
  rows?: number;
  testId?: string;
}

export const formatJson = (value: unknown): string => (value === undefined ? '' : JSON.stringify(value, null, 2));

export function JsonField({ id, label, value, onValue, error, rows = 4, testId }: JsonFieldProps) {
  const [text, setText] = useState(() => formatJson(value));
  const [parseError, setParseError] = useState<string | null>(null);

  // Follow outside changes (undo, another node) unless they are what this field just produced.
  useEffect(() => {
    setText((current) => {
      try {
        if (current.trim() && JSON.stringify(JSON.parse(current)) === JSON.stringify(value)) return current;
      } catch {
        // the typed text is invalid: replace it with the value from outside
      }
      return value === undefined && !current.trim() ? current : formatJson(value);
    });
  }, [value]);

  function change(next: string) {
    setText(next);
    if (!next.trim()) {
      setParseError(null);
      onValue(undefined);
      return;
    }
    try {
      const parsed: unknown = JSON.parse(next);
      setParseError(null);
      onValue(parsed);
    } catch (cause) {
      setParseError(`Not valid JSON: ${(cause as Error).message}`);
    }
  }

  const shown = parseError ?? error ?? null;
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.fieldLabel}>{label}</label>
      <textarea id={id} className={styles.code} rows={rows} value={text} spellCheck={false} onChange={(e) => change(e.target.value)} aria-invalid={shown ? true : undefined} data-testid={testId} />
      {shown && <p className={styles.fieldError} role="alert">{shown}</p>}
    </div>
  );
}
