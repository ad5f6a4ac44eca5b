// Compares two saved versions of a workflow graph for the version diff view: nodes, edges and field-level config changes.
import type { TWorkflowEdge, TWorkflowGraph, TWorkflowNode } from '../graph/workflow-graph';

/** One changed value. `before`/`after` are `undefined` when the key or array item is absent on that side. */
export interface ValueChange {
  /** `type`, `config.url`, `config.cases[1].when`, `config["odd key"]`. */
  path: string;
  before: unknown;
  after: unknown;
}

export interface NodeChange {
  id: string;
  changes: ValueChange[];
}

export interface NodeMove {
  id: string;
  before: TWorkflowNode['position'];
  after: TWorkflowNode['position'];
}

export interface GraphDiff {
  nodes: {
    added: TWorkflowNode[];
    removed: TWorkflowNode[];
    /** Type and config changes; a node that only moved is not listed here. */
    changed: NodeChange[];
    /** Canvas moves, kept apart so the diff view can hide them. */
    moved: NodeMove[];
  };
  edges: { added: TWorkflowEdge[]; removed: TWorkflowEdge[] };
}

// Code-unit order, not localeCompare: the same two versions must diff identically on every server.
const byString = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** What changed from version `a` to version `b`; every list is sorted so the output is deterministic. */
export function diffGraphs(a: TWorkflowGraph, b: TWorkflowGraph): GraphDiff {
  const before = new Map(a.nodes.map((n) => [n.id, n]));
  const after = new Map(b.nodes.map((n) => [n.id, n]));
  const diff: GraphDiff = { nodes: { added: [], removed: [], changed: [], moved: [] }, edges: diffEdges(a.edges, b.edges) };

  const ids = [...new Set([...before.keys(), ...after.keys()])].sort(byString);
  for (const id of ids) {
    const old = before.get(id);
    const next = after.get(id);
    if (!old && next) diff.nodes.added.push(next);
    else if (old && !next) diff.nodes.removed.push(old);
    else if (old && next) {
      const changes: ValueChange[] = [];
      if (old.type !== next.type) changes.push({ path: 'type', before: old.type, after: next.type });
      diffValues('config', old.config, next.config, changes);
      if (changes.length > 0) diff.nodes.changed.push({ id, changes });
      if (old.position.x !== next.position.x || old.position.y !== next.position.y) {
        diff.nodes.moved.push({ id, before: old.position, after: next.position });
      }
    }
  }
  return diff;
}

function edgeKey(e: TWorkflowEdge): string {
  // Ids and ports cannot contain spaces (NODE_ID_PATTERN), so the key is unambiguous.
  return `${e.source} ${e.sourcePort} ${e.target} ${e.targetPort}`;
}

// Counted, not a set: a draft may hold a duplicate edge (the compiler refuses it later), and removing one copy is a change.
function diffEdges(a: TWorkflowEdge[], b: TWorkflowEdge[]): GraphDiff['edges'] {
  const counts = new Map<string, { edge: TWorkflowEdge; delta: number }>();
  for (const e of a) {
    const entry = counts.get(edgeKey(e)) ?? { edge: e, delta: 0 };
    entry.delta -= 1;
    counts.set(edgeKey(e), entry);
  }
  for (const e of b) {
    const entry = counts.get(edgeKey(e)) ?? { edge: e, delta: 0 };
    entry.delta += 1;
    counts.set(edgeKey(e), entry);
  }
  const added: TWorkflowEdge[] = [];
  const removed: TWorkflowEdge[] = [];
  for (const key of [...counts.keys()].sort(byString)) {
    const { edge, delta } = counts.get(key) as { edge: TWorkflowEdge; delta: number };
    for (let i = 0; i < delta; i++) added.push(edge);
    for (let i = 0; i < -delta; i++) removed.push(edge);
  }
  return { added, removed };
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
// Own keys only, so a config key named like an Object.prototype member ("__proto__", "toString") diffs as data.
const own = (o: JsonObject, key: string): unknown => (Object.hasOwn(o, key) ? o[key] : undefined);
const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

function keyPath(base: string, key: string): string {
  return IDENTIFIER.test(key) ? `${base}.${key}` : `${base}[${JSON.stringify(key)}]`;
}

// Recurses while both sides are objects or both arrays; anything else that differs is reported whole at its path.
function diffValues(path: string, before: unknown, after: unknown, out: ValueChange[]): void {
  if (isObject(before) && isObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort(byString);
    for (const key of keys) diffValues(keyPath(path, key), own(before, key), own(after, key), out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    // By index: config arrays are ordered (switch cases are tried in order), so an insertion is a change of order.
    for (let i = 0; i < Math.max(before.length, after.length); i++) {
      diffValues(`${path}[${i}]`, before[i], after[i], out);
    }
    return;
  }
  if (before !== after) out.push({ path, before, after });
}
