// The blended ranking checked against numbers worked out by hand.
import { describe, expect, it } from 'vitest';
import { bayesianRating, catalogueStats, rankCandidates, type RankCandidate, type RankingFields } from './ranking';

const doc = (id: string, ratingAvg: number | null, ratingCount: number, downloads: number, createdAt = '2025-01-01T00:00:00Z'): RankingFields => ({ id, ratingAvg, ratingCount, downloads, createdAt });
const stats = { meanRating: 4, maxDownloads: 999 };
// a: Bayes (10·4 + 5·10)/20 = 4.5 → (4.5−1)/4 = 0.875; usage ln(1000)/ln(1000) = 1; relevance 8/8 = 1
//    score 0.4·1 + 0.3·0.875 + 0.3·1 = 0.9625
// b: unrated → Bayes = m = 4 → 0.75; usage 0; relevance 4/8 = 0.5 → 0.2 + 0.225 + 0 = 0.425
// c: (40 + 2·30)/40 = 2.5 → 0.375; usage ln 31 / ln 1000 = 0.497121; relevance 1 → 0.4 + 0.1125 + 0.149136 = 0.661636
const candidates: RankCandidate[] = [
  { doc: doc('b', null, 0, 0, '2025-06-01T00:00:00Z'), textScore: 4 },
  { doc: doc('c', 2, 30, 30, '2024-01-01T00:00:00Z'), textScore: 8 },
  { doc: doc('a', 5, 10, 999, '2025-02-01T00:00:00Z'), textScore: 8 },
];
const rank = (sort: 'relevance' | 'rating' | 'usage' | 'newest', hasText = true, offset = 0, limit = 10) =>
  rankCandidates(candidates, { stats, sort, hasText, offset, limit });

describe('ranking', () => {
  it('blends 0.4·relevance + 0.3·Bayesian rating + 0.3·log usage', () => {
    const hits = rank('relevance');
    expect(hits.map((h) => h.id)).toEqual(['a', 'c', 'b']);
    const [a, c, b] = hits;
    expect(a!.components).toEqual({ relevance: 1, rating: 0.875, usage: 1 });
    expect(a!.score).toBeCloseTo(0.9625, 10);
    expect(c!.components!.usage).toBeCloseTo(0.497121, 6);
    expect(c!.score).toBeCloseTo(0.661636, 6);
    expect(b!.components).toEqual({ relevance: 0.5, rating: 0.75, usage: 0 });
    expect(b!.score).toBeCloseTo(0.425, 10);
  });

  it('gives every candidate relevance 1 when the query has no text', () => {
    expect(rank('relevance', false).map((h) => h.components!.relevance)).toEqual([1, 1, 1]);
  });

  it('orders by one component alone for rating, usage and newest', () => {
    expect(rank('rating').map((h) => h.id)).toEqual(['a', 'b', 'c']);
    expect(rank('usage').map((h) => h.id)).toEqual(['a', 'c', 'b']);
    expect(rank('newest').map((h) => h.id)).toEqual(['b', 'a', 'c']);
  });

  it('breaks ties on the sort key by relevance, then by id', () => {
    const tied: RankCandidate[] = [
      { doc: doc('z-weak', 4, 10, 5), textScore: 1 },
      { doc: doc('y-strong', 4, 10, 5), textScore: 3 },
      { doc: doc('x-weak', 4, 10, 5), textScore: 1 },
    ];
    expect(rankCandidates(tied, { stats, sort: 'rating', hasText: true, offset: 0, limit: 3 }).map((h) => h.id)).toEqual(['y-strong', 'x-weak', 'z-weak']);
  });

  it('returns the requested page of a large set', () => {
    const many: RankCandidate[] = Array.from({ length: 1000 }, (_, i) => ({ doc: doc(`d${String(i).padStart(4, '0')}`, null, 0, i), textScore: 1 }));
    const page = rankCandidates(many, { stats, sort: 'usage', hasText: false, offset: 10, limit: 5 });
    expect(page.map((h) => h.id)).toEqual(['d0989', 'd0988', 'd0987', 'd0986', 'd0985']);
  });

  it('takes m as the count-weighted mean of all ratings, and pulls few votes toward it', () => {
    expect(catalogueStats([doc('a', 5, 10, 999), doc('b', null, 0, 0), doc('c', 2, 30, 30)])).toEqual({ meanRating: 2.75, maxDownloads: 999 });
    expect(catalogueStats([])).toEqual({ meanRating: 3, maxDownloads: 0 });
    // 3 perfect votes (≈3.92) rank below 500 votes at 4.6 (≈4.59) when m = 3.5.
    expect(bayesianRating(5, 3, 3.5)).toBeCloseTo(50 / 13, 10);
    expect(bayesianRating(5, 3, 3.5)).toBeLessThan(bayesianRating(4.6, 500, 3.5));
  });
});
