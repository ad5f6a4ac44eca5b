// Behaviour every SearchIndex adapter must show; each adapter's test file runs this suite against it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DomainError, ErrorCode } from '../errors';
import type { AgentSearchDoc, SearchIndex, SearchQuery } from './search-index';

export function agentDoc(id: string, over: Partial<AgentSearchDoc> = {}): AgentSearchDoc {
  return {
    id,
    name: `@test/${id}`,
    displayName: id,
    description: '',
    tags: [],
    capabilities: [],
    protocol: 'mcp',
    license: 'MIT',
    publisher: 'test',
    verified: false,
    ratingAvg: null,
    ratingCount: 0,
    downloads: 0,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...over,
  };
}

const INVOICE_TEXT = { displayName: 'Invoice Parser', description: 'Parses supplier invoices into line items and totals', tags: ['finance', 'pdf'], capabilities: ['extract-invoice'] };

/**
 * Two agents with the same text: `inv-solo` barely used and poorly rated, `inv-acme` loved and used. `inv-solo` comes
 * first by id and by insertion, so only the ranking can put `inv-acme` ahead.
 */
export const CONTRACT_CATALOGUE: AgentSearchDoc[] = [
  agentDoc('inv-solo', { ...INVOICE_TEXT, name: '@solo/invoice-parser', license: 'Apache-2.0', publisher: 'solo', ratingAvg: 2.5, ratingCount: 2, downloads: 12, createdAt: '2025-03-01T00:00:00.000Z' }),
  agentDoc('inv-acme', { ...INVOICE_TEXT, name: '@acme/invoice-parser', publisher: 'acme', verified: true, ratingAvg: 4.8, ratingCount: 150, downloads: 80_000, createdAt: '2024-01-10T00:00:00.000Z' }),
  agentDoc('weather', { name: '@skyco/weather-oracle', displayName: 'Weather Oracle', description: 'Forecasts rain and wind for any city', tags: ['weather'], capabilities: ['forecast'], protocol: 'a2a', publisher: 'skyco', verified: true, ratingAvg: 4.2, ratingCount: 40, downloads: 5_000, createdAt: '2024-06-01T00:00:00.000Z' }),
  agentDoc('translate', { name: '@lingua/polyglot', displayName: 'Polyglot', description: 'Translates documents between fifty languages', tags: ['translation', 'documents'], capabilities: ['translate-text'], publisher: 'lingua', ratingAvg: 3.9, ratingCount: 25, downloads: 2_000, createdAt: '2025-05-20T00:00:00.000Z' }),
  agentDoc('review', { name: '@devtools/code-reviewer', displayName: 'Code Reviewer', description: 'Reviews pull requests and flags risky changes', tags: ['code', 'github'], capabilities: ['review-code'], protocol: 'openai-tools', license: 'GPL-3.0', publisher: 'devtools', verified: true, downloads: 300, createdAt: '2025-08-15T00:00:00.000Z' }),
  agentDoc('kyc', { name: '@acme/kyc-checker', displayName: 'KYC Checker', description: 'Verifies customer identity documents for compliance', tags: ['finance', 'compliance'], capabilities: ['verify-identity'], protocol: 'a2a', license: 'proprietary', publisher: 'acme', ratingAvg: 4.5, ratingCount: 8, downloads: 900, createdAt: '2023-11-02T00:00:00.000Z' }),
];

