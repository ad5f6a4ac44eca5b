// Browsing the catalogue: the public list, one agent, a publisher's agents.
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { decodePage, toConnection, type PageArgs } from '@nexus/kernel/connection';
import { parseInput } from '@nexus/kernel/validation';
import { isUuid } from '@nexus/kernel/ids';
import { withTenant, type Database } from '../db';
import { AgentRepository, type AgentRow } from './agent-repository';
import { privateViewTenant } from '../authz/private-view';

const ZQuery = z.string().max(200, 'must be at most 200 characters').nullish();
const SCOPED_NAME = /^@[a-z0-9][a-z0-9-]{0,38}\/[a-z0-9][a-z0-9._-]{0,213}$/;

export class AgentService {
  constructor(private readonly db: Database) {}

  /** Runs as the caller's tenant (or none): RLS adds that tenant's private agents to the public ones when it may read them. */
  private scoped<T>(ctx: RequestContext, fn: Parameters<typeof withTenant<T>>[2]) {
    return withTenant(this.db, { tenantId: privateViewTenant(ctx) }, fn);
  }

  async list(ctx: RequestContext, args: PageArgs & { query?: string | null }) {
    const query = parseInput(ZQuery, args.query) ?? undefined;
    const page = decodePage(args);
    return this.scoped(ctx, async (tx) => {
      const [rows, total] = await Promise.all([AgentRepository.list(tx, { query }, page), AgentRepository.count(tx, { query })]);
      return toConnection(rows, page.skip, total);
    });
  }

  async byPublisher(ctx: RequestContext, tenantId: string, args: PageArgs) {
    const page = decodePage(args);
    if (!isUuid(tenantId)) return toConnection<AgentRow>([], 0, 0);
    const filter = { tenantId, publicOnly: true };
    return this.scoped(ctx, async (tx) => {
      const [rows, total] = await Promise.all([AgentRepository.list(tx, filter, page), AgentRepository.count(tx, filter)]);
      return toConnection(rows, page.skip, total);
    });
  }

  async find(ctx: RequestContext, args: { id?: string | null; name?: string | null }): Promise<AgentRow | null> {
    if (!args.id && !args.name) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give an id or a scoped name.', { field: 'id' });
    if (args.id) return isUuid(args.id) ? this.scoped(ctx, (tx) => AgentRepository.findById(tx, args.id!)) : null;
    const name = args.name!.trim().toLowerCase();
    if (!SCOPED_NAME.test(name)) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'name must look like @scope/agent-name.', { field: 'name' });
    return this.scoped(ctx, (tx) => AgentRepository.findByName(tx, name));
  }

  findMany(ctx: RequestContext, ids: string[]): Promise<AgentRow[]> {
    const valid = ids.filter(isUuid);
    return valid.length ? this.scoped(ctx, (tx) => AgentRepository.findManyByIds(tx, valid)) : Promise.resolve([]);
  }
}
