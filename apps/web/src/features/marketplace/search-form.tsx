// Plain GET form: search works without JavaScript and the query lives in the URL (`?q=`).
import { buttonClassName } from '@nexus/ui/button';
import styles from './marketplace.module.css';

export function SearchForm({ query }: { query: string }) {
  return (
    <form action="/marketplace" method="get" role="search" className={styles.search}>
      <label htmlFor="marketplace-q" className="sr-only">Search agents</label>
      <span className={styles.searchIcon} aria-hidden="true">⌕</span>
      <input
        id="marketplace-q"
        name="q"
        type="search"
        key={query}
        defaultValue={query}
        placeholder="Search agents by name, description or tag…"
        className={styles.searchInput}
        data-testid="marketplace-search"
      />
      <button type="submit" className={buttonClassName('primary')} data-testid="marketplace-search-submit">Search</button>
    </form>
  );
}