export function describeSearchIndexContract(name: string, factory: () => SearchIndex<AgentSearchDoc> | Promise<SearchIndex<AgentSearchDoc>>): void {
  describe(`SearchIndex contract: ${name}`, () => {
    let index: SearchIndex<AgentSearchDoc>;
    const ids = async (q: SearchQuery) => (await index.search(q)).hits.map((h) => h.id);
    const sorted = async (q: SearchQuery) => (await ids(q)).sort();

    beforeEach(async () => {
      index = await factory();
      await index.clear();
      await index.upsert(CONTRACT_CATALOGUE);
    });
    afterEach(async () => {
      await index.close();
    });

    it('counts upserts, forgets removed ids (ignoring unknown ones) and empties on clear', async () => {
      expect(await index.count()).toBe(6);
      await index.remove(['weather', 'kyc', 'never-indexed']);
      expect(await index.count()).toBe(4);
      expect(await ids({ text: 'forecasts' })).not.toContain('weather');
      await index.clear();
      expect(await index.count()).toBe(0);
      expect(await index.search({})).toMatchObject({ hits: [], total: 0 });
    });

    it('upsert replaces a document by id instead of adding a second one', async () => {
      await index.upsert([{ ...CONTRACT_CATALOGUE[2]!, description: 'Predicts snowfall in the mountains' }]);
      expect(await index.count()).toBe(6);
      expect(await ids({ text: 'snowfall' })).toContain('weather');
      expect(await ids({ text: 'rain' })).not.toContain('weather');
    });

    it('finds agents by name, description and tag', async () => {
      expect(await ids({ text: 'polyglot' })).toContain('translate');
      expect((await ids({ text: 'weather-oracle' }))[0]).toBe('weather');
      expect(await ids({ text: 'forecasts' })).toContain('weather');
      expect(await ids({ text: 'compliance' })).toContain('kyc');
      expect(await ids({ text: 'polyglot' })).not.toContain('review');
    });

    it('tolerates a typo and completes a prefix', async () => {
      expect(await sorted({ text: 'invioce' })).toEqual(expect.arrayContaining(['inv-acme', 'inv-solo']));
      expect(await sorted({ text: 'inv' })).toEqual(expect.arrayContaining(['inv-acme', 'inv-solo']));
      expect(await ids({ text: 'polyg' })).toContain('translate');
    });

    it('applies every filter, any-of within a filter and all filters together', async () => {
      expect(await sorted({ filters: { capability: ['review-code'] } })).toEqual(['review']);
      expect(await sorted({ filters: { tag: ['finance'] } })).toEqual(['inv-acme', 'inv-solo', 'kyc']);
      expect(await sorted({ filters: { protocol: ['a2a', 'openai-tools'] } })).toEqual(['kyc', 'review', 'weather']);
      expect(await sorted({ filters: { license: ['MIT'] } })).toEqual(['inv-acme', 'translate', 'weather']);
      expect(await sorted({ filters: { publisher: ['acme'] } })).toEqual(['inv-acme', 'kyc']);
      expect(await sorted({ filters: { minRating: 4.4 } })).toEqual(['inv-acme', 'kyc']);
      expect(await sorted({ filters: { verified: true } })).toEqual(['inv-acme', 'review', 'weather']);
      expect(await sorted({ filters: { verified: false, tag: ['finance'] } })).toEqual(['inv-solo', 'kyc']);
      expect(await sorted({ text: 'invoice', filters: { publisher: ['acme'] } })).toEqual(['inv-acme']);
      expect(await sorted({ filters: { tag: ['we"ird\\ tag'] } })).toEqual([]);
    });

    it('counts facets over the whole filtered result set, not just the page', async () => {
      const r = await index.search({ filters: { tag: ['finance'] }, limit: 1, facets: ['publisher', 'tag', 'license'] });
      expect(r.hits).toHaveLength(1);
      expect(r.total).toBe(3);
      expect(r.facets.publisher).toEqual({ acme: 2, solo: 1 });
      expect(r.facets.tag).toEqual({ finance: 3, pdf: 2, compliance: 1 });
      expect(r.facets.license).toEqual({ MIT: 1, 'Apache-2.0': 1, proprietary: 1 });
      expect(r.facets.protocol).toBeUndefined();
      const all = await index.search({ facets: ['protocol', 'capability'] });
      expect(all.facets.protocol).toEqual({ mcp: 3, a2a: 2, 'openai-tools': 1 });
      expect(all.facets.capability?.['extract-invoice']).toBe(2);
    });

    it('orders by usage, newest and Bayesian rating', async () => {
      expect(await ids({ sort: 'usage' })).toEqual(['inv-acme', 'weather', 'translate', 'kyc', 'review', 'inv-solo']);
      expect(await ids({ sort: 'newest' })).toEqual(['review', 'translate', 'inv-solo', 'weather', 'inv-acme', 'kyc']);
      // Catalogue mean m = 1026.5/225 ≈ 4.56: the unrated reviewer sits at m, and 8 votes at 4.5 stay just below it.
      expect(await ids({ sort: 'rating' })).toEqual(['inv-acme', 'review', 'kyc', 'weather', 'inv-solo', 'translate']);
    });

    it('ranks a loved, much-used agent above a barely-used one with the same text match', async () => {
      const r = await index.search({ text: 'invoice parser' });
      const order = r.hits.map((h) => h.id);
      expect(order.slice(0, 2)).toEqual(['inv-acme', 'inv-solo']);
      const [acme, solo] = r.hits;
      expect(acme!.components!.relevance).toBeCloseTo(solo!.components!.relevance, 5);
      expect(acme!.score).toBeGreaterThan(solo!.score);
      for (const h of r.hits) {
        for (const v of [h.score, ...Object.values(h.components!)]) {
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThanOrEqual(1);
        }
      }
    });

    it('pages with offset and limit and reports the total before paging', async () => {
      const page = (offset: number) => index.search({ sort: 'usage', limit: 2, offset });
      expect((await page(0)).hits.map((h) => h.id)).toEqual(['inv-acme', 'weather']);
      expect((await page(2)).hits.map((h) => h.id)).toEqual(['translate', 'kyc']);
      const last = await page(4);
      expect(last.hits.map((h) => h.id)).toEqual(['review', 'inv-solo']);
      expect(last.total).toBe(6);
      expect(await page(6)).toMatchObject({ hits: [], total: 6 });
    });

    it('rejects an invalid query with BAD_USER_INPUT naming the field', async () => {
      const cases: [SearchQuery, string][] = [
        [{ limit: 0 }, 'limit'],
        [{ limit: 101 }, 'limit'],
        [{ limit: 2.5 }, 'limit'],
        [{ offset: -1 }, 'offset'],
        [{ sort: 'random' as never }, 'sort'],
        [{ filters: { minRating: 5.5 } }, 'filters.minRating'],
        [{ filters: { minRating: -1 } }, 'filters.minRating'],
        [{ text: 'x'.repeat(201) }, 'text'],
        [{ facets: ['colour' as never] }, 'facets.0'],
      ];
      for (const [q, field] of cases) {
        const e = await index.search(q).then(() => null, (err: unknown) => err);
        expect(e, JSON.stringify(q)).toBeInstanceOf(DomainError);
        expect(e).toMatchObject({ code: ErrorCode.BAD_USER_INPUT, field });
      }
      expect((await index.search({ text: 'x'.repeat(200), limit: 100 })).hits).toBeDefined();
    });
  });
}
