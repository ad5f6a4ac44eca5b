// Runs the SearchIndex contract on the embedded adapter always, and on Meilisearch when MEILI_HOST is set.
import { uniqueRunId } from '@nexus/testing/services';
import { afterAll, describe, expect, it } from 'vitest';
import { EmbeddedSearchAdapter } from '../search/embedded-search-adapter';
import { searchEnv } from '../search/env';
import { MeilisearchAdapter } from '../search/meilisearch-adapter';
import { agentDoc, describeSearchIndexContract } from './search-index.contract';

describeSearchIndexContract('EmbeddedSearchAdapter', () => new EmbeddedSearchAdapter());
describeSearchIndexContract('EmbeddedSearchAdapter (keyword only)', () => new EmbeddedSearchAdapter({ semantic: false }));

describe('EmbeddedSearchAdapter semantic match', () => {
  const finance = (id: string, displayName: string, description: string) => agentDoc(id, { displayName, description, tags: ['finance'] });
  const other = (id: string, displayName: string, description: string, tag: string) => agentDoc(id, { displayName, description, tags: [tag] });
  // The other finance agents teach the catalogue that invoices, bills, suppliers and totals go together.
  const catalogue = [
    finance('inv-reader', 'Invoice Reader', 'Reads supplier invoices and bills, captures totals and due dates'),
    finance('inv-parser', 'Invoice Parser', 'Parses invoices into line items, totals and supplier details'),
    finance('bill-pay', 'Bill Pay', 'Pays supplier bills once the invoice totals are approved'),
    finance('ap-clerk', 'AP Clerk', 'Matches invoices against purchase orders and supplier bills'),
    agentDoc('ledger-lens', { displayName: 'Ledger Lens', description: 'Extracts supplier and totals from bills', tags: ['accounting'] }),
    other('weather-now', 'Weather Now', 'Forecasts rain, wind and temperature for any city', 'weather'),
    other('storm-watch', 'Storm Watch', 'Alerts on storms, wind and heavy rain near you', 'weather'),
    other('climate', 'Climate Trends', 'Charts temperature and rain over decades', 'weather'),
    other('polyglot', 'Polyglot', 'Translates documents between languages, keeps formatting', 'translation'),
    other('subtitles', 'Subtitle Translator', 'Translates subtitles and captions into many languages', 'translation'),
    other('localizer', 'Localizer', 'Localizes app strings and translates release notes into languages', 'translation'),
    other('reviewer', 'Code Reviewer', 'Reviews pull requests, flags bugs and style issues in code', 'code'),
    other('test-writer', 'Test Writer', 'Writes unit tests for code and finds bugs', 'code'),
    other('refactor', 'Refactor Bot', 'Refactors legacy code and fixes style issues', 'code'),
    other('tagger', 'Image Tagger', 'Tags photos and images with objects and scenes', 'images'),
    other('bg-remover', 'Background Remover', 'Removes backgrounds from photos and product images', 'images'),
  ];

  it('finds "invoice parsing" in an agent that only talks about bills, which keywords alone miss', async () => {
    const index = new EmbeddedSearchAdapter();
    await index.upsert(catalogue);
    const keywordOnly = await index.search({ text: 'invoice parsing' }, { semantic: false });
    expect(keywordOnly.hits.map((h) => h.id)).not.toContain('ledger-lens');
    const hybrid = await index.search({ text: 'invoice parsing' });
    const found = hybrid.hits.map((h) => h.id);
    expect(found).toContain('ledger-lens');
    expect(found).not.toEqual(expect.arrayContaining(['weather-now']));
    expect(found.filter((id) => !id.startsWith('inv-') && !['bill-pay', 'ap-clerk', 'ledger-lens'].includes(id))).toEqual([]);
    // Exact keyword matches still lead; the semantic find is an addition, not a reshuffle.
    expect(found[0]).toBe(keywordOnly.hits[0]!.id);
    expect(hybrid.total).toBe(found.length);
  });

  it('folds a new agent into the existing basis, and filters apply to semantic finds too', async () => {
    const index = new EmbeddedSearchAdapter();
    await index.upsert(catalogue.filter((d) => d.id !== 'ledger-lens'));
    await index.search({ text: 'warm up' });
    await index.upsert([catalogue.find((d) => d.id === 'ledger-lens')!]);
    expect((await index.search({ text: 'invoice parsing' })).hits.map((h) => h.id)).toContain('ledger-lens');
    expect((await index.search({ text: 'invoice parsing', filters: { tag: ['finance'] } })).hits.map((h) => h.id)).not.toContain('ledger-lens');
  });
});

const meiliHost = searchEnv.MEILI_HOST;
if (!meiliHost) console.warn('[contract] MEILI_HOST not set — MeilisearchAdapter suite skipped; embedded adapter covered');

describe.skipIf(!meiliHost)('MeilisearchAdapter', () => {
  // One throwaway index for the run, dropped afterwards so a shared server is left as it was.
  const indexUid = uniqueRunId('agents');
  let last: MeilisearchAdapter | undefined;
  describeSearchIndexContract('MeilisearchAdapter', async () => (last = await MeilisearchAdapter.connect({ host: meiliHost!, apiKey: searchEnv.MEILI_API_KEY, indexUid, statsTtlMs: 0 })));
  afterAll(async () => {
    await last?.drop();
  });
});
