// Usage console: plan, limits against use, and API traffic over time.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Card } from '@nexus/ui/card';
import { loadConsoleData, openConsolePage } from '../../../features/console/console-page';
import { PlanCard } from '../../../features/org/usage/plan-card';
import { QuotaBars } from '../../../features/org/usage/quota-bars';
import { UsageChart } from '../../../features/org/usage/usage-chart';
import { UsagePageDocument } from '../../../features/org/usage/usage-documents';
import type { UsageRange } from '../../../gql/graphql';
import { formatCount } from '../../../lib/format';
import { request } from '../../../lib/graphql-client';
import styles from '../../../features/org/org.module.css';

export const metadata: Metadata = { title: 'Usage' };

const SPEC = { path: '/console/usage', title: 'Usage', permission: 'billing:read' };
const RANGES: { value: UsageRange; label: string }[] = [
  { value: 'HOUR', label: 'Hour' },
  { value: 'DAY', label: 'Day' },
  { value: 'WEEK', label: 'Week' },
];

export default async function UsagePage({ searchParams }: { searchParams: Promise<{ range?: string | string[] }> }) {
  const page = await openConsolePage(SPEC);
  if (!page.ok) return page.element;
  const { token, organization, permissions } = page.value;
  const asked = (await searchParams).range;
  const range = RANGES.find((r) => r.value === asked)?.value ?? 'DAY';
  const data = await loadConsoleData(SPEC, () => request(UsagePageDocument, { range }, { token }));
  if (!data.ok) return data.element;
  const { usage, plans } = data.value;
  const total = usage.apiRequests.reduce((sum, point) => sum + point.value, 0);

  return (
    <>
      <div className="page-header">
        <div>
          <h1 className="page-title">Usage</h1>
          <p className="page-subtitle">Plan and limits of <strong data-testid="console-org">{organization.tenant.name}</strong>.</p>
        </div>
      </div>
      <div className="stack">
        <div className={styles.grid2}>
          <Card title="Plan">
            <PlanCard key={`${organization.tenant.id}:${usage.plan.id}`} token={token} current={usage.plan} plans={plans} canChange={permissions.includes('quotas:manage')} />
          </Card>
          <Card title="Limits" description="Current use against the plan.">
            <QuotaBars quotas={usage.quotas} />
          </Card>
        </div>
        <Card
          title="API requests"
          description={`${formatCount(total)} requests in the last ${range.toLowerCase()}.`}
          actions={
            <nav className={styles.toggle} aria-label="Time range">
              {RANGES.map((r) => (
                <Link key={r.value} href={`/console/usage?range=${r.value}`} aria-current={r.value === range ? 'true' : undefined} data-testid={`range-${r.value}`} scroll={false}>
                  {r.label}
                </Link>
              ))}
            </nav>
          }
        >
          <UsageChart points={usage.apiRequests} range={range} />
        </Card>
      </div>
    </>
  );
}
