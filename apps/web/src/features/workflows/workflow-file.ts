// A workflow as a file: the draft with its name and description, to download and to import into any organisation.
// Secrets are referenced by name in node config, so a file never carries a secret's value.
import { asSchema } from '@nexus/workflow-model/schema-compat';
import { edgeShape, nodeShape, type GraphEdge, type GraphNode, type WorkflowGraph } from './graph-model';

/** The API's limit on a graph (2 MB of JSON); a larger file is refused before it is read. */
export const MAX_WORKFLOW_FILE_BYTES = 2 * 1024 * 1024;

export interface WorkflowFile { nexusWorkflow: 1; name: string; description: string; graph: WorkflowGraph }

export function workflowFileText(workflow: { name: string; description: string; graph: WorkflowGraph }): string {
  const file: WorkflowFile = { nexusWorkflow: 1, name: workflow.name, description: workflow.description, graph: workflow.graph };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** `Triage tickets` → `triage-tickets.workflow.json`. */
export function workflowFileName(name: string): string {
  const slug = name.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60);
  return `${slug || 'workflow'}.workflow.json`;
}

export type ReadWorkflowFile =
  | { ok: true; name: string; description: string; graph: WorkflowGraph; nodes: number; edges: number }
  | { ok: false; reason: string };

/**
 * Reads an exported file (or a bare `{nodes, edges}` graph, named after the file). Only the shape is checked here;
 * the API checks node types, config and size again when the workflow is created, and says what is wrong.
 */
export function readWorkflowFile(text: string, fileName: string): ReadWorkflowFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (cause) {
    return { ok: false, reason: `${fileName} is not valid JSON (${(cause as Error).message}).` };
  }
  const doc = asSchema(raw);
  if (!doc) return { ok: false, reason: `${fileName} does not hold a workflow: expected a JSON object.` };
  const exported = doc.nexusWorkflow !== undefined;
  if (exported && doc.nexusWorkflow !== 1) return { ok: false, reason: `${fileName} is a workflow file of format ${JSON.stringify(doc.nexusWorkflow)}; this version reads format 1.` };
  const graph = asSchema(exported ? doc.graph : doc);
  if (!graph || !Array.isArray(graph.nodes) || !Array.isArray(graph.edges)) {
    const expected = exported ? 'a graph with "nodes" and "edges" lists' : '"nodes" and "edges" lists';
    return { ok: false, reason: `${fileName} does not hold a workflow: expected ${expected}.` };
  }
  const nodes = graph.nodes.map(nodeShape);
  const badNode = nodes.findIndex((n) => n === null);
  if (badNode >= 0) return { ok: false, reason: `Node ${badNode + 1} of ${fileName} needs an id, a type and a position {x, y}.` };
  const edges = graph.edges.map(edgeShape);
  const badEdge = edges.findIndex((e) => e === null);
  if (badEdge >= 0) return { ok: false, reason: `Edge ${badEdge + 1} of ${fileName} needs source, sourcePort, target and targetPort.` };
  const fromFile = fileName.replace(/(\.workflow)?\.json$/i, '').replace(/[-_]+/g, ' ').trim();
  const name = exported && typeof doc.name === 'string' && doc.name.trim() ? doc.name.trim() : fromFile || 'Imported workflow';
  const description = exported && typeof doc.description === 'string' ? doc.description : '';
  return { ok: true, name: name.slice(0, 100), description, graph: { nodes: nodes as GraphNode[], edges: edges as GraphEdge[] }, nodes: nodes.length, edges: edges.length };
}
