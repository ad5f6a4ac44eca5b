// Permission checkboxes grouped by feature, from the API's catalogue; used for custom roles and API key scopes.
import type { PermissionInfoFieldsFragment } from '../../gql/graphql';
import styles from './permission-checkboxes.module.css';

export interface PermissionCheckboxesProps {
  catalogue: readonly PermissionInfoFieldsFragment[];
  /** Form field name; every checked box submits one value. */
  name: string;
  legend: string;
  defaultChecked: readonly string[];
  /** Permissions that may be picked; the rest are shown disabled, with why. */
  allowed?: readonly string[];
  disabledReason?: string;
  error?: string | null;
  /** data-testid of each box is `${testIdPrefix}${permission}`. */
  testIdPrefix: string;
}

export function groupByFeature<T extends { feature: string }>(items: readonly T[]): [string, T[]][] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.feature, [...(groups.get(item.feature) ?? []), item]);
  return [...groups];
}

export function PermissionCheckboxes({ catalogue, name, legend, defaultChecked, allowed, disabledReason, error, testIdPrefix }: PermissionCheckboxesProps) {
  const errorId = error ? `${name}-error` : undefined;
  return (
    <fieldset className={styles.fieldset} aria-describedby={errorId}>
      <legend className={styles.legend}>{legend}</legend>
      <div className={styles.groups}>
        {groupByFeature(catalogue).map(([feature, permissions]) => (
          <div key={feature} className={styles.group} role="group" aria-label={feature}>
            <p className={styles.feature}>{feature}</p>
            {permissions.map((permission) => {
              const disabled = allowed ? !allowed.includes(permission.name) : false;
              return (
                <label key={permission.name} className={styles.option} title={disabled ? disabledReason : permission.description}>
                  <input
                    type="checkbox"
                    name={name}
                    value={permission.name}
                    defaultChecked={!disabled && defaultChecked.includes(permission.name)}
                    disabled={disabled}
                    data-testid={`${testIdPrefix}${permission.name}`}
                  />
                  <span className={styles.text}>
                    <code>{permission.name}</code>
                    <span className={styles.description}>{permission.description}</span>
                  </span>
                </label>
              );
            })}
          </div>
        ))}
      </div>
      {error && <p id={errorId} className={styles.error} role="alert">{error}</p>}
    </fieldset>
  );
}
