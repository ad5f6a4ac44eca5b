// Executors for the built-in `condition` and `switch` nodes: evaluate JSONata on the input and name the port taken.
import jsonata from 'jsonata';
import type { NodeExecutor } from './engine-types';

async function evaluate(expression: unknown, input: unknown): Promise<unknown> {
  if (typeof expression !== 'string') throw Object.assign(new Error('config.expression is missing'), { code: 'INVALID_CONFIG' });
  return jsonata(expression).evaluate(input);
}

/** Truthiness follows JSONata's boolean(): an empty list or string sends the input down `false`. */
export const conditionExecutor: NodeExecutor = async ({ node, input }) => {
  const value = await evaluate(node.config.expression, input);
  const truthy = await jsonata('$boolean($)').evaluate(value === undefined ? null : value);
  return { port: truthy === true ? 'true' : 'false', output: input };
};

export const switchExecutor: NodeExecutor = async ({ node, input }) => {
  const value = await evaluate(node.config.expression, input);
  const cases = Array.isArray(node.config.cases) ? (node.config.cases as { port: string; value: unknown }[]) : [];
  // Structured case values compare by JSON text, so `{a:1}` matches an equal object from the expression.
  const match = cases.find((c) => JSON.stringify(c.value) === JSON.stringify(value));
  return { port: match?.port ?? 'default', output: input };
};
