// Kubernetes isolation against real PostgreSQL: the provisioning state machine on a fake cluster, and MANUAL mode.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { createLogger } from '@nexus/kernel/logger';
import { withSystem } from '@nexus/db/tenant-client';
import { startTenancyHarness, type TenancyHarness } from '../testing/harness';
import { createQuotaArea } from '../quotas/quota-area';
import { auditActions, createOrg, eventually, type TestOrg } from '../quotas/quota-test-fixtures';
import type { TenantIsolationApplier } from './kubernetes-applier';
import type { KubernetesManifest } from './tenant-manifests';

const logger = createLogger('isolation-test', { level: 'silent' });
const ISOLATION = '{ kubernetesIsolation { namespace status attempts lastError appliedAt nextAttemptAt yaml } }';
const RETRY = 'mutation { retryKubernetesProvisioning { isolation { status attempts } errors { code message } } }';
const CHANGE = 'mutation ($planId: String!) { changePlan(planId: $planId) { errors { code } } }';

/** A cluster that fails a namespace's next applies with an outage, then accepts; it records what it got per namespace. */
class FakeCluster implements TenantIsolationApplier {
  private readonly failures = new Map<string, number>();
  readonly applied = new Map<string, KubernetesManifest[][]>();
  readonly calls = new Map<string, number>();
  failNext(namespace: string, n: number) {
    this.failures.set(namespace, n);
  }
  async apply(objects: readonly KubernetesManifest[]) {
    const ns = objects[0]!.metadata.name;
    this.calls.set(ns, (this.calls.get(ns) ?? 0) + 1);
    const failing = this.failures.get(ns) ?? 0;
    if (failing > 0) {
      this.failures.set(ns, failing - 1);
      throw new DomainError(ErrorCode.UNAVAILABLE, 'Kubernetes could not be reached to apply Namespace: connect ECONNREFUSED.');
    }
    this.applied.set(ns, [...(this.applied.get(ns) ?? []), structuredClone([...objects])]);
    return { applied: objects.map((o) => ({ kind: o.kind, name: o.metadata.name })) };
  }
  async deleteTenant() {}
}

let h: TenancyHarness;
beforeAll(async () => {
  h = await startTenancyHarness();
  h.relay.start();
});
afterAll(() => h?.close());

const rowOf = (org: TestOrg) => withSystem(h.workerDb, (tx) => tx.tenantIsolation.findUnique({ where: { tenantId: org.tenantId } }));
const quotaOf = (objects: KubernetesManifest[]) => (objects.find((o) => o.kind === 'ResourceQuota')!.spec as { hard: Record<string, string> }).hard['limits.cpu'];

