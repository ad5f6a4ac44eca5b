// Forward-only cursor paging (Relay `after`); the first page is always one click away.
import Link from 'next/link';
import { buttonClassName } from '@nexus/ui/button';
import styles from './marketplace.module.css';

function href(query: string, after?: string | null): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (after) params.set('after', after);
  const search = params.toString();
  return search ? `/marketplace?${search}` : '/marketplace';
}

export function Pagination({ query, after, endCursor, hasNextPage }: { query: string; after: string | null; endCursor: string | null | undefined; hasNextPage: boolean }) {
  if (!after && !hasNextPage) return null;
  return (
    <nav aria-label="Pagination" className={styles.pagination}>
      {after ? <Link href={href(query)} className={buttonClassName('secondary')}>← First page</Link> : <span />}
      {hasNextPage && endCursor && (
        <Link href={href(query, endCursor)} className={buttonClassName('secondary')} data-testid="next-page" rel="next">Next page →</Link>
      )}
    </nav>
  );
}
