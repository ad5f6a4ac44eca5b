import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DomainError } from '@nexus/kernel/errors';
import { createKubernetesApplier, createManifestOnlyApplier } from './kubernetes-applier';
import { tenantManifests } from './tenant-manifests';

const objects = tenantManifests({ tenantId: 't-1', slug: 'acme', plan: { cpu: '2', memory: '4Gi', pods: 20, storage: '20Gi' } });

// Just enough of the API server: discovery for the kinds we apply, echoing applies, deleting namespaces.
const DISCOVERY: Record<string, [kind: string, name: string, namespaced: boolean][]> = {
  '/api/v1': [['Namespace', 'namespaces', false], ['ResourceQuota', 'resourcequotas', true], ['LimitRange', 'limitranges', true], ['ServiceAccount', 'serviceaccounts', true]],
  '/apis/networking.k8s.io/v1': [['NetworkPolicy', 'networkpolicies', true]],
  '/apis/rbac.authorization.k8s.io/v1': [['Role', 'roles', true], ['RoleBinding', 'rolebindings', true]],
};

interface Recorded { method: string; path: string; query: URLSearchParams; contentType?: string; authorization?: string; body: string }

const requests: Recorded[] = [];
let refuse: { path: string; status: number; message: string } | undefined;
let server: Server;
let kubeconfigYaml: string;

const status = (code: number, message: string) => ({ kind: 'Status', apiVersion: 'v1', status: 'Failure', message, code });

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fake');
      requests.push({ method: req.method ?? '', path: url.pathname, query: url.searchParams, contentType: req.headers['content-type'], authorization: req.headers.authorization, body });
      const reply = (code: number, value: unknown) => res.writeHead(code, { 'content-type': 'application/json' }).end(JSON.stringify(value));
      const discovery = DISCOVERY[url.pathname];
      if (req.method === 'GET' && discovery) {
        const groupVersion = url.pathname.replace(/^\/apis?\//, '');
        return reply(200, { kind: 'APIResourceList', apiVersion: 'v1', groupVersion, resources: discovery.map(([kind, name, namespaced]) => ({ kind, name, namespaced, singularName: '', verbs: ['patch', 'delete'] })) });
      }
      if (refuse && url.pathname === refuse.path) return reply(refuse.status, status(refuse.status, refuse.message));
      if (req.method === 'PATCH') return reply(200, JSON.parse(body));
      if (req.method === 'DELETE' && url.pathname === '/api/v1/namespaces/nexus-t-acme') return reply(200, { ...status(200, ''), status: 'Success' });
      if (req.method === 'DELETE') return reply(404, status(404, 'namespaces "gone" not found'));
      return reply(404, status(404, 'not found'));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  kubeconfigYaml = [
    'apiVersion: v1',
    'kind: Config',
    'clusters:',
    // The client refuses plain HTTP unless TLS verification is explicitly off; the fake server has no TLS.
    `- name: fake\n  cluster:\n    server: http://127.0.0.1:${port}\n    insecure-skip-tls-verify: true`,
    'users:',
    '- name: platform\n  user:\n    token: secret-token',
    'contexts:',
    '- name: fake\n  context:\n    cluster: fake\n    user: platform',
    'current-context: fake',
  ].join('\n');
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  requests.length = 0;
  refuse = undefined;
});

const mutations = () => requests.filter((r) => r.method !== 'GET');

