// Whole-selection edits of the canvas: copy as a clip (JSON on the clipboard), paste or duplicate with fresh ids, and tidy the layout.
import { NODE_ID_PATTERN } from '@nexus/workflow-model/node-id';
import { asSchema } from '@nexus/workflow-model/schema-compat';
import { edgeShape, nextNodeId, nodeShape, type GraphEdge, type GraphNode, type NodeTypeInfo, type WorkflowGraph } from './graph-model';

/** What the clipboard carries: the chosen nodes and the edges among them. The marker tells our clips from other text. */
export interface Clip { nexusWorkflowClip: 1; nodes: GraphNode[]; edges: GraphEdge[] }

/** Most nodes one paste may add: a clip is outside input. */
export const MAX_CLIP_NODES = 200;

/** Column and row spacing of the tidy layout, in canvas units. */
const COLUMN = 280;
const ROW = 150;

export function copyClip(graph: WorkflowGraph, ids: Iterable<string>): Clip | null {
  const chosen = new Set(ids);
  const nodes = graph.nodes.filter((n) => chosen.has(n.id));
  if (nodes.length === 0) return null;
  const edges = graph.edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
  return { nexusWorkflowClip: 1, nodes: structuredClone(nodes), edges: structuredClone(edges) };
}

export type ParsedClip = { ok: true; clip: Clip; skipped: string[] } | { ok: false; reason: string } | null;

/**
 * Reads pasted text. Null when it is not a clip of ours (the paste goes on as usual); an error naming the problem when it
 * claims to be one but is malformed; nodes of types this builder does not know are left out and named.
 */
export function parseClip(text: string, types: ReadonlyMap<string, NodeTypeInfo>): ParsedClip {
  if (!text.includes('nexusWorkflowClip')) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'The pasted workflow nodes are not valid JSON.' };
  }
  const doc = asSchema(raw);
  if (!doc || doc.nexusWorkflowClip !== 1) return null;
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) return { ok: false, reason: 'The pasted clip needs a nodes list and an edges list.' };
  if (doc.nodes.length > MAX_CLIP_NODES) return { ok: false, reason: `The pasted clip has ${doc.nodes.length} nodes; paste at most ${MAX_CLIP_NODES} at a time.` };
  const nodes: GraphNode[] = [];
  const skipped: string[] = [];
  for (const [i, item] of doc.nodes.entries()) {
    const n = nodeShape(item);
    if (!n) return { ok: false, reason: `Pasted node ${i + 1} needs an id, a type and a position {x, y}.` };
    if (types.has(n.type)) nodes.push(n);
    else skipped.push(n.type);
  }
  const kept = new Set(nodes.map((n) => n.id));
  const edges: GraphEdge[] = [];
  for (const item of doc.edges) {
    const e = edgeShape(item);
    if (!e) return { ok: false, reason: 'A pasted edge needs source, sourcePort, target and targetPort.' };
    if (kept.has(e.source) && kept.has(e.target)) edges.push(e);
  }
  if (nodes.length === 0) return { ok: false, reason: `Nothing to paste: no node type of the clip is known here (${[...new Set(skipped)].join(', ')}).` };
  return { ok: true, clip: { nexusWorkflowClip: 1, nodes, edges }, skipped: [...new Set(skipped)] };
}

/** Adds a clip's nodes under fresh ids (next free per type), moved by `offset`, with the edges among them renamed alike. */
export function pasteClip(graph: WorkflowGraph, clip: Clip, offset: { x: number; y: number }): { graph: WorkflowGraph; added: string[] } {
  const taken = graph.nodes.map((n) => n.id);
  const rename = new Map<string, string>();
  const added: GraphNode[] = [];
  for (const n of clip.nodes) {
    const id = nextNodeId(n.type, taken);
    taken.push(id);
    rename.set(n.id, id);
    added.push({ id, type: n.type, config: structuredClone(n.config), position: { x: n.position.x + offset.x, y: n.position.y + offset.y } });
  }
  const edges = clip.edges.flatMap((e) => {
    const source = rename.get(e.source);
    const target = rename.get(e.target);
    return source && target ? [{ ...e, source, target }] : [];
  });
  return { graph: { nodes: [...graph.nodes, ...added], edges: [...graph.edges, ...edges] }, added: added.map((n) => n.id) };
}

