// The gateway's request counts arrive here every few seconds and are added to the per-minute samples.
import express, { type Express } from 'express';
import { z } from 'zod';
import { isUuid } from '@nexus/kernel/ids';
import type { Logger } from '@nexus/kernel/logger';
import { gatewaySigned } from '../access/internal-route';
import { withSystem } from '@nexus/db/tenant-client';
import type { Database } from '../db';
import { UsageRepository, type SampleRow } from './usage-repository';

export const API_REQUESTS_PATH = '/internal/usage/api-requests';
/** Matches the gateway meter's batch size. */
const MAX_SAMPLES = 2_000;

const ZApiRequestSamples = z.object({
  samples: z
    .array(z.object({ tenantId: z.string().max(64), minute: z.iso.datetime(), count: z.number().int().positive().max(1e9) }))
    .max(MAX_SAMPLES),
});

/** Samples of unknown shape are refused (400: the gateway drops them); ids that are not UUIDs are skipped. */
export function parseApiRequestSamples(body: unknown): SampleRow[] | null {
  const parsed = ZApiRequestSamples.safeParse(body);
  if (!parsed.success) return null;
  // One row per (tenant, minute): the upsert cannot touch the same row twice in one statement.
  const merged = new Map<string, SampleRow>();
  for (const s of parsed.data.samples) {
    if (!isUuid(s.tenantId)) continue;
    const bucket = new Date(Math.floor(Date.parse(s.minute) / 60_000) * 60_000);
    const key = `${s.tenantId}|${bucket.getTime()}`;
    const row = merged.get(key);
    if (row) row.value += s.count;
    else merged.set(key, { tenantId: s.tenantId, bucket, value: s.count });
  }
  return [...merged.values()];
}

export function registerUsageRoutes(app: Express, deps: { workerDb: Database; contextSecret: string; logger: Logger }): void {
  // Only the gateway may report.
  app.post(API_REQUESTS_PATH, express.json({ limit: '512kb' }), gatewaySigned(deps.contextSecret), async (req, res) => {
    const samples = parseApiRequestSamples(req.body);
    if (!samples) {
      res.status(400).json({ ok: false, reason: `Expected { samples: [{ tenantId, minute, count }] }, at most ${MAX_SAMPLES}.` });
      return;
    }
    try {
      const stored = await withSystem(deps.workerDb, (tx) => UsageRepository.addApiRequests(tx, samples));
      res.json({ ok: true, stored });
    } catch (e) {
      deps.logger.error({ err: e }, 'storing API request samples failed');
      res.status(503).json({ ok: false, reason: 'Usage could not be stored; send it again.' });
    }
  });
}
