// zod schemas for the workflow mutations' outside input; the graph is size-checked before it is parsed.
import { z } from 'zod';
import { assertJsonSize, parseInput } from '@nexus/kernel/validation';
import { ZWorkflowGraph, type TWorkflowGraph } from '../graph/workflow-graph';

/** Largest draft or version graph, as JSON text (UTF-8 bytes). */
export const MAX_GRAPH_BYTES = 2 * 1024 * 1024;
export const MAX_CONCURRENCY = 32;

const ZName = z.string().trim().min(1, 'must not be empty').max(100, 'must be at most 100 characters');
const ZDescription = z.string().trim().max(2000, 'must be at most 2000 characters');

export const ZCreateWorkflowInput = z.object({
  name: ZName,
  description: ZDescription.nullish(),
  graph: ZWorkflowGraph.nullish(),
});
export type TCreateWorkflowInput = z.infer<typeof ZCreateWorkflowInput>;

// null for name/description/graph/concurrency means "keep" (GraphQL sends null for absent optional fields);
// only errorWorkflowId distinguishes null (clear it) from undefined (keep it).
export const ZUpdateWorkflowInput = z.object({
  name: ZName.nullish(),
  description: ZDescription.nullish(),
  graph: ZWorkflowGraph.nullish(),
  errorWorkflowId: z.uuid('must be a workflow id').nullish(),
  concurrency: z.number().int('must be a whole number').min(1, 'must be at least 1').max(MAX_CONCURRENCY, `must be at most ${MAX_CONCURRENCY}`).nullish(),
});
export type TUpdateWorkflowInput = z.infer<typeof ZUpdateWorkflowInput>;

export const ZVersionNote = z.string().trim().max(1000, 'must be at most 1000 characters').nullish();

export const ZVersionNumber = z.number().int('must be a whole number').min(1, 'must be 1 or more');

/** Refuses a graph whose JSON text is over MAX_GRAPH_BYTES, naming `field`, before zod walks it. */
export function checkGraphSize(graph: unknown, field = 'graph'): void {
  if (graph !== undefined && graph !== null) assertJsonSize(graph, MAX_GRAPH_BYTES, field);
}

const graphOf = (input: unknown): unknown => (typeof input === 'object' && input !== null ? (input as { graph?: unknown }).graph : undefined);

export function parseCreateInput(input: unknown): TCreateWorkflowInput {
  checkGraphSize(graphOf(input));
  return parseInput(ZCreateWorkflowInput, input);
}

export function parseUpdateInput(input: unknown): TUpdateWorkflowInput {
  checkGraphSize(graphOf(input));
  return parseInput(ZUpdateWorkflowInput, input);
}

/** A graph given on its own (compileWorkflowGraph): size-checked, then parsed. */
export function parseGraph(graph: unknown): TWorkflowGraph {
  checkGraphSize(graph);
  return parseInput(z.object({ graph: ZWorkflowGraph }), { graph }).graph;
}

/** The draft a new workflow starts with: one manual trigger to build from. */
export function defaultDraft(): TWorkflowGraph {
  return { nodes: [{ id: 'trigger', type: 'manual', config: {}, position: { x: 0, y: 0 } }], edges: [] };
}
