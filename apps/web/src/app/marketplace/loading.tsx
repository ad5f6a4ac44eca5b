// Streaming placeholder while the agent list loads.
import { Skeleton } from '@nexus/ui/spinner';
import styles from '../../features/marketplace/marketplace.module.css';

export default function MarketplaceLoading() {
  return (
    <div aria-busy="true" aria-label="Loading agents">
      <div className={styles.hero}>
        <Skeleton height={32} width="40%" />
        <div style={{ height: 12 }} />
        <Skeleton height={18} width="65%" />
        <div style={{ height: 20 }} />
        <Skeleton height={36} width="min(40rem, 100%)" />
      </div>
      <ul className={styles.grid}>
        {Array.from({ length: 6 }, (_, index) => (
          <li key={index}><Skeleton height={190} /></li>
        ))}
      </ul>
    </div>
  );
}
