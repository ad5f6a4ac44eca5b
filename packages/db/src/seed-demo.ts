// The demo data set: tenant `acme` (owner demo@nexus.dev / demo-password-123) and a small public catalogue.
import type { Database } from './create-database';
import { makeMembership, makeTenant, makeUser } from './factories';

export const DEMO_OWNER = { email: 'demo@nexus.dev', password: 'demo-password-123', name: 'Demo Owner' } as const;

/** The demo publishers; their agents are published through the marketplace pipeline (prisma/seed-agents). */
export const DEMO_PUBLISHERS: { slug: string; name: string }[] = [
  { slug: 'acme', name: 'Acme Corp' },
  { slug: 'northwind', name: 'Northwind Labs' },
  { slug: 'globex', name: 'Globex Analytics' },
  { slug: 'initech', name: 'Initech' },
  { slug: 'umbrella', name: 'Umbrella Health Ops' },
  { slug: 'stark', name: 'Stark Industries' },
  { slug: 'wayne', name: 'Wayne Enterprises' },
];

/** Accounts whose ratings make the first start look lived-in. */
export const DEMO_RATERS = 40;

export interface DemoSeed {
  /** acme's id: the demo owner's organisation. */
  tenantId: string;
  userId: string;
  tenants: Record<string, string>;
  raters: string[];
}

/** Upserts the demo owner, the publishers and the rater accounts; safe to run repeatedly. */
export async function seedDemo(db: Database): Promise<DemoSeed> {
  const owner = await makeUser(db, DEMO_OWNER);
  const tenants: Record<string, string> = {};
  for (const publisher of DEMO_PUBLISHERS) tenants[publisher.slug] = (await makeTenant(db, publisher)).id;
  await makeMembership(db, { tenantId: tenants.acme!, userId: owner.id, role: 'OWNER' });
  const raters: string[] = [];
  for (let i = 1; i <= DEMO_RATERS; i++) {
    raters.push((await makeUser(db, { email: `rater-${i}@seed.nexus.dev`, name: `Rater ${i}`, password: `seed-rater-password-${i}` })).id);
  }
  return { tenantId: tenants.acme!, userId: owner.id, tenants, raters };
}
