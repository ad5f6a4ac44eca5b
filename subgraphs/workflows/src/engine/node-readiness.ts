// Decides from the plan and the saved state whether a pending node can run, must wait, or is skipped.
import type { PlanNode } from '../graph/compile-workflow';
import type { NodeState, RunState } from './engine-types';

export type Readiness = { kind: 'wait' } | { kind: 'skip' } | { kind: 'run'; input: unknown };

type EdgeState = { kind: 'pending' } | { kind: 'dead' } | { kind: 'live'; value: unknown; doneSeq: number };

function edgeState(source: NodeState | undefined, port: string): EdgeState {
  if (!source) return { kind: 'dead' };
  if (source.status === 'SUCCEEDED') {
    return source.port === port ? { kind: 'live', value: source.output, doneSeq: source.doneSeq ?? 0 } : { kind: 'dead' };
  }
  if (source.status === 'PENDING' || source.status === 'RUNNING' || source.status === 'WAITING') return { kind: 'pending' };
  return { kind: 'dead' };
}

/**
 * Merge nodes (config.mode) join branches: `all` runs once every input settled, with the values of the live ones;
 * `any` runs on the first live one. Any other node is skipped as soon as one of its inputs is dead.
 */
export function readiness(node: PlanNode, state: RunState): Readiness {
  if (node.inputs.length === 0) return { kind: 'run', input: state.input };
  const edges = node.inputs.map((i) => ({ port: i.port, edge: edgeState(state.nodes[i.from.node], i.from.port) }));
  const live = edges.filter((e) => e.edge.kind === 'live');
  const mode = node.type === 'merge' ? node.config.mode : undefined;

  if (mode === 'any') {
    if (live.length > 0) {
      const first = live.reduce((a, b) => (seqOf(b.edge) < seqOf(a.edge) ? b : a));
      return { kind: 'run', input: valueOf(first.edge) };
    }
    return edges.some((e) => e.edge.kind === 'pending') ? { kind: 'wait' } : { kind: 'skip' };
  }
  if (edges.some((e) => e.edge.kind === 'pending')) return { kind: 'wait' };
  if (live.length === 0 || (mode !== 'all' && live.length < edges.length)) return { kind: 'skip' };

  const byPort = new Map<string, unknown[]>();
  const edgeCount = new Map<string, number>();
  for (const e of edges) edgeCount.set(e.port, (edgeCount.get(e.port) ?? 0) + 1);
  for (const e of live) byPort.set(e.port, [...(byPort.get(e.port) ?? []), valueOf(e.edge)]);
  // A port fed by one edge gets the bare value; a multi-edge port (merge all) gets the list, in edge order.
  const ports = Object.fromEntries([...edgeCount.keys()].map((p) => {
    const values = byPort.get(p) ?? [];
    return [p, (edgeCount.get(p) ?? 0) > 1 ? values : values[0]];
  }));
  const names = Object.keys(ports);
  return { kind: 'run', input: names.length === 1 ? ports[names[0] as string] : ports };
}

function seqOf(edge: EdgeState): number {
  return edge.kind === 'live' ? edge.doneSeq : Number.POSITIVE_INFINITY;
}
function valueOf(edge: EdgeState): unknown {
  return edge.kind === 'live' ? edge.value : undefined;
}