/**
 * Left-to-right layers: a node's column is its longest distance from a node nothing feeds; within a column, nodes follow
 * the average row of what feeds them (ties keep the current top-to-bottom order). Nodes on a cycle go in a last column.
 */
export function tidyLayout(graph: WorkflowGraph): WorkflowGraph {
  const incoming = new Map(graph.nodes.map((n) => [n.id, [] as string[]]));
  const outgoing = new Map(graph.nodes.map((n) => [n.id, [] as string[]]));
  for (const e of graph.edges) {
    if (!incoming.has(e.target) || !outgoing.has(e.source)) continue;
    incoming.get(e.target)!.push(e.source);
    outgoing.get(e.source)!.push(e.target);
  }
  const column = new Map<string, number>();
  const pending = new Map(graph.nodes.map((n) => [n.id, new Set(incoming.get(n.id)).size]));
  const queue = graph.nodes.filter((n) => pending.get(n.id) === 0).map((n) => n.id);
  for (const id of queue) column.set(id, 0);
  while (queue.length) {
    const id = queue.shift()!;
    for (const next of new Set(outgoing.get(id))) {
      column.set(next, Math.max(column.get(next) ?? 0, column.get(id)! + 1));
      pending.set(next, pending.get(next)! - 1);
      if (pending.get(next) === 0) queue.push(next);
    }
  }
  const last = Math.max(-1, ...column.values()) + 1;
  const byY = [...graph.nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x);
  const columns: string[][] = [];
  for (const n of byY) (columns[column.get(n.id) ?? last] ??= []).push(n.id);
  const row = new Map<string, number>();
  const placed = new Map<string, { x: number; y: number }>();
  columns.forEach((ids, c) => {
    const weight = (id: string) => {
      const rows = (incoming.get(id) ?? []).map((s) => row.get(s)).filter((r): r is number => r !== undefined);
      return rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : Number.POSITIVE_INFINITY;
    };
    const ordered = ids.map((id, i) => ({ id, i, w: weight(id) })).sort((a, b) => (a.w === b.w ? a.i - b.i : a.w - b.w));
    const top = -((ordered.length - 1) * ROW) / 2;
    ordered.forEach(({ id }, r) => {
      row.set(id, r - (ordered.length - 1) / 2);
      placed.set(id, { x: c * COLUMN, y: top + r * ROW });
    });
  });
  return { nodes: graph.nodes.map((n) => ({ ...n, position: placed.get(n.id) ?? n.position })), edges: graph.edges };
}

/** Gives a node another id, carrying its edges along. */
export function renameNode(graph: WorkflowGraph, from: string, to: string): { ok: true; graph: WorkflowGraph } | { ok: false; reason: string } {
  const id = to.trim();
  if (id === from) return { ok: true, graph };
  if (!NODE_ID_PATTERN.test(id)) return { ok: false, reason: 'A node id is 1–64 characters of A–Z, a–z, 0–9, _ or -.' };
  if (graph.nodes.some((n) => n.id === id)) return { ok: false, reason: `Another node is already called “${id}”.` };
  if (!graph.nodes.some((n) => n.id === from)) return { ok: false, reason: `There is no node “${from}”.` };
  return {
    ok: true,
    graph: {
      nodes: graph.nodes.map((n) => (n.id === from ? { ...n, id } : n)),
      edges: graph.edges.map((e) => ({ ...e, source: e.source === from ? id : e.source, target: e.target === from ? id : e.target })),
    },
  };
}
