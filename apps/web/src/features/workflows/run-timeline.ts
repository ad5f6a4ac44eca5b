// Where each node's time went in a run: offsets and durations from the run's start, as fractions of its span for drawing.

export interface TimedNode { nodeId: string; status: string; attempts: number; startedAt: string | null; finishedAt: string }

export interface TimelineRow {
  nodeId: string;
  status: string;
  attempts: number;
  /** From the run's start to the node's start (ms); null for a node that never started (skipped). */
  offsetMs: number | null;
  durationMs: number | null;
  /** Fractions of the span, for drawing: left edge and width (0 for a node that never started). */
  left: number;
  width: number;
}

export interface Timeline { spanMs: number; rows: TimelineRow[] }

const ms = (iso: string | null | undefined) => (iso ? Date.parse(iso) : Number.NaN);

/** Rows in the order the nodes started (skipped ones last, in the order they settled). */
export function timelineOf(run: { startedAt: string | null; finishedAt: string | null }, nodes: readonly TimedNode[]): Timeline {
  const starts = nodes.map((n) => ms(n.startedAt)).filter(Number.isFinite);
  const ends = nodes.map((n) => ms(n.finishedAt)).filter(Number.isFinite);
  const runStart = ms(run.startedAt);
  const origin = Math.min(Number.isFinite(runStart) ? runStart : Number.POSITIVE_INFINITY, ...starts);
  const runEnd = ms(run.finishedAt);
  const end = Math.max(Number.isFinite(runEnd) ? runEnd : Number.NEGATIVE_INFINITY, ...ends);
  if (!Number.isFinite(origin) || !Number.isFinite(end)) return { spanMs: 0, rows: [] };
  const spanMs = Math.max(0, end - origin);
  const rows = nodes.map((n, i) => {
    const start = ms(n.startedAt);
    const finish = ms(n.finishedAt);
    const started = Number.isFinite(start) && Number.isFinite(finish);
    const offsetMs = started ? start - origin : null;
    const durationMs = started ? Math.max(0, finish - start) : null;
    return {
      i,
      row: {
        nodeId: n.nodeId, status: n.status, attempts: n.attempts, offsetMs, durationMs,
        left: spanMs > 0 && offsetMs !== null ? offsetMs / spanMs : 0,
        width: spanMs > 0 && durationMs !== null ? durationMs / spanMs : 0,
      },
    };
  });
  rows.sort((a, b) => {
    const ao = a.row.offsetMs ?? Number.POSITIVE_INFINITY;
    const bo = b.row.offsetMs ?? Number.POSITIVE_INFINITY;
    return ao === bo ? a.i - b.i : ao - bo;
  });
  return { spanMs, rows: rows.map((r) => r.row) };
}
