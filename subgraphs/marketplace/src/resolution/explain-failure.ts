// Turns the resolver's dead ends into conflicts and missing packages a publisher can act on.
import { compareNames, type Conflict, type MissingPackage, type ResolveResult } from './resolution-types.js';
import type { VersionIndex } from './version-index.js';

export interface Wanted {
  /** `name@version` of the dependent, or `root`. */
  by: string;
  byName: string;
  range: string;
}

export async function explainFailure(input: {
  clashes: Map<string, Wanted[]>;
  missing: Map<string, MissingPackage>;
  index: VersionIndex;
  gaveUpAfter: number | null;
}): Promise<Extract<ResolveResult, { ok: false }>> {
  const missing = [...input.missing.values()].sort((a, b) => compareNames(a.name, b.name) || compareNames(a.by, b.by));
  const missingNames = new Set(missing.map((m) => m.name));
  const conflicts: Conflict[] = [];
  for (const [name, wanted] of [...input.clashes].sort(([a], [b]) => compareNames(a, b))) {
    if (missingNames.has(name)) continue;
    const available = (await input.index.versions(name)).map((v) => v.version);
    const asks = wanted.map((w) => `${w.range} (wanted by ${w.by})`).join(' and ');
    conflicts.push({
      name,
      wanted: wanted.map(({ by, range }) => ({ by, range })),
      available,
      message: `No version of ${name} satisfies ${asks}; available: ${available.join(', ') || 'none'}`,
    });
  }
  if (input.gaveUpAfter !== null) {
    conflicts.push({ name: '*', wanted: [], available: [], message: `Gave up after trying ${input.gaveUpAfter} candidate versions; the ranges are too entangled to resolve` });
  }
  return { ok: false, conflicts, cycles: [], missing };
}
