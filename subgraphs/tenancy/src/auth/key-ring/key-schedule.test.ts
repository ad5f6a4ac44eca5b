// The rotation schedule as a pure function of the key rows and the clock.
import { describe, expect, it } from 'vitest';
import { planMaintenance, ringAt, type KeyTimes } from './key-schedule';

const H = 3_600_000;
const D = 24 * H;
const o = { rotateAfterMs: 30 * D, publishAheadMs: H, keepRetiredMs: 12 * H };
const key = (kid: string, createdAt: number, retiredAt: number | null = null): KeyTimes => ({
  kid, createdAt: new Date(createdAt), retiredAt: retiredAt === null ? null : new Date(retiredAt), expiresAt: retiredAt === null ? null : new Date(retiredAt + o.keepRetiredMs),
});

describe('planMaintenance', () => {
  it('creates a key signing at once when none signs', () => {
    expect(planMaintenance([], 0, o)).toEqual({ createAt: 0, retire: null });
  });

  it('does nothing until an hour before the key is due, then publishes the next one for the due time', () => {
    const rows = [key('a', 0)];
    expect(planMaintenance(rows, 30 * D - H - 1, o)).toEqual({ createAt: null, retire: null });
    expect(planMaintenance(rows, 30 * D - H, o)).toEqual({ createAt: 30 * D, retire: null });
  });

  it('still publishes ahead when it runs late, rather than switching at once', () => {
    expect(planMaintenance([key('a', 0)], 40 * D, o).createAt).toBe(40 * D + H);
  });

  it('leaves a published next key alone, and retires the old key once the next one has started', () => {
    const rows = [key('a', 0), key('b', 30 * D)];
    expect(planMaintenance(rows, 30 * D - 1, o)).toEqual({ createAt: null, retire: null });
    expect(planMaintenance(rows, 30 * D + 5, o)).toEqual({ createAt: null, retire: { kids: ['a'], retiredAt: 30 * D } });
  });

  it('on force, creates a key signing now and retires the current one now', () => {
    expect(planMaintenance([key('a', 0)], 5 * D, o, true)).toEqual({ createAt: 5 * D, retire: { kids: ['a'], retiredAt: 5 * D } });
  });
});

describe('ringAt', () => {
  it('signs with the newest started key and trusts the rest until their tokens can no longer be valid', () => {
    const rows = [key('old', -40 * D, -10 * D + H), key('a', 0), key('b', 30 * D)];
    const before = ringAt(rows, 30 * D - 1, o);
    expect(before.signer?.kid).toBe('a');
    expect(before.nextSwitch).toBe(30 * D);
    expect(before.others.map((x) => x.key.kid).sort()).toEqual(['b', 'old']);
    const after = ringAt(rows, 30 * D, o);
    expect(after.signer?.kid).toBe('b');
    expect(after.nextSwitch).toBeNull();
    expect(after.others.find((x) => x.key.kid === 'a')?.retireAt).toBe(30 * D + 12 * H);
  });
});
