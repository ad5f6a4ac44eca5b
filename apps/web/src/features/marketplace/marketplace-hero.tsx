import type { ReactNode } from 'react';
import styles from './marketplace.module.css';

export function MarketplaceHero({ search }: { search?: ReactNode }) {
  return (
    <section className={styles.hero} aria-labelledby="marketplace-title">
      <h1 id="marketplace-title" className={styles.heroTitle}>Agent marketplace</h1>
      <p className={styles.heroText}>Discover AI agents published by organisations on Nexus Forge — extract invoices, triage tickets, summarise anything.</p>
      {search}
    </section>
  );
}
