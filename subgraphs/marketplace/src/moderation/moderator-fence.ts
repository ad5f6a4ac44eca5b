// Moderation needs two things: the `agents:review` permission and a caller acting inside the operator's organisation.
import type { RequestContext } from '@nexus/kernel/context';
import { authorize } from '@nexus/kernel/authz/guard';
import { withTenant, type Database } from '../db';
import { PublisherRepository } from '../publishers/publisher-repository';

/**
 * Tenancy only grants `agents:review` inside the platform admin tenant; the marketplace checks the tenant
 * again itself (the second fence), by the publisher scope it was configured with (PLATFORM_ADMIN_TENANT).
 */
export class ModeratorFence {
  /** A scope never changes owner, so a found id is kept; a missing one is looked up again (the publisher may register later). */
  private platformTenantId: string | null = null;

  constructor(private readonly db: Database, private readonly adminScope: string | null) {}

  private async platformTenant(): Promise<string | null> {
    if (this.platformTenantId || !this.adminScope) return this.platformTenantId;
    const publisher = await withTenant(this.db, { tenantId: null }, (tx) => PublisherRepository.byScope(tx, this.adminScope!));
    this.platformTenantId = publisher?.tenantId ?? null;
    return this.platformTenantId;
  }

  /** Throws FORBIDDEN unless the caller may moderate; returns the caller's (platform) tenant id. */
  async authorize(ctx: RequestContext): Promise<string> {
    return authorize(ctx, 'agents:review', { platformTenantId: await this.platformTenant() });
  }
}
