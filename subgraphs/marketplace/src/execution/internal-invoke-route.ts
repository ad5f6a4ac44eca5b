// POST /internal/agents/invoke: workflow agent nodes run a published agent as their run's tenant (signed context only).
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { z } from 'zod';
import { ErrorCode, isDomainError, type TErrorCode } from '@nexus/kernel/errors';
import type { Logger } from '@nexus/kernel/logger';
import { gatewaySigned, signedContextOf } from '@nexus/kernel/server/gateway-signed';
import { parseInput } from '@nexus/kernel/validation';
import { describeAgentFailure, type InvokeService } from './invoke-service';

export const INTERNAL_INVOKE_PATH = '/internal/agents/invoke';

const ZInternalInvoke = z.object({
  name: z.string().trim().min(1, 'is required'),
  version: z.string().trim().min(1).nullish(),
  input: z.unknown(),
});

const STATUS: Partial<Record<TErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400, [ErrorCode.UNAUTHENTICATED]: 401, [ErrorCode.FORBIDDEN]: 403, [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.RATE_LIMITED]: 429, [ErrorCode.QUOTA_EXCEEDED]: 429, [ErrorCode.UNAVAILABLE]: 503,
};

const fail = (res: Response, status: number, code: string, message: string) => res.status(status).json({ error: { code, message } });

export interface InternalInvokeDeps {
  contextSecret: string;
  invoke: Pick<InvokeService, 'run'>;
  logger: Logger;
}

/** Answers `{ output }`, or `{ error: { code, message } }` with 4xx/5xx: AGENT_FAILED (422) when the agent itself failed. */
export function registerInternalInvokeRoute(app: Express, deps: InternalInvokeDeps): void {
  // The signature is checked before the body is even parsed; 1 MB matches the invokeAgent mutation's input cap.
  app.post(INTERNAL_INVOKE_PATH, gatewaySigned(deps.contextSecret), express.json({ limit: '1mb' }), async (req: Request, res: Response) => {
    const ctx = signedContextOf(res);
    try {
      const body = parseInput(ZInternalInvoke, req.body);
      const result = await deps.invoke.run(ctx, body.name, body.version, body.input ?? null);
      if (!result.ok) {
        fail(res, 422, 'AGENT_FAILED', describeAgentFailure(result.error));
        return;
      }
      res.json({ output: result.output ?? null });
    } catch (e) {
      if (isDomainError(e)) {
        fail(res, STATUS[e.code] ?? 500, e.code, e.message);
        return;
      }
      deps.logger.error({ err: e, requestId: ctx.requestId }, 'internal agent invoke failed');
      fail(res, 500, ErrorCode.INTERNAL, 'The agent could not be run because of an internal error.');
    }
  }, (err: unknown, _req: Request, res: Response, next: NextFunction) => {
    // express.json's refusals (not JSON, over 1 MB) answer in the same shape instead of express's HTML page.
    const status = (err as { status?: unknown }).status;
    if (typeof status !== 'number' || status >= 500) { next(err); return; }
    fail(res, status, ErrorCode.BAD_USER_INPUT, status === 413 ? 'The request body is over 1 MB.' : 'The request body is not valid JSON.');
  });
}
