// Finds out whether the optional Redis / NATS servers are reachable so their suites can run or skip.
import { connect } from 'node:net';
import { testEnv } from './env';

const PROBE_TIMEOUT_MS = 500;

/** Resolves true when a TCP connection to the URL's host:port opens within the timeout. */
export function probeTcp(url: string, defaultPort: number, timeoutMs = PROBE_TIMEOUT_MS): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname.replace(/^\[|\]$/g, ''), port: Number(port || defaultPort) });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

async function detect(service: string, url: string, defaultPort: number, skipNote?: string): Promise<string | null> {
  if (await probeTcp(url, defaultPort)) return url;
  const line = `${service} not reachable at ${url}`;
  if (testEnv.REQUIRE_SERVICES) throw new Error(`${line}, and REQUIRE_SERVICES=1 makes that an error (start it or unset REQUIRE_SERVICES).`);
  if (skipNote) console.warn(`[contract] ${line} — ${skipNote}`);
  return null;
}

/**
 * The Redis URL (TEST_REDIS_URL, default redis://127.0.0.1:6379) when reachable, else null.
 * `skipNote` is printed after "Redis not reachable at …" to say what the caller skips.
 */
export function detectRedis(skipNote?: string): Promise<string | null> {
  return detect('Redis', testEnv.TEST_REDIS_URL, 6379, skipNote);
}

/** The NATS URL (TEST_NATS_URL, default nats://127.0.0.1:4222) when reachable, else null. */
export function detectNats(skipNote?: string): Promise<string | null> {
  return detect('NATS', testEnv.TEST_NATS_URL, 4222, skipNote);
}

/** A short id unique to this test process, for key prefixes and stream names that must not collide. */
export function uniqueRunId(label = 'run'): string {
  return `${label}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
}
