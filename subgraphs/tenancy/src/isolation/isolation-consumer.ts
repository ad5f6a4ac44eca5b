// Follows TenantCreated: every new organisation gets its isolation row (and, with a cluster, is provisioned).
import { z } from 'zod';
import type { Logger } from '@nexus/kernel/logger';
import type { EventBus } from '@nexus/kernel/ports/event-bus';
import { processOnce } from '@nexus/db/outbox';
import type { Database } from '../db';
import type { IsolationService } from './isolation-service';

const CONSUMER = 'tenancy-isolation';
const ZTenantCreated = z.object({ tenantId: z.uuid() });

export function startIsolationConsumer(bus: EventBus, db: Database, isolation: IsolationService, logger: Logger) {
  return bus.subscribe(CONSUMER, ['TenantCreated'], async (event) => {
    const parsed = ZTenantCreated.safeParse(event.payload);
    // Redelivering a malformed event cannot fix it: log it and let it go.
    if (!parsed.success) return void logger.warn({ eventId: event.id }, 'TenantCreated without a tenant id; ignored');
    const { tenantId } = parsed.data;
    const fresh = await processOnce(db, { consumer: CONSUMER, event, tenantId }, async (tx) => void (await isolation.ensureFor(tx, tenantId)));
    if (fresh) isolation.wake();
  });
}
