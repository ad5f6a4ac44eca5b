// Field-by-field difference between an audit event's before and after states (JSON text), for the expandable row.

export type DiffKind = 'added' | 'removed' | 'changed' | 'same';

export interface DiffRow {
  /** Dotted path of the field, e.g. `role` or `limits.seats`; empty for a non-object state. */
  path: string;
  before: string | null;
  after: string | null;
  kind: DiffKind;
}

/** JSON text → value; text that is not JSON stays as the string it is. */
export function parseState(text: string | null | undefined): unknown {
  if (text == null || text === '') return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaves by path; objects are walked, arrays and scalars are leaves (a reordered list reads better whole). */
function flatten(value: unknown, prefix: string, out: Map<string, string>): Map<string, string> {
  if (value === undefined) return out;
  if (isObject(value) && Object.keys(value).length > 0) {
    for (const [key, child] of Object.entries(value)) flatten(child, prefix ? `${prefix}.${key}` : key, out);
  } else {
    out.set(prefix, JSON.stringify(value));
  }
  return out;
}

export function diffStates(before: unknown, after: unknown): DiffRow[] {
  const left = flatten(before, '', new Map());
  const right = flatten(after, '', new Map());
  const paths = [...left.keys(), ...[...right.keys()].filter((path) => !left.has(path))];
  return paths.map((path) => {
    const b = left.get(path) ?? null;
    const a = right.get(path) ?? null;
    const kind: DiffKind = b === null ? 'added' : a === null ? 'removed' : a === b ? 'same' : 'changed';
    return { path, before: b, after: a, kind };
  });
}
