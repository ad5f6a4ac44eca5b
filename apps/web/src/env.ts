// The only place the web app reads process.env: validates once, with defaults for local development.

const DEFAULT_GATEWAY_URL = 'http://localhost:4000/graphql';
const DEFAULT_GATEWAY_WS_URL = 'ws://localhost:4000/graphql';

function readUrl(name: string, value: string | undefined, fallback: string, protocols: readonly string[]): string {
  const raw = value?.trim() || fallback;
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`[env] ${name} must be an absolute URL, got "${raw}"`);
  }
  if (!protocols.includes(parsed.protocol)) {
    throw new Error(`[env] ${name} must use ${protocols.join(' or ')}, got "${raw}"`);
  }
  return raw;
}

/**
 * Inlined into the browser bundle at build time, so Next needs the literal
 * `process.env.NEXT_PUBLIC_…` expression here.
 */
export const publicEnv = {
  gatewayWsUrl: readUrl('NEXT_PUBLIC_GATEWAY_WS_URL', process.env.NEXT_PUBLIC_GATEWAY_WS_URL, DEFAULT_GATEWAY_WS_URL, ['ws:', 'wss:']),
};

export interface ServerEnv {
  /** Gateway HTTP endpoint, used by server components and the same-origin `/graphql` route. */
  gatewayUrl: string;
}

let cached: ServerEnv | undefined;

/** Server-only values; a function so the browser bundle never evaluates them. */
export function serverEnv(): ServerEnv {
  cached ??= {
    gatewayUrl: readUrl('GATEWAY_URL', process.env.GATEWAY_URL, DEFAULT_GATEWAY_URL, ['http:', 'https:']),
  };
  return cached;
}
