// The gateway's one way to ask tenancy's internal endpoints: signed, timed out, and strict about what counts as an answer.
import type { z } from 'zod';
import { anonymousContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';

export interface TenancyEndpoint {
  tenancyHttpUrl: string;
  contextSecret: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}

/** Why tenancy gave no usable answer; callers turn it into their own UNAVAILABLE error. */
export class TenancyCallFailed extends Error {}

/**
 * POSTs `body` to `path` with the gateway's signed header and parses the reply with `schema`. Tenancy answers
 * 200 for every verdict (valid or not); no answer, another status or an unexpected body is an outage, never a verdict.
 */
export async function askTenancy<S extends z.ZodType>(o: TenancyEndpoint, path: string, body: unknown, schema: S, requestId: string, defaultTimeoutMs = 3000): Promise<z.infer<S>> {
  let res: Response;
  try {
    res = await (o.fetch ?? fetch)(new URL(path, o.tenancyHttpUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(anonymousContext(requestId), o.contextSecret), 'x-request-id': requestId },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(o.timeoutMs ?? defaultTimeoutMs),
    });
  } catch (e) {
    throw new TenancyCallFailed(`tenancy did not answer: ${(e as Error).message}`, { cause: e });
  }
  if (!res.ok) throw new TenancyCallFailed(`tenancy answered HTTP ${res.status}`);
  const parsed = schema.safeParse(await res.json().catch(() => null));
  if (!parsed.success) throw new TenancyCallFailed('tenancy answered with an unexpected body');
  return parsed.data;
}
