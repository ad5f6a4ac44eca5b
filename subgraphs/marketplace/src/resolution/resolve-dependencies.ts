// Flat dependency resolution for agent packages: one version per name, the highest that every dependent accepts.
import { buildPackages, findCycles, installOrder } from './dependency-graph.js';
import { explainFailure, type Wanted } from './explain-failure.js';
import { ROOT, compareNames, id, type MissingPackage, type ResolveOptions, type ResolveResult, type VersionSource } from './resolution-types.js';
import { VersionIndex, type IndexedVersion } from './version-index.js';

/** One decision on the search stack: the package, the versions still to try, and who is to blame when they run out. */
interface Frame {
  name: string;
  candidates: IndexedVersion[];
  index: number;
  /** Length of the work queue when the frame was opened; another candidate truncates the queue back to it. */
  queued: number;
  blame: Set<string>;
}

const DEFAULT_MAX_STEPS = 200_000;

/**
 * Depth-first search over decisions taken in breadth-first discovery order, so packages nearer the
 * root get their highest version first and a range met later narrows the choice by backtracking.
 * A dead end jumps straight back to the most recent decision that contributed to it
 * (conflict-directed backjumping) rather than retrying unrelated siblings, which keeps the work
 * linear when there are no conflicts; maxSteps bounds it when there are.
 */
export async function resolveDependencies(
  root: { name: string; range: string },
  registry: VersionSource,
  opts: ResolveOptions = {},
): Promise<ResolveResult> {
  const index = new VersionIndex(registry, opts.includePrerelease ?? false);
  const maxSteps = opts.maxSteps ?? DEFAULT_MAX_STEPS;
  const decided = new Map<string, IndexedVersion>();
  const wanted = new Map<string, Wanted[]>([[root.name, [{ by: ROOT, byName: ROOT, range: root.range }]]]);
  // Invariant: stack[i] decides queue[i]; the queue only grows at the end and is truncated on undo.
  const queue: string[] = [root.name];
  const inQueue = new Set(queue);
  const stack: Frame[] = [];
  const clashes = new Map<string, Wanted[]>();
  const missing = new Map<string, MissingPackage>();
  let steps = 0;

  const undo = (frame: Frame) => {
    const chosen = decided.get(frame.name);
    if (!chosen) return;
    decided.delete(frame.name);
    for (const dep of Object.keys(chosen.dependencies)) wanted.get(dep)!.pop();
    for (const name of queue.splice(frame.queued)) inQueue.delete(name);
  };

  /** Moves the frame to its next candidate that agrees with every decision already taken. */
  const advance = (frame: Frame): boolean => {
    undo(frame);
    while (++frame.index < frame.candidates.length && ++steps <= maxSteps) {
      const candidate = frame.candidates[frame.index]!;
      const by = id(frame.name, candidate.version);
      const clash = Object.entries(candidate.dependencies).find(([dep, range]) => {
        const other = decided.get(dep);
        return other !== undefined && !index.satisfies(other.version, range);
      });
      if (clash) {
        const [dep, range] = clash;
        const theirs = wanted.get(dep) ?? [];
        frame.blame.add(dep);
        for (const w of theirs) frame.blame.add(w.byName);
        clashes.set(dep, [...theirs, { by, byName: frame.name, range }]);
        continue;
      }
      decided.set(frame.name, candidate);
      for (const [dep, range] of Object.entries(candidate.dependencies).sort(([a], [b]) => compareNames(a, b))) {
        wanted.set(dep, [...(wanted.get(dep) ?? []), { by, byName: frame.name, range }]);
        if (!inQueue.has(dep)) {
          queue.push(dep);
          inQueue.add(dep);
        }
      }
      return true;
    }
    return false;
  };

  while (stack.length < queue.length && steps <= maxSteps) {
    const name = queue[stack.length]!;
    const own = wanted.get(name) ?? [];
    const versions = await index.versions(name);
    if (versions.length === 0) for (const w of own) missing.set(`${name}\u0000${w.by}`, { name, by: w.by, range: w.range });
    const fitting = versions.filter((v) => own.every((w) => index.satisfies(v.version, w.range)));
    if (versions.length > 0 && fitting.length === 0) clashes.set(name, [...own]);
    const frame: Frame = { name, candidates: preferMaintained(fitting), index: -1, queued: queue.length, blame: new Set(own.map((w) => w.byName)) };
    stack.push(frame);
    if (advance(frame)) continue;
    if (!backjump(stack, undo, advance)) break;
  }

  const solved = stack.length > 0 && stack.length === queue.length && steps <= maxSteps;
  if (!solved) return explainFailure({ clashes, missing, index, gaveUpAfter: steps > maxSteps ? maxSteps : null });

  const packages = buildPackages(decided, wanted);
  const cycles = findCycles(packages);
  if (cycles.length > 0) return { ok: false, conflicts: [], cycles, missing: [] };
  return {
    ok: true,
    root: { name: root.name, version: decided.get(root.name)!.version },
    packages,
    installOrder: installOrder(packages),
    warnings: packages
      .filter((p) => p.deprecated !== null)
      .map((p) => ({ code: 'DEPRECATED' as const, package: id(p.name, p.version), message: `${id(p.name, p.version)} is deprecated: ${p.deprecated}` })),
  };
}

/**
 * Pops the failed frame and returns to the newest frame it blames, handing over the blame, until
 * some frame finds another candidate. False when the blame reaches the root request: no solution.
 */
function backjump(stack: Frame[], undo: (f: Frame) => void, advance: (f: Frame) => boolean): boolean {
  while (stack.length > 0) {
    const failed = stack.pop()!;
    undo(failed);
    failed.blame.delete(failed.name);
    let target = stack.length - 1;
    while (target >= 0 && !failed.blame.has(stack[target]!.name)) target--;
    if (target < 0) return false;
    while (stack.length > target + 1) undo(stack.pop()!);
    const back = stack[target]!;
    for (const b of failed.blame) back.blame.add(b);
    if (advance(back)) return true;
  }
  return false;
}

/** A deprecated version is only chosen when no maintained one fits; each group stays highest first. */
function preferMaintained(versions: IndexedVersion[]): IndexedVersion[] {
  return [...versions.filter((v) => v.deprecated === null), ...versions.filter((v) => v.deprecated !== null)];
}
