// When keys are created, start signing, and retire: decided from the rows alone, so every replica agrees without talking.
//
// A new key is stored `publishAheadMs` before it starts signing (its `createdAt` lies in the future). Until then it is
// only published, so every gateway's cached JWKS already holds it when the first token it signs arrives; and every
// replica switches at the same moment by the clock, not when a message happens to reach it.

export interface KeyTimes {
  kid: string;
  createdAt: Date;
  retiredAt: Date | null;
  expiresAt: Date | null;
}

export interface ScheduleOptions {
  rotateAfterMs: number;
  publishAheadMs: number;
  /** How long a retired key stays published after it stopped signing: token TTL plus a reload grace. */
  keepRetiredMs: number;
}

export interface MaintenancePlan {
  /** Create a key signing from this time (now: no key signs yet, or a forced rotation), or none. */
  createAt: number | null;
  /** Keys replaced by a newer signing key: retire them as of `retiredAt`. */
  retire: { kids: string[]; retiredAt: number } | null;
}

const startsAt = (k: KeyTimes) => k.createdAt.getTime();
const newestFirst = <K extends KeyTimes>(keys: K[]) => [...keys].sort((a, b) => startsAt(b) - startsAt(a));

/** Live (not retired) keys split into the one signing at `t`, older ones still unretired, and future ones. */
export function classify<K extends KeyTimes>(rows: K[], t: number): { signer: K | null; superseded: K[]; upcoming: K[] } {
  const live = newestFirst(rows.filter((r) => !r.retiredAt));
  const started = live.filter((r) => startsAt(r) <= t);
  return { signer: started[0] ?? null, superseded: started.slice(1), upcoming: live.filter((r) => startsAt(r) > t) };
}

export function planMaintenance(rows: KeyTimes[], t: number, o: ScheduleOptions, force = false): MaintenancePlan {
  const { signer, superseded, upcoming } = classify(rows, t);
  let createAt: number | null = null;
  if (!signer || force) createAt = t;
  else if (upcoming.length === 0) {
    const due = startsAt(signer) + o.rotateAfterMs;
    // Late (the service was down): still publish ahead rather than switch at once.
    if (t >= due - o.publishAheadMs) createAt = Math.max(due, t + o.publishAheadMs);
  }
  // A key created now supersedes the current signer too.
  const replaced = createAt === t && signer ? [signer, ...superseded] : superseded;
  const newest = createAt === t ? t : signer ? startsAt(signer) : t;
  return { createAt, retire: replaced.length ? { kids: replaced.map((r) => r.kid), retiredAt: newest } : null };
}

/** The in-memory ring at `t`: who signs, and until when every other key is trusted and published. */
export function ringAt<K extends KeyTimes>(rows: K[], t: number, o: ScheduleOptions): { signer: K | null; others: { key: K; retireAt: number }[]; nextSwitch: number | null } {
  const { signer, superseded, upcoming } = classify(rows, t);
  const stoppedAt = signer ? startsAt(signer) : t;
  return {
    signer,
    others: [
      ...upcoming.map((key) => ({ key, retireAt: startsAt(key) + o.rotateAfterMs + o.keepRetiredMs })),
      ...superseded.map((key) => ({ key, retireAt: stoppedAt + o.keepRetiredMs })),
      ...rows.filter((r) => r.retiredAt).map((key) => ({ key, retireAt: key.expiresAt?.getTime() ?? key.retiredAt!.getTime() + o.keepRetiredMs })),
    ],
    nextSwitch: upcoming.length ? Math.min(...upcoming.map(startsAt)) : null,
  };
}
