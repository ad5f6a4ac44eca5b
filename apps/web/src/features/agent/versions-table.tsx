// Every version with its review status, publish date, dist-tags and deprecation message.
import { Badge, type BadgeTone } from '@nexus/ui/badge';
import type { AgentVersionStatus } from '../../gql/graphql';
import { formatBytes, formatDate } from '../../lib/format';
import type { AgentDetails, AgentVersionRow } from './agent-types';
import styles from './agent.module.css';

export const versionStatus: Record<AgentVersionStatus, { label: string; tone: BadgeTone }> = {
  PUBLISHED: { label: 'Published', tone: 'success' },
  PENDING_REVIEW: { label: 'In review', tone: 'warning' },
  REJECTED: { label: 'Rejected', tone: 'danger' },
};

export function VersionsTable({ versions, distTags }: { versions: readonly AgentVersionRow[]; distTags: AgentDetails['distTags'] }) {
  return (
    <div className={styles.tableWrap}>
      <table className={styles.table} data-testid="versions-table">
        <thead>
          <tr>
            <th scope="col">Version</th>
            <th scope="col">Status</th>
            <th scope="col">Published</th>
            <th scope="col">Size</th>
            <th scope="col">Tags</th>
          </tr>
        </thead>
        <tbody>
          {versions.map((version) => {
            const tags = distTags.filter((tag) => tag.version === version.version);
            return (
              <tr key={version.id} data-testid="version-row" data-version={version.version} data-deprecated={version.deprecated ? 'true' : undefined} className={version.deprecated ? styles.deprecatedRow : undefined}>
                <td>
                  <code className={styles.versionCode}>{version.version}</code>
                  {version.deprecated && (
                    <p className={styles.deprecatedNote} data-testid="version-deprecated"><strong>Deprecated:</strong> {version.deprecated}</p>
                  )}
                  {version.rejectionReason && <p className={styles.rejectedNote}><strong>Rejected:</strong> {version.rejectionReason}</p>}
                </td>
                <td><Badge tone={versionStatus[version.status].tone} data-testid="version-status">{versionStatus[version.status].label}</Badge></td>
                <td className={styles.nowrap}>{formatDate(version.publishedAt ?? version.createdAt)}</td>
                <td className={`${styles.nowrap} muted`}>{formatBytes(version.sizeBytes)} · {version.fileCount} files</td>
                <td>
                  <span className={styles.chips}>
                    {tags.map((tag) => <Badge key={tag.tag} tone="accent" data-testid="version-dist-tag">{tag.tag}</Badge>)}
                  </span>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
