// Agent page, like an npm package page: header, install, and tabs for README, versions, dependencies, report, reviews and a live run.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { Banner } from '@nexus/ui/banner';
import { buttonClassName } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import { Tabs } from '@nexus/ui/tabs';
import { AgentPageDocument } from '../../../../features/agent/agent-documents';
import { AgentHeader } from '../../../../features/agent/agent-header';
import { AgentSidebar } from '../../../../features/agent/agent-sidebar';
import { DependencySection } from '../../../../features/agent/dependency-section';
import { exampleInput } from '../../../../features/agent/example-input';
import { Readme } from '../../../../features/agent/readme';
import { ReviewsPanel } from '../../../../features/agent/reviews-panel';
import { TryItPanel } from '../../../../features/agent/try-it-panel';
import { VersionsTable } from '../../../../features/agent/versions-table';
import { ReportSteps, ReportSummary } from '../../../../features/report/report-steps';
import { RequestErrorState } from '../../../../features/shell/request-error-state';
import { agentHref, scopedName } from '../../../../lib/agent-paths';
import { GraphQLRequestError, request } from '../../../../lib/graphql-client';
import { getSession } from '../../../../lib/session-server';
import styles from '../../../../features/agent/agent.module.css';

type Params = Promise<{ scope: string; name: string }>;

async function nameFrom(params: Params): Promise<string> {
  const { scope, name } = await params;
  return scopedName(decodeURIComponent(scope), decodeURIComponent(name));
}

// Metadata and the page share one gateway call per request.
const loadAgent = cache(async (name: string) => {
  const session = await getSession();
  const token = session.status === 'signed-in' ? session.token : null;
  return { session, data: await request(AgentPageDocument, { name }, { token }) };
});

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const name = await nameFrom(params);
  try {
    const { data } = await loadAgent(name);
    return data.agent ? { title: `${data.agent.displayName} (${data.agent.name})`, description: data.agent.description } : { title: name };
  } catch {
    return { title: name };
  }
}

export default async function AgentPage({ params }: { params: Params }) {
  const name = await nameFrom(params);
  let loaded;
  try {
    loaded = await loadAgent(name);
  } catch (error) {
    if (!(error instanceof GraphQLRequestError)) throw error;
    return <RequestErrorState error={error} action={<Link href={agentHref(name)} className={buttonClassName('secondary')}>Try again</Link>} />;
  }
  const { agent } = loaded.data;
  if (!agent) notFound();

  const session = loaded.session;
  const signedIn = session.status === 'signed-in';
  const latest = agent.latest;
  const versions = agent.versions.edges.map((edge) => edge.node);
  const published = versions.filter((version) => version.status === 'PUBLISHED').map((version) => version.version);
  const path = agentHref(agent.name);

  return (
    <div className={styles.page}>
      {latest?.deprecated && (
        <Banner tone="warning" title={`Version ${latest.version} is deprecated`} data-testid="deprecation-banner">{latest.deprecated}</Banner>
      )}
      <AgentHeader agent={agent} />
      <div className={styles.columns}>
        <Tabs
          label="Agent sections"
          items={[
            { id: 'readme', label: 'README', content: <Readme source={agent.readme} /> },
            { id: 'versions', label: 'Versions', count: agent.versions.totalCount, content: <VersionsTable versions={versions} distTags={agent.distTags} /> },
            {
              id: 'dependencies',
              label: 'Dependencies',
              count: agent.dependencyGraph.packages.filter((pkg) => pkg.name !== agent.name).length,
              content: <DependencySection agentName={agent.name} version={latest?.version ?? agent.latestVersion} declared={latest?.dependencies ?? []} graph={agent.dependencyGraph} />,
            },
            {
              id: 'report',
              label: 'Security & benchmark',
              content: latest ? (
                <div data-testid="report">
                  <div className={styles.sectionHead}>
                    <h2 className={styles.sectionTitle}>Publish report for v{latest.version}</h2>
                  </div>
                  <ReportSummary steps={latest.report.steps} />
                  <ReportSteps steps={latest.report.steps} />
                </div>
              ) : <EmptyState title="No report" description="No published version has a report yet." />,
            },
            {
              id: 'reviews',
              label: 'Reviews',
              count: agent.reviews.totalCount,
              content: (
                <ReviewsPanel
                  agentId={agent.id}
                  agentPath={path}
                  rating={agent.rating}
                  ratingCount={agent.ratingCount}
                  totalReviews={agent.reviews.totalCount}
                  reviews={agent.reviews.edges.map((edge) => edge.node)}
                  viewerReview={agent.viewerReview}
                  token={signedIn ? session.token : null}
                  viewerId={signedIn ? session.viewer.user.id : null}
                />
              ),
            },
            {
              id: 'try',
              label: 'Try it',
              content: <TryItPanel agentName={agent.name} versions={published} exampleInput={exampleInput(latest?.manifestJson)} token={signedIn ? session.token : null} agentPath={path} />,
            },
          ]}
        />
        <AgentSidebar agent={agent} />
      </div>
    </div>
  );
}
