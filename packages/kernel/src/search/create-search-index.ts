// Picks the agent search engine: Meilisearch when a host is configured, the embedded hybrid index otherwise.
import type { AgentSearchDoc, SearchIndex } from '../ports/search-index';
import { EmbeddedSearchAdapter } from './embedded-search-adapter';
import { MeilisearchAdapter } from './meilisearch-adapter';

export async function createSearchIndex(o: { meiliHost?: string; meiliApiKey?: string; indexUid?: string } = {}): Promise<SearchIndex<AgentSearchDoc>> {
  if (!o.meiliHost) return new EmbeddedSearchAdapter();
  return MeilisearchAdapter.connect({ host: o.meiliHost, apiKey: o.meiliApiKey, indexUid: o.indexUid });
}
