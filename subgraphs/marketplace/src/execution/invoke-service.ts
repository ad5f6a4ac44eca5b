// invokeAgent: runs a published version with a JSON input and counts the invocation.
import { z } from 'zod';
import type { AgentInvocationResult } from '@nexus/agent-runtime/agent-invocation-types';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import { recordUsage } from '../usage/record-usage';
import type { Database } from '../db';
import type { AgentExecutor } from './agent-executor';

const ZInvoke = z.object({
  name: z.string().trim().min(1, 'is required'),
  version: z.string().trim().nullish(),
  inputJson: z.string().max(1_000_000, 'must be at most 1 MB'),
});

const codeMessages: Record<string, string> = {
  TIMEOUT: 'The agent ran out of time.',
  MEMORY_LIMIT: 'The agent ran out of memory.',
};

/** One line for a failed run: the runtime's code, a plain explanation where there is one, the agent's message. */
export function describeAgentFailure(error: { code: string; message: string }): string {
  return `${error.code}: ${codeMessages[error.code] ?? ''} ${error.message}`.replace(/\s+/g, ' ').trim();
}

export class InvokeService {
  constructor(private readonly workerDb: Database, private readonly executor: AgentExecutor) {}

  async invoke(ctx: RequestContext, args: unknown) {
    const a = parseInput(ZInvoke, args);
    let input: unknown;
    try {
      input = JSON.parse(a.inputJson);
    } catch (e) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `inputJson is not JSON: ${(e as Error).message}`, { field: 'inputJson' });
    }
    const result = await this.run(ctx, a.name, a.version, input);
    if (!result.ok) throw new DomainError(ErrorCode.BAD_USER_INPUT, describeAgentFailure(result.error), { field: 'inputJson' });
    return { outputJson: JSON.stringify(result.output), durationMs: Math.round(result.durationMs * 100) / 100, memoryBytes: result.memoryBytes };
  }

  /** Runs the best published match of `version` (default `latest`) on a value and counts it; agent faults come back as data. */
  async run(ctx: RequestContext, name: string, version: string | null | undefined, input: unknown): Promise<AgentInvocationResult> {
    const found = await this.executor.findVersion(ctx, name, version || 'latest');
    if (!found) throw new DomainError(ErrorCode.NOT_FOUND, `No published version of ${name} matches ${version || 'latest'}.`, { field: version ? 'version' : 'name' });
    const result = await this.executor.run(ctx, await this.executor.load(found), input);
    await recordUsage(this.workerDb, found.agentId, 'invocation');
    return result;
  }
}
