// Marketplace listing of one agent: title, scoped name, publisher, marketplace facts (verified, protocol, licence, capabilities) and stats.
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
  verified?: boolean;
  protocol?: string;
  license?: string;
  capabilities?: readonly string[];
}

export interface AgentCardProps {
  agent: AgentCardData;
  /** Makes the whole card a link to the agent page. */
  href?: string;
  /** Links the publisher name (it sits above the card link). */
  publisherHref?: string;
}

const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const MAX_CAPABILITIES = 3;

export function AgentCard({ agent, href, publisherHref }: AgentCardProps) {
  const initial = agent.displayName.trim().charAt(0).toUpperCase() || '?';
  const capabilities = agent.capabilities ?? [];
  const hasFacts = agent.verified || agent.protocol || agent.license || capabilities.length > 0;
  return (
    <article className={styles.card} data-testid="agent-card" data-agent-name={agent.name} aria-label={agent.displayName}>
      <header className={styles.header}>
        <span className={styles.avatar} aria-hidden="true">{initial}</span>
        <div className={styles.titles}>
          <h3 className={styles.title}>
            {href ? <a href={href} className={styles.link} data-testid="agent-link">{agent.displayName}</a> : agent.displayName}
          </h3>
          <p className={styles.name} data-testid="agent-name">{agent.name}</p>
        </div>
        <span className={styles.version} title="Latest version">v{agent.latestVersion}</span>
      </header>
      <p className={styles.description}>{agent.description}</p>
      {hasFacts && (
        <ul className={styles.facts} aria-label="Details">
          {agent.verified && <li className={styles.verified} data-testid="agent-verified" title="Verified publisher">✓ Verified</li>}
          {agent.protocol && <li className={styles.fact} title="Protocol" data-testid="agent-protocol">{agent.protocol}</li>}
          {agent.license && <li className={styles.fact} title="Licence" data-testid="agent-license">{agent.license}</li>}
          {capabilities.slice(0, MAX_CAPABILITIES).map((capability) => (
            <li key={capability} className={styles.capability} title="Capability">{capability}</li>
          ))}
          {capabilities.length > MAX_CAPABILITIES && (
            <li className={styles.fact} title={capabilities.slice(MAX_CAPABILITIES).join(', ')}>+{capabilities.length - MAX_CAPABILITIES}</li>
          )}
        </ul>
      )}
      {agent.tags.length > 0 && (
        <ul className={styles.tags} aria-label="Tags">
          {agent.tags.map((tag) => <li key={tag} className={styles.tag}>{tag}</li>)}
        </ul>
      )}
      <footer className={styles.footer}>
        <span className={styles.publisher} data-testid="agent-publisher">
          by {publisherHref ? <a href={publisherHref} className={styles.publisherLink}><strong>{agent.publisher.name}</strong></a> : <strong>{agent.publisher.name}</strong>}
        </span>
        <span className={styles.stats}>
          <span title={`${agent.downloads.toLocaleString('en')} downloads`}>
            <span aria-hidden="true">↓ </span>{compact.format(agent.downloads)}
            <span className={styles.srOnly}> downloads</span>
          </span>
          <span title={agent.rating == null ? 'Not rated yet' : `${agent.rating.toFixed(1)} from ${agent.ratingCount} ratings`} data-testid="agent-rating">
            <span aria-hidden="true">★ </span>
            {agent.rating == null ? '–' : agent.rating.toFixed(1)}
            <span className={styles.srOnly}> rating</span>
          </span>
        </span>
      </footer>
    </article>
  );
}
