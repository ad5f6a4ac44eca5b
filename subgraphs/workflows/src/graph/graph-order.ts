// Ordering over a node/edge list without recursion: Kahn levels for scheduling, Tarjan components for cycle reports.

export interface Arc { from: string; to: string }

/**
 * Level-by-level Kahn: a node joins the level after its last dependency, and each level is sorted by id,
 * so the same graph always gives the same order. Nodes on or behind a cycle are left out (`rest`).
 */
export function kahnLevels(ids: string[], arcs: Arc[]): { levels: string[][]; rest: string[] } {
  const indegree = new Map(ids.map((id) => [id, 0]));
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of arcs) {
    indegree.set(to, (indegree.get(to) ?? 0) + 1);
    next.get(from)?.push(to);
  }
  const levels: string[][] = [];
  let frontier = ids.filter((id) => indegree.get(id) === 0).sort(byId);
  const placed = new Set<string>();
  while (frontier.length > 0) {
    levels.push(frontier);
    const following: string[] = [];
    for (const id of frontier) {
      placed.add(id);
      for (const to of next.get(id) ?? []) {
        const left = (indegree.get(to) ?? 0) - 1;
        indegree.set(to, left);
        if (left === 0) following.push(to);
      }
    }
    frontier = following.sort(byId);
  }
  return { levels, rest: ids.filter((id) => !placed.has(id)) };
}

/** Each cycle as a closed path starting and ending at its smallest id, e.g. [a, b, c, a]; one per strongly connected component. */
export function findCycles(ids: string[], arcs: Arc[]): string[][] {
  const next = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const { from, to } of arcs) next.get(from)?.push(to);
  for (const list of next.values()) list.sort(byId);

  const cycles: string[][] = [];
  for (const component of stronglyConnected(ids, next)) {
    const start = [...component].sort(byId)[0];
    if (start === undefined) continue;
    const selfLoop = next.get(start)?.includes(start) ?? false;
    if (component.size === 1 && !selfLoop) continue;
    cycles.push(selfLoop ? [start, start] : shortestLoop(start, component, next));
  }
  return cycles.sort((a, b) => byId(a[0] ?? '', b[0] ?? ''));
}

function byId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Breadth-first from `start` inside its component back to `start`, so the reported path is a short real loop. */
function shortestLoop(start: string, component: Set<string>, next: Map<string, string[]>): string[] {
  const parent = new Map<string, string>();
  const queue = [start];
  for (let head = 0; head < queue.length; head++) {
    const id = queue[head] as string;
    for (const to of next.get(id) ?? []) {
      if (to === start) {
        const path = [start];
        for (let at: string | undefined = id; at !== undefined && at !== start; at = parent.get(at)) path.splice(1, 0, at);
        return [...path, start];
      }
      if (!component.has(to) || parent.has(to)) continue;
      parent.set(to, id);
      queue.push(to);
    }
  }
  return [start, start];
}

/** Iterative Tarjan: 5,000-node chains must not hit the call-stack limit. */
function stronglyConnected(ids: string[], next: Map<string, string[]>): Set<string>[] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: Set<string>[] = [];
  let counter = 0;

  for (const root of ids) {
    if (index.has(root)) continue;
    const work: { id: string; edge: number }[] = [{ id: root, edge: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { id: string; edge: number };
      const targets = next.get(frame.id) ?? [];
      if (frame.edge < targets.length) {
        const to = targets[frame.edge++] as string;
        if (!index.has(to)) {
          index.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, edge: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id) as number, index.get(to) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id) as number, low.get(frame.id) as number));
      if (low.get(frame.id) === index.get(frame.id)) {
        const component = new Set<string>();
        let member: string | undefined;
        do {
          member = stack.pop();
          if (member === undefined) break;
          onStack.delete(member);
          component.add(member);
        } while (member !== frame.id);
        components.push(component);
      }
    }
  }
  return components;
}
