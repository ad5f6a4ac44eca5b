'use client';
// Tabs whose panels are all server-rendered; the selection follows the URL hash so a tab can be linked.
import { useEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import styles from './tabs.module.css';

export interface TabItem {
  id: string;
  label: ReactNode;
  count?: number;
  content: ReactNode;
}

export function Tabs({ items, label }: { items: readonly TabItem[]; label: string }) {
  const [active, setActive] = useState(items[0]?.id ?? '');
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  useEffect(() => {
    const fromHash = () => {
      const id = location.hash.slice(1);
      if (items.some((item) => item.id === id)) setActive(id);
    };
    fromHash();
    addEventListener('hashchange', fromHash);
    return () => removeEventListener('hashchange', fromHash);
  }, [items]);

  function select(id: string, focus = false) {
    setActive(id);
    history.replaceState(history.state, '', `#${id}`);
    if (focus) buttons.current[id]?.focus();
  }

  function onKeyDown(event: KeyboardEvent) {
    const index = items.findIndex((item) => item.id === active);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = items[(index + step + items.length) % items.length];
    if (next) select(next.id, true);
  }

  return (
    <div className={styles.tabs}>
      <div role="tablist" aria-label={label} className={styles.list} onKeyDown={onKeyDown}>
        {items.map((item) => (
          <button
            key={item.id}
            ref={(node) => { buttons.current[item.id] = node; }}
            type="button"
            role="tab"
            id={`tab-${item.id}`}
            aria-controls={`panel-${item.id}`}
            aria-selected={item.id === active}
            tabIndex={item.id === active ? 0 : -1}
            className={styles.tab}
            onClick={() => select(item.id)}
            data-testid={`tab-${item.id}`}
          >
            {item.label}
            {item.count != null && <span className={styles.count}>{item.count.toLocaleString('en')}</span>}
          </button>
        ))}
      </div>
      {items.map((item) => (
        <div
          key={item.id}
          role="tabpanel"
          id={`panel-${item.id}`}
          aria-labelledby={`tab-${item.id}`}
          hidden={item.id !== active}
          className={styles.panel}
          data-testid={`panel-${item.id}`}
        >
          {item.content}
        </div>
      ))}
    </div>
  );
}
