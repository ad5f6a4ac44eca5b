// Creating organisations and looking them up.
import { randomUUID } from 'node:crypto';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { requireUser, type RequestContext } from '@nexus/kernel/context';
import { recordAudit } from '@nexus/db/audit';
import { enqueueEvent, withTenant, type Database } from '../db';
import { TenantRepository, type TenantRow } from './tenant-repository';
import { ZCreateTenantInput } from './tenant-inputs';
import { isUuid } from '@nexus/kernel/ids';

export class TenantService {
  constructor(private readonly db: Database) {}

  async create(ctx: RequestContext, input: unknown): Promise<TenantRow> {
    const userId = requireUser(ctx);
    const data = parseInput(ZCreateTenantInput, input);
    const id = randomUUID();
    return withTenant(this.db, { tenantId: id, userId }, async (tx) => {
      if (await TenantRepository.findBySlug(tx, data.slug)) {
        throw new DomainError(ErrorCode.CONFLICT, `The handle "${data.slug}" is taken.`, { field: 'slug' });
      }
      const tenant = await TenantRepository.create(tx, { id, slug: data.slug, name: data.name });
      await TenantRepository.addMember(tx, { tenantId: id, userId, role: 'OWNER' });
      await recordAudit(tx, ctx, {
        tenantId: id, action: 'tenant.created', source: 'tenancy', targetType: 'tenant', targetId: id, targetLabel: tenant.slug,
        after: { slug: tenant.slug, name: tenant.name, planId: tenant.planId },
      });
      await enqueueEvent(tx, { type: 'TenantCreated', tenantId: id, payload: { tenantId: id, slug: tenant.slug, name: tenant.name, by: userId } });
      await enqueueEvent(tx, { type: 'MemberJoined', tenantId: id, payload: { tenantId: id, userId, role: 'OWNER' } });
      return tenant;
    });
  }

  find(args: { id?: string | null; slug?: string | null }): Promise<TenantRow | null> {
    if (!args.id && !args.slug) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give an id or a slug.', { field: 'id' });
    if (args.id && !isUuid(args.id)) return Promise.resolve(null);
    return withTenant(this.db, { tenantId: null }, (tx) =>
      args.id ? TenantRepository.findById(tx, args.id) : TenantRepository.findBySlug(tx, args.slug!.trim().toLowerCase()),
    );
  }

  /** Public profiles by id in one query; unknown or malformed ids are simply absent. */
  async findMany(ids: string[]): Promise<Map<string, TenantRow>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows = await withTenant(this.db, { tenantId: null }, (tx) => TenantRepository.findManyByIds(tx, valid));
    return new Map(rows.map((r) => [r.id, r]));
  }
}
