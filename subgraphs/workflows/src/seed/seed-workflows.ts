// Demo data: a ready-to-run workflow for the demo organisation (first start only; skipped when it exists).
import { anonymousContext, type RequestContext } from '@nexus/kernel/context';
import type { TWorkflowGraph } from '../graph/workflow-graph';
import type { WorkflowService } from '../workflows/workflow-service';

export const DEMO_WORKFLOW_NAME = 'Triage support tickets';

const GRAPH: TWorkflowGraph = {
  nodes: [
    {
      id: 'ticket',
      type: 'manual',
      config: {
        inputSchema: {
          type: 'object',
          properties: { subject: { type: 'string', description: 'The ticket’s subject line' }, priority: { type: 'string', description: 'low, normal or high' } },
          required: ['subject'],
        },
      },
      position: { x: 0, y: 120 },
    },
    { id: 'score', type: 'transform', config: { expression: '{"subject": subject, "urgent": $contains($lowercase(subject), "outage") or priority = "high"}' }, position: { x: 240, y: 120 } },
    { id: 'is_urgent', type: 'condition', config: { expression: 'urgent' }, position: { x: 480, y: 120 } },
    { id: 'page_on_call', type: 'transform', config: { expression: '{"route": "on-call", "subject": subject}' }, position: { x: 720, y: 40 } },
    { id: 'queue', type: 'transform', config: { expression: '{"route": "support-queue", "subject": subject}', retry: { max: 2, backoff: 'exponential', delayMs: 200 } }, position: { x: 720, y: 200 } },
  ],
  edges: [
    { source: 'ticket', sourcePort: 'out', target: 'score', targetPort: 'in' },
    { source: 'score', sourcePort: 'out', target: 'is_urgent', targetPort: 'in' },
    { source: 'is_urgent', sourcePort: 'true', target: 'page_on_call', targetPort: 'in' },
    { source: 'is_urgent', sourcePort: 'false', target: 'queue', targetPort: 'in' },
  ],
};

export async function seedDemoWorkflow(workflows: WorkflowService, owner: { tenantId: string; userId: string }): Promise<void> {
  const ctx: RequestContext = {
    ...anonymousContext(), tenantId: owner.tenantId, userId: owner.userId, roles: ['OWNER'], permissions: ['workflows:read', 'workflows:write'],
  };
  const existing = await workflows.list(ctx, { first: 1, search: DEMO_WORKFLOW_NAME });
  if (existing.nodes.some((w) => w.name === DEMO_WORKFLOW_NAME)) return;
  const wf = await workflows.create(ctx, { name: DEMO_WORKFLOW_NAME, description: 'Routes urgent tickets to on-call and the rest to the support queue.', graph: GRAPH });
  await workflows.saveVersion(ctx, wf.id, 'First version: urgent tickets page on-call.');
}
