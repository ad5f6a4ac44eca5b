import { describe, expect, it } from 'vitest';
import { record, redo, startHistory, undo } from './history';

describe('graph history', () => {
  it('undoes and redoes steps, and a new step clears redo', () => {
    let h = record(record(startHistory('a'), 'b', null, 0), 'c', null, 5000);
    h = undo(h);
    expect(h.present).toBe('b');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h).present).toBe('a');
    h = redo(h);
    expect(h.present).toBe('b');
    h = record(h, 'x', null, 9000);
    expect(redo(h).present).toBe('x');
  });

  it('folds quick edits of the same key into one step', () => {
    let h = record(startHistory(''), 'h', 'n1.expression', 1000);
    h = record(h, 'he', 'n1.expression', 1200);
    h = record(h, 'hey', 'n1.expression', 1400);
    expect(undo(h).present).toBe('');
    h = record(h, 'hey!', 'n1.expression', 5000);
    expect(undo(h).present).toBe('hey');
  });
});
