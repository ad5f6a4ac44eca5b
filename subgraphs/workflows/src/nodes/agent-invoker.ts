// Agent nodes run marketplace agents through its signed internal endpoint, as the run's tenant with `agents:read` only.
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import { CONTEXT_HEADER, signContext } from '@nexus/kernel/signed-context';
import { stepError } from './node-error';
import type { AgentInvoker, RunScope } from './step-executors';

export interface HttpAgentInvokerOptions {
  /** Marketplace subgraph base URL (MARKETPLACE_URL), without a path. */
  marketplaceUrl: string;
  contextSecret: string;
  fetch?: typeof fetch;
}

/** What the marketplace's `/internal/agents/invoke` answers. */
interface InvokeAnswer { output?: unknown; error?: { code?: unknown; message?: unknown }; reason?: unknown }

export function runContext(scope: RunScope): RequestContext {
  return { ...anonymousContext(scope.runId), tenantId: scope.tenantId, permissions: ['agents:read'] };
}

const FALLBACK_CODES: Record<number, string> = { 401: 'UNAUTHENTICATED', 404: 'NOT_FOUND' };

export function createHttpAgentInvoker(options: HttpAgentInvokerOptions): AgentInvoker {
  const endpoint = `${options.marketplaceUrl.replace(/\/+$/, '')}/internal/agents/invoke`;
  const doFetch = options.fetch ?? fetch;
  return {
    async invoke(scope, agent, version, input, signal) {
      let res: Response;
      try {
        res = await doFetch(endpoint, {
          method: 'POST',
          // Signed per call: the header carries its issue time and the marketplace refuses stale ones.
          headers: { 'content-type': 'application/json', [CONTEXT_HEADER]: signContext(runContext(scope), options.contextSecret) },
          body: JSON.stringify({ name: agent, version, input: input ?? null }),
          signal,
        });
      } catch (error) {
        if (signal.aborted) throw stepError('CANCELLED', `The call to agent ${agent} was cancelled.`);
        throw Object.assign(new Error(`The marketplace could not be reached to run ${agent}: ${(error as Error).message}`), { code: 'AGENT_UNAVAILABLE' });
      }
      const answer = (await res.json().catch(() => null)) as InvokeAnswer | null;
      if (res.ok && answer && 'output' in answer) return answer.output;
      const code = typeof answer?.error?.code === 'string' ? answer.error.code : FALLBACK_CODES[res.status] ?? 'AGENT_FAILED';
      const message = typeof answer?.error?.message === 'string' ? answer.error.message
        : typeof answer?.reason === 'string' ? answer.reason : `The marketplace answered HTTP ${res.status} for ${agent}.`;
      throw Object.assign(new Error(message), { code });
    },
  };
}
