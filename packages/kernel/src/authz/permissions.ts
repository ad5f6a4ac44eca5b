// The permission catalogue: every action a role or API key can be allowed, grouped by feature.
import { z } from 'zod';

export interface PermissionInfo {
  readonly name: string;
  readonly feature: string;
  readonly description: string;
  /** Platform permissions only count inside the platform's own tenant (see `authorize`). */
  readonly platform?: true;
}

export const PERMISSION_CATALOGUE = [
  { name: 'agents:read', feature: 'agents', description: "See the organisation's agents, versions and installs." },
  { name: 'agents:publish', feature: 'agents', description: 'Publish agents and new agent versions.' },
  { name: 'agents:deprecate', feature: 'agents', description: 'Deprecate or yank published agent versions.' },
  { name: 'agents:review', feature: 'agents', description: 'Approve or reject submitted agent versions (platform moderation).', platform: true },
  { name: 'keys:read', feature: 'keys', description: 'List API keys (names, prefixes, scopes; never secrets).' },
  { name: 'keys:manage', feature: 'keys', description: 'Create and revoke API keys.' },
  { name: 'members:read', feature: 'members', description: 'See who belongs to the organisation and their roles.' },
  { name: 'members:invite', feature: 'members', description: 'Invite people to the organisation.' },
  { name: 'members:manage', feature: 'members', description: "Change members' roles and remove members." },
  { name: 'roles:manage', feature: 'roles', description: 'Create, edit and delete custom roles.' },
  { name: 'domains:manage', feature: 'domains', description: 'Add, verify and remove custom domains.' },
  { name: 'billing:read', feature: 'billing', description: 'See plan, invoices and usage.' },
  { name: 'quotas:manage', feature: 'quotas', description: 'Change quotas and rate limits.' },
  { name: 'audit:read', feature: 'audit', description: 'Read the audit log.' },
  { name: 'workflows:read', feature: 'workflows', description: 'See workflows and their runs.' },
  { name: 'workflows:write', feature: 'workflows', description: 'Create, edit and delete workflows.' },
  { name: 'workflows:run', feature: 'workflows', description: 'Start and cancel workflow runs.' },
  { name: 'training:read', feature: 'training', description: 'See training jobs, datasets and results.' },
  { name: 'training:write', feature: 'training', description: 'Create, start and cancel training jobs.' },
] as const satisfies readonly PermissionInfo[];

export type TPermission = (typeof PERMISSION_CATALOGUE)[number]['name'];

export const PERMISSIONS = PERMISSION_CATALOGUE.map((p) => p.name) as [TPermission, ...TPermission[]];

export const ZPermission = z.enum(PERMISSIONS, {
  error: (i) => `unknown permission "${String(i.input)}"; known: ${PERMISSIONS.join(', ')}`,
});

const byName = new Map<string, PermissionInfo>(PERMISSION_CATALOGUE.map((p) => [p.name, p]));

export const isPermission = (name: string): name is TPermission => byName.has(name);

export const isPlatformPermission = (p: TPermission): boolean => byName.get(p)?.platform === true;
