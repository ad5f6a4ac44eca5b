// agentTarball: hands out the stored package of a published version, checked against its integrity, and counts the install.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { RequestContext } from '@nexus/kernel/context';
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import { parseInput } from '@nexus/kernel/validation';
import type { Database } from '../db';
import type { AgentExecutor } from '../execution/agent-executor';
import { recordUsage } from '../usage/record-usage';

const ZTarballArgs = z.object({
  name: z.string().trim().min(1, 'is required').max(256, 'must be at most 256 characters'),
  version: z.string().trim().min(1, 'is required').max(256, 'must be at most 256 characters'),
});

export interface AgentTarball {
  name: string;
  version: string;
  integrity: string;
  sizeBytes: number;
  /** The .tgz, base64-encoded. */
  tarball: string;
}

export const sha512Integrity = (bytes: Buffer): string => `sha512-${createHash('sha512').update(bytes).digest('base64')}`;

export class InstallService {
  constructor(private readonly workerDb: Database, private readonly blobs: BlobStore, private readonly executor: AgentExecutor) {}

  /** null when the caller cannot see a published version by that name and version (or range, or dist-tag). */
  async tarball(ctx: RequestContext, args: unknown): Promise<AgentTarball | null> {
    const a = parseInput(ZTarballArgs, args);
    // The tenant-scoped look-up: RLS hides other tenants' private agents, and only PUBLISHED versions qualify.
    const version = await this.executor.findVersion(ctx, a.name, a.version);
    if (!version) return null;
    const bytes = await this.blobs.get(version.blobKey);
    if (!bytes) throw new DomainError(ErrorCode.INTERNAL, `The package of ${a.name}@${version.version} is missing from storage.`);
    // The store checks bytes against their key; this checks the key against what the version row promises clients.
    if (sha512Integrity(bytes) !== version.integrity) {
      throw new DomainError(ErrorCode.INTERNAL, `The stored package of ${a.name}@${version.version} does not match its integrity.`);
    }
    await recordUsage(this.workerDb, version.agentId, 'install');
    return { name: a.name.toLowerCase(), version: version.version, integrity: version.integrity, sizeBytes: bytes.length, tarball: bytes.toString('base64') };
  }
}
