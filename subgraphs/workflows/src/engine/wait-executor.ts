// The built-in `wait` node: asks the engine to pause until now + durationMs or an ISO `until`, passing its input on.
// Its token is the node id, so the API can also end the wait early by resuming the run with that token.
import type { NodeExecutor } from './engine-types';

export const waitExecutor: NodeExecutor = async ({ node, input, now }) => {
  const { durationMs, until } = node.config;
  const resumeAt = typeof durationMs === 'number' ? now + durationMs : typeof until === 'string' ? Date.parse(until) : Number.NaN;
  if (Number.isNaN(resumeAt)) throw Object.assign(new Error(`wait "${node.id}" needs durationMs or a valid until`), { code: 'INVALID_CONFIG' });
  return { output: input, wait: { resumeAt, token: node.id } };
};
