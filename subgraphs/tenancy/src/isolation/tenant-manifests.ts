// Kubernetes objects that isolate one tenant: its namespace, quota, default limits, network policy and RBAC.
import { z } from 'zod';
import { parseInput } from '@nexus/kernel/validation';
import { isQuantity, quantityValue } from './quantity';

export const PLATFORM_NAMESPACE = 'nexus-system';
export const PLATFORM_CONTROLLER_SA = 'nexus-controller';
export const AGENT_SERVICE_ACCOUNT = 'agent-runner';
const NAMESPACE_PREFIX = 'nexus-t-';

/** A Kubernetes object as plain JSON, ready to serialize or apply. */
export interface KubernetesManifest {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; labels?: Record<string, string> };
  [field: string]: unknown;
}

// DNS-1123 label; 52 keeps `nexus-t-<slug>` (60) under the 63-character namespace limit with room to spare.
export const ZTenantSlug = z
  .string()
  .max(52, 'must be at most 52 characters')
  .regex(/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/, 'must be lower-case letters, digits or hyphens, starting and ending with a letter or digit');

// abort: the plan-wide comparison below must not run on a quantity it cannot read.
const ZQuantity = z.string().refine(isQuantity, { message: 'must be a Kubernetes quantity such as "500m", "2" or "4Gi"', abort: true });
const ZContainerResources = z.object({ cpu: ZQuantity, memory: ZQuantity });

export const ZTenantIsolationInput = z
  .object({
    // Becomes a label value: at most 63 characters, alphanumeric at both ends.
    tenantId: z.string().regex(/^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/, 'must be a valid Kubernetes label value'),
    slug: ZTenantSlug,
    plan: z.object({
      cpu: ZQuantity,
      memory: ZQuantity,
      pods: z.number().int().positive().max(10_000),
      storage: ZQuantity,
      persistentVolumeClaims: z.number().int().nonnegative().max(1_000).default(10),
      containerDefaults: z
        .object({ request: ZContainerResources, limit: ZContainerResources })
        .default({ request: { cpu: '100m', memory: '128Mi' }, limit: { cpu: '500m', memory: '512Mi' } }),
    }),
  })
  .superRefine(({ plan }, ctx) => {
    // A default the quota cannot hold would leave every pod without explicit resources unschedulable.
    for (const res of ['cpu', 'memory'] as const) {
      const { request, limit } = plan.containerDefaults;
      if (quantityValue(request[res]) > quantityValue(limit[res])) {
        ctx.addIssue({ code: 'custom', path: ['plan', 'containerDefaults', 'request', res], message: `must not exceed the default limit (${limit[res]})` });
      }
      if (quantityValue(limit[res]) > quantityValue(plan[res])) {
        ctx.addIssue({ code: 'custom', path: ['plan', 'containerDefaults', 'limit', res], message: `must not exceed the plan's ${res} (${plan[res]})` });
      }
    }
  });
export type TTenantIsolationInput = z.input<typeof ZTenantIsolationInput>;

export const tenantNamespace = (slug: string): string => `${NAMESPACE_PREFIX}${parseInput(ZTenantSlug, slug)}`;

/** Objects in the order they must be applied: the namespace first, everything inside it after. */
export function tenantManifests(input: TTenantIsolationInput): KubernetesManifest[] {
  const { tenantId, slug, plan } = parseInput(ZTenantIsolationInput, input);
  const namespace = `${NAMESPACE_PREFIX}${slug}`;
  const labels = { 'app.kubernetes.io/managed-by': 'nexus-forge', 'nexus.dev/tenant-id': tenantId, 'nexus.dev/tenant-slug': slug };
  const meta = (name: string) => ({ name, namespace, labels });
  const allPods = {};
  const { request, limit } = plan.containerDefaults;

  return [
    {
      apiVersion: 'v1',
      kind: 'Namespace',
      metadata: { name: namespace, labels: { ...labels, 'pod-security.kubernetes.io/enforce': 'restricted' } },
    },
    {
      apiVersion: 'v1',
      kind: 'ResourceQuota',
      metadata: meta('tenant-quota'),
      spec: {
        hard: {
          'requests.cpu': plan.cpu,
          'limits.cpu': plan.cpu,
          'requests.memory': plan.memory,
          'limits.memory': plan.memory,
          pods: String(plan.pods),
          persistentvolumeclaims: String(plan.persistentVolumeClaims),
          'requests.storage': plan.storage,
        },
      },
    },
    {
      apiVersion: 'v1',
      kind: 'LimitRange',
      metadata: meta('container-defaults'),
      spec: { limits: [{ type: 'Container', defaultRequest: { ...request }, default: { ...limit } }] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('default-deny'),
      spec: { podSelector: allPods, policyTypes: ['Ingress', 'Egress'] },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('allow-dns-egress'),
      spec: {
        podSelector: allPods,
        policyTypes: ['Egress'],
        egress: [
          {
            to: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'kube-system' } }, podSelector: { matchLabels: { 'k8s-app': 'kube-dns' } } }],
            ports: [{ protocol: 'UDP', port: 53 }, { protocol: 'TCP', port: 53 }],
          },
        ],
      },
    },
    {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: meta('allow-platform-ingress'),
      spec: {
        podSelector: allPods,
        policyTypes: ['Ingress'],
        ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': PLATFORM_NAMESPACE } } }] }],
      },
    },
    {
      apiVersion: 'v1',
      kind: 'ServiceAccount',
      metadata: meta(AGENT_SERVICE_ACCOUNT),
      automountServiceAccountToken: false,
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'Role',
      metadata: meta('nexus-workload-manager'),
      rules: [
        { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] },
        { apiGroups: [''], resources: ['pods/log'], verbs: ['get'] },
        { apiGroups: ['batch'], resources: ['jobs'], verbs: ['get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection'] },
      ],
    },
    {
      apiVersion: 'rbac.authorization.k8s.io/v1',
      kind: 'RoleBinding',
      metadata: meta('nexus-workload-manager'),
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'nexus-workload-manager' },
      subjects: [{ kind: 'ServiceAccount', name: PLATFORM_CONTROLLER_SA, namespace: PLATFORM_NAMESPACE }],
    },
  ];
}
