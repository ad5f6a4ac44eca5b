// Managing a tenant's external OIDC providers: list, configure (add or update), remove. Needs members:manage.
import { authorize } from '@nexus/kernel/authz/guard';
import { canAssignRole, type TCustomRole } from '@nexus/kernel/authz/roles';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { PubSub } from '@nexus/kernel/ports/pubsub';
import { parseInput } from '@nexus/kernel/validation';
import { isUuid } from '@nexus/kernel/ids';
import { recordAudit } from '@nexus/db/audit';
import { withTenant, type Database, type Tx } from '../../db';
import { publishAccessChanged } from '../../access/access-changed';
import { customRolesOf, RoleRepository } from '../../members/role-repository';
import { isBuiltInRole } from '../../members/role-names';
import { discover } from './oidc-discovery';
import { ZIdentityProviderInput, type TIdentityProviderInput } from './identity-provider-inputs';
import { IdentityProviderRepository, roleMappingOf, type IdentityProviderRow } from './identity-provider-repository';

const SOURCE = 'tenancy';

/** What the audit log keeps of a provider: its whole configuration (there is no secret in it). */
const auditView = (r: IdentityProviderRow) => ({
  issuer: r.issuer, audience: r.audience, emailClaim: r.emailClaim, rolesClaim: r.rolesClaim,
  roleMapping: roleMappingOf(r), defaultRole: r.defaultRole, enabled: r.enabled,
});

export class IdentityProviderService {
  constructor(private readonly db: Database, private readonly pubsub: PubSub, private readonly fetchImpl: typeof fetch = fetch) {}

  async list(ctx: RequestContext): Promise<IdentityProviderRow[]> {
    const tenantId = authorize(ctx, 'members:manage');
    return withTenant(this.db, { tenantId }, (tx) => IdentityProviderRepository.list(tx, tenantId));
  }

  /** Adds the provider, or updates the one this organisation already has for the same issuer and audience. */
  async configure(ctx: RequestContext, input: unknown): Promise<IdentityProviderRow> {
    const tenantId = authorize(ctx, 'members:manage');
    const data = parseInput(ZIdentityProviderInput, input);
    // Before any write: a typo in the issuer should be caught now, not at the first sign-in.
    await discover(data.issuer, this.fetchImpl).catch((e: DomainError) => {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${e.message}. Check the issuer URL: its /.well-known/openid-configuration must be reachable.`, { field: 'issuer' });
    });
    const saved = await withTenant(this.db, { tenantId, userId: ctx.userId }, async (tx) => {
      await this.checkRoles(tx, ctx, tenantId, data);
      const before = await IdentityProviderRepository.findByIssuer(tx, tenantId, data.issuer, data.audience);
      const row = before ? await IdentityProviderRepository.update(tx, before.id, data) : await IdentityProviderRepository.create(tx, tenantId, data);
      await recordAudit(tx, ctx, {
        action: 'identity_provider.configured', source: SOURCE, targetType: 'identity_provider', targetId: row.id, targetLabel: row.issuer,
        before: before ? auditView(before) : null, after: auditView(row),
      });
      return row;
    }).catch((e: { code?: string }) => {
      // Issuer + audience are unique across organisations, and other organisations' rows are invisible here.
      if (e.code === 'P2002') throw new DomainError(ErrorCode.CONFLICT, 'Another organisation already accepts tokens from this issuer for this audience.', { field: 'audience' });
      throw e;
    });
    // Gateways drop cached sign-ins of this organisation, so a disabled or changed provider takes effect at once.
    await publishAccessChanged(this.pubsub, { tenantId });
    return saved;
  }

  async remove(ctx: RequestContext, id: string): Promise<void> {
    const tenantId = authorize(ctx, 'members:manage');
    await withTenant(this.db, { tenantId, userId: ctx.userId }, async (tx) => {
      const row = isUuid(id) ? await IdentityProviderRepository.findById(tx, tenantId, id) : null;
      if (!row) throw new DomainError(ErrorCode.NOT_FOUND, 'No identity provider with this id in your organisation.', { field: 'id' });
      await IdentityProviderRepository.remove(tx, row.id);
      await recordAudit(tx, ctx, {
        action: 'identity_provider.removed', source: SOURCE, targetType: 'identity_provider', targetId: row.id, targetLabel: row.issuer, before: auditView(row),
      });
    });
    await publishAccessChanged(this.pubsub, { tenantId });
  }

  /** Every role the provider can hand out must exist and be within the configuring person's own reach. */
  private async checkRoles(tx: Tx, ctx: RequestContext, tenantId: string, data: TIdentityProviderInput): Promise<void> {
    const customRoles: TCustomRole[] = await customRolesOf(tx, tenantId);
    const wanted: [string, string][] = [['defaultRole', data.defaultRole], ...Object.values(data.roleMapping).map((r): [string, string] => ['roleMapping', r])];
    for (const [field, role] of wanted) {
      // Share lock: the custom role cannot be deleted between this check and the commit.
      if (!isBuiltInRole(role) && !(await RoleRepository.lockShared(tx, tenantId, role))) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, `There is no role called "${role}"; use ADMIN, MEMBER, VIEWER, OWNER (mapping only) or one of your custom roles.`, { field });
      }
      if (!canAssignRole(ctx.roles, role, customRoles)) {
        throw new DomainError(ErrorCode.FORBIDDEN, `You cannot let the provider give the ${role} role: only roles at or below your own, with permissions you hold.`, { field });
      }
    }
  }
}
