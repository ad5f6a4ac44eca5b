// Streaming placeholder while the first search result loads.
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
      <div className={styles.layout}>
        <div className="stack">
          {Array.from({ length: 4 }, (_, index) => <Skeleton key={index} height={110} />)}
        </div>
        <ul className={styles.grid}>
          {Array.from({ length: 6 }, (_, index) => (
            <li key={index}><Skeleton height={210} /></li>
          ))}
        </ul>
      </div>
    </div>
  );
}