describe('createKubernetesApplier', () => {
  it('server-side-applies every object in order as field manager nexus-forge', async () => {
    const applier = createKubernetesApplier({ kubeconfigYaml });
    const result = await applier.apply(objects);

    expect(result.applied).toEqual(objects.map((o) => ({ kind: o.kind, name: o.metadata.name })));
    const patches = mutations();
    expect(patches.map((r) => r.path)).toEqual([
      '/api/v1/namespaces/nexus-t-acme',
      '/api/v1/namespaces/nexus-t-acme/resourcequotas/tenant-quota',
      '/api/v1/namespaces/nexus-t-acme/limitranges/container-defaults',
      '/apis/networking.k8s.io/v1/namespaces/nexus-t-acme/networkpolicies/default-deny',
      '/apis/networking.k8s.io/v1/namespaces/nexus-t-acme/networkpolicies/allow-dns-egress',
      '/apis/networking.k8s.io/v1/namespaces/nexus-t-acme/networkpolicies/allow-platform-ingress',
      '/api/v1/namespaces/nexus-t-acme/serviceaccounts/agent-runner',
      '/apis/rbac.authorization.k8s.io/v1/namespaces/nexus-t-acme/roles/nexus-workload-manager',
      '/apis/rbac.authorization.k8s.io/v1/namespaces/nexus-t-acme/rolebindings/nexus-workload-manager',
    ]);
    for (const r of patches) {
      expect(r.method).toBe('PATCH');
      expect(r.contentType).toBe('application/apply-patch+yaml');
      expect(r.query.get('fieldManager')).toBe('nexus-forge');
      expect(r.query.get('force')).toBe('true');
      expect(r.authorization).toBe('Bearer secret-token');
    }
  });

  it('sends each object as written, without the client adding or dropping fields', async () => {
    await createKubernetesApplier({ kubeconfigYaml }).apply(objects);
    expect(mutations().map((r) => JSON.parse(r.body))).toEqual(JSON.parse(JSON.stringify(objects)));
  });

  it('reads the kubeconfig from a file as well', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'nexus-kube-')), 'config');
    writeFileSync(path, kubeconfigYaml);
    await createKubernetesApplier({ kubeconfigPath: path }).apply(objects.slice(0, 1));
    expect(mutations().map((r) => r.path)).toEqual(['/api/v1/namespaces/nexus-t-acme']);
  });

  it('turns a 403 into a domain error naming the object and the reason, and stops there', async () => {
    refuse = {
      path: '/apis/networking.k8s.io/v1/namespaces/nexus-t-acme/networkpolicies/default-deny',
      status: 403,
      message: 'networkpolicies.networking.k8s.io "default-deny" is forbidden: User "system:serviceaccount:nexus-system:nexus-controller" cannot patch resource "networkpolicies"',
    };
    const error = await createKubernetesApplier({ kubeconfigYaml }).apply(objects).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).code).toBe('INTERNAL');
    expect((error as DomainError).message).toMatch(/^Kubernetes refused to apply NetworkPolicy nexus-t-acme\/default-deny \(HTTP 403\): networkpolicies.* cannot patch resource "networkpolicies"\. Check the RBAC .*\. 3 earlier object\(s\) were applied; applying again is safe\.$/);
    expect(mutations()).toHaveLength(4);
  });

  it('reports an unreachable API server as unavailable', async () => {
    const closed = kubeconfigYaml.replace(/127\.0\.0\.1:\d+/, '127.0.0.1:1');
    const error = await createKubernetesApplier({ kubeconfigYaml: closed }).apply(objects).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UNAVAILABLE', message: expect.stringMatching(/^Kubernetes could not be reached/) });
  });

  it('deletes a tenant by deleting its namespace, and treats an already deleted one as done', async () => {
    const applier = createKubernetesApplier({ kubeconfigYaml });
    await applier.deleteTenant('acme');
    await applier.deleteTenant('gone');
    expect(mutations().map((r) => `${r.method} ${r.path}`)).toEqual(['DELETE /api/v1/namespaces/nexus-t-acme', 'DELETE /api/v1/namespaces/nexus-t-gone']);
  });

  it('rejects bad input before sending anything', async () => {
    const applier = createKubernetesApplier({ kubeconfigYaml });
    await expect(applier.deleteTenant('Not A Slug')).rejects.toMatchObject({ code: 'BAD_USER_INPUT', field: undefined, problems: [{ field: 'input' }] });
    await expect(applier.apply([{ ...objects[0]!, metadata: { name: '' } }])).rejects.toMatchObject({ code: 'BAD_USER_INPUT', problems: [{ field: '0.metadata.name' }] });
    expect(requests).toEqual([]);
  });

  it.each([
    [{}, 'kubeconfigPath'],
    [{ kubeconfigYaml: 'x', kubeconfigPath: '/x' }, 'kubeconfigPath'],
    [{ kubeconfigPath: '/does/not/exist' }, 'kubeconfigPath'],
    [{ kubeconfigYaml: 'apiVersion: v1\nkind: Config\n' }, 'kubeconfigYaml'],
  ])('refuses an unusable kubeconfig %j', (options, field) => {
    expect(() => createKubernetesApplier(options)).toThrow(DomainError);
    try {
      createKubernetesApplier(options);
    } catch (e) {
      expect((e as DomainError).problems.map((p) => p.field)).toEqual([field]);
    }
  });
});

describe('createManifestOnlyApplier', () => {
  it('records what would be applied and deleted without touching any cluster', async () => {
    const applier = createManifestOnlyApplier();
    const result = await applier.apply(objects);
    await applier.deleteTenant('acme');

    expect(result.applied.map((a) => a.kind)[0]).toBe('Namespace');
    expect(applier.applied).toEqual(objects);
    expect(applier.applied[0]).not.toBe(objects[0]);
    expect(applier.deletedNamespaces).toEqual(['nexus-t-acme']);
    await expect(applier.deleteTenant('../x')).rejects.toBeInstanceOf(DomainError);
  });
});
