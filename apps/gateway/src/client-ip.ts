// The caller's address for rate limiting: the socket peer, or, behind a trusted proxy (the web app), the address it forwards.
import type { IncomingMessage } from 'node:http';

/** Loopback: the Next.js server forwarding browser calls runs beside the gateway. */
export const DEFAULT_TRUSTED_PROXIES = ['127.0.0.1', '::1', '::ffff:127.0.0.1'];

/**
 * Walks X-Forwarded-For from the right, skipping trusted hops; the first untrusted address is the client.
 * Only a trusted peer's header counts, so nobody else can choose whose bucket they spend.
 */
export function clientIpOf(req: Pick<IncomingMessage, 'headers' | 'socket'> | undefined, trusted: readonly string[] = DEFAULT_TRUSTED_PROXIES): string {
  const peer = req?.socket?.remoteAddress ?? 'unknown';
  if (!trusted.includes(peer)) return peer;
  const header = req?.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : header ?? '').split(',').map((h) => h.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) if (!trusted.includes(hops[i]!)) return hops[i]!;
  return peer;
}
