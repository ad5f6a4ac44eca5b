// Shapes a graph diff for the API: node ids for added/removed/moved, field changes per node, edges as they are.
import type { TWorkflowEdge } from '../graph/workflow-graph';
import type { GraphDiff, ValueChange } from '../versions/diff-graphs';

export interface WorkflowDiffResult {
  from: number;
  to: number;
  nodesAdded: string[];
  nodesRemoved: string[];
  nodesChanged: { nodeId: string; changes: ValueChange[] }[];
  nodesMoved: string[];
  edgesAdded: TWorkflowEdge[];
  edgesRemoved: TWorkflowEdge[];
}

export function toWorkflowDiff(from: number, to: number, diff: GraphDiff): WorkflowDiffResult {
  return {
    from,
    to,
    nodesAdded: diff.nodes.added.map((n) => n.id),
    nodesRemoved: diff.nodes.removed.map((n) => n.id),
    nodesChanged: diff.nodes.changed.map((c) => ({ nodeId: c.id, changes: c.changes })),
    nodesMoved: diff.nodes.moved.map((m) => m.id),
    edgesAdded: diff.edges.added,
    edgesRemoved: diff.edges.removed,
  };
}
