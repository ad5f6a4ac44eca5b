// Small factories for seeds and tests: each upserts one row by its natural key, so re-running is harmless.
import { randomBytes, createHash } from 'node:crypto';
import type { Database } from './create-database';
import { hashPassword } from '@nexus/kernel/password';
import type { Agent, ApiKey, Membership, Tenant, User, AgentVisibility } from './generated/prisma/client';
import { withTenant, type TenantTx } from './tenant-client';

const suffix = () => randomBytes(4).toString('hex');

export async function makeTenant(db: Database, input: { slug?: string; name?: string } = {}): Promise<Tenant> {
  const slug = input.slug ?? `tenant-${suffix()}`;
  const name = input.name ?? slug;
  return db.client.tenant.upsert({ where: { slug }, create: { slug, name }, update: { name } });
}

export async function makeUser(db: Database, input: { email?: string; name?: string; password?: string } = {}): Promise<User> {
  const email = (input.email ?? `user-${suffix()}@example.test`).toLowerCase();
  const name = input.name ?? email.split('@')[0]!;
  const passwordHash = await hashPassword(input.password ?? randomBytes(12).toString('base64url'));
  return db.client.user.upsert({ where: { email }, create: { email, name, passwordHash }, update: { name } });
}

export async function makeMembership(db: Database, input: { tenantId: string; userId: string; role?: string }): Promise<Membership> {
  const role = input.role ?? 'MEMBER';
  return withTenant(db, { tenantId: input.tenantId }, (tx) =>
    tx.membership.upsert({ where: { tenantId_userId: { tenantId: input.tenantId, userId: input.userId } }, create: { ...input, role }, update: { role } }),
  );
}

export interface AgentInput {
  tenantId: string;
  name?: string;
  displayName?: string;
  description?: string;
  tags?: string[];
  latestVersion?: string;
  visibility?: AgentVisibility;
  downloads?: number;
  ratingAvg?: number | null;
  ratingCount?: number;
}

/** Upserts an agent in its tenant's RLS scope. */
export async function makeAgent(db: Database, input: AgentInput): Promise<Agent> {
  return withTenant(db, { tenantId: input.tenantId }, (tx) => upsertAgent(tx, input));
}

export function upsertAgent(tx: TenantTx, input: AgentInput): Promise<Agent> {
  const name = input.name ?? `@test/agent-${suffix()}`;
  const data = {
    displayName: input.displayName ?? name.split('/').pop()!,
    description: input.description ?? `Test agent ${name}`,
    tags: input.tags ?? [],
    latestVersion: input.latestVersion ?? '1.0.0',
    visibility: input.visibility ?? 'PUBLIC',
    downloads: input.downloads ?? 0,
    ratingAvg: input.ratingAvg ?? null,
    ratingCount: input.ratingCount ?? 0,
  };
  return tx.agent.upsert({ where: { name }, create: { tenantId: input.tenantId, name, ...data }, update: data });
}

/** An API key row plus its one-time plaintext (`nx_<prefix>_<secret>`); the secret is stored as sha256. */
export async function makeApiKey(
  db: Database,
  input: { tenantId: string; createdById: string; name?: string; scopes?: string[]; prefix?: string },
): Promise<{ apiKey: ApiKey; plaintext: string }> {
  const prefix = input.prefix ?? `nx_${suffix()}`;
  const secret = randomBytes(24).toString('base64url');
  const apiKey = await withTenant(db, { tenantId: input.tenantId }, (tx) =>
    tx.apiKey.create({
      data: {
        tenantId: input.tenantId,
        createdById: input.createdById,
        name: input.name ?? 'test key',
        prefix,
        secretHash: createHash('sha256').update(secret).digest('hex'),
        scopes: input.scopes ?? ['agents:read'],
      },
    }),
  );
  return { apiKey, plaintext: `${prefix}_${secret}` };
}
