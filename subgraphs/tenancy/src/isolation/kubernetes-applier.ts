// Puts a tenant's isolation objects into a cluster (server-side apply), or only records them in embedded mode.
import { ApiException, KubeConfig, KubernetesObjectApi, PatchStrategy, loadYaml, type KubernetesObject } from '@kubernetes/client-node';
import { z } from 'zod';
import { DomainError, ErrorCode, type TErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { tenantNamespace, type KubernetesManifest } from './tenant-manifests';

export const FIELD_MANAGER = 'nexus-forge';

export interface AppliedObject {
  kind: string;
  name: string;
}

export interface TenantIsolationApplier {
  apply(objects: readonly KubernetesManifest[]): Promise<{ applied: AppliedObject[] }>;
  deleteTenant(slug: string): Promise<void>;
}

const ZManifests = z.array(
  z.looseObject({
    apiVersion: z.string().min(1),
    kind: z.string().min(1),
    metadata: z.looseObject({ name: z.string().min(1), namespace: z.string().min(1).optional() }),
  }),
);

const ZApplierOptions = z
  .object({ kubeconfigPath: z.string().min(1).optional(), kubeconfigYaml: z.string().min(1).optional() })
  .refine((o) => (o.kubeconfigPath === undefined) !== (o.kubeconfigYaml === undefined), {
    message: 'give exactly one of kubeconfigPath or kubeconfigYaml',
    path: ['kubeconfigPath'],
  });

const objectRef = (o: KubernetesManifest) => `${o.kind} ${o.metadata.namespace ? `${o.metadata.namespace}/` : ''}${o.metadata.name}`;

// The client serializes through its generated models, which name some fields differently (`default` is
// `_default`, `from` is `_from`) and silently drop the plain names: a LimitRange would lose its defaults and
// an ingress rule its `from`, i.e. allow everything. Reading the JSON through its YAML loader (JSON is YAML)
// builds those models, and gives the client a copy to fill defaults into.
const toClientModel = (object: KubernetesManifest): KubernetesObject => loadYaml<KubernetesObject>(JSON.stringify(object));

function loadClient(options: z.infer<typeof ZApplierOptions>): KubernetesObjectApi {
  const field = options.kubeconfigPath ? 'kubeconfigPath' : 'kubeconfigYaml';
  try {
    const kc = new KubeConfig();
    if (options.kubeconfigPath) kc.loadFromFile(options.kubeconfigPath);
    else kc.loadFromString(options.kubeconfigYaml ?? '');
    if (!kc.getCurrentCluster()) throw new Error('it names no current cluster');
    return KubernetesObjectApi.makeApiClient(kc);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `The kubeconfig cannot be used: ${reason}`, { field, cause: e });
  }
}

// The API server explains refusals in a Status object; surface its message rather than the raw HTTP dump.
function kubernetesFailure(action: string, e: unknown, note = ''): DomainError {
  if (!(e instanceof ApiException)) {
    const reason = e instanceof Error ? e.message : String(e);
    return new DomainError(ErrorCode.UNAVAILABLE, `Kubernetes could not be reached to ${action}: ${reason}.${note}`, { cause: e });
  }
  const status = Number(e.code);
  let detail = '';
  try {
    const body: unknown = typeof e.body === 'string' ? JSON.parse(e.body) : e.body;
    if (body && typeof body === 'object' && 'message' in body && typeof body.message === 'string') detail = `: ${body.message}`;
  } catch {
    // Not a Status object; the HTTP code alone has to do.
  }
  const hint = status === 401 ? ' Check the kubeconfig credentials.' : status === 403 ? ' Check the RBAC permissions of the kubeconfig identity.' : '';
  // 401/403 mean the platform's own credentials are wrong, not that the caller may not act: an internal fault.
  const code: TErrorCode = status === 409 ? ErrorCode.CONFLICT : status >= 500 || status === 429 ? ErrorCode.UNAVAILABLE : ErrorCode.INTERNAL;
  return new DomainError(code, `Kubernetes refused to ${action} (HTTP ${status})${detail}.${hint}${note}`, { cause: e });
}

export function createKubernetesApplier(options: { kubeconfigPath?: string; kubeconfigYaml?: string }): TenantIsolationApplier {
  const client = loadClient(parseInput(ZApplierOptions, options));
  return {
    async apply(objects) {
      parseInput(ZManifests, objects);
      const applied: AppliedObject[] = [];
      // In order and one at a time: namespaced objects need their namespace to exist first.
      for (const object of objects) {
        try {
          // force: the platform owns these fields and takes them back if someone edited them by hand.
          await client.patch(toClientModel(object), undefined, undefined, FIELD_MANAGER, true, PatchStrategy.ServerSideApply);
        } catch (e) {
          const note = applied.length ? ` ${applied.length} earlier object(s) were applied; applying again is safe.` : '';
          throw kubernetesFailure(`apply ${objectRef(object)}`, e, note);
        }
        applied.push({ kind: object.kind, name: object.metadata.name });
      }
      return { applied };
    },
    async deleteTenant(slug) {
      const name = tenantNamespace(slug);
      try {
        await client.delete({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });
      } catch (e) {
        if (e instanceof ApiException && Number(e.code) === 404) return; // already gone
        throw kubernetesFailure(`delete Namespace ${name}`, e);
      }
    },
  };
}

export interface ManifestOnlyApplier extends TenantIsolationApplier {
  /** Every object handed to `apply`, in order (copies). */
  readonly applied: readonly KubernetesManifest[];
  /** Namespaces `deleteTenant` would have deleted. */
  readonly deletedNamespaces: readonly string[];
}

/** Embedded mode: no cluster; records what would be applied so it can be shown (see `toYaml`). */
export function createManifestOnlyApplier(): ManifestOnlyApplier {
  const applied: KubernetesManifest[] = [];
  const deletedNamespaces: string[] = [];
  return {
    applied,
    deletedNamespaces,
    async apply(objects) {
      parseInput(ZManifests, objects);
      applied.push(...objects.map((o) => structuredClone(o)));
      return { applied: objects.map((o) => ({ kind: o.kind, name: o.metadata.name })) };
    },
    async deleteTenant(slug) {
      deletedNamespaces.push(tenantNamespace(slug));
    },
  };
}
