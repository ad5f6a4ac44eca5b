// Executors for every built-in step type, bound to one run's tenant and the services they reach outside with.
import { conditionExecutor, switchExecutor } from '../engine/branch-executors';
import type { NodeExecutor } from '../engine/engine-types';
import { waitExecutor } from '../engine/wait-executor';
import { codeExecutor } from './code-executor';
import { createHttpRequestExecutor } from './http-request-executor';
import { mapExecutor, transformExecutor } from './jsonata-executors';
import { createLlmChatExecutor } from './llm-chat-executor';

export interface RunScope { tenantId: string; runId: string; workflowId: string }

export interface AgentInvoker {
  invoke(scope: RunScope, agent: string, version: string | undefined, input: unknown, signal: AbortSignal): Promise<unknown>;
}

export interface SubWorkflowRunner {
  /** Starts a child run; with wait=true resolves with its output (rejects with its error), else with {runId}. */
  run(scope: RunScope, nodeId: string, args: { workflowId: string; version?: number; input: unknown; wait: boolean }, signal: AbortSignal): Promise<unknown>;
}

export interface NodeServices {
  /** Plain value of a tenant secret, or null when the tenant has none by that name. */
  secret(tenantId: string, name: string): Promise<string | null>;
  /** Hosts HTTP request nodes of this tenant may call: exact names or `*.example.com`. */
  allowedHosts(tenantId: string): Promise<string[]>;
  agents: AgentInvoker;
  subWorkflows: SubWorkflowRunner;
  /** Injectable for tests; default global fetch. */
  fetch?: typeof fetch;
  /** Allow loopback/private addresses (operator setting); public hosts only by default. */
  allowPrivateNetworks?: boolean;
}

/** `merge` has nothing to do: readiness already hands it the list (`all`) or the first arrival (`any`). */
const mergeExecutor: NodeExecutor = async ({ input }) => ({ output: input });

/** Keys are node type names; triggers are not here (the runner feeds their payload as the run input). */
export function createStepExecutors(services: NodeServices, scope: RunScope): Record<string, NodeExecutor> {
  return {
    transform: transformExecutor,
    'http-request': createHttpRequestExecutor(services, scope),
    code: codeExecutor,
    'llm-chat': createLlmChatExecutor(services, scope),
    agent: async ({ node, input, signal }) => {
      const { agentId, version } = node.config as { agentId: string; version?: string };
      return { output: await services.agents.invoke(scope, agentId, version, input, signal) };
    },
    'sub-workflow': async ({ node, input, signal }) => {
      const { workflowId, version, wait } = node.config as { workflowId: string; version?: number; wait?: boolean };
      return { output: await services.subWorkflows.run(scope, node.id, { workflowId, version, input, wait: wait ?? true }, signal) };
    },
    condition: conditionExecutor,
    switch: switchExecutor,
    merge: mergeExecutor,
    map: mapExecutor,
    wait: waitExecutor,
  };
}
