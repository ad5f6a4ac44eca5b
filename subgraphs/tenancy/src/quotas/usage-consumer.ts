// Follows UsageRecorded (marketplace, workflows, training emit it through their outboxes) into the usage gauges.
import { z } from 'zod';
import type { Logger } from '@nexus/kernel/logger';
import type { EventBus } from '@nexus/kernel/ports/event-bus';
import { processOnce } from '@nexus/db/outbox';
import type { Database } from '../db';
import { GAUGE_METRICS, UsageRepository } from './usage-repository';

const CONSUMER = 'tenancy-usage';

export const ZUsageRecorded = z.object({
  tenantId: z.uuid(),
  metric: z.enum(GAUGE_METRICS),
  value: z.number().finite(),
  mode: z.enum(['set', 'add']),
});
export type TUsageRecorded = z.infer<typeof ZUsageRecorded>;

/** Each event is applied once (processOnce), so an `add` redelivered by the bus is not counted twice. */
export function startUsageConsumer(bus: EventBus, db: Database, logger: Logger) {
  return bus.subscribe(CONSUMER, ['UsageRecorded'], async (event) => {
    const parsed = ZUsageRecorded.safeParse(event.payload);
    // Redelivering a malformed event cannot fix it: log it and let it go.
    if (!parsed.success) return void logger.warn({ eventId: event.id, issues: parsed.error.issues.map((i) => i.message) }, 'malformed UsageRecorded event ignored');
    const { tenantId, metric, value, mode } = parsed.data;
    await processOnce(db, { consumer: CONSUMER, event, tenantId }, (tx) => UsageRepository.applyGauge(tx, tenantId, metric, value, mode));
  });
}
