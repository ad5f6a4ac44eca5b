// The audit log query and CSV export against PostgreSQL: filters, keyset paging, permission, tenant isolation, append-only rows.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RequestContext } from '@nexus/kernel/context';
import { effectivePermissions } from '@nexus/kernel/authz/guard';
import { withSystem, withTenant } from '@nexus/db/tenant-client';
import { startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { AUDIT_CSV_MAX_ROWS } from './audit-log-service';

let h: TenancyHarness;
const A = randomUUID();
const B = randomUUID();
const BIG = randomUUID();
const ada = randomUUID();
const bo = randomUUID();
const cy = randomUUID();

const LOG = `query($f: AuditFilter, $first: Int, $after: String) { auditLog(filter: $f, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage hasPreviousPage endCursor }
  edges { cursor node { id occurredAt actor actorUserId actorApiKeyId action source targetType targetId targetLabel ip requestId before after } } } }`;
const CSV = `query($f: AuditFilter) { auditLogCsv(filter: $f) }`;

const acting = (tenantId: string, userId: string | null, roles: string[], apiKey?: { id: string; scopes: string[] }): RequestContext => {
  const scopes = apiKey?.scopes ?? [];
  const apiKeyId = apiKey?.id ?? null;
  return h.as({ tenantId, userId, roles, scopes, apiKeyId, permissions: [...effectivePermissions({ roles, scopes, apiKeyId })] });
};
const ownerA = () => acting(A, ada, ['OWNER']);

type Row = { at: string; actor: string; action: string; targetType: string; user?: string | null; source?: string; label?: string; before?: object; after?: object };
const ROWS_A: Row[] = [
  { at: '2026-11-20T10:00:00Z', actor: ada, action: 'invitation.created', targetType: 'invitation', after: { email: 'dee@example.com', role: 'MEMBER' } },
  { at: '2026-11-21T10:00:00Z', actor: ada, action: 'member.role_changed', targetType: 'member', before: { role: 'MEMBER' }, after: { role: 'ADMIN' } },
  { at: '2026-11-22T10:00:00Z', actor: bo, action: 'api_key.created', targetType: 'api_key' },
  { at: '2026-11-23T10:00:00Z', actor: bo, action: 'api_key.revoked', targetType: 'api_key' },
  { at: '2026-11-24T10:00:00Z', actor: ada, action: 'apiXkey.odd', targetType: 'api_key' },
  { at: '2026-11-25T10:00:00Z', actor: ada, action: 'domain.added', targetType: 'domain', label: '=HYPERLINK("http://evil","x"), shop' },
  { at: '2026-11-26T10:00:00Z', actor: cy, action: 'agent_version.approved', targetType: 'agent_version', source: 'marketplace', label: '@acme/x@1.0.0' },
];

const rowData = (tenantId: string, r: Row, i: number) => ({
  tenantId, occurredAt: new Date(r.at), actorUserId: r.actor, actorLabel: `${r.actor === ada ? 'ada' : r.actor === bo ? 'bo' : 'cy'}@example.com`,
  action: r.action, source: r.source ?? 'tenancy', targetType: r.targetType, targetId: `t${i}`, targetLabel: r.label ?? `target ${i}`,
  ip: '203.0.113.9', requestId: `req-${i}`, before: r.before, after: r.after,
});

beforeAll(async () => {
  h = await startTenancyHarness();
  await withSystem(h.workerDb, async (tx) => {
    await tx.tenant.createMany({ data: [{ id: A, slug: `audit-a-${A.slice(0, 6)}`, name: 'A' }, { id: B, slug: `audit-b-${B.slice(0, 6)}`, name: 'B' }, { id: BIG, slug: `audit-big-${BIG.slice(0, 6)}`, name: 'Big' }] });
    await tx.user.createMany({ data: [ada, bo, cy].map((id, i) => ({ id, email: `audit-${i}-${id.slice(0, 6)}@example.com`, name: `u${i}`, passwordHash: 'x' })) });
    // Seeded through the worker with chosen timestamps; seq follows insertion order, as it does for real writes.
    for (const [i, r] of ROWS_A.entries()) await tx.auditEvent.create({ data: rowData(A, r, i) });
    for (const [i, r] of [{ at: '2026-11-22T12:00:00Z', actor: cy, action: 'invitation.created', targetType: 'invitation' }, { at: '2026-11-23T12:00:00Z', actor: cy, action: 'member.removed', targetType: 'member' }].entries()) {
      await tx.auditEvent.create({ data: rowData(B, r, 100 + i) });
    }
  });
});
afterAll(async () => { await h?.close(); });

const list = async (vars: Record<string, unknown>, req = ownerA()) => {
  const r = await h.exec(LOG, vars, req);
  if (r.errors) throw new Error(JSON.stringify(r.errors));
  return r.data!.auditLog;
};
const actions = (c: { edges: { node: { action: string } }[] }) => c.edges.map((e) => e.node.action);

describe('auditLog', () => {
  it('lists newest first with every field, JSON states as strings', async () => {
    const page = await list({ first: 2 });
    expect(page.totalCount).toBe(7);
    expect(actions(page)).toEqual(['agent_version.approved', 'domain.added']);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const all = await list({ first: 10 });
    expect(all.edges[5].node).toMatchObject({
      occurredAt: '2026-11-21T10:00:00.000Z', actor: 'ada@example.com', actorUserId: ada, actorApiKeyId: null, action: 'member.role_changed',
      source: 'tenancy', targetType: 'member', targetId: 't1', targetLabel: 'target 1', ip: '203.0.113.9', requestId: 'req-1',
      before: '{"role":"MEMBER"}', after: '{"role":"ADMIN"}',
    });
    expect(all.edges[4].node).toMatchObject({ before: null, after: null });
  });

  it('pages by keyset: every row once, and rows appended meanwhile do not shift the next page', async () => {
    const first = await list({ first: 3 });
    await withTenant(h.db, { tenantId: A }, (tx) => tx.auditEvent.create({ data: { tenantId: A, actorLabel: 'late', action: 'late.arrival', source: 'tenancy', targetType: 'x' } }));
    const second = await list({ first: 3, after: first.pageInfo.endCursor });
    const third = await list({ first: 3, after: second.pageInfo.endCursor });
    expect([...actions(first), ...actions(second), ...actions(third)]).toEqual(ROWS_A.map((r) => r.action).reverse());
    expect(second.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(third.pageInfo.hasNextPage).toBe(false);
    expect(actions(await list({ first: 1 }))).toEqual(['late.arrival']);
    await withSystem(h.workerDb, (tx) => tx.auditEvent.deleteMany({ where: { action: 'late.arrival' } }));
  });

  it('filters by literal action prefix, actor, target type and time range', async () => {
    expect(actions(await list({ f: { action: 'api_key.' } }))).toEqual(['api_key.revoked', 'api_key.created']);
    expect(actions(await list({ f: { action: 'api_key.revoked' } }))).toEqual(['api_key.revoked']);
    expect(actions(await list({ f: { actorUserId: bo } }))).toEqual(['api_key.revoked', 'api_key.created']);
    expect((await list({ f: { targetType: 'api_key' } })).totalCount).toBe(3);
    // `from` is inclusive, `to` exclusive; a bare date is midnight UTC, an offset is honoured.
    expect(actions(await list({ f: { from: '2026-11-22', to: '2026-11-24' } }))).toEqual(['api_key.revoked', 'api_key.created']);
    expect(actions(await list({ f: { from: '2026-11-25T11:00:00+01:00' } }))).toEqual(['agent_version.approved', 'domain.added']);
    expect(actions(await list({ f: { actorUserId: ada, targetType: 'api_key', to: '2026-11-30T00:00:00Z' } }))).toEqual(['apiXkey.odd']);
  });

  it('rejects bad filters and paging arguments with errors naming the field', async () => {
    const err = async (vars: Record<string, unknown>) => (await h.exec(LOG, vars, ownerA())).errors?.[0];
    expect(await err({ f: { from: 'yesterday' } })).toMatchObject({ message: expect.stringContaining('ISO 8601'), extensions: { code: 'BAD_USER_INPUT', field: 'from' } });
    expect(await err({ f: { to: '2026-02-30' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'to' } });
    expect(await err({ f: { from: '2026-11-25', to: '2026-11-24' } })).toMatchObject({ message: expect.stringContaining('must not be earlier than from'), extensions: { field: 'to' } });
    expect(await err({ f: { actorUserId: 'ada' } })).toMatchObject({ extensions: { field: 'actorUserId' } });
    expect(await err({ after: 'not-a-cursor' })).toMatchObject({ extensions: { field: 'after' } });
    expect(await err({ first: 0 })).toMatchObject({ extensions: { field: 'first' } });
  });

  it('needs audit:read: a member and a key without the scope are refused, an owner’s audit-scoped key is not', async () => {
    const member = await h.exec(LOG, {}, acting(A, bo, ['MEMBER']));
    expect(member.errors?.[0]).toMatchObject({ extensions: { code: 'FORBIDDEN' }, message: expect.stringContaining('audit:read') });
    expect((await h.exec(CSV, {}, acting(A, bo, ['VIEWER']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.exec(LOG, {}, acting(A, null, ['OWNER'], { id: randomUUID(), scopes: ['keys:read'] }))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await list({ first: 1 }, acting(A, null, ['OWNER'], { id: randomUUID(), scopes: ['audit:read'] }))).totalCount).toBe(7);
    expect((await h.exec(LOG, {})).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('shows each organisation only its own rows', async () => {
    const ownerB = acting(B, cy, ['OWNER']);
    expect(actions(await list({}, ownerB))).toEqual(['member.removed', 'invitation.created']);
    expect((await list({ f: { actorUserId: ada } }, ownerB)).totalCount).toBe(0);
    expect((await h.exec(CSV, {}, ownerB)).data!.auditLogCsv).not.toContain('ada@example.com');
  });
});

describe('auditLogCsv', () => {
  it('exports the filtered rows newest first, with formulas neutralised and commas quoted', async () => {
    const csv = (await h.exec(CSV, { f: { from: '2026-11-24' } }, ownerA())).data!.auditLogCsv as string;
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('occurred_at,actor,action,source,target_type,target_id,target_label,ip,request_id,before,after');
    expect(lines.slice(1, -1).map((l) => l.split(',')[2])).toEqual(['agent_version.approved', 'domain.added', 'apiXkey.odd']);
    expect(lines[2]).toContain(`,"'=HYPERLINK(""http://evil"",""x""), shop",`);
    expect(lines.at(-1)).toBe('');
  });

  it(`stops at ${AUDIT_CSV_MAX_ROWS.toLocaleString('en')} rows, keeping the newest`, async () => {
    const total = AUDIT_CSV_MAX_ROWS + 5;
    const base = Date.parse('2026-01-01T00:00:00Z');
    // One statement, rows in order of i, so seq (the log's order) follows i.
    await withSystem(h.workerDb, (tx) => tx.$executeRaw`INSERT INTO audit_events (id, tenant_id, occurred_at, actor_label, action, source, target_type)
      SELECT gen_random_uuid(), ${BIG}::uuid, ${new Date(base)}::timestamptz + i * interval '1 second', 'bulk', 'bulk.n' || i, 'tenancy', 'x'
      FROM generate_series(0, ${total - 1}::int) AS i ORDER BY i`);
    const csv = (await h.exec(CSV, {}, acting(BIG, null, ['OWNER']))).data!.auditLogCsv as string;
    const records = csv.split('\r\n').slice(1, -1);
    expect(records).toHaveLength(AUDIT_CSV_MAX_ROWS);
    expect(records[0]!.split(',')[2]).toBe(`bulk.n${total - 1}`);
    expect(records.at(-1)!.split(',')[2]).toBe('bulk.n5');
  });
});

describe('append-only', () => {
  it('refuses UPDATE and DELETE from the application role, leaving the rows as they were', async () => {
    const before = await withSystem(h.workerDb, (tx) => tx.auditEvent.findMany({ where: { tenantId: A }, orderBy: { seq: 'asc' } }));
    await expect(withTenant(h.db, { tenantId: A }, (tx) => tx.$executeRaw`UPDATE audit_events SET action = 'tampered' WHERE tenant_id = ${A}::uuid`)).rejects.toThrow(/permission denied|append-only/);
    await expect(withTenant(h.db, { tenantId: A }, (tx) => tx.$executeRaw`DELETE FROM audit_events WHERE tenant_id = ${A}::uuid`)).rejects.toThrow(/permission denied/);
    expect(await withSystem(h.workerDb, (tx) => tx.auditEvent.findMany({ where: { tenantId: A }, orderBy: { seq: 'asc' } }))).toEqual(before);
  });
});
