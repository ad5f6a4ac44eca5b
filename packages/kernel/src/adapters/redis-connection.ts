// ioredis connections with the settings every Redis adapter wants: bounded retries, quiet error logging, safe close.
import { Redis } from 'ioredis';
import type { Logger } from '../logger';

const ERROR_LOG_INTERVAL_MS = 10_000;

export function connectRedis(url: string, role: string, log: Logger, opts: { autoResubscribe?: boolean } = {}): Redis {
  const client = new Redis(url, {
    connectionName: `nexus:${role}`,
    // Fail a command after two reconnect attempts instead of twenty: callers degrade faster during an outage.
    maxRetriesPerRequest: 2,
    autoResubscribe: opts.autoResubscribe ?? true,
  });
  let lastLogged = 0;
  // Without a listener ioredis prints every reconnect failure; one line per interval is enough.
  client.on('error', (err: Error) => {
    if (Date.now() - lastLogged < ERROR_LOG_INTERVAL_MS) return;
    lastLogged = Date.now();
    log.warn({ role, err: err.message }, 'redis connection error');
  });
  return client;
}

export async function closeRedis(client: Redis): Promise<void> {
  // quit() waits for a reply, which never comes while disconnected.
  if (client.status !== 'ready') {
    client.disconnect();
    return;
  }
  try {
    await client.quit();
  } catch {
    client.disconnect();
  }
}
