// PubSub port for live state (GraphQL subscriptions): fire-and-forget fan-out, no persistence.
export interface PubSub {
  publish<T>(topic: string, payload: T): Promise<void>;
  /** An async iterator of the topic's messages from now on; `return()` unsubscribes. */
  subscribe<T>(topic: string): AsyncIterableIterator<T> & { return(): Promise<IteratorResult<T>> };
  close(): Promise<void>;
}
