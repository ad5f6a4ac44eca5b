// Express handler for tenancy's internal endpoints: only a caller holding the gateway's signing secret gets an answer.
import type { RequestHandler } from 'express';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';

export function signedInternalRoute(contextSecret: string, answer: (body: unknown) => Promise<unknown>): RequestHandler {
  return async (req, res, next) => {
    try {
      verifyContext(req.header(CONTEXT_HEADER), contextSecret);
    } catch {
      res.status(401).json({ ok: false, reason: 'Unsigned internal call.' });
      return;
    }
    try {
      res.json(await answer(req.body));
    } catch (e) {
      next(e);
    }
  };
}
