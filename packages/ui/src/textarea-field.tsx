// Labelled multi-line input (monospace: it mostly holds JSON or code), laid out like TextField.
import type { TextareaHTMLAttributes } from 'react';
import fieldStyles from './text-field.module.css';
import styles from './form-controls.module.css';

export interface TextAreaFieldProps extends TextareaHTMLAttributes<HTMLTextAreaElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string | null;
}

export function TextAreaField({ name, label, hint, error, id, className, ...rest }: TextAreaFieldProps) {
  const inputId = id ?? `field-${name}`;
  const hintId = hint ? `${inputId}-hint` : undefined;
  const errorId = error ? `${inputId}-error` : undefined;
  return (
    <div className={[fieldStyles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={inputId} className={fieldStyles.label}>{label}</label>
      <textarea
        id={inputId}
        name={name}
        className={styles.textarea}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        spellCheck={false}
        {...rest}
      />
      {error ? (
        <p id={errorId} className={fieldStyles.error} data-testid={`field-error-${name}`} role="alert">{error}</p>
      ) : hint ? (
        <p id={hintId} className={fieldStyles.hint}>{hint}</p>
      ) : null}
    </div>
  );
}
