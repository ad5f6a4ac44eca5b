// changePlan against real PostgreSQL: who may, what a smaller plan refuses, and what a change sets in motion.
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSystem, withTenant } from '@nexus/db/tenant-client';
import { startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { UsageRepository, type TGaugeMetric } from './usage-repository';
import { auditActions, createOrg, type TestOrg } from './quota-test-fixtures';

const CHANGE = `mutation ($planId: String!) { changePlan(planId: $planId) {
  organization { plan { id limits { seats cpu } } seatsUsed tenant { id } } errors { code message field } } }`;
interface Change { changePlan: { organization: { plan: { id: string; limits: { seats: number; cpu: string } }; seatsUsed: number; tenant: { id: string } } | null; errors: { code: string; message: string; field: string | null }[] } }

let h: TenancyHarness;
beforeAll(async () => {
  h = await startTenancyHarness();
  h.relay.start();
});
afterAll(() => h?.close());

const change = (org: TestOrg, planId: string, roles = ['OWNER']) => h.exec<Change>(CHANGE, { planId }, org.as(roles));
const planOf = async (org: TestOrg) => (await withSystem(h.workerDb, (tx) => tx.tenant.findUniqueOrThrow({ where: { id: org.tenantId } }))).planId;
const setGauge = (org: TestOrg, metric: TGaugeMetric, value: number) => withTenant(h.db, { tenantId: org.tenantId }, (tx) => UsageRepository.applyGauge(tx, org.tenantId, metric, value, 'set'));
const invite = (org: TestOrg, n: number) =>
  withTenant(h.db, { tenantId: org.tenantId }, async (tx) => {
    for (let i = 0; i < n; i++) {
      await tx.invitation.create({ data: { tenantId: org.tenantId, email: `${randomBytes(4).toString('hex')}@x.test`, role: 'MEMBER', tokenHash: randomBytes(16).toString('hex'), expiresAt: new Date(Date.now() + 86_400_000) } });
    }
  });

describe('changePlan', () => {
  it('moves the organisation to the plan, audits it and tells gateways to drop cached limits', async () => {
    const org = await createOrg(h);
    const accessChanged = h.pubsub.subscribe<{ tenantId: string }>('auth.access-changed');
    const res = await change(org, 'team');

    expect(res.errors).toBeUndefined();
    expect(res.data!.changePlan).toEqual({ organization: { plan: { id: 'team', limits: { seats: 50, cpu: '16' } }, seatsUsed: 1, tenant: { id: org.tenantId } }, errors: [] });
    expect(await planOf(org)).toBe('team');
    const audit = (await auditActions(h, org.tenantId)).filter((a) => a.action === 'plan.changed');
    expect(audit.map((a) => ({ actor: a.actorUserId, target: a.targetId, before: a.before, after: a.after }))).toEqual([{ actor: org.ownerId, target: org.tenantId, before: { planId: 'free' }, after: { planId: 'team' } }]);
    const message = await accessChanged.next();
    expect(message.value).toEqual({ tenantId: org.tenantId });
    await accessChanged.return();
  });

  it('changes nothing when asked for the current plan', async () => {
    const org = await createOrg(h);
    const res = await change(org, 'free');
    expect(res.data!.changePlan.organization!.plan.id).toBe('free');
    expect((await auditActions(h, org.tenantId)).filter((a) => a.action === 'plan.changed')).toEqual([]);
  });

  it('refuses an unknown plan on planId, changing nothing', async () => {
    const org = await createOrg(h);
    const res = await change(org, 'platinum');
    expect(res.data!.changePlan.organization).toBeNull();
    expect(res.data!.changePlan.errors).toEqual([{ code: 'BAD_USER_INPUT', field: 'planId', message: 'must be one of free, team, enterprise' }]);
    expect(await planOf(org)).toBe('free');
  });

  it('needs quotas:manage, which members do not have', async () => {
    const org = await createOrg(h);
    const res = await change(org, 'team', ['MEMBER']);
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(res.errors?.[0]?.message).toMatch(/quotas:manage/);
    expect(await planOf(org)).toBe('free');
  });

  it('refuses a plan too small for what is in use, naming the limit, until it fits', async () => {
    const org = await createOrg(h);
    expect((await change(org, 'team')).data!.changePlan.errors).toEqual([]);
    const auditedBefore = (await auditActions(h, org.tenantId)).length;

    await setGauge(org, 'publishedAgents', 30);
    await setGauge(org, 'storageBytes', 2 * 1024 ** 3);
    await invite(org, 5); // owner + 5 pending = 6 seats

    const refusals: Change['changePlan']['errors'][] = [];
    refusals.push((await change(org, 'free')).data!.changePlan.errors);
    await setGauge(org, 'publishedAgents', 25);
    refusals.push((await change(org, 'free')).data!.changePlan.errors);
    await setGauge(org, 'storageBytes', 1024 ** 3);
    refusals.push((await change(org, 'free')).data!.changePlan.errors);
    expect(refusals).toEqual([
      [{ code: 'QUOTA_EXCEEDED', field: 'seats', message: 'The Free plan allows 5 seats (members plus pending invitations), but 6 are in use (seats). Free some up first.' }],
      [{ code: 'QUOTA_EXCEEDED', field: 'seats', message: expect.stringContaining('6 are in use') }],
      [{ code: 'QUOTA_EXCEEDED', field: 'seats', message: expect.stringContaining('6 are in use') }],
    ]);
    await withTenant(h.db, { tenantId: org.tenantId }, (tx) => tx.invitation.deleteMany({ where: { tenantId: org.tenantId } }));
    await setGauge(org, 'publishedAgents', 30);
    await setGauge(org, 'storageBytes', 2 * 1024 ** 3);
    expect((await change(org, 'free')).data!.changePlan.errors).toEqual([{ code: 'QUOTA_EXCEEDED', field: 'publishedAgents', message: 'The Free plan allows 25 published agents, but 30 are in use (publishedAgents). Free some up first.' }]);
    await setGauge(org, 'publishedAgents', 25);
    expect((await change(org, 'free')).data!.changePlan.errors).toEqual([{ code: 'QUOTA_EXCEEDED', field: 'storageBytes', message: 'The Free plan allows 1 GB of storage, but 2 GB are in use (storageBytes). Free some up first.' }]);

    // Refusals change nothing and audit nothing.
    expect(await planOf(org)).toBe('team');
    expect(await auditActions(h, org.tenantId)).toHaveLength(auditedBefore);

    // Exactly at the smaller plan's limits is allowed.
    await setGauge(org, 'storageBytes', 1024 ** 3);
    expect((await change(org, 'free')).data!.changePlan).toMatchObject({ organization: { plan: { id: 'free' } }, errors: [] });
  });

  it('lets the enterprise plan take anything (unlimited seats and agents)', async () => {
    const org = await createOrg(h);
    await setGauge(org, 'publishedAgents', 100_000);
    await invite(org, 60);
    expect((await change(org, 'enterprise')).data!.changePlan.errors).toEqual([]);
    expect((await change(org, 'team')).data!.changePlan.errors.map((e) => e.field)).toEqual(['seats']);
  });
});
