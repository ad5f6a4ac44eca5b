'use client';
// Filters from the search's facet counts: one checkbox list per field, plus rating and verified.
import { useState } from 'react';
import { Button } from '@nexus/ui/button';
import type { SearchAgentsQuery } from '../../gql/graphql';
import { activeFilterCount, emptyFilters, FACET_FIELDS, FACET_LABELS, MIN_RATINGS, type FacetField, type MarketplaceQuery } from './marketplace-query';
import styles from './marketplace.module.css';

type Facet = SearchAgentsQuery['searchAgents']['facets'][number];

const COLLAPSED = 6;

export interface FacetSidebarProps {
  query: MarketplaceQuery;
  facets: readonly Facet[];
  onToggle: (field: FacetField, value: string) => void;
  onChange: (patch: Partial<Pick<MarketplaceQuery, 'minRating' | 'verified' | 'filters'>>) => void;
}

export function FacetSidebar({ query, facets, onToggle, onChange }: FacetSidebarProps) {
  const active = activeFilterCount(query);
  return (
    <aside className={styles.sidebar} aria-label="Filters" data-testid="facet-sidebar">
      <div className={styles.sidebarHead}>
        <h2 className={styles.sidebarTitle}>Filters</h2>
        {active > 0 && (
          <Button
            variant="ghost"
            size="sm"
            data-testid="clear-filters"
            onClick={() => onChange({ minRating: null, verified: false, filters: emptyFilters() })}
          >
            Clear ({active})
          </Button>
        )}
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={query.verified} onChange={(event) => onChange({ verified: event.target.checked })} data-testid="filter-verified" />
        <span>Verified publishers only</span>
      </label>
      <label className={styles.selectField}>
        <span className={styles.facetTitle}>Minimum rating</span>
        <select
          className={styles.select}
          value={query.minRating == null ? '' : String(query.minRating)}
          onChange={(event) => onChange({ minRating: event.target.value ? Number(event.target.value) : null })}
          data-testid="filter-min-rating"
        >
          <option value="">Any rating</option>
          {MIN_RATINGS.map((rating) => <option key={rating} value={rating}>★ {rating}+</option>)}
        </select>
      </label>
      {FACET_FIELDS.map((field) => (
        <FacetGroup key={field} field={field} facet={facets.find((f) => f.field === field)} selected={query.filters[field]} onToggle={onToggle} />
      ))}
    </aside>
  );
}

function FacetGroup({ field, facet, selected, onToggle }: { field: FacetField; facet: Facet | undefined; selected: readonly string[]; onToggle: FacetSidebarProps['onToggle'] }) {
  const [expanded, setExpanded] = useState(false);
  const values = facet?.values ?? [];
  // A selected value stays visible (with 0) even when the other filters leave no match for it.
  const missing = selected.filter((value) => !values.some((v) => v.value === value)).map((value) => ({ value, count: 0 }));
  const all = [...values, ...missing];
  if (all.length === 0) return null;
  const shown = expanded ? all : all.filter((v, i) => i < COLLAPSED || selected.includes(v.value));
  return (
    <fieldset className={styles.facet} data-testid={`facet-${field}`}>
      <legend className={styles.facetTitle}>{FACET_LABELS[field]}</legend>
      <ul className={styles.facetList}>
        {shown.map(({ value, count }) => (
          <li key={value}>
            <label className={styles.check}>
              <input
                type="checkbox"
                checked={selected.includes(value)}
                onChange={() => onToggle(field, value)}
                data-testid={`facet-${field}-${value}`}
              />
              <span className={styles.facetValue}>{value}</span>
              <span className={styles.facetCount}>{count.toLocaleString('en')}</span>
            </label>
          </li>
        ))}
      </ul>
      {all.length > shown.length || expanded ? (
        <button type="button" className={styles.more} onClick={() => setExpanded(!expanded)}>
          {expanded ? 'Show fewer' : `Show all ${all.length}`}
        </button>
      ) : null}
    </fieldset>
  );
}
