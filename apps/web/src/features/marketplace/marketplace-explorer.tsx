'use client';
// The marketplace's interactive part: search-as-you-type, facets, sort and paging, kept in the URL.
// The server renders the first result; later ones come from `/graphql` without reloading the page.
import { useEffect, useRef, useState } from 'react';
import { AgentCard } from '@nexus/ui/agent-card';
import { Banner } from '@nexus/ui/banner';
import { Button } from '@nexus/ui/button';
import { EmptyState } from '@nexus/ui/empty-state';
import { Spinner } from '@nexus/ui/spinner';
import type { SearchAgentsQuery } from '../../gql/graphql';
import { agentHref, publisherHref } from '../../lib/agent-paths';
import { request } from '../../lib/graphql-client';
import { readToken } from '../../lib/session-client';
import { describeRequestError } from '../../lib/user-errors';
import { FacetSidebar } from './facet-sidebar';
import { MarketplaceHero } from './marketplace-hero';
import { SearchAgentsDocument } from './marketplace-documents';
import {
  activeFilterCount,
  emptyFilters,
  PAGE_SIZE,
  queryFromSearchParams,
  SORTS,
  toSearchInput,
  toSearchString,
  type FacetField,
  type MarketplaceQuery,
  type SortKey,
} from './marketplace-query';
import { Pagination } from './pagination';
import { SearchInput } from './search-input';
import styles from './marketplace.module.css';

export type SearchResult = SearchAgentsQuery['searchAgents'];

const DEBOUNCE_MS = 250;

const hrefOf = (query: MarketplaceQuery) => `/marketplace${toSearchString(query)}`;

export function MarketplaceExplorer({ initialQuery, initialResult, initialError }: { initialQuery: MarketplaceQuery; initialResult: SearchResult | null; initialError: string | null }) {
  const [query, setQuery] = useState(initialQuery);
  const [text, setText] = useState(initialQuery.q);
  const [result, setResult] = useState(initialResult);
  const [error, setError] = useState(initialError);
  const [loading, setLoading] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const rendered = useRef({ query: initialQuery, attempt: 0 });

  function navigate(next: MarketplaceQuery, history: 'push' | 'replace') {
    setQuery(next);
    if (history === 'push') window.history.pushState(null, '', hrefOf(next));
    else window.history.replaceState(null, '', hrefOf(next));
  }

  // Any change of what is searched starts again at the first page.
  const update = (patch: Partial<MarketplaceQuery>, history: 'push' | 'replace' = 'push') => navigate({ ...query, after: null, ...patch }, history);

  // Typing updates the URL in place (no history entry per keystroke) once the user pauses.
  useEffect(() => {
    const trimmed = text.trim();
    if (trimmed === query.q) return;
    const timer = setTimeout(() => {
      const next = { ...query, q: trimmed, after: null };
      setQuery(next);
      window.history.replaceState(null, '', hrefOf(next));
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, query]);

  // Back/forward between filter states.
  useEffect(() => {
    const onPop = () => {
      const next = queryFromSearchParams(new URLSearchParams(location.search));
      setQuery(next);
      setText(next.q);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  useEffect(() => {
    if (rendered.current.query === query && rendered.current.attempt === attempt) return;
    rendered.current = { query, attempt };
    const controller = new AbortController();
    setLoading(true);
    request(SearchAgentsDocument, { input: toSearchInput(query) }, { token: readToken(), signal: AbortSignal.any([controller.signal, AbortSignal.timeout(10_000)]) })
      .then((data) => {
        setResult(data.searchAgents);
        setError(null);
      })
      .catch((cause: unknown) => {
        if (!controller.signal.aborted) setError(describeRequestError(cause));
      })
      .finally(() => {
        if (!controller.signal.aborted) setLoading(false);
      });
    return () => controller.abort();
  }, [query, attempt]);

  const toggle = (field: FacetField, value: string) => {
    const selected = query.filters[field];
    const next = selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value];
    update({ filters: { ...query.filters, [field]: next } });
  };

  const agents = result?.agents;
  const filtered = query.q !== '' || activeFilterCount(query) > 0;

  return (
    <>
      <MarketplaceHero search={<SearchInput value={text} onChange={setText} onSubmit={() => update({ q: text.trim() }, 'replace')} />} />
      <div className={styles.layout}>
        <FacetSidebar query={query} facets={result?.facets ?? []} onToggle={toggle} onChange={(patch) => update(patch)} />
        <section className={styles.results} aria-label="Agents" aria-busy={loading}>
          <div className={styles.toolbar}>
            <span data-testid="agents-count" aria-live="polite">
              {agents ? (
                <>
                  {query.q ? <>Results for <strong>“{query.q}”</strong>: </> : null}
                  <strong>{agents.totalCount.toLocaleString('en')}</strong> {agents.totalCount === 1 ? 'agent' : 'agents'}
                  {result && <span className={styles.took}> · {result.tookMs.toFixed(0)} ms</span>}
                </>
              ) : null}
              {loading && <span className={styles.loading}><Spinner size={14} label="Searching" /></span>}
            </span>
            <label className={styles.sort}>
              <span>Sort by</span>
              <select
                className={styles.select}
                value={query.sort}
                onChange={(event) => update({ sort: event.target.value as SortKey })}
                data-testid="sort-select"
              >
                {SORTS.map((option) => <option key={option.key} value={option.key}>{option.label}</option>)}
              </select>
            </label>
          </div>
          {error ? (
            <Banner tone="error" title="Search failed" data-testid="search-error">
              {error} <Button variant="secondary" size="sm" onClick={() => setAttempt((n) => n + 1)}>Try again</Button>
            </Banner>
          ) : null}
          {agents && agents.edges.length === 0 ? (
            <EmptyState
              title={filtered ? 'No agents match' : 'No agents yet'}
              description={filtered ? 'Try other words, fewer filters, or check the spelling.' : 'Agents that organisations publish will appear here.'}
              action={filtered ? <a href="/marketplace" className={styles.clearLink} onClick={(event) => { event.preventDefault(); setText(''); update({ q: '', filters: emptyFilters(), minRating: null, verified: false }); }}>Show all agents</a> : undefined}
              data-testid="agents-empty"
            />
          ) : agents ? (
            <ul className={`${styles.grid} ${loading ? styles.stale : ''}`} data-testid="agent-list">
              {agents.edges.map(({ node }) => (
                <li key={node.id}><AgentCard agent={node} href={agentHref(node.name)} publisherHref={publisherHref(node.publisher.slug)} /></li>
              ))}
            </ul>
          ) : null}
          {agents && (
            <Pagination
              after={query.after}
              endCursor={agents.pageInfo.endCursor}
              hasNextPage={agents.pageInfo.hasNextPage}
              pageSize={PAGE_SIZE}
              shown={agents.edges.length}
              total={agents.totalCount}
              hrefFor={(after) => hrefOf({ ...query, after })}
              onNavigate={(after) => {
                update({ after });
                window.scrollTo({ top: 0, behavior: 'smooth' });
              }}
            />
          )}
        </section>
      </div>
    </>
  );
}
