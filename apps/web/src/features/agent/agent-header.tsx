// Top of an agent page: identity, publisher, licence and protocol, usage and rating.
import Link from 'next/link';
import { Badge } from '@nexus/ui/badge';
import { publisherHref } from '../../lib/agent-paths';
import { formatCompact, formatCount } from '../../lib/format';
import type { AgentDetails } from './agent-types';
import { Stars } from './stars';
import styles from './agent.module.css';

export function AgentHeader({ agent }: { agent: AgentDetails }) {
  return (
    <header className={styles.header} data-testid="agent-header">
      <span className={styles.avatar} aria-hidden="true">{agent.displayName.charAt(0).toUpperCase()}</span>
      <div className={styles.headerMain}>
        <div className={styles.titleRow}>
          <h1 className={styles.title} data-testid="agent-title">{agent.displayName}</h1>
          <span className={styles.latest} data-testid="agent-latest-version" title="Latest version">v{agent.latestVersion}</span>
          {agent.visibility === 'PRIVATE' && <Badge tone="warning">Private</Badge>}
        </div>
        <p className={styles.scopedName} data-testid="agent-scoped-name">{agent.name}</p>
        <p className={styles.description}>{agent.description}</p>
        <div className={styles.meta}>
          <span>
            by <Link href={publisherHref(agent.scope)} data-testid="agent-publisher-link">{agent.publisher.name}</Link>
            {agent.verified && <span className={styles.verified} data-testid="agent-verified" title="The platform verified this publisher"> ✓ Verified</span>}
          </span>
          <Badge data-testid="agent-license">{agent.license}</Badge>
          <Badge tone="accent" data-testid="agent-protocol">{agent.protocol}</Badge>
          <Badge>{agent.kind}</Badge>
        </div>
      </div>
      <dl className={styles.stats}>
        <div title={`${formatCount(agent.downloads)} downloads`}>
          <dt>Downloads</dt>
          <dd data-testid="agent-downloads">{formatCompact(agent.downloads)}</dd>
        </div>
        <div title={`${formatCount(agent.invocations)} invocations`}>
          <dt>Invocations</dt>
          <dd data-testid="agent-invocations">{formatCompact(agent.invocations)}</dd>
        </div>
        <div>
          <dt>Rating</dt>
          <dd data-testid="agent-rating">
            {agent.rating == null ? '–' : agent.rating.toFixed(1)} <Stars value={agent.rating ?? 0} />
            <span className={styles.ratingCount}>{formatCount(agent.ratingCount)} ratings</span>
          </dd>
        </div>
      </dl>
    </header>
  );
}
