// Labelled input whose error is announced and tied to the input via aria-describedby.
import type { InputHTMLAttributes } from 'react';
import styles from './text-field.module.css';

export interface TextFieldProps extends InputHTMLAttributes<HTMLInputElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string | null;
}

export function TextField({ name, label, hint, error, id, className, ...rest }: TextFieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={[styles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className={styles.label}>{label}</label>
      <input
        id={inputId}
        name={name}
        className={styles.input}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        {...rest}
      />
      {error ? (
        <p id={errorId} className={styles.error} data-testid={`field-error-${name}`} role="alert">{error}</p>
      ) : hint ? (
        <p id={hintId} className={styles.hint}>{hint}</p>
      ) : null}
    </div>
  );
}
