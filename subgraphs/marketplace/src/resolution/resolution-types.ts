// Shapes shared by the dependency resolver and its graph helpers.

export interface RegistryVersion {
  version: string;
  dependencies: Record<string, string>;
  deprecated?: string | null;
}

/** What the resolver needs from the marketplace: every published version of a package (any order). */
export interface VersionSource {
  versions(name: string): Promise<RegistryVersion[]>;
}

export interface ResolveOptions {
  includePrerelease?: boolean;
  /** Upper bound on candidate versions tried, so a pathological registry cannot stall a publish. */
  maxSteps?: number;
}

export interface ResolvedPackage {
  name: string;
  version: string;
  dependencies: Record<string, string>;
  deprecated: string | null;
  dependents: { name: string; version: string; range: string }[];
}

export interface ResolveWarning {
  code: 'DEPRECATED';
  package: string;
  message: string;
}

export interface Conflict {
  name: string;
  wanted: { by: string; range: string }[];
  available: string[];
  message: string;
}

export interface MissingPackage {
  name: string;
  by: string;
  range: string;
}

export type ResolveResult =
  | {
      ok: true;
      root: { name: string; version: string };
      packages: ResolvedPackage[];
      /** `name@version`, every package after all of its dependencies. */
      installOrder: string[];
      warnings: ResolveWarning[];
    }
  | { ok: false; conflicts: Conflict[]; cycles: string[][]; missing: MissingPackage[] };

export const ROOT = 'root';
export const id = (name: string, version: string): string => `${name}@${version}`;

/** Code-unit order: unlike localeCompare it is the same on every machine, so results are reproducible. */
export const compareNames = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
