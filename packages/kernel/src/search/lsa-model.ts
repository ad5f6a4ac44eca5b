// Latent semantic analysis: a TF-IDF term×doc space folded to k dimensions, so "bills" and "invoices" land close.
import { truncatedSvd, type CsrMatrix } from './randomized-svd';
import { stem, terms } from './text-terms';

export interface LsaModel {
  dims: number;
  vocab: Map<string, number>;
  idf: Float64Array;
  /** Term → concept weights, vocab.size×dims row-major. */
  basis: Float64Array;
}

export interface LsaOptions {
  maxDims?: number;
  /** Terms kept, most frequent first; bounds memory and SVD time on a huge catalogue. */
  maxVocab?: number;
}

export const lsaTerms = (text: string): string[] => terms(text).map(stem);

export function buildLsaModel(texts: readonly string[], o: LsaOptions = {}): LsaModel | null {
  const docs = texts.map(lsaTerms);
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(d)) df.set(t, (df.get(t) ?? 0) + 1);
  // A term seen in one document co-occurs with nothing, so it cannot pull any two documents together.
  const kept = [...df].filter(([, n]) => n >= 2).sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).slice(0, o.maxVocab ?? 50_000);
  if (kept.length < 2 || docs.length < 3) return null;
  const vocab = new Map(kept.map(([t], i) => [t, i]));
  const idf = Float64Array.from(kept, ([, n]) => Math.log(1 + docs.length / n));
  const model: LsaModel = { dims: 0, vocab, idf, basis: new Float64Array(0) };

  const rowPtr = new Int32Array(docs.length + 1);
  const cols: number[] = [];
  const vals: number[] = [];
  docs.forEach((d, r) => {
    for (const [c, w] of weigh(model, d)) {
      cols.push(c);
      vals.push(w);
    }
    rowPtr[r + 1] = cols.length;
  });
  const a: CsrMatrix = { rows: docs.length, cols: vocab.size, rowPtr, colIdx: Int32Array.from(cols), values: Float64Array.from(vals) };
  // Too many dimensions on a small catalogue reproduce the raw term space and find no synonyms; ~1.25·√n
  // merged the topics of a 16-agent test catalogue only where they share vocabulary.
  const k = Math.max(2, Math.min(o.maxDims ?? 64, Math.round(1.25 * Math.sqrt(docs.length))));
  const svd = truncatedSvd(a, k);
  return { ...model, dims: svd.k, basis: svd.vectors };
}

/** Unit-length TF-IDF weights (1 + ln tf)·idf of the known terms. */
function weigh(model: Pick<LsaModel, 'vocab' | 'idf'>, docTerms: readonly string[]): Map<number, number> {
  const tf = new Map<number, number>();
  for (const t of docTerms) {
    const c = model.vocab.get(t);
    if (c !== undefined) tf.set(c, (tf.get(c) ?? 0) + 1);
  }
  let norm = 0;
  for (const [c, n] of tf) {
    const w = (1 + Math.log(n)) * model.idf[c]!;
    tf.set(c, w);
    norm += w * w;
  }
  norm = Math.sqrt(norm);
  for (const [c, w] of tf) tf.set(c, w / norm);
  return tf;
}

/** Writes the unit concept vector of `text` at out[offset..offset+dims); false (and zeros) when no term is known. */
export function embedText(model: LsaModel, text: string, out: Float32Array, offset: number): boolean {
  const k = model.dims;
  const acc = new Float64Array(k);
  for (const [c, w] of weigh(model, lsaTerms(text))) {
    const o = c * k;
    for (let j = 0; j < k; j++) acc[j]! += w * model.basis[o + j]!;
  }
  let norm = 0;
  for (let j = 0; j < k; j++) norm += acc[j]! * acc[j]!;
  norm = Math.sqrt(norm);
  for (let j = 0; j < k; j++) out[offset + j] = norm > 0 ? acc[j]! / norm : 0;
  return norm > 0;
}
