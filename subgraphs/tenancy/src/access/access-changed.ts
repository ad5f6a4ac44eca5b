// The message that tells every gateway to forget cached access grants of a tenant (or of one user in it).
import type { PubSub } from '@nexus/kernel/ports/pubsub';

export const ACCESS_CHANGED_TOPIC = 'auth.access-changed';

/**
 * `userId` set: that user's role changed or they left. Their API keys act with their role, so a gateway
 * should also drop the tenant's API-key grants (it cannot tell which keys the user created).
 * `userId` absent: something every member depends on changed (a custom role, the plan).
 */
export interface AccessChanged {
  tenantId: string;
  userId?: string;
}

export function publishAccessChanged(pubsub: PubSub, message: AccessChanged): Promise<void> {
  return pubsub.publish<AccessChanged>(ACCESS_CHANGED_TOPIC, message);
}
