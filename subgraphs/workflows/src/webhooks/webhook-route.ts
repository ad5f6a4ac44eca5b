// The public webhook: `<METHOD> /webhooks/<workflowId>/<secret>[/<path>]` starts a run of the active workflow's
// latest version from the webhook trigger with that method and path. A wrong secret, an inactive workflow or a body
// over the limit gets a clear answer and starts nothing.
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { ErrorCode, isDomainError } from '@nexus/kernel/errors';
import { isUuid } from '@nexus/kernel/ids';
import type { Logger } from '@nexus/kernel/logger';
import { formatBytes } from '@nexus/kernel/quota';
import { MAX_RUN_INPUT_BYTES } from '../runs/payloads';
import type { RunService } from '../runs/run-service';
import type { WorkflowService } from '../workflows/workflow-service';

/** Headers never copied into the run's input: credentials and hop-by-hop noise. */
const DROPPED_HEADERS = new Set(['authorization', 'cookie', 'x-api-key', 'x-nexus-context', 'connection', 'host', 'content-length']);

interface WebhookDeps { workflows: WorkflowService; runs: RunService; logger: Logger }

const refuse = (res: Response, status: number, code: string, message: string): void => {
  res.status(status).json({ error: { code, message } });
};

export function registerWebhookRoute(app: Express, deps: WebhookDeps): void {
  const body = express.raw({ type: () => true, limit: MAX_RUN_INPUT_BYTES });
  app.all(['/webhooks/:workflowId/:secret', '/webhooks/:workflowId/:secret/*rest'], body, async (req: Request, res: Response) => {
    const { workflowId, secret } = req.params as { workflowId: string; secret: string };
    const rest = (req.params as { rest?: string[] }).rest;
    const path = `/${(rest ?? []).join('/')}`;
    const found = isUuid(workflowId) ? await deps.workflows.findForWebhook(workflowId, secret) : null;
    if (!found) {
      refuse(res, 404, 'NOT_FOUND', 'No active workflow answers at this URL: check the URL (its secret may have been rotated) and that the workflow is active.');
      return;
    }
    const triggers = found.version.graph.nodes.filter((n) => n.type === 'webhook');
    const node = triggers.find((n) => n.config.method === req.method && (n.config.path ?? '/') === path);
    if (!node) {
      const accepted = triggers.map((n) => `${String(n.config.method)} ${String(n.config.path ?? '/')}`).join(', ') || 'none';
      refuse(res, 405, 'NO_MATCHING_TRIGGER', `No webhook trigger of this workflow takes ${req.method} ${path} (it takes: ${accepted}).`);
      return;
    }
    let parsed: unknown;
    try {
      parsed = parseBody(req);
    } catch (err) {
      refuse(res, 400, 'BAD_BODY', `The body is not valid JSON: ${(err as Error).message}`);
      return;
    }
    const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !DROPPED_HEADERS.has(k)));
    try {
      const runId = await deps.runs.startSystem(found.workflow.tenantId, {
        workflowId: found.workflow.id, graph: found.version.graph, versionNumber: found.version.number,
        concurrency: found.workflow.concurrency, trigger: 'WEBHOOK', triggerNodeId: node.id,
        input: { body: parsed, headers, query: req.query, method: req.method, path },
      });
      res.status(202).json({ runId });
    } catch (err) {
      if (isDomainError(err) && err.code === ErrorCode.QUOTA_EXCEEDED) {
        refuse(res, 429, 'QUOTA_EXCEEDED', err.message);
        return;
      }
      deps.logger.error({ err, workflowId }, 'webhook could not start a run');
      refuse(res, 503, 'UNAVAILABLE', 'The run could not be started; try again.');
    }
  });
  // The body parser's own refusals (too large) as JSON answers naming the limit.
  app.use('/webhooks', (err: { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (err.type === 'entity.too.large') return refuse(res, 413, 'PAYLOAD_TOO_LARGE', `The body is larger than the ${formatBytes(MAX_RUN_INPUT_BYTES)} a webhook accepts.`);
    next(err);
  });
}

function parseBody(req: Request): unknown {
  const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
  if (raw.length === 0) return null;
  const type = String(req.headers['content-type'] ?? '');
  const text = raw.toString('utf8');
  if (type.includes('json')) return JSON.parse(text) as unknown;
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  return text;
}
