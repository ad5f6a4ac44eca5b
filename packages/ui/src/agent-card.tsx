// Marketplace listing of one agent: title, scoped name, publisher, tags and stats.
import styles from './agent-card.module.css';

export interface AgentCardData {
  name: string;
  displayName: string;
  description: string;
  tags: readonly string[];
  latestVersion: string;
  downloads: number;
  rating?: number | null;
  ratingCount: number;
  publisher: { name: string; slug: string };
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });

export function AgentCard({ agent }: { agent: AgentCardData }) {
  const initial = agent.displayName.trim().charAt(0).toUpperCase() || '?';
  return (
    <article className={styles.card} data-testid="agent-card" aria-label={agent.displayName}>
      <header className={styles.header}>
        <span className={styles.avatar} aria-hidden="true">{initial}</span>
        <div className={styles.titles}>
          <h3 className={styles.title}>{agent.displayName}</h3>
          <p className={styles.name} data-testid="agent-name">{agent.name}</p>
        </div>
        <span className={styles.version} title="Latest version">v{agent.latestVersion}</span>
      </header>
      <p className={styles.description}>{agent.description}</p>
      {agent.tags.length > 0 && (
        <ul className={styles.tags} aria-label="Tags">
          {agent.tags.map((tag) => <li key={tag} className={styles.tag}>{tag}</li>)}
        </ul>
      )}
      <footer className={styles.footer}>
        <span className={styles.publisher} data-testid="agent-publisher">
          by <strong>{agent.publisher.name}</strong>
        </span>
        <span className={styles.stats}>
          <span title={`${agent.downloads.toLocaleString('en')} downloads`}>
            <span aria-hidden="true">↓ </span>{compact.format(agent.downloads)}
            <span className={styles.srOnly}> downloads</span>
          </span>
          <span title={agent.rating == null ? 'Not rated yet' : `${agent.rating.toFixed(1)} from ${agent.ratingCount} ratings`}>
            <span aria-hidden="true">★ </span>
            {agent.rating == null ? '–' : agent.rating.toFixed(1)}
            <span className={styles.srOnly}> rating</span>
          </span>
        </span>
      </footer>
    </article>
  );
}
