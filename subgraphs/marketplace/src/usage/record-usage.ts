// Usage belongs to the agent's publisher, not the caller, so it is counted through the worker (BYPASSRLS) connection.
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import { UsageRepository, type UsageKind } from './usage-repository';

export function recordUsage(workerDb: Database, agentId: string, kind: UsageKind, now = new Date()): Promise<void> {
  const day = new Date(now.toISOString().slice(0, 10));
  return withSystem(workerDb, (tx) => UsageRepository.record(tx, agentId, kind, day));
}
