// The CLI's environment: registry URL, API key and debug switch, validated once at start-up.
import { z } from 'zod';

export const DEFAULT_REGISTRY = 'http://localhost:4000/graphql';

// An exported-but-empty variable (`NEXUS_API_KEY=`) means "not set", as shells usually intend.
const unsetIfEmpty = (v: unknown) => (v === '' ? undefined : v);

const ZCliEnv = z.object({
  NEXUS_API_KEY: z.preprocess(unsetIfEmpty, z.string().optional()),
  NEXUS_REGISTRY: z.preprocess(unsetIfEmpty, z.url({ protocol: /^https?$/, message: 'must be an http(s) URL of the gateway, like http://localhost:4000/graphql' }).default(DEFAULT_REGISTRY)),
  NEXUS_DEBUG: z.preprocess(unsetIfEmpty, z.enum(['0', '1']).optional()),
});

export interface TCliEnv {
  apiKey: string | undefined;
  registry: string;
  debug: boolean;
}

export type TReadCliEnvResult = { ok: true; env: TCliEnv } | { ok: false; message: string };

export function readCliEnv(source: Record<string, string | undefined> = process.env): TReadCliEnvResult {
  const parsed = ZCliEnv.safeParse(source);
  if (!parsed.success) {
    return { ok: false, message: parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('\n') };
  }
  const { NEXUS_API_KEY, NEXUS_REGISTRY, NEXUS_DEBUG } = parsed.data;
  return { ok: true, env: { apiKey: NEXUS_API_KEY, registry: NEXUS_REGISTRY, debug: NEXUS_DEBUG === '1' } };
}
