// Document concept vectors in one Float32Array, rebuilt lazily once the catalogue drifted ~10% from the last LSA basis.
import type { AgentSearchDoc } from '../ports/search-index';
import { buildLsaModel, embedText, type LsaModel, type LsaOptions } from './lsa-model';

export interface SemanticIndexOptions extends LsaOptions {
  /** Share of the catalogue that may change before the basis is recomputed; in between, new docs are folded in. */
  rebuildRatio?: number;
}

export interface SemanticIndex {
  upsert(doc: AgentSearchDoc): void;
  remove(id: string): void;
  clear(): void;
  /** Recomputes the basis now if it is missing or stale. */
  refresh(all: () => Iterable<AgentSearchDoc>): void;
  /** Cosine of the query to every indexed doc (by id through `similarity`), or null when no query term is known. */
  query(text: string): { similarity(id: string): number; forEach(fn: (id: string, sim: number) => void): void } | null;
  readonly dims: number;
}

/**
 * Fields that describe what an agent does. The package scope names a publisher, not a purpose, so it is left out;
 * the readme is capped so one long manual does not dominate its vector.
 */
export const semanticText = (d: AgentSearchDoc): string =>
  [d.displayName, d.name.replace(/^@[^/]*\//, ''), d.description, d.tags.join(' '), d.capabilities.join(' '), (d.readme ?? '').slice(0, 1_000)].join(' \n ');

export function createSemanticIndex(o: SemanticIndexOptions = {}): SemanticIndex {
  let model: LsaModel | null = null;
  let sizeAtBuild = 0;
  let changes = 0;
  const slotOf = new Map<string, number>();
  let ids: (string | undefined)[] = [];
  let vectors = new Float32Array(0);
  const free: number[] = [];

  const place = (doc: AgentSearchDoc) => {
    const m = model!;
    let slot = slotOf.get(doc.id);
    if (slot === undefined) {
      slot = free.pop() ?? ids.length;
      if ((slot + 1) * m.dims > vectors.length) {
        const grown = new Float32Array(Math.max(1024, (slot + 1) * 2) * m.dims);
        grown.set(vectors);
        vectors = grown;
      }
      ids[slot] = doc.id;
      slotOf.set(doc.id, slot);
    }
    embedText(m, semanticText(doc), vectors, slot * m.dims);
  };

  const unplace = (id: string) => {
    const slot = slotOf.get(id);
    if (slot === undefined) return;
    slotOf.delete(id);
    ids[slot] = undefined;
    free.push(slot);
  };

  const rebuild = (docs: AgentSearchDoc[]) => {
    model = buildLsaModel(docs.map(semanticText), o);
    slotOf.clear();
    ids = [];
    free.length = 0;
    vectors = new Float32Array(model ? docs.length * model.dims : 0);
    if (model) for (const d of docs) place(d);
    sizeAtBuild = docs.length;
    changes = 0;
  };

  return {
    get dims() {
      return model?.dims ?? 0;
    },
    upsert(doc) {
      changes++;
      if (model) place(doc);
    },
    remove(id) {
      changes++;
      unplace(id);
    },
    clear() {
      rebuild([]);
    },
    refresh(all) {
      const stale = !model || changes > Math.max(1, (o.rebuildRatio ?? 0.1) * sizeAtBuild);
      if (stale && changes > 0) rebuild([...all()]);
    },
    query(text) {
      const m = model;
      if (!m) return null;
      const k = m.dims;
      const q = new Float32Array(k);
      if (!embedText(m, text, q, 0)) return null;
      // Brute force is one pass over n×k floats: ~6M multiply-adds at 100k docs, cheaper than any index structure here.
      const n = ids.length;
      const sims = new Float32Array(n);
      for (let s = 0; s < n; s++) {
        let dot = 0;
        const base = s * k;
        for (let j = 0; j < k; j++) dot += q[j]! * vectors[base + j]!;
        sims[s] = dot;
      }
      return {
        similarity: (id) => {
          const s = slotOf.get(id);
          return s === undefined ? 0 : Math.max(0, sims[s]!);
        },
        forEach: (fn) => {
          for (let s = 0; s < n; s++) {
            const id = ids[s];
            if (id !== undefined) fn(id, sims[s]!);
          }
        },
      };
    },
  };
}
