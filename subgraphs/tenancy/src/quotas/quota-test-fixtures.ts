// Test fixtures for plans, usage and isolation: an organisation created through the API, and contexts per role.
import { randomBytes } from 'node:crypto';
import { expect } from 'vitest';
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import type { RequestContext } from '@nexus/kernel/context';
import { makeUser } from '@nexus/db/factories';
import { withSystem } from '@nexus/db/tenant-client';
import type { TenancyHarness } from '../testing/harness';
import { planById } from './plans';

export interface TestOrg {
  tenantId: string;
  slug: string;
  ownerId: string;
  /** A context acting for the organisation with these roles (permissions from the real role mapping). */
  as(roles: string[], planId?: string): RequestContext;
}

/** Creates a user and, through `createTenant`, their organisation (so TenantCreated goes through the outbox). */
export async function createOrg(h: TenancyHarness): Promise<TestOrg> {
  const owner = await makeUser(h.db);
  const slug = `org-${randomBytes(4).toString('hex')}`;
  const res = await h.exec<{ createTenant: { tenant: { id: string } | null; errors: unknown[] } }>(
    'mutation ($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id } errors { code message field } } }',
    { input: { name: `Org ${slug}`, slug } },
    h.as({ userId: owner.id }),
  );
  expect(res.errors).toBeUndefined();
  expect(res.data?.createTenant.errors).toEqual([]);
  const tenantId = res.data!.createTenant.tenant!.id;
  return {
    tenantId, slug, ownerId: owner.id,
    as: (roles, planId = 'free') =>
      h.as({ tenantId, userId: owner.id, roles, permissions: [...effectivePermissions({ roles, scopes: [], apiKeyId: null })], limits: { ...planById(planId).limits } }),
  };
}

/** Polls `read` until it returns something `done` accepts (events travel through the outbox relay and the bus). */
export async function eventually<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 5_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((r) => setTimeout(r, 25));
  }
}

export const auditActions = (h: TenancyHarness, tenantId: string) =>
  withSystem(h.workerDb, (tx) => tx.auditEvent.findMany({ where: { tenantId }, orderBy: { seq: 'asc' } }));
