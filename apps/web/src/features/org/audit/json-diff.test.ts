import { describe, expect, it } from 'vitest';
import { diffStates, parseState } from './json-diff';

describe('diffStates', () => {
  it('marks changed, added, removed and unchanged fields, nested ones by dotted path', () => {
    const rows = diffStates(
      { role: 'MEMBER', user: { email: 'a@x.io', name: 'Ann' }, gone: 1 },
      { role: 'ADMIN', user: { email: 'a@x.io', name: 'Ann B' }, added: [1, 2] },
    );
    expect(rows).toEqual([
      { path: 'role', before: '"MEMBER"', after: '"ADMIN"', kind: 'changed' },
      { path: 'user.email', before: '"a@x.io"', after: '"a@x.io"', kind: 'same' },
      { path: 'user.name', before: '"Ann"', after: '"Ann B"', kind: 'changed' },
      { path: 'gone', before: '1', after: null, kind: 'removed' },
      { path: 'added', before: null, after: '[1,2]', kind: 'added' },
    ]);
  });

  it('treats a creation (no before) as every field added, and a deletion as every field removed', () => {
    expect(diffStates(undefined, { name: 'k' }).map((r) => r.kind)).toEqual(['added']);
    expect(diffStates({ name: 'k' }, undefined).map((r) => r.kind)).toEqual(['removed']);
  });

  it('compares lists whole and scalars at the root', () => {
    expect(diffStates({ scopes: ['a', 'b'] }, { scopes: ['b', 'a'] })[0]!.kind).toBe('changed');
    expect(diffStates('PENDING', 'ACTIVE')).toEqual([{ path: '', before: '"PENDING"', after: '"ACTIVE"', kind: 'changed' }]);
  });
});

describe('parseState', () => {
  it('parses JSON and keeps other text as it is', () => {
    expect(parseState('{"a":1}')).toEqual({ a: 1 });
    expect(parseState('not json')).toBe('not json');
    expect(parseState(null)).toBeUndefined();
  });
});
