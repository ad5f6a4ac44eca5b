// Lays a resolved dependency graph out in columns: the agent on the left, each dependency one column right of its deepest dependent.

export interface GraphInput {
  root: string;
  packages: readonly { name: string; version: string; dependencies: readonly string[]; deprecated?: string | null }[];
}

export interface LaidOutNode {
  id: string;
  name: string;
  version: string;
  deprecated: string | null;
  missing: boolean;
  x: number;
  y: number;
}

export interface LaidOutEdge {
  from: string;
  to: string;
  /** Points back to an earlier column: part of a cycle. */
  back: boolean;
}

export const NODE_WIDTH = 210;
export const NODE_HEIGHT = 46;
const GAP_X = 70;
const GAP_Y = 18;

function splitId(id: string): { name: string; version: string } {
  const at = id.lastIndexOf('@');
  return at > 0 ? { name: id.slice(0, at), version: id.slice(at + 1) } : { name: id, version: '' };
}

export function layoutGraph({ root, packages }: GraphInput) {
  const byId = new Map(packages.map((pkg) => [`${pkg.name}@${pkg.version}`, pkg]));
  const ids = [root, ...[...byId.keys()].filter((id) => id !== root)];
  const edges: { from: string; to: string }[] = [];
  const missing = new Set<string>();
  for (const id of ids) {
    for (const dep of byId.get(id)?.dependencies ?? []) {
      edges.push({ from: id, to: dep });
      if (!byId.has(dep) && dep !== root) missing.add(dep);
    }
  }
  const all = [...ids, ...missing];

  // Longest path from the root, bounded by the node count so cycles terminate.
  const level = new Map<string, number>([[root, 0]]);
  for (let round = 0; round < all.length; round++) {
    let changed = false;
    for (const edge of edges) {
      const from = level.get(edge.from);
      if (from == null || edge.to === root) continue;
      if ((level.get(edge.to) ?? -1) < from + 1 && from + 1 < all.length) {
        level.set(edge.to, from + 1);
        changed = true;
      }
    }
    if (!changed) break;
  }
  // Packages the root does not reach (should not happen) go in the second column.
  for (const id of all) if (!level.has(id)) level.set(id, 1);

  const columns = new Map<number, string[]>();
  for (const id of all) columns.set(level.get(id)!, [...(columns.get(level.get(id)!) ?? []), id]);
  const tallest = Math.max(...[...columns.values()].map((column) => column.length));
  const height = tallest * (NODE_HEIGHT + GAP_Y) - GAP_Y;

  const nodes: LaidOutNode[] = [];
  for (const [column, members] of [...columns.entries()].sort(([a], [b]) => a - b)) {
    const columnHeight = members.length * (NODE_HEIGHT + GAP_Y) - GAP_Y;
    members.sort().forEach((id, row) => {
      const pkg = byId.get(id);
      const { name, version } = pkg ?? splitId(id);
      nodes.push({
        id,
        name,
        version,
        deprecated: pkg?.deprecated ?? null,
        missing: missing.has(id),
        x: column * (NODE_WIDTH + GAP_X),
        y: (height - columnHeight) / 2 + row * (NODE_HEIGHT + GAP_Y),
      });
    });
  }
  const width = Math.max(...nodes.map((node) => node.x)) + NODE_WIDTH;
  const laidEdges: LaidOutEdge[] = edges.map((edge) => ({ ...edge, back: (level.get(edge.to) ?? 0) <= (level.get(edge.from) ?? 0) }));
  return { nodes, edges: laidEdges, width, height };
}
