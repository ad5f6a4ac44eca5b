import { describe, expect, it } from 'vitest';
import { DomainError } from '@nexus/kernel/errors';
import { tenantManifests, tenantNamespace, type KubernetesManifest, type TTenantIsolationInput } from './tenant-manifests';

const input: TTenantIsolationInput = {
  tenantId: '5b8f0c8e-2f4a-4c55-9a43-0d0c6e1f7a11',
  slug: 'acme',
  plan: { cpu: '2', memory: '4Gi', pods: 20, storage: '20Gi' },
};

function find(objects: KubernetesManifest[], kind: string, name?: string): any {
  const found = objects.find((o) => o.kind === kind && (name === undefined || o.metadata.name === name));
  if (!found) throw new Error(`no ${kind} ${name ?? ''}`);
  return found;
}

function rejection(value: unknown): DomainError {
  try {
    tenantManifests(value as TTenantIsolationInput);
  } catch (e) {
    if (e instanceof DomainError) return e;
    throw e;
  }
  throw new Error('expected the input to be rejected');
}

describe('tenantManifests', () => {
  const objects = tenantManifests(input);

  it('creates the namespace first and puts everything else inside it', () => {
    expect(objects[0]).toMatchObject({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'nexus-t-acme' } });
    expect(objects[0]!.metadata.namespace).toBeUndefined();
    for (const o of objects.slice(1)) expect(o.metadata.namespace).toBe('nexus-t-acme');
    expect(objects.map((o) => o.kind)).toEqual([
      'Namespace', 'ResourceQuota', 'LimitRange', 'NetworkPolicy', 'NetworkPolicy', 'NetworkPolicy', 'ServiceAccount', 'Role', 'RoleBinding',
    ]);
  });

  it('labels the namespace with the tenant and enforces the restricted pod security standard', () => {
    expect(objects[0]!.metadata.labels).toMatchObject({
      'nexus.dev/tenant-id': input.tenantId,
      'nexus.dev/tenant-slug': 'acme',
      'pod-security.kubernetes.io/enforce': 'restricted',
    });
    for (const o of objects) expect(o.metadata.labels?.['nexus.dev/tenant-id']).toBe(input.tenantId);
  });

  it('caps compute, pods and storage at the plan', () => {
    expect(find(objects, 'ResourceQuota').spec.hard).toEqual({
      'requests.cpu': '2',
      'limits.cpu': '2',
      'requests.memory': '4Gi',
      'limits.memory': '4Gi',
      pods: '20',
      persistentvolumeclaims: '10',
      'requests.storage': '20Gi',
    });
  });

  it('gives containers default requests and limits so the quota admits them', () => {
    expect(find(objects, 'LimitRange').spec.limits).toEqual([
      { type: 'Container', defaultRequest: { cpu: '100m', memory: '128Mi' }, default: { cpu: '500m', memory: '512Mi' } },
    ]);
  });

  it('denies all traffic by default and opens only DNS egress and ingress from the platform', () => {
    const deny = find(objects, 'NetworkPolicy', 'default-deny');
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ['Ingress', 'Egress'] });

    const dns = find(objects, 'NetworkPolicy', 'allow-dns-egress').spec;
    expect(dns.policyTypes).toEqual(['Egress']);
    expect(dns.ingress).toBeUndefined();
    expect(dns.egress).toHaveLength(1);
    expect(dns.egress[0].to[0].namespaceSelector.matchLabels).toEqual({ 'kubernetes.io/metadata.name': 'kube-system' });
    expect(dns.egress[0].ports).toEqual([{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }]);

    const platform = find(objects, 'NetworkPolicy', 'allow-platform-ingress').spec;
    expect(platform.policyTypes).toEqual(['Ingress']);
    expect(platform.egress).toBeUndefined();
    expect(platform.ingress).toEqual([{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'nexus-system' } } }] }]);
  });

  it('runs agents under a service account without an API token', () => {
    expect(find(objects, 'ServiceAccount', 'agent-runner').automountServiceAccountToken).toBe(false);
  });

  it('lets only the platform controller manage pods and jobs in the namespace', () => {
    const role = find(objects, 'Role');
    expect(role.rules.flatMap((r: any) => r.resources)).toEqual(['pods', 'pods/log', 'jobs']);
    const binding = find(objects, 'RoleBinding');
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: role.metadata.name });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'nexus-controller', namespace: 'nexus-system' }]);
  });

  it('returns fresh objects each call, so callers cannot corrupt each other', () => {
    const a = tenantManifests(input);
    (a[3]!.spec as any).podSelector.matchLabels = { x: 'y' };
    expect(find(tenantManifests(input), 'NetworkPolicy', 'allow-dns-egress').spec.podSelector).toEqual({});
  });

  it('accepts the longest allowed slug and fractional or exponent quantities', () => {
    const slug = 'a'.repeat(52);
    const plan = { cpu: '1500m', memory: '2.5e9', pods: 1, storage: '1Ti' };
    expect(tenantManifests({ ...input, slug, plan })[0]!.metadata.name).toBe(`nexus-t-${slug}`);
  });
});

describe('tenantManifests input validation', () => {
  it.each([
    [{ slug: 'Acme' }, 'slug'],
    [{ slug: '-acme' }, 'slug'],
    [{ slug: 'ac_me' }, 'slug'],
    [{ slug: 'a'.repeat(53) }, 'slug'],
    [{ tenantId: '' }, 'tenantId'],
    [{ tenantId: 'has space' }, 'tenantId'],
    [{ plan: { ...input.plan, cpu: '2 cores' } }, 'plan.cpu'],
    [{ plan: { ...input.plan, memory: '4GB' } }, 'plan.memory'],
    [{ plan: { ...input.plan, memory: '-4Gi' } }, 'plan.memory'],
    [{ plan: { ...input.plan, storage: '' } }, 'plan.storage'],
    [{ plan: { ...input.plan, pods: 2.5 } }, 'plan.pods'],
    [{ plan: { ...input.plan, pods: 0 } }, 'plan.pods'],
    [{ plan: { ...input.plan, memory: '256Mi' } }, 'plan.containerDefaults.limit.memory'],
    [{ plan: { ...input.plan, cpu: '250m' } }, 'plan.containerDefaults.limit.cpu'],
  ])('rejects %j naming %s', (override, field) => {
    const error = rejection({ ...input, ...override });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(error.problems.map((p) => p.field)).toEqual([field]);
    expect(error.message).toContain(field);
  });

  it('rejects a default request above the default limit', () => {
    const containerDefaults = { request: { cpu: '1', memory: '128Mi' }, limit: { cpu: '500m', memory: '512Mi' } };
    const error = rejection({ ...input, plan: { ...input.plan, containerDefaults } });
    expect(error.problems.map((p) => p.field)).toEqual(['plan.containerDefaults.request.cpu']);
  });

  it('validates the slug when naming a namespace on its own', () => {
    expect(tenantNamespace('acme')).toBe('nexus-t-acme');
    expect(() => tenantNamespace('../etc')).toThrow(DomainError);
  });
});
