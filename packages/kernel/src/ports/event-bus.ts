// EventBus port for domain events between features: at-least-once, durable consumers.
export interface DomainEvent<P = unknown> {
  /** Unique id; consumers use it to stay idempotent. */
  id: string;
  /** e.g. `ApiKeyRevoked`, `AgentVersionPublished`. */
  type: string;
  tenantId: string | null;
  occurredAt: string;
  payload: P;
}

export type EventHandler = (event: DomainEvent) => Promise<void>;

export interface EventBus {
  /** Delivers to the bus; resolves once the bus has durably accepted it. */
  publish(event: DomainEvent): Promise<void>;
  /**
   * Registers a durable consumer `consumer` (a stable name) for the event types.
   * A handler that throws gets the event again later (at-least-once).
   */
  subscribe(consumer: string, types: string[], handler: EventHandler): Promise<{ stop(): Promise<void> }>;
  close(): Promise<void>;
}
