'use client';
// Previous/Next over offset cursors; real links, so a page can be opened in a new tab or shared.
import type { MouseEvent } from 'react';
import { buttonClassName } from '@nexus/ui/button';
import { pageStart, previousCursor } from '../../lib/offset-cursor';
import styles from './marketplace.module.css';

export interface PaginationProps {
  after: string | null;
  endCursor: string | null | undefined;
  hasNextPage: boolean;
  pageSize: number;
  shown: number;
  total: number;
  hrefFor: (after: string | null) => string;
  onNavigate: (after: string | null) => void;
}

export function Pagination({ after, endCursor, hasNextPage, pageSize, shown, total, hrefFor, onNavigate }: PaginationProps) {
  if (!after && !hasNextPage) return null;
  const start = pageStart(after);
  const previous = previousCursor(after, pageSize);
  const go = (target: string | null) => (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.metaKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    onNavigate(target);
  };
  return (
    <nav aria-label="Pagination" className={styles.pagination}>
      {after ? (
        <a href={hrefFor(previous)} onClick={go(previous)} className={buttonClassName('secondary')} data-testid="previous-page" rel="prev">← Previous</a>
      ) : <span />}
      <span className={styles.pageInfo} data-testid="page-range">
        {shown > 0 ? `${(start + 1).toLocaleString('en')}–${(start + shown).toLocaleString('en')} of ${total.toLocaleString('en')}` : null}
      </span>
      {hasNextPage && endCursor ? (
        <a href={hrefFor(endCursor)} onClick={go(endCursor)} className={buttonClassName('secondary')} data-testid="next-page" rel="next">Next →</a>
      ) : <span />}
    </nav>
  );
}
