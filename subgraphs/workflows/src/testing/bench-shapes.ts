// Workflow shapes for benchmarks, as node/edge specs that both `makePlan` (engine) and `graphOf` (stored graph) take.

export type NodeSpec = [id: string, type: string, config?: Record<string, unknown>];
export interface Shape { nodes: NodeSpec[]; edges: string[] }
export type ShapeKind = 'chain' | 'fan-out';

/**
 * `size` nodes in all: a source, then `size - 1` steps either one after another (chain) or all fed by the source
 * alone (fan-out, so they are ready at once and only the run's concurrency limit holds them back).
 */
export function benchShape(kind: ShapeKind, size: number, source: [type: string, config?: Record<string, unknown>], step: [type: string, config?: Record<string, unknown>]): Shape {
  if (!Number.isInteger(size) || size < 2) throw new Error(`a ${kind} needs at least 2 nodes, not ${size}`);
  const nodes: NodeSpec[] = [['n0', source[0], source[1] ?? {}]];
  const edges: string[] = [];
  for (let i = 1; i < size; i++) {
    nodes.push([`n${i}`, step[0], step[1] ?? {}]);
    edges.push(`${kind === 'chain' ? `n${i - 1}` : 'n0'}.out>n${i}.in`);
  }
  return { nodes, edges };
}
