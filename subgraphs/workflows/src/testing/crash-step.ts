// The `crash-step` node type of the crash test (the worker process registers it with its executor, the API side without).
import type { NodeTypeRegistry } from '../graph/node-type';

export const CRASH_STEP = {
  register(registry: NodeTypeRegistry) {
    registry.register({
      type: 'crash-step', category: 'step', title: 'crash step', description: 'records its runs in files',
      inputs: [{ name: 'in', schema: {}, required: true }], outputs: [{ name: 'out', schema: {} }],
      configSchema: { type: 'object', properties: {}, additionalProperties: false },
    });
  },
};
