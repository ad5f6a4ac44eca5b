// Tenancy's internal endpoints answer only a caller holding the gateway's signing secret.
import type { RequestHandler } from 'express';
import { gatewaySigned } from '@nexus/kernel/server/gateway-signed';

// The middleware lives in the kernel so other subgraphs' internal endpoints share it; re-exported for tenancy's routes.
export { gatewaySigned };

/** A signed endpoint whose answer is JSON computed from the body. */
export function signedInternalRoute(contextSecret: string, answer: (body: unknown) => Promise<unknown>): RequestHandler[] {
  return [
    gatewaySigned(contextSecret),
    async (req, res, next) => {
      try {
        res.json(await answer(req.body));
      } catch (e) {
        next(e);
      }
    },
  ];
}
