// Labelled <select> with the same label, hint and error layout as TextField.
import type { ReactNode, SelectHTMLAttributes } from 'react';
import fieldStyles from './text-field.module.css';
import styles from './form-controls.module.css';

export interface SelectFieldProps extends SelectHTMLAttributes<HTMLSelectElement> {
  name: string;
  label: string;
  hint?: string;
  error?: string | null;
  children: ReactNode;
}

export function SelectField({ name, label, hint, error, id, className, children, ...rest }: SelectFieldProps) {
  const selectId = id ?? `field-${name}`;
  const hintId = hint ? `${selectId}-hint` : undefined;
  const errorId = error ? `${selectId}-error` : undefined;
  return (
    <div className={[fieldStyles.field, className].filter(Boolean).join(' ')}>
      <label htmlFor={selectId} className={fieldStyles.label}>{label}</label>
      <select
        id={selectId}
        name={name}
        className={styles.select}
        aria-invalid={error ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
        {...rest}
      >
        {children}
      </select>
      {error ? (
        <p id={errorId} className={fieldStyles.error} data-testid={`field-error-${name}`} role="alert">{error}</p>
      ) : hint ? (
        <p id={hintId} className={fieldStyles.hint}>{hint}</p>
      ) : null}
    </div>
  );
}
