// The demo data set: tenant `acme` (owner demo@nexus.dev / demo-password-123) and a small public catalogue.
import type { Database } from './create-database';
import { makeAgent, makeMembership, makeTenant, makeUser, type AgentInput } from './factories';

export const DEMO_OWNER = { email: 'demo@nexus.dev', password: 'demo-password-123', name: 'Demo Owner' } as const;

type CatalogEntry = Omit<AgentInput, 'tenantId'>;

const PUBLISHERS: { slug: string; name: string; agents: CatalogEntry[] }[] = [
  {
    slug: 'acme',
    name: 'Acme Corp',
    agents: [
      { name: '@acme/invoice-extractor', displayName: 'Invoice Extractor', description: 'Pulls supplier, line items, totals and VAT out of PDF and scanned invoices into structured JSON.', tags: ['finance', 'documents', 'ocr'], latestVersion: '2.3.1', downloads: 18420, ratingAvg: 4.7, ratingCount: 312 },
      { name: '@acme/contract-summarizer', displayName: 'Contract Summarizer', description: 'Summarises contracts clause by clause and flags renewal dates, liability caps and unusual terms.', tags: ['legal', 'documents', 'summarization'], latestVersion: '1.4.0', downloads: 7310, ratingAvg: 4.4, ratingCount: 128 },
      { name: '@acme/expense-auditor', displayName: 'Expense Auditor', description: 'Checks expense reports against policy and explains every rejected item.', tags: ['finance', 'compliance'], latestVersion: '0.9.2', downloads: 2150, ratingAvg: 4.1, ratingCount: 37 },
    ],
  },
  {
    slug: 'northwind',
    name: 'Northwind Labs',
    agents: [
      { name: '@northwind/support-triage', displayName: 'Support Triage', description: 'Classifies incoming tickets by product, urgency and sentiment and routes them to the right queue.', tags: ['support', 'classification'], latestVersion: '3.0.0', downloads: 25890, ratingAvg: 4.8, ratingCount: 541 },
      { name: '@northwind/sql-explainer', displayName: 'SQL Explainer', description: 'Explains a SQL query in plain language and suggests indexes for slow plans.', tags: ['developer-tools', 'sql'], latestVersion: '1.2.5', downloads: 9640, ratingAvg: 4.6, ratingCount: 204 },
      { name: '@northwind/release-notes-writer', displayName: 'Release Notes Writer', description: 'Turns merged pull requests into customer-facing release notes grouped by feature.', tags: ['developer-tools', 'writing'], latestVersion: '0.6.0', downloads: 3120, ratingAvg: 4.2, ratingCount: 58 },
    ],
  },
  {
    slug: 'globex',
    name: 'Globex Analytics',
    agents: [
      { name: '@globex/demand-forecaster', displayName: 'Demand Forecaster', description: 'Forecasts weekly demand per SKU from sales history with seasonality and holiday effects.', tags: ['forecasting', 'retail', 'time-series'], latestVersion: '2.1.0', downloads: 6480, ratingAvg: 4.5, ratingCount: 97 },
      { name: '@globex/churn-predictor', displayName: 'Churn Predictor', description: 'Scores accounts by churn risk and lists the usage signals behind each score.', tags: ['analytics', 'saas', 'classification'], latestVersion: '1.0.3', downloads: 4275, ratingAvg: 4.3, ratingCount: 71 },
    ],
  },
];

/** Upserts the demo tenants, the demo owner and the public agents; safe to run repeatedly. */
export async function seedDemo(db: Database): Promise<{ tenantId: string; userId: string; agents: number }> {
  const owner = await makeUser(db, DEMO_OWNER);
  let acmeId = '';
  let agents = 0;
  for (const publisher of PUBLISHERS) {
    const tenant = await makeTenant(db, { slug: publisher.slug, name: publisher.name });
    if (publisher.slug === 'acme') acmeId = tenant.id;
    for (const agent of publisher.agents) {
      await makeAgent(db, { ...agent, tenantId: tenant.id, visibility: 'PUBLIC' });
      agents++;
    }
  }
  await makeMembership(db, { tenantId: acmeId, userId: owner.id, role: 'OWNER' });
  return { tenantId: acmeId, userId: owner.id, agents };
}
