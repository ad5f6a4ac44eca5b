// Each plan limit against current use; unlimited limits show as such rather than as an empty bar.
import { ProgressBar } from '@nexus/ui/progress-bar';
import type { UsagePageQuery } from '../../../gql/graphql';
import { formatQuantity, limitLabel, usedPercent } from './usage-format';
import styles from './usage.module.css';

type Quota = UsagePageQuery['usage']['quotas'][number];

export function QuotaBars({ quotas }: { quotas: readonly Quota[] }) {
  return (
    <ul className={styles.quotas} data-testid="quotas">
      {quotas.map((quota) => {
        const label = limitLabel(quota.limit);
        const percent = usedPercent(quota.used, quota.max);
        return (
          <li key={quota.limit} className={percent != null && percent > 100 ? styles.over : undefined} data-testid="quota" data-limit={quota.limit}>
            <div className={styles.quotaHead}>
              <span className={styles.quotaName}>{label}</span>
              <span className={styles.quotaValue} data-testid="quota-value">
                {formatQuantity(quota.used, quota.unit)} / {formatQuantity(quota.max, quota.unit)}
              </span>
            </div>
            {percent == null ? <div className={styles.unlimited} role="img" aria-label={`${label}: unlimited`} /> : <ProgressBar value={percent} label={`${label} used`} />}
          </li>
        );
      })}
    </ul>
  );
}
