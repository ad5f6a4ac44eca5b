'use client';
// Search-as-you-type box; Enter searches at once instead of waiting for the debounce.
import { buttonClassName } from '@nexus/ui/button';
import styles from './marketplace.module.css';

export function SearchInput({ value, onChange, onSubmit }: { value: string; onChange: (value: string) => void; onSubmit: () => void }) {
  return (
    <form
      action="/marketplace"
      method="get"
      role="search"
      className={styles.search}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <label htmlFor="marketplace-q" className="sr-only">Search agents</label>
      <span className={styles.searchIcon} aria-hidden="true">⌕</span>
      <input
        id="marketplace-q"
        name="q"
        type="search"
        value={value}
        onChange={(event) => onChange(event.target.value)}
        placeholder="Search agents by name, capability or task…"
        autoComplete="off"
        spellCheck={false}
        className={styles.searchInput}
        data-testid="marketplace-search"
      />
      <button type="submit" className={buttonClassName('primary')} data-testid="marketplace-search-submit">Search</button>
    </form>
  );
}
