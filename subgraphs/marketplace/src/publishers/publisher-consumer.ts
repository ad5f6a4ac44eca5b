// Follows TenantCreated: every new organisation becomes a publisher whose scope is its slug.
import type { EventBus } from '@nexus/kernel/ports/event-bus';
import { processOnce } from '@nexus/db/outbox';
import type { Database } from '../db';
import { PublisherRepository } from './publisher-repository';

interface TenantCreatedPayload { tenantId: string; slug: string; name: string }

export function startPublisherConsumer(bus: EventBus, db: Database) {
  return bus.subscribe('marketplace-publishers', ['TenantCreated'], async (event) => {
    const p = event.payload as TenantCreatedPayload;
    await processOnce(db, { consumer: 'marketplace-publishers', event, tenantId: p.tenantId }, (tx) =>
      PublisherRepository.create(tx, { tenantId: p.tenantId, scope: p.slug, name: p.name }).then(() => undefined),
    );
  });
}
