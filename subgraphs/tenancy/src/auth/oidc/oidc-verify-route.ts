// `POST /internal/oidc/verify { token, ip? }`: the gateway hands over a bearer token whose issuer is not the platform.
import express, { type Router } from 'express';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { Logger } from '@nexus/kernel/logger';
import { gatewaySigned } from '../../access/internal-route';
import type { OidcSignInService } from './oidc-sign-in';

export const OIDC_VERIFY_PATH = '/internal/oidc/verify';

/** 200 with a verdict; 503 when the provider is unreachable (the gateway answers UNAVAILABLE, not "bad token"). */
export function oidcVerifyRouter(signIn: OidcSignInService, contextSecret: string, logger: Logger): Router {
  const router = express.Router();
  router.post(OIDC_VERIFY_PATH, express.json({ limit: '32kb' }), gatewaySigned(contextSecret), async (req, res, next) => {
    const requestId = res.locals.requestId as string;
    const body = (req.body ?? {}) as { token?: unknown; ip?: unknown };
    try {
      res.json(await signIn.verify(body.token, { requestId, ip: typeof body.ip === 'string' ? body.ip.slice(0, 64) : null }));
    } catch (e) {
      if (e instanceof DomainError && e.code === ErrorCode.UNAVAILABLE) {
        logger.warn({ err: e.message, requestId }, 'identity provider unavailable');
        res.status(503).json({ ok: false, reason: e.message });
        return;
      }
      next(e);
    }
  });
  return router;
}
