// Middleware for a subgraph's internal HTTP endpoints: only a caller holding the context signing secret gets through.
import type { RequestHandler, Response } from 'express';
import type { RequestContext } from '../context';
import { CONTEXT_HEADER, verifyContext } from '../signed-context';

/** 401 unless the call carries a valid signed context header; puts it in `res.locals.nexus` and its request id in `res.locals.requestId`. */
export function gatewaySigned(contextSecret: string): RequestHandler {
  return (req, res, next) => {
    try {
      const ctx = verifyContext(req.header(CONTEXT_HEADER), contextSecret);
      res.locals.nexus = ctx;
      res.locals.requestId = ctx.requestId;
    } catch {
      res.status(401).json({ ok: false, reason: 'Unsigned internal call.' });
      return;
    }
    next();
  };
}

/** The context `gatewaySigned` verified for this request. */
export function signedContextOf(res: Response): RequestContext {
  const ctx = res.locals.nexus as RequestContext | undefined;
  if (!ctx) throw new Error('signedContextOf needs gatewaySigned earlier in the chain');
  return ctx;
}
