// Rows of `identity_providers`: tenant-bound for management, looked up by issuer + audience (worker) at sign-in.
import type { Prisma } from '@nexus/db/generated/prisma/client';
import type { Tx } from '../../db';

export interface IdentityProviderRow {
  id: string;
  tenantId: string;
  issuer: string;
  audience: string;
  emailClaim: string;
  rolesClaim: string;
  roleMapping: Prisma.JsonValue;
  defaultRole: string;
  enabled: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export interface IdentityProviderData {
  issuer: string;
  audience: string;
  emailClaim: string;
  rolesClaim: string;
  roleMapping: Record<string, string>;
  defaultRole: string;
  enabled: boolean;
}

export const IdentityProviderRepository = {
  list: (tx: Tx, tenantId: string): Promise<IdentityProviderRow[]> =>
    tx.identityProvider.findMany({ where: { tenantId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  findById: (tx: Tx, tenantId: string, id: string): Promise<IdentityProviderRow | null> => tx.identityProvider.findFirst({ where: { tenantId, id } }),
  /** Within one tenant (RLS): the row this issuer + audience already has, to update rather than duplicate. */
  findByIssuer: (tx: Tx, tenantId: string, issuer: string, audience: string): Promise<IdentityProviderRow | null> =>
    tx.identityProvider.findFirst({ where: { tenantId, issuer, audience } }),
  create: (tx: Tx, tenantId: string, data: IdentityProviderData): Promise<IdentityProviderRow> => tx.identityProvider.create({ data: { tenantId, ...data } }),
  update: (tx: Tx, id: string, data: IdentityProviderData): Promise<IdentityProviderRow> => tx.identityProvider.update({ where: { id }, data }),
  remove: (tx: Tx, id: string) => tx.identityProvider.delete({ where: { id } }),
  /** Worker database only: enabled providers a token names, across tenants (two at most: enough to see it is ambiguous). */
  findForToken: (tx: Tx, issuer: string, audiences: string[]): Promise<IdentityProviderRow[]> =>
    tx.identityProvider.findMany({ where: { issuer, audience: { in: audiences }, enabled: true }, take: 2 }),
};

/** The stored mapping as the verifier takes it; anything that is not string → string is ignored. */
export function roleMappingOf(row: Pick<IdentityProviderRow, 'roleMapping'>): Record<string, string> {
  const raw = row.roleMapping;
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  return Object.fromEntries(Object.entries(raw).filter((e): e is [string, string] => typeof e[1] === 'string'));
}
