// Tenant activity: domain events from the bus become live messages for the console.
import type { EventBus, DomainEvent } from '@nexus/kernel/ports/event-bus';
import type { PubSub } from '@nexus/kernel/ports/pubsub';

export const ACTIVITY_TYPES = ['TenantCreated', 'MemberJoined', 'ApiKeyCreated', 'ApiKeyRevoked'] as const;
export const activityTopic = (tenantId: string) => `tenant-activity:${tenantId}`;

export interface TenantActivityEvent {
  id: string;
  type: 'TENANT_CREATED' | 'MEMBER_JOINED' | 'API_KEY_CREATED' | 'API_KEY_REVOKED';
  message: string;
  occurredAt: string;
}

type Payload = { name?: string; prefix?: string; slug?: string; role?: string };

export function toActivity(event: DomainEvent): TenantActivityEvent | null {
  const p = (event.payload ?? {}) as Payload;
  const base = { id: event.id, occurredAt: event.occurredAt };
  switch (event.type) {
    case 'TenantCreated': return { ...base, type: 'TENANT_CREATED', message: `Organisation ${p.name ?? ''} (@${p.slug ?? ''}) created` };
    case 'MemberJoined': return { ...base, type: 'MEMBER_JOINED', message: `A member joined as ${p.role ?? 'MEMBER'}` };
    case 'ApiKeyCreated': return { ...base, type: 'API_KEY_CREATED', message: `API key "${p.name ?? ''}" (${p.prefix ?? ''}) created` };
    case 'ApiKeyRevoked': return { ...base, type: 'API_KEY_REVOKED', message: `API key "${p.name ?? ''}" (${p.prefix ?? ''}) revoked` };
    default: return null;
  }
}

/** Durable consumer: each event reaches one tenancy instance, which fans it out over PubSub to every gateway. */
export function startActivityConsumer(bus: EventBus, pubsub: PubSub) {
  return bus.subscribe('tenancy-activity', [...ACTIVITY_TYPES], async (event) => {
    const activity = toActivity(event);
    if (activity && event.tenantId) await pubsub.publish(activityTopic(event.tenantId), { tenantActivity: activity });
  });
}
