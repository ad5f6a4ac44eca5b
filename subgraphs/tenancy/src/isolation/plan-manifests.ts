// A tenant's isolation objects as its plan sizes them, and the hash that tells when they need applying again.
import { createHash } from 'node:crypto';
import { planById } from '../quotas/plans';
import { tenantManifests, type KubernetesManifest } from './tenant-manifests';

export interface IsolatedTenant {
  id: string;
  slug: string;
  planId: string;
}

export function manifestsForTenant(tenant: IsolatedTenant): KubernetesManifest[] {
  const { cpu, memory, storage, pods } = planById(tenant.planId).kubernetes;
  return tenantManifests({ tenantId: tenant.id, slug: tenant.slug, plan: { cpu, memory, storage, pods } });
}

/** SHA-256 of the objects as applied; a plan change alters the quota, hence the hash. */
export const manifestHash = (objects: readonly KubernetesManifest[]): string => createHash('sha256').update(JSON.stringify(objects)).digest('hex');
