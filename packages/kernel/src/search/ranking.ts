// The one ranking both adapters apply to their candidates, so embedded and Meilisearch order results alike.
import type { ScoreComponents, SearchHit, SearchSort } from '../ports/search-index';
import { selectTop } from './select-top';

export const RANKING_WEIGHTS = { relevance: 0.4, rating: 0.3, usage: 0.3 } as const;
/** How many "virtual" ratings at the catalogue mean every agent starts with: 3 five-star votes must not beat 500 votes at 4.6. */
export const RATING_CONFIDENCE = 10;
/** Prior used before anyone in the catalogue has rated anything: the middle of the 1–5 scale. */
export const DEFAULT_MEAN_RATING = 3;

export interface CatalogueStats {
  /** Mean over every individual rating in the catalogue (count-weighted), 1–5. */
  meanRating: number;
  maxDownloads: number;
}

export interface RankingFields {
  id: string;
  ratingAvg: number | null;
  ratingCount: number;
  downloads: number;
  createdAt: string;
}

export interface RankCandidate {
  doc: RankingFields;
  /** The engine's raw text score (any positive scale); ignored when the query has no text. */
  textScore: number;
}

export interface RankOptions {
  stats: CatalogueStats;
  sort: SearchSort;
  hasText: boolean;
  offset: number;
  limit: number;
}

export function catalogueStats(docs: Iterable<RankingFields>): CatalogueStats {
  let sum = 0;
  let n = 0;
  let maxDownloads = 0;
  for (const d of docs) {
    if (d.ratingAvg !== null && d.ratingCount > 0) {
      sum += d.ratingAvg * d.ratingCount;
      n += d.ratingCount;
    }
    if (d.downloads > maxDownloads) maxDownloads = d.downloads;
  }
  return { meanRating: n > 0 ? sum / n : DEFAULT_MEAN_RATING, maxDownloads };
}

/** Bayesian average (C·m + Σratings)/(C + n) on the 1–5 scale. */
export function bayesianRating(ratingAvg: number | null, ratingCount: number, meanRating: number, confidence = RATING_CONFIDENCE): number {
  const n = ratingAvg === null ? 0 : Math.max(0, ratingCount);
  return (confidence * meanRating + (n > 0 ? ratingAvg! * n : 0)) / (confidence + n);
}

export function ratingComponent(doc: Pick<RankingFields, 'ratingAvg' | 'ratingCount'>, stats: CatalogueStats): number {
  return clamp01((bayesianRating(doc.ratingAvg, doc.ratingCount, stats.meanRating) - 1) / 4);
}

/** Log scale so 10k vs 1M downloads still matters but one viral agent does not flatten everyone else to 0. */
export function usageComponent(downloads: number, maxDownloads: number): number {
  if (maxDownloads <= 0) return 0;
  return clamp01(Math.log1p(Math.max(0, downloads)) / Math.log1p(maxDownloads));
}

export function blendedScore(c: ScoreComponents): number {
  return RANKING_WEIGHTS.relevance * c.relevance + RANKING_WEIGHTS.rating * c.rating + RANKING_WEIGHTS.usage * c.usage;
}

interface Scored {
  id: string;
  score: number;
  components: ScoreComponents;
  primary: number;
}

/** Scores every candidate, orders them by `sort` (ties → relevance → id) and returns the requested page. */
export function rankCandidates(candidates: readonly RankCandidate[], o: RankOptions): SearchHit[] {
  let maxText = 0;
  if (o.hasText) for (const c of candidates) if (c.textScore > maxText) maxText = c.textScore;
  const scored: Scored[] = candidates.map(({ doc, textScore }) => {
    const components: ScoreComponents = {
      relevance: !o.hasText ? 1 : maxText > 0 ? clamp01(textScore / maxText) : 0,
      rating: ratingComponent(doc, o.stats),
      usage: usageComponent(doc.downloads, o.stats.maxDownloads),
    };
    const score = blendedScore(components);
    return { id: doc.id, score, components, primary: primaryKey(o.sort, score, components, doc) };
  });
  const before = (a: Scored, b: Scored) => b.primary - a.primary || b.components.relevance - a.components.relevance || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return selectTop(scored, o.offset + o.limit, before)
    .slice(o.offset)
    .map(({ id, score, components }) => ({ id, score, components }));
}

function primaryKey(sort: SearchSort, score: number, c: ScoreComponents, doc: RankingFields): number {
  switch (sort) {
    case 'relevance':
      return score;
    case 'rating':
      return c.rating;
    case 'usage':
      return c.usage;
    case 'newest':
      return Date.parse(doc.createdAt) || 0;
  }
}

const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);