describe('without a kubeconfig (MANUAL)', () => {
  it('creates the row when the organisation is created and shows the manifests to apply by hand', async () => {
    const org = await createOrg(h);
    // The TenantCreated consumer makes the row, before anyone asks.
    const row = await eventually(() => rowOf(org), (r) => r !== null);
    expect(row).toMatchObject({ status: 'MANUAL', namespace: `nexus-t-${org.slug}`, attempts: 0 });

    const res = await h.exec(ISOLATION, {}, org.as(['ADMIN']));
    expect(res.errors).toBeUndefined();
    const isolation = res.data!.kubernetesIsolation;
    expect(isolation).toMatchObject({ namespace: `nexus-t-${org.slug}`, status: 'MANUAL', attempts: 0, lastError: null, appliedAt: null, nextAttemptAt: null });
    expect(isolation.yaml).toContain(`kind: Namespace\nmetadata:\n  name: nexus-t-${org.slug}\n`);
    expect(isolation.yaml).toContain('limits.cpu: "2"');

    // The manifests follow the plan.
    expect((await h.exec(CHANGE, { planId: 'team' }, org.as(['OWNER']))).data!.changePlan.errors).toEqual([]);
    const after = (await h.exec(ISOLATION, {}, org.as(['ADMIN']))).data!.kubernetesIsolation;
    expect(after.yaml).toContain('limits.cpu: "16"');
    expect(after.status).toBe('MANUAL');
  });

  it('has nothing to retry, and says why', async () => {
    const org = await createOrg(h);
    const res = await h.exec(RETRY, {}, org.as(['OWNER']));
    expect(res.data!.retryKubernetesProvisioning).toEqual({ isolation: null, errors: [{ code: 'CONFLICT', message: expect.stringMatching(/KUBECONFIG is unset/) }] });
    expect((await auditActions(h, org.tenantId)).filter((a) => a.action === 'isolation.retry_requested')).toEqual([]);
  });

  it('needs quotas:manage', async () => {
    const org = await createOrg(h);
    expect((await h.exec(ISOLATION, {}, org.as(['MEMBER']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.exec(RETRY, {}, org.as(['VIEWER']))).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('with a cluster', () => {
  let cluster: FakeCluster;
  let clock: number;
  const areaOn = (c: FakeCluster) =>
    createQuotaArea({
      db: h.db, workerDb: h.workerDb, config: { kubeconfig: null }, pubsub: h.pubsub, eventBus: h.eventBus, logger, applier: c,
      // The job's own clock, moved by hand; a long interval keeps the timer out of the way.
      provisioning: { now: () => new Date(clock), baseBackoffMs: 1_000, maxBackoffMs: 4_000, intervalMs: 3_600_000 },
    });
  let area: ReturnType<typeof areaOn>;
  beforeEach(() => {
    cluster = new FakeCluster();
    clock = Date.now() + 60_000;
    area = areaOn(cluster);
  });
  const orgWithRow = async () => {
    const org = await createOrg(h);
    await eventually(() => rowOf(org), (r) => r !== null);
    return { org, ns: `nexus-t-${org.slug}` };
  };
  const makeDue = (org: TestOrg) => withSystem(h.workerDb, (tx) => tx.tenantIsolation.update({ where: { tenantId: org.tenantId }, data: { status: 'PENDING', attempts: 0, nextAttemptAt: new Date(clock) } }));

  it('takes MANUAL rows over when a cluster is configured, and applies them', async () => {
    const { org, ns } = await orgWithRow();
    expect((await rowOf(org))!.status).toBe('MANUAL');
    await area.provisioner!.start();
    await area.provisioner!.stop(); // waits for the pass start() began
    expect((await rowOf(org))!.status).toBe('READY');
    expect(cluster.calls.get(ns)).toBe(1);
  });

  it('retries a failing apply with doubling, capped backoff until it is READY', async () => {
    const { org, ns } = await orgWithRow();
    await makeDue(org);
    cluster.failNext(ns, 4);

    const waits: number[] = [];
    for (let i = 0; i < 4; i++) {
      await area.provisioner!.runOnce();
      const row = (await rowOf(org))!;
      expect(row).toMatchObject({ status: 'FAILED', attempts: i + 1, lastError: expect.stringMatching(/^Kubernetes could not be reached/) });
      waits.push(row.nextAttemptAt!.getTime() - clock);
      // Not due yet: a pass now leaves it alone.
      await area.provisioner!.runOnce();
      expect(cluster.calls.get(ns)).toBe(i + 1);
      clock = row.nextAttemptAt!.getTime();
    }
    expect(waits).toEqual([1_000, 2_000, 4_000, 4_000]);

    await area.provisioner!.runOnce();
    const ready = (await rowOf(org))!;
    expect(ready).toMatchObject({ status: 'READY', attempts: 5, lastError: null, nextAttemptAt: null, appliedAt: new Date(clock) });
    expect(ready.manifestHash).toMatch(/^[0-9a-f]{64}$/);
    const applied = cluster.applied.get(ns)!.at(-1)!;
    expect(applied.map((o) => o.kind)).toEqual(['Namespace', 'ResourceQuota', 'LimitRange', 'NetworkPolicy', 'NetworkPolicy', 'NetworkPolicy', 'ServiceAccount', 'Role', 'RoleBinding']);
    expect(quotaOf(applied)).toBe('2');

    // The console shows the same state.
    const view = (await h.exec(ISOLATION, {}, org.as(['OWNER']))).data!.kubernetesIsolation;
    expect(view).toMatchObject({ status: 'READY', attempts: 5, lastError: null, appliedAt: new Date(clock).toISOString(), nextAttemptAt: null });
  });

  it('claims an APPLYING row again once its worker is presumed dead', async () => {
    const { org, ns } = await orgWithRow();
    const stuckSince = new Date(clock - 11 * 60_000);
    await withSystem(h.workerDb, (tx) => tx.tenantIsolation.update({ where: { tenantId: org.tenantId }, data: { status: 'APPLYING', updatedAt: stuckSince } }));
    await area.provisioner!.runOnce();
    expect((await rowOf(org))!.status).toBe('READY');
    expect(cluster.calls.get(ns)).toBe(1);
  });

  it('re-applies when a plan change alters the manifests, and on a requested retry', async () => {
    const { org, ns } = await orgWithRow();
    await makeDue(org);
    await area.provisioner!.runOnce();
    const first = (await rowOf(org))!;
    expect(first.status).toBe('READY');

    // The change wakes the job itself; runOnce joins that pass (or finds the work done).
    await area.quotas.changePlan(org.as(['OWNER']), { planId: 'team' });
    await area.provisioner!.runOnce();
    const second = (await rowOf(org))!;
    // A fresh start for new manifests: one attempt, not two.
    expect(second).toMatchObject({ status: 'READY', attempts: 1 });
    expect(second.manifestHash).not.toBe(first.manifestHash);
    expect(quotaOf(cluster.applied.get(ns)!.at(-1)!)).toBe('16');

    const retried = await area.isolation.retry(org.as(['ADMIN']));
    expect(retried).toMatchObject({ status: 'PENDING', attempts: 1 });
    const audit = (await auditActions(h, org.tenantId)).filter((a) => a.action === 'isolation.retry_requested');
    expect(audit.map((a) => [a.targetLabel, a.before, a.after])).toEqual([[ns, { status: 'READY', attempts: 1, lastError: null }, { status: 'PENDING' }]]);
    await area.provisioner!.runOnce();
    expect((await rowOf(org))!.status).toBe('READY');
    expect(cluster.calls.get(ns)).toBe(3);
  });

  it('lets only one of two instances apply a due tenant', async () => {
    const { org, ns } = await orgWithRow();
    await makeDue(org);
    const other = areaOn(cluster);
    await Promise.all([area.provisioner!.runOnce(), other.provisioner!.runOnce()]);
    expect(cluster.calls.get(ns)).toBe(1);
  });
});
