// Undo/redo over graph snapshots; quick successive edits of one thing (typing in a field) fold into one step.

export interface History<T> {
  past: T[];
  present: T;
  future: T[];
  /** What the last step edited and when, to fold typing into one undo step. */
  lastKey: string | null;
  lastAt: number;
}

const LIMIT = 100;
const FOLD_MS = 1000;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [], lastKey: null, lastAt: 0 });

/** Records `next` as a new step, or replaces the last step when it edited the same `key` within a second. */
export function record<T>(history: History<T>, next: T, key: string | null = null, now = Date.now()): History<T> {
  if (key !== null && key === history.lastKey && now - history.lastAt < FOLD_MS && history.past.length > 0) {
    return { ...history, present: next, future: [], lastAt: now };
  }
  return { past: [...history.past, history.present].slice(-LIMIT), present: next, future: [], lastKey: key, lastAt: now };
}

export function undo<T>(history: History<T>): History<T> {
  const previous = history.past.at(-1);
  if (previous === undefined) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future], lastKey: null, lastAt: 0 };
}

export function redo<T>(history: History<T>): History<T> {
  const [next, ...rest] = history.future;
  if (next === undefined) return history;
  return { past: [...history.past, history.present], present: next, future: rest, lastKey: null, lastAt: 0 };
}
