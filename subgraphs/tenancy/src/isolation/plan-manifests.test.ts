// Every plan's isolation objects against the Kubernetes API schemas (kubernetes-models), field by field.
import { dumpYaml, loadYaml } from '@kubernetes/client-node';
import { Namespace, LimitRange, ResourceQuota, ServiceAccount } from 'kubernetes-models/v1';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1';
import { Role, RoleBinding } from 'kubernetes-models/rbac.authorization.k8s.io/v1';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PLANS } from '../quotas/plans';
import { manifestHash, manifestsForTenant } from './plan-manifests';
import type { KubernetesManifest } from './tenant-manifests';

const MODELS: Record<string, new (data: any) => { validate(): void }> = { Namespace, LimitRange, ResourceQuota, ServiceAccount, NetworkPolicy, Role, RoleBinding };
const tenant = (planId: string) => ({ id: '6f1c1f7e-3b1a-4a55-9d47-0d7c2b1f9a10', slug: 'acme-labs', planId });

describe.each(PLANS.map((p) => [p.id, p] as const))('isolation manifests for the %s plan', (planId, plan) => {
  const objects = manifestsForTenant(tenant(planId));

  it('validates every object against its Kubernetes schema', () => {
    expect(objects.map((o) => o.kind).sort()).toEqual(['LimitRange', 'Namespace', 'NetworkPolicy', 'NetworkPolicy', 'NetworkPolicy', 'ResourceQuota', 'Role', 'RoleBinding', 'ServiceAccount']);
    for (const o of objects) expect(() => new MODELS[o.kind]!(o).validate(), `${o.kind} ${o.metadata.name}`).not.toThrow();
  });

  it('uses only fields the Kubernetes API knows (the client would silently drop others)', () => {
    // The schemas above allow unknown fields; the client's typed models do not, so a round trip shows any.
    for (const o of objects) expect(parse(dumpYaml(loadYaml(JSON.stringify(o))))).toEqual(JSON.parse(JSON.stringify(o)));
  });

  it("sizes the namespace quota by the plan's cpu, memory, storage and pods", () => {
    const quota = objects.find((o) => o.kind === 'ResourceQuota') as KubernetesManifest & { spec: { hard: Record<string, string> } };
    expect(quota.spec.hard).toMatchObject({
      'limits.cpu': plan.kubernetes.cpu, 'limits.memory': plan.kubernetes.memory, 'requests.storage': plan.kubernetes.storage, pods: String(plan.kubernetes.pods),
    });
    expect(objects[0]!.metadata.name).toBe('nexus-t-acme-labs');
  });
});

describe('manifestHash', () => {
  it('is stable for the same plan and changes with the plan', () => {
    const free = manifestHash(manifestsForTenant(tenant('free')));
    expect(manifestHash(manifestsForTenant(tenant('free')))).toBe(free);
    expect(free).toMatch(/^[0-9a-f]{64}$/);
    expect(manifestHash(manifestsForTenant(tenant('team')))).not.toBe(free);
  });

  it('catches a field the schema would refuse, so the validation above can fail', () => {
    const quota = manifestsForTenant(tenant('free')).find((o) => o.kind === 'ResourceQuota')!;
    (quota.spec as { hard: Record<string, string> }).hard.pods = 'twenty';
    expect(() => new ResourceQuota(quota as any).validate()).toThrow(/quantity/);
    const typo = { ...quota, spec: { hardd: { pods: '20' } } };
    expect(parse(dumpYaml(loadYaml(JSON.stringify(typo))))).not.toEqual(typo);
  });
});
