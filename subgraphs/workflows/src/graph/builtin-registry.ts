// A registry holding every built-in node type; extensions register theirs on the returned instance.
import { builtinFlow } from './builtin-flow';
import { builtinSteps } from './builtin-steps';
import { builtinTriggers } from './builtin-triggers';
import { NodeTypeRegistry } from './node-type';

export function createBuiltinRegistry(): NodeTypeRegistry {
  const registry = new NodeTypeRegistry();
  for (const definition of [...builtinTriggers, ...builtinSteps, ...builtinFlow]) registry.register(definition);
  return registry;
}
