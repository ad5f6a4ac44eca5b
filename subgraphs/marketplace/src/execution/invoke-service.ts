// invokeAgent: runs a published version with a JSON input and counts the invocation.
import { z } from 'zod';
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
    const version = await this.executor.findVersion(ctx, a.name, a.version || 'latest');
    if (!version) throw new DomainError(ErrorCode.NOT_FOUND, `No published version of ${a.name} matches ${a.version || 'latest'}.`, { field: a.version ? 'version' : 'name' });
    const result = await this.executor.run(ctx, await this.executor.load(version), input);
    await recordUsage(this.workerDb, version.agentId, 'invocation');
    if (!result.ok) throw new DomainError(ErrorCode.BAD_USER_INPUT, `${result.error.code}: ${codeMessages[result.error.code] ?? ''} ${result.error.message}`.replace(/\s+/g, ' ').trim(), { field: 'inputJson' });
    return { outputJson: JSON.stringify(result.output), durationMs: Math.round(result.durationMs * 100) / 100, memoryBytes: result.memoryBytes };
  }
}
