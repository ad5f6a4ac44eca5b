// The stored shape of a workflow drawn in the visual builder: nodes with config and canvas position, edges between ports.
import { z } from 'zod';
import { NODE_ID_PATTERN } from '@nexus/workflow-model/node-id';

// Ids end up in URLs, log lines and error pins, so they stay short and unambiguous.
export const MAX_NODES = 5000;
export const MAX_EDGES = 20000;

const ZNodeId = z.string().regex(NODE_ID_PATTERN, 'must be 1-64 characters of A-Z, a-z, 0-9, _ or -');
const ZPortName = z.string().regex(NODE_ID_PATTERN, 'must be 1-64 characters of A-Z, a-z, 0-9, _ or -');

export const ZWorkflowNode = z.object({
  id: ZNodeId,
  type: z.string().min(1).max(128),
  config: z.record(z.string(), z.unknown()),
  position: z.object({ x: z.number(), y: z.number() }),
});

export const ZWorkflowEdge = z.object({
  source: ZNodeId,
  sourcePort: ZPortName,
  target: ZNodeId,
  targetPort: ZPortName,
});

export const ZWorkflowGraph = z
  .object({
    nodes: z.array(ZWorkflowNode).max(MAX_NODES),
    edges: z.array(ZWorkflowEdge).max(MAX_EDGES),
  })
  .superRefine((graph, ctx) => {
    const seen = new Set<string>();
    graph.nodes.forEach((node, index) => {
      if (seen.has(node.id)) {
        ctx.addIssue({ code: 'custom', path: ['nodes', index, 'id'], message: `duplicate node id "${node.id}"` });
      }
      seen.add(node.id);
    });
  });

export type TWorkflowNode = z.infer<typeof ZWorkflowNode>;
export type TWorkflowEdge = z.infer<typeof ZWorkflowEdge>;
export type TWorkflowGraph = z.infer<typeof ZWorkflowGraph>;
