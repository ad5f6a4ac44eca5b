'use client';
// Node types to drag onto the canvas, grouped into triggers and steps; a click adds one too (keyboard users).
import type { DragEvent } from 'react';
import { isTrigger, type NodeTypeInfo } from './graph-model';
import styles from './workflows.module.css';

export const DRAG_TYPE = 'application/x-nexus-node-type';

export function Palette({ types, onAdd }: { types: readonly NodeTypeInfo[]; onAdd: (type: string) => void }) {
  const groups = [
    { label: 'Triggers', items: types.filter((t) => isTrigger(t)) },
    { label: 'Steps', items: types.filter((t) => !isTrigger(t)) },
  ];
  function onDragStart(event: DragEvent, type: string) {
    event.dataTransfer.setData(DRAG_TYPE, type);
    event.dataTransfer.setData('text/plain', type);
    event.dataTransfer.effectAllowed = 'move';
  }
  return (
    <aside className={styles.palette} aria-label="Node types" data-testid="wf-palette">
      {groups.map((group) => (
        <div key={group.label}>
          <h3 className={styles.paletteHeading}>{group.label}</h3>
          <ul className={styles.paletteList}>
            {group.items.map((t) => (
              <li key={t.type}>
                <button
                  type="button"
                  draggable
                  className={styles.paletteItem}
                  title={`${t.description} Drag onto the canvas, or click to add.`}
                  onDragStart={(e) => onDragStart(e, t.type)}
                  onClick={() => onAdd(t.type)}
                  data-testid={`palette-${t.type}`}
                >
                  {t.title}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </aside>
  );
}
