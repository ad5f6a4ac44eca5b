import { describe, expect, it } from 'vitest';
import { axis, niceStep } from './chart-scale';

describe('usage chart axis', () => {
  it('rounds steps up to 1, 2 or 5 × 10^n', () => {
    expect([0, 0.3, 1, 1.5, 3, 6.5, 12, 40, 700].map(niceStep)).toEqual([1, 1, 1, 2, 5, 10, 20, 50, 1000]);
  });

  it('tops the axis just above the data, in whole steps', () => {
    expect(axis(26)).toEqual({ top: 30, ticks: [0, 10, 20, 30] });
    expect(axis(100)).toEqual({ top: 100, ticks: [0, 50, 100] });
    expect(axis(1234)).toEqual({ top: 1500, ticks: [0, 500, 1000, 1500] });
  });

  it('gives an empty series a 0–1 axis rather than dividing by zero', () => {
    expect(axis(0)).toEqual({ top: 1, ticks: [0, 1] });
  });
});
