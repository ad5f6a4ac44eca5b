// Dependency graphs for the API: resolves an agent's range (or dist-tag) against published versions.
import semver from 'semver';
import type { RequestContext } from '@nexus/kernel/context';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import type { Database } from '../db';
import { resolveDependencies } from '../resolution/resolve-dependencies';
import { registryFromDatabase } from './dependency-registry';
import type { VersionService } from './version-service';
import type { AgentRow } from '../agents/agent-repository';

export interface DependencyGraphView {
  ok: boolean;
  packages: { name: string; version: string; dependencies: string[]; deprecated: string | null }[];
  installOrder: string[];
  warnings: string[];
  conflicts: string[];
  cycles: string[][];
  missing: string[];
}

export class DependencyService {
  constructor(private readonly db: Database, private readonly versions: VersionService) {}

  /** `range` may be a semver range or a dist-tag; default `latest`. */
  async resolve(ctx: RequestContext, agent: AgentRow, range?: string | null): Promise<DependencyGraphView> {
    const wanted = range?.trim() || 'latest';
    let effective = wanted;
    if (!semver.validRange(wanted)) {
      const tagged = await this.versions.find(ctx, agent, wanted);
      // An agent whose first version still waits for review has no `latest` yet: nothing to resolve, not a caller error.
      if (!tagged && !range?.trim()) {
        return { ok: false, packages: [], installOrder: [], warnings: [], conflicts: [], cycles: [], missing: [`${agent.name} (no published version yet)`] };
      }
      if (!tagged) throw new DomainError(ErrorCode.BAD_USER_INPUT, `range must be a semver range or a dist-tag of ${agent.name}; "${wanted}" is neither.`, { field: 'range' });
      effective = tagged.version;
    }
    const result = await resolveDependencies({ name: agent.name, range: effective }, registryFromDatabase(this.db, ctx), { includePrerelease: semver.prerelease(effective) !== null });
    if (!result.ok) {
      return {
        ok: false, packages: [], installOrder: [], warnings: [],
        conflicts: result.conflicts.map((c) => c.message), cycles: result.cycles,
        missing: result.missing.map((m) => `${m.name} (wanted ${m.range} by ${m.by})`),
      };
    }
    return {
      ok: true,
      packages: result.packages.map((p) => ({ name: p.name, version: p.version, dependencies: Object.entries(p.dependencies).map(([n, v]) => `${n}@${v}`), deprecated: p.deprecated })),
      installOrder: result.installOrder, warnings: result.warnings.map((w) => w.message), conflicts: [], cycles: [], missing: [],
    };
  }
}
