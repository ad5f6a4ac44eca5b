// Tenancy's internal endpoints answer only a caller holding the gateway's signing secret.
import type { RequestHandler } from 'express';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';

/** Middleware: 401 unless the call carries a valid signed context header; puts its request id in `res.locals.requestId`. */
export function gatewaySigned(contextSecret: string): RequestHandler {
  return (req, res, next) => {
    try {
      res.locals.requestId = verifyContext(req.header(CONTEXT_HEADER), contextSecret).requestId;
    } catch {
      res.status(401).json({ ok: false, reason: 'Unsigned internal call.' });
      return;
    }
    next();
  };
}

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
