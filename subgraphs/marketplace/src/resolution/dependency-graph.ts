// Graph views of a resolved set: per-package edges, dependency cycles, and a deterministic install order.
import type { Wanted } from './explain-failure.js';
import { compareNames, id, type ResolvedPackage } from './resolution-types.js';
import type { IndexedVersion } from './version-index.js';

export function buildPackages(decided: Map<string, IndexedVersion>, wanted: Map<string, Wanted[]>): ResolvedPackage[] {
  return [...decided]
    .sort(([a], [b]) => compareNames(a, b))
    .map(([name, v]) => ({
      name,
      version: v.version,
      dependencies: Object.fromEntries(Object.keys(v.dependencies).sort().map((dep) => [dep, decided.get(dep)!.version])),
      deprecated: v.deprecated,
      dependents: (wanted.get(name) ?? [])
        .filter((w) => decided.has(w.byName))
        .map((w) => ({ name: w.byName, version: decided.get(w.byName)!.version, range: w.range }))
        .sort((a, b) => compareNames(a.name, b.name)),
    }));
}

/** Each cycle once, as `name@version` from its alphabetically first member round to it again. */
export function findCycles(packages: ResolvedPackage[]): string[][] {
  const byName = new Map(packages.map((p) => [p.name, p]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const seen = new Set<string>();
  const cycles: string[][] = [];
  // Iterative DFS: a depth-15 tree is fine recursively, a hostile 2,000-long chain would not be.
  for (const start of packages) {
    if (state.has(start.name)) continue;
    const work: { name: string; deps: string[]; next: number }[] = [];
    const enter = (name: string) => {
      state.set(name, 'open');
      path.push(name);
      work.push({ name, deps: Object.keys(byName.get(name)!.dependencies), next: 0 });
    };
    enter(start.name);
    while (work.length > 0) {
      const top = work[work.length - 1]!;
      const dep = top.deps[top.next++];
      if (dep === undefined) {
        state.set(top.name, 'done');
        path.pop();
        work.pop();
      } else if (state.get(dep) === 'open') {
        const loop = path.slice(path.indexOf(dep));
        const first = loop.indexOf([...loop].sort()[0]!);
        const rotated = [...loop.slice(first), ...loop.slice(0, first)];
        const key = rotated.join(' ');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push([...rotated, rotated[0]!].map((n) => id(n, byName.get(n)!.version)));
        }
      } else if (!state.has(dep)) {
        enter(dep);
      }
    }
  }
  return cycles;
}

/** Kahn's algorithm; among packages ready at the same time the alphabetically first goes first. */
export function installOrder(packages: ResolvedPackage[]): string[] {
  const remaining = new Map(packages.map((p) => [p.name, Object.keys(p.dependencies).length]));
  const dependentsOf = new Map<string, string[]>();
  for (const p of packages) for (const dep of Object.keys(p.dependencies)) dependentsOf.set(dep, [...(dependentsOf.get(dep) ?? []), p.name]);
  const version = new Map(packages.map((p) => [p.name, p.version]));
  const ready = [...remaining].filter(([, n]) => n === 0).map(([name]) => name).sort();
  const order: string[] = [];
  while (ready.length > 0) {
    const name = ready.shift()!;
    order.push(id(name, version.get(name)!));
    for (const dependent of dependentsOf.get(name) ?? []) {
      const left = remaining.get(dependent)! - 1;
      remaining.set(dependent, left);
      if (left === 0) ready.splice(sortedIndex(ready, dependent), 0, dependent);
    }
  }
  return order;
}

function sortedIndex(sorted: string[], value: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
