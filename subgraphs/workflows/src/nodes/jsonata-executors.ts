// `transform` and `map`: JSONata over the input, or over each item with `$index` bound; failures are EXPRESSION_ERROR.
import jsonata from 'jsonata';
import type { NodeExecutor } from '../engine/engine-types';
import { createMapExecutor } from '../engine/map-with-limit';
import { stepError } from './node-error';

type Compiled = ReturnType<typeof jsonata>;

function compile(expression: unknown, nodeId: string): Compiled {
  try {
    return jsonata(String(expression));
  } catch (error) {
    throw stepError('EXPRESSION_ERROR', `Expression of "${nodeId}" does not compile: ${(error as Error).message}`);
  }
}

async function evaluate(compiled: Compiled, nodeId: string, input: unknown, bindings?: Record<string, unknown>): Promise<unknown> {
  try {
    // JSONata yields undefined for "no match"; run state is JSON, so that becomes null.
    return (await compiled.evaluate(input, bindings)) ?? null;
  } catch (error) {
    const detail = error as { message?: string; position?: number };
    const at = typeof detail.position === 'number' ? ` at position ${detail.position}` : '';
    throw stepError('EXPRESSION_ERROR', `Expression of "${nodeId}" failed${at}: ${detail.message ?? String(error)}`);
  }
}

export const transformExecutor: NodeExecutor = async ({ node, input }) => ({
  output: await evaluate(compile(node.config.expression, node.id), node.id, input),
});

/** Each item through `config.expression` (the item is `$`, its position `$index`), `config.concurrency` at a time. */
export const mapExecutor: NodeExecutor = async (ctx) => {
  const compiled = compile(ctx.node.config.expression, ctx.node.id);
  return createMapExecutor((item, index) => evaluate(compiled, ctx.node.id, item, { index }))(ctx);
};
