// Right column of an agent page: how to install it, its links, capabilities and tags.
import { CopyButton } from '@nexus/ui/copy-button';
import { formatDate } from '../../lib/format';
import type { AgentDetails } from './agent-types';
import styles from './agent.module.css';

export function AgentSidebar({ agent }: { agent: AgentDetails }) {
  return (
    <aside className={styles.sidebar} aria-label="About this agent">
      <section>
        <h2 className={styles.sideTitle}>Install</h2>
        <div className={styles.install}>
          <code data-testid="install-command">{agent.installCommand}</code>
          <CopyButton text={agent.installCommand} variant="ghost" data-testid="copy-install" aria-label="Copy install command" />
        </div>
      </section>
      <section>
        <h2 className={styles.sideTitle}>Details</h2>
        <dl className={styles.facts}>
          <div><dt>Version</dt><dd className="mono">{agent.latestVersion}</dd></div>
          <div><dt>Licence</dt><dd className="mono">{agent.license}</dd></div>
          <div><dt>Protocol</dt><dd className="mono">{agent.protocol}</dd></div>
          <div><dt>Versions</dt><dd>{agent.versions.totalCount}</dd></div>
          <div><dt>Updated</dt><dd>{formatDate(agent.updatedAt)}</dd></div>
          {agent.homepage && <div><dt>Homepage</dt><dd><a href={agent.homepage} rel="nofollow noopener noreferrer" target="_blank">{hostOf(agent.homepage)}</a></dd></div>}
          {agent.repository && <div><dt>Repository</dt><dd><a href={agent.repository} rel="nofollow noopener noreferrer" target="_blank">{hostOf(agent.repository)}</a></dd></div>}
        </dl>
      </section>
      {agent.capabilities.length > 0 && (
        <section>
          <h2 className={styles.sideTitle}>Capabilities</h2>
          <ul className={styles.chipList} data-testid="agent-capabilities">
            {agent.capabilities.map((capability) => <li key={capability} className={styles.capability}>{capability}</li>)}
          </ul>
        </section>
      )}
      {agent.tags.length > 0 && (
        <section>
          <h2 className={styles.sideTitle}>Tags</h2>
          <ul className={styles.chipList}>
            {agent.tags.map((tag) => <li key={tag}><a href={`/marketplace?tag=${encodeURIComponent(tag)}`} className={styles.tag}>{tag}</a></li>)}
          </ul>
        </section>
      )}
    </aside>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
