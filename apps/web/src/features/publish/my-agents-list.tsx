// The organisation's agents with a chip per recent version, coloured by review status.
import Link from 'next/link';
import { Badge } from '@nexus/ui/badge';
import { buttonClassName } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import type { MyAgentsQuery } from '../../gql/graphql';
import { agentHref } from '../../lib/agent-paths';
import { formatCompact, formatDate } from '../../lib/format';
import { versionStatus } from '../agent/versions-table';
import styles from './publish.module.css';

type MyAgent = MyAgentsQuery['myAgents']['edges'][number]['node'];

export function MyAgentsList({ agents }: { agents: readonly MyAgent[] }) {
  if (agents.length === 0) {
    return (
      <EmptyState
        title="No agents yet"
        description="Publish a package and it will show up here with every version and its review status."
        action={<Link href="/console/publish" className={buttonClassName('primary')}>Publish an agent</Link>}
        data-testid="my-agents-empty"
      />
    );
  }
  return (
    <ul className={styles.agentList} data-testid="my-agents">
      {agents.map((agent) => (
        <li key={agent.id} className={styles.agentRow} data-testid="my-agent" data-agent-name={agent.name}>
          <div className={styles.agentMain}>
            <div className={styles.agentTitle}>
              <Link href={agentHref(agent.name)}><strong>{agent.displayName}</strong></Link>
              <span className="mono muted">{agent.name}</span>
              {agent.visibility === 'PRIVATE' && <Badge tone="warning">Private</Badge>}
            </div>
            <p className={styles.agentDescription}>{agent.description}</p>
            <ul className={styles.versionChips} aria-label="Versions">
              {agent.versions.edges.map(({ node }) => (
                <li key={node.id} title={node.rejectionReason ?? node.deprecated ?? `${versionStatus[node.status].label} · ${formatDate(node.createdAt)}`}>
                  <span className={`${styles.versionChip} ${styles[`chip_${node.status}`] ?? ''}`} data-testid="version-chip" data-status={node.status} data-version={node.version}>
                    <span className="mono">{node.version}</span>
                    <span>{versionStatus[node.status].label}</span>
                    {node.deprecated && <span>· deprecated</span>}
                  </span>
                </li>
              ))}
              {agent.versions.totalCount > agent.versions.edges.length && <li className="muted">+{agent.versions.totalCount - agent.versions.edges.length} older</li>}
            </ul>
          </div>
          <dl className={styles.agentStats}>
            <div><dt>Latest</dt><dd className="mono">{agent.latestVersion || '—'}</dd></div>
            <div><dt>Downloads</dt><dd>{formatCompact(agent.downloads)}</dd></div>
            <div><dt>Invocations</dt><dd>{formatCompact(agent.invocations)}</dd></div>
            <div><dt>Rating</dt><dd>{agent.rating == null ? '–' : `★ ${agent.rating.toFixed(1)}`}</dd></div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
