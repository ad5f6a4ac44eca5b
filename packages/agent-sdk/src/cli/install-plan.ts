// Turns the registry's dependency resolution into an install plan, checking it first: its names become paths on disk.
import semver from 'semver';
import { ZScopedName } from '../manifest-fields';
import type { ResolveData } from './graphql-documents';

export interface PlannedPackage {
  /** `name@version`. */
  id: string;
  name: string;
  version: string;
  dependencies: Record<string, string>;
}

export type TInstallPlan =
  | { ok: true; root: string; packages: PlannedPackage[]; warnings: string[] }
  | { ok: false; problems: string[] };

type TResolution = ResolveData['resolveDependencies'];

/** `@acme/x@1.2.0` → name and version, or null when either is not valid. */
export function splitId(id: string): { name: string; version: string } | null {
  const at = id.lastIndexOf('@');
  if (at <= 0) return null;
  const name = id.slice(0, at);
  const version = id.slice(at + 1);
  return ZScopedName.safeParse(name).success && semver.valid(version) === version ? { name, version } : null;
}

/** Conflicts, cycles and missing agents, one readable line each. */
function unresolved(r: TResolution): string[] {
  const lines = [
    ...r.conflicts.map((c) => `conflict: ${c}`),
    ...r.cycles.map((c) => `cycle: ${c.join(' -> ')}`),
    ...r.missing.map((m) => `missing: ${m}`),
  ];
  return lines.length ? lines : ['the registry could not resolve the dependencies and gave no reason'];
}

export function planInstall(rootName: string, r: TResolution): TInstallPlan {
  if (!r.ok) return { ok: false, problems: unresolved(r) };
  const byId = new Map(r.packages.map((p) => [`${p.name}@${p.version}`, p]));
  const invalid = (why: string): TInstallPlan => ({ ok: false, problems: [`the registry sent an invalid resolution: ${why}`] });
  const packages: PlannedPackage[] = [];
  const names = new Set<string>();
  for (const id of r.installOrder) {
    const parsed = splitId(id);
    const resolved = byId.get(id);
    if (!parsed || !resolved) return invalid(`${JSON.stringify(id)} is not a valid name@version of a resolved package`);
    if (names.has(parsed.name)) return invalid(`${parsed.name} appears twice`);
    names.add(parsed.name);
    const dependencies: Record<string, string> = {};
    for (const dep of resolved.dependencies) {
      const d = splitId(dep);
      if (!d || !r.installOrder.includes(dep)) return invalid(`dependency ${JSON.stringify(dep)} of ${id} is not in the install order`);
      dependencies[d.name] = d.version;
    }
    packages.push({ id, ...parsed, dependencies });
  }
  const root = packages.find((p) => p.name === rootName.toLowerCase());
  if (!root) return invalid(`${rootName} is not in the install order`);
  const deprecations = r.packages.filter((p) => p.deprecated).map((p) => `${p.name}@${p.version} is deprecated: ${p.deprecated}`);
  return { ok: true, root: root.id, packages, warnings: [...new Set([...r.warnings, ...deprecations])] };
}
