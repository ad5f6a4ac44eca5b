// Memoised registry look-ups: each package's versions fetched once, sorted once, ranges parsed once.
import * as semver from 'semver';
import type { RegistryVersion, VersionSource } from './resolution-types.js';

export interface IndexedVersion {
  version: string;
  dependencies: Record<string, string>;
  deprecated: string | null;
}

export class VersionIndex {
  private readonly byName = new Map<string, Promise<IndexedVersion[]>>();
  private readonly ranges = new Map<string, semver.Range | null>();

  constructor(
    private readonly source: VersionSource,
    private readonly includePrerelease: boolean,
  ) {}

  /** Highest first; non-semver version strings are dropped because no range can select them. */
  versions(name: string): Promise<IndexedVersion[]> {
    let entry = this.byName.get(name);
    if (!entry) {
      entry = this.source.versions(name).then((list: RegistryVersion[]) =>
        list
          .filter((v) => semver.valid(v.version) !== null)
          .map((v) => ({ version: v.version, dependencies: { ...v.dependencies }, deprecated: v.deprecated ?? null }))
          .sort((a, b) => semver.rcompare(a.version, b.version)),
      );
      this.byName.set(name, entry);
    }
    return entry;
  }

  /** Prereleases match only ranges that name a prerelease of the same version, unless includePrerelease is set. */
  satisfies(version: string, range: string): boolean {
    let parsed = this.ranges.get(range);
    if (parsed === undefined) {
      try {
        parsed = new semver.Range(range, { includePrerelease: this.includePrerelease });
      } catch {
        parsed = null;
      }
      this.ranges.set(range, parsed);
    }
    return parsed !== null && parsed.test(version);
  }
}
