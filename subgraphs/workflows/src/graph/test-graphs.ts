// Small builders for graphs in tests: a node with a position filled in, an edge by "node.port" strings.
import type { TWorkflowEdge, TWorkflowGraph, TWorkflowNode } from './workflow-graph';

export function node(id: string, type: string, config: Record<string, unknown> = {}): TWorkflowNode {
  return { id, type, config, position: { x: 0, y: 0 } };
}

/** `edge('a.out', 'b.in')` */
export function edge(from: string, to: string): TWorkflowEdge {
  const [source = '', sourcePort = ''] = from.split('.');
  const [target = '', targetPort = ''] = to.split('.');
  return { source, sourcePort, target, targetPort };
}

export function graph(nodes: TWorkflowNode[], edges: TWorkflowEdge[]): TWorkflowGraph {
  return { nodes, edges };
}

export const TRANSFORM = { expression: '$' };
