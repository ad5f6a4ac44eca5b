// In-process SearchIndex: MiniSearch keywords (typos, prefixes) blended with LSA vectors, ranked by search/ranking.ts.
import MiniSearch, { type Query, type QueryCombination } from 'minisearch';
import type { AgentSearchDoc, SearchIndex, SearchQuery, SearchResult } from '../ports/search-index';
import { countFacets, hasFilters, matchesFilters } from './agent-filters';
import { catalogueStats, rankCandidates, type CatalogueStats, type RankCandidate } from './ranking';
import { parseSearchQuery } from './search-query';
import { selectTop } from './select-top';
import { createSemanticIndex, type SemanticIndex, type SemanticIndexOptions } from './semantic-index';
import { normaliseTerm, terms, tokenize, transpositions } from './text-terms';

export interface HybridOptions extends SemanticIndexOptions {
  /** Weight of the keyword score in hybrid relevance; the rest is semantic similarity. */
  alpha?: number;
  /** Docs no keyword matched that may still join the result set on meaning alone. */
  neighbours?: number;
  /** Below this cosine a doc is not "about" the query; keeps semantic-only hits few and on topic. */
  minSimilarity?: number;
}

export interface EmbeddedSearchOptions {
  /** false turns the index into keyword-only search. */
  semantic?: false | HybridOptions;
}

const FIELDS = ['name', 'displayName', 'description', 'tags', 'capabilities', 'readme'] as const;
// Names are what people type; a hit there says more than one deep in a readme.
const BOOST = { name: 3, displayName: 3, tags: 1.5, capabilities: 1.5, description: 1, readme: 0.3 };
// A swapped pair of letters scores like any other one-typo match.
const TRANSPOSITION_WEIGHT = 0.45;

export class EmbeddedSearchAdapter implements SearchIndex<AgentSearchDoc> {
  private readonly docs = new Map<string, AgentSearchDoc>();
  private readonly mini = createMiniSearch();
  private readonly semantic: SemanticIndex | null;
  private readonly hybrid: Required<Pick<HybridOptions, 'alpha' | 'neighbours' | 'minSimilarity'>>;
  private stats: CatalogueStats | null = null;

  constructor(o: EmbeddedSearchOptions = {}) {
    const h = o.semantic === false ? {} : (o.semantic ?? {});
    this.semantic = o.semantic === false ? null : createSemanticIndex(h);
    this.hybrid = { alpha: h.alpha ?? 0.7, neighbours: h.neighbours ?? 50, minSimilarity: h.minSimilarity ?? 0.5 };
  }

  async upsert(docs: readonly AgentSearchDoc[]): Promise<void> {
    for (const doc of docs) {
      // discard() drops the old postings lazily, so replacing never needs the old document's text.
      if (this.docs.has(doc.id)) this.mini.discard(doc.id);
      this.mini.add(doc);
      this.docs.set(doc.id, doc);
      this.semantic?.upsert(doc);
    }
    if (docs.length) this.stats = null;
  }

  async remove(ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      if (!this.docs.delete(id)) continue;
      this.mini.discard(id);
      this.semantic?.remove(id);
      this.stats = null;
    }
  }

  async clear(): Promise<void> {
    this.mini.removeAll();
    this.docs.clear();
    this.semantic?.clear();
    this.stats = null;
  }

  async count(): Promise<number> {
    return this.docs.size;
  }

  async close(): Promise<void> {
    await this.clear();
  }

  /** Builds the semantic basis now rather than on the first search after start-up or a large import. */
  warm(): void {
    this.semantic?.refresh(() => this.docs.values());
  }

  /** `semantic: false` skips the vectors for this one query (the bench compares both modes on one index). */
  async search(query: SearchQuery, o: { semantic?: boolean } = {}): Promise<SearchResult> {
    const started = performance.now();
    const q = parseSearchQuery(query);
    const filter = hasFilters(q.filters) ? (d: AgentSearchDoc) => matchesFilters(d, q.filters) : () => true;
    const hasText = terms(q.text).length > 0;
    const matched: AgentSearchDoc[] = [];
    const candidates: RankCandidate[] = [];
    const take = (doc: AgentSearchDoc, textScore: number) => {
      matched.push(doc);
      candidates.push({ doc, textScore });
    };

    if (!hasText) {
      for (const d of this.docs.values()) if (filter(d)) take(d, 0);
    } else {
      const keyword = this.mini.search(keywordQuery(q.text), { filter: (r) => filter(this.docs.get(r.id as string)!) });
      const sem = o.semantic === false ? null : this.semanticScores(q.text);
      if (!sem) {
        for (const r of keyword) take(this.docs.get(r.id as string)!, r.score);
      } else {
        const { alpha } = this.hybrid;
        const top = keyword[0]?.score ?? 1; // MiniSearch returns results best-first
        const seen = new Set<string>();
        for (const r of keyword) {
          seen.add(r.id as string);
          take(this.docs.get(r.id as string)!, alpha * (r.score / top) + (1 - alpha) * sem.similarity(r.id as string));
        }
        for (const n of this.neighbours(sem, seen, filter)) take(this.docs.get(n.id)!, (1 - alpha) * n.sim);
      }
    }

    const hits = rankCandidates(candidates, { stats: this.catalogueStats(), sort: q.sort, hasText, offset: q.offset, limit: q.limit });
    return { hits, total: candidates.length, facets: countFacets(matched, q.facets), tookMs: performance.now() - started };
  }

  private semanticScores(text: string) {
    if (!this.semantic) return null;
    this.semantic.refresh(() => this.docs.values());
    return this.semantic.query(text);
  }

  private neighbours(sem: NonNullable<ReturnType<SemanticIndex['query']>>, seen: Set<string>, filter: (d: AgentSearchDoc) => boolean) {
    const near: { id: string; sim: number }[] = [];
    sem.forEach((id, sim) => {
      if (sim >= this.hybrid.minSimilarity && !seen.has(id) && filter(this.docs.get(id)!)) near.push({ id, sim });
    });
    return selectTop(near, this.hybrid.neighbours, (a, b) => b.sim - a.sim);
  }

  private catalogueStats(): CatalogueStats {
    return (this.stats ??= catalogueStats(this.docs.values()));
  }
}

function createMiniSearch() {
  return new MiniSearch<AgentSearchDoc>({
    fields: [...FIELDS],
    storeFields: [],
    tokenize,
    processTerm: normaliseTerm,
    extractField: (doc, field) => {
      const v = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(v) ? v.join(' ') : typeof v === 'string' ? v : '';
    },
    searchOptions: { boost: BOOST, combineWith: 'OR' },
  });
}

/** Every word may carry one typo (fuzzy 0.2, or a swapped letter pair); only the last word is a prefix, as typed. */
function keywordQuery(text: string): Query {
  const words = terms(text);
  const queries = words.map((w, i): QueryCombination => {
    const prefix = i === words.length - 1;
    const main: QueryCombination = { queries: [w], fuzzy: 0.2, prefix };
    const swaps = transpositions(w);
    if (!swaps.length) return main;
    return { combineWith: 'OR', queries: [main, { queries: swaps, fuzzy: false, prefix, boostTerm: () => TRANSPOSITION_WEIGHT }] };
  });
  return { combineWith: 'OR', queries };
}
