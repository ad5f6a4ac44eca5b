// The gateway signs the request context into one header; subgraphs trust nothing else.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { DomainError, ErrorCode } from './errors';
import type { RequestContext } from './context';

export const CONTEXT_HEADER = 'x-nexus-context';

const ZSignedContext = z.object({
  requestId: z.string().min(1),
  tenantId: z.string().nullable(),
  userId: z.string().nullable(),
  roles: z.array(z.string()),
  scopes: z.array(z.string()),
  apiKeyId: z.string().nullable(),
  permissions: z.array(z.string()).default([]),
  limits: z.record(z.string(), z.number()).default({}),
  ip: z.string().nullable().default(null),
  iat: z.number().int(),
});

const b64 = (s: string | Buffer) => Buffer.from(s).toString('base64url');
const mac = (payload: string, secret: string) => createHmac('sha256', secret).update(payload).digest('base64url');

export function signContext(ctx: RequestContext, secret: string, now = Date.now()): string {
  const payload = b64(JSON.stringify({ ...ctx, iat: Math.floor(now / 1000) }));
  return `${payload}.${mac(payload, secret)}`;
}

/** Verifies the header and returns the context; throws UNAUTHENTICATED when missing, forged or stale. */
export function verifyContext(header: string | undefined | null, secret: string, opts: { maxAgeSeconds?: number; now?: number } = {}): RequestContext {
  if (!header) throw new DomainError(ErrorCode.UNAUTHENTICATED, `Missing ${CONTEXT_HEADER} header: subgraphs only answer requests signed by the gateway.`);
  const [payload, signature, extra] = header.split('.');
  if (!payload || !signature || extra !== undefined) throw new DomainError(ErrorCode.UNAUTHENTICATED, `Malformed ${CONTEXT_HEADER} header.`);
  const expected = Buffer.from(mac(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Invalid ${CONTEXT_HEADER} signature.`);
  }
  let parsed: z.infer<typeof ZSignedContext>;
  try {
    parsed = ZSignedContext.parse(JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')));
  } catch {
    throw new DomainError(ErrorCode.UNAUTHENTICATED, `Malformed ${CONTEXT_HEADER} payload.`);
  }
  const maxAge = opts.maxAgeSeconds ?? 300;
  const nowS = Math.floor((opts.now ?? Date.now()) / 1000);
  // Long-lived subscriptions re-use their connection-time header, so allow the age window both ways.
  if (Math.abs(nowS - parsed.iat) > maxAge) throw new DomainError(ErrorCode.UNAUTHENTICATED, `Stale ${CONTEXT_HEADER} header.`);
  const { iat: _iat, ...ctx } = parsed;
  return ctx;
}
