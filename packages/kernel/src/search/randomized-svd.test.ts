// Checks the hand-written truncated SVD against matrices whose singular structure is known.
import { describe, expect, it } from 'vitest';
import { symmetricEigen, truncatedSvd, type CsrMatrix } from './randomized-svd';

function csr(dense: number[][]): CsrMatrix {
  const rowPtr = [0];
  const colIdx: number[] = [];
  const values: number[] = [];
  for (const row of dense) {
    row.forEach((v, c) => {
      if (v !== 0) {
        colIdx.push(c);
        values.push(v);
      }
    });
    rowPtr.push(colIdx.length);
  }
  return { rows: dense.length, cols: dense[0]!.length, rowPtr: Int32Array.from(rowPtr), colIdx: Int32Array.from(colIdx), values: Float64Array.from(values) };
}

describe('symmetricEigen', () => {
  it('diagonalises a symmetric matrix: A·v = λ·v', () => {
    const n = 4;
    const a = Float64Array.from([4, 1, 2, 0, 1, 3, 0, 1, 2, 0, 5, 1, 0, 1, 1, 2]);
    const { values, vectors } = symmetricEigen(a, n);
    for (let j = 0; j < n; j++) {
      for (let i = 0; i < n; i++) {
        let av = 0;
        for (let k = 0; k < n; k++) av += a[i * n + k]! * vectors[k * n + j]!;
        expect(av).toBeCloseTo(values[j]! * vectors[i * n + j]!, 9);
      }
    }
    expect([...values].reduce((s, v) => s + v, 0)).toBeCloseTo(14, 9);
  });
});

describe('truncatedSvd', () => {
  it('recovers the singular values of a block matrix and an orthonormal basis', () => {
    // Two independent blocks: [[2,2],[2,2]] has singular values 4 and 0, the identity block 1 and 1.
    const a = csr([
      [2, 2, 0, 0],
      [2, 2, 0, 0],
      [0, 0, 1, 0],
      [0, 0, 0, 1],
    ]);
    const svd = truncatedSvd(a, 2, { oversample: 2 });
    expect(svd.k).toBe(2);
    expect(svd.singularValues[0]).toBeCloseTo(4, 8);
    expect(svd.singularValues[1]).toBeCloseTo(1, 8);
    const v0 = [0, 1, 2, 3].map((c) => svd.vectors[c * 2]!);
    expect(Math.abs(v0[0]!)).toBeCloseTo(Math.SQRT1_2, 8);
    expect(Math.abs(v0[1]!)).toBeCloseTo(Math.SQRT1_2, 8);
    let dot = 0;
    for (let c = 0; c < 4; c++) dot += svd.vectors[c * 2]! * svd.vectors[c * 2 + 1]!;
    expect(dot).toBeCloseTo(0, 10);
  });

  it('finds the dominant subspace of a larger random low-rank matrix', () => {
    // 60×40 of rank 3 with singular values 9, 5, 2 plus nothing else: the top 3 must come back exactly.
    let s = 7;
    const rnd = () => ((s = (s * 16807) % 2147483647) / 2147483647) * 2 - 1;
    const u = Array.from({ length: 3 }, () => Array.from({ length: 60 }, rnd));
    const v = Array.from({ length: 3 }, () => Array.from({ length: 40 }, rnd));
    const orth = (vs: number[][]) => {
      for (let i = 0; i < vs.length; i++) {
        for (let j = 0; j < i; j++) {
          const d = vs[i]!.reduce((acc, x, t) => acc + x * vs[j]![t]!, 0);
          vs[i] = vs[i]!.map((x, t) => x - d * vs[j]![t]!);
        }
        const n = Math.hypot(...vs[i]!);
        vs[i] = vs[i]!.map((x) => x / n);
      }
    };
    orth(u);
    orth(v);
    const sigma = [9, 5, 2];
    const dense = Array.from({ length: 60 }, (_, r) => Array.from({ length: 40 }, (_, c) => sigma.reduce((acc, sv, i) => acc + sv * u[i]![r]! * v[i]![c]!, 0)));
    const svd = truncatedSvd(csr(dense), 3);
    expect([...svd.singularValues].map((x) => Number(x.toFixed(6)))).toEqual([9, 5, 2]);
  });
});
