// Truncated SVD of a sparse matrix by randomized subspace iteration (Halko et al.), plain Float64Array, no dependencies.

/** Compressed sparse rows: row r's entries are colIdx/values[rowPtr[r] .. rowPtr[r+1]). */
export interface CsrMatrix {
  rows: number;
  cols: number;
  rowPtr: Int32Array;
  colIdx: Int32Array;
  values: Float64Array;
}

export interface TruncatedSvd {
  k: number;
  /** Right singular vectors, cols×k row-major: entry (c, j) at c*k + j. */
  vectors: Float64Array;
  /** Descending. */
  singularValues: Float64Array;
}

export interface SvdOptions {
  oversample?: number;
  /** Power iterations; 2–3 separate a text corpus's slowly decaying spectrum well enough. */
  iterations?: number;
  seed?: number;
}

export function truncatedSvd(a: CsrMatrix, k: number, o: SvdOptions = {}): TruncatedSvd {
  const l = Math.min(k + (o.oversample ?? 10), a.rows, a.cols);
  k = Math.min(k, l);
  if (k <= 0) return { k: 0, vectors: new Float64Array(0), singularValues: new Float64Array(0) };
  const rand = mulberry32(o.seed ?? 0x5eed);
  let q: Float64Array = new Float64Array(a.cols * l);
  for (let i = 0; i < q.length; i++) q[i] = rand() * 2 - 1;
  orthonormaliseColumns(q, a.cols, l, rand);
  for (let it = 0; it < (o.iterations ?? 3); it++) {
    q = mulAtB(a, mulAQ(a, q, l), l);
    orthonormaliseColumns(q, a.cols, l, rand);
  }
  // Q spans the dominant right singular subspace; diagonalise the small l×l Gram matrix of A·Q inside it.
  const b = mulAQ(a, q, l);
  const gram = new Float64Array(l * l);
  for (let r = 0; r < a.rows; r++) {
    const o = r * l;
    for (let i = 0; i < l; i++) {
      const bi = b[o + i]!;
      if (bi === 0) continue;
      for (let j = i; j < l; j++) gram[i * l + j]! += bi * b[o + j]!;
    }
  }
  for (let i = 0; i < l; i++) for (let j = 0; j < i; j++) gram[i * l + j] = gram[j * l + i]!;
  const { values, vectors: w } = symmetricEigen(gram, l);
  const order = [...values.keys()].sort((x, y) => values[y]! - values[x]!).slice(0, k);
  const out = new Float64Array(a.cols * k);
  for (let c = 0; c < a.cols; c++) {
    for (let j = 0; j < k; j++) {
      const col = order[j]!;
      let s = 0;
      for (let i = 0; i < l; i++) s += q[c * l + i]! * w[i * l + col]!;
      out[c * k + j] = s;
    }
  }
  return { k, vectors: out, singularValues: Float64Array.from(order, (i) => Math.sqrt(Math.max(0, values[i]!))) };
}

/** A (rows×cols) · Q (cols×l, row-major) → rows×l. */
function mulAQ(a: CsrMatrix, q: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.rows * l);
  for (let r = 0; r < a.rows; r++) {
    const o = r * l;
    for (let p = a.rowPtr[r]!; p < a.rowPtr[r + 1]!; p++) {
      const w = a.values[p]!;
      const qo = a.colIdx[p]! * l;
      for (let j = 0; j < l; j++) out[o + j]! += w * q[qo + j]!;
    }
  }
  return out;
}

/** Aᵀ · B (rows×l, row-major) → cols×l. */
function mulAtB(a: CsrMatrix, b: Float64Array, l: number): Float64Array {
  const out = new Float64Array(a.cols * l);
  for (let r = 0; r < a.rows; r++) {
    const o = r * l;
    for (let p = a.rowPtr[r]!; p < a.rowPtr[r + 1]!; p++) {
      const w = a.values[p]!;
      const to = a.colIdx[p]! * l;
      for (let j = 0; j < l; j++) out[to + j]! += w * b[o + j]!;
    }
  }
  return out;
}

/** Modified Gram–Schmidt (twice, for stability) on the l columns of an n×l row-major matrix, in place. */
function orthonormaliseColumns(m: Float64Array, n: number, l: number, rand: () => number): void {
  // Columns are copied out contiguous: strided access over n rows would thrash the cache.
  const cols = Array.from({ length: l }, (_, j) => {
    const c = new Float64Array(n);
    for (let i = 0; i < n; i++) c[i] = m[i * l + j]!;
    return c;
  });
  for (let j = 0; j < l; j++) {
    const v = cols[j]!;
    for (let attempt = 0; ; attempt++) {
      for (let pass = 0; pass < 2; pass++) {
        for (let i = 0; i < j; i++) {
          const u = cols[i]!;
          let d = 0;
          for (let t = 0; t < n; t++) d += u[t]! * v[t]!;
          for (let t = 0; t < n; t++) v[t]! -= d * u[t]!;
        }
      }
      let norm = 0;
      for (let t = 0; t < n; t++) norm += v[t]! * v[t]!;
      norm = Math.sqrt(norm);
      if (norm > 1e-10 || attempt > 2) {
        const inv = norm > 1e-10 ? 1 / norm : 0;
        for (let t = 0; t < n; t++) v[t]! *= inv;
        break;
      }
      // The subspace collapsed (rank-deficient corpus): restart this column from noise.
      for (let t = 0; t < n; t++) v[t] = rand() * 2 - 1;
    }
  }
  for (let j = 0; j < l; j++) {
    const c = cols[j]!;
    for (let i = 0; i < n; i++) m[i * l + j] = c[i]!;
  }
}

/** Cyclic Jacobi eigen-decomposition of a small symmetric n×n matrix; eigenvector j is column j of `vectors`. */
export function symmetricEigen(input: Float64Array, n: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(input);
  const v = new Float64Array(n * n);
  for (let i = 0; i < n; i++) v[i * n + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < n; p++) for (let q = p + 1; q < n; q++) off += a[p * n + q]! ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < n; p++) {
      for (let q = p + 1; q < n; q++) {
        const apq = a[p * n + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * n + q]! - a[p * n + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < n; k++) {
          const akp = a[k * n + p]!;
          const akq = a[k * n + q]!;
          a[k * n + p] = c * akp - s * akq;
          a[k * n + q] = s * akp + c * akq;
        }
        for (let k = 0; k < n; k++) {
          const apk = a[p * n + k]!;
          const aqk = a[q * n + k]!;
          a[p * n + k] = c * apk - s * aqk;
          a[q * n + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < n; k++) {
          const vkp = v[k * n + p]!;
          const vkq = v[k * n + q]!;
          v[k * n + p] = c * vkp - s * vkq;
          v[k * n + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  return { values: Float64Array.from({ length: n }, (_, i) => a[i * n + i]!), vectors: v };
}

/** Small seeded PRNG so an index built twice from the same catalogue ranks the same way. */
function mulberry32(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
