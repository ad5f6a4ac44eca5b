'use client';
// Copy, cut and paste of selected nodes through the system clipboard (so they travel between workflows and tabs),
// and Ctrl/Cmd+D to duplicate; never while the user is typing in a field, whose own clipboard wins.
import { useEffect, useRef } from 'react';
import { copyClip, parseClip, type Clip } from './graph-edit';
import type { NodeTypeInfo, WorkflowGraph } from './graph-model';

/** Each paste of the same clip lands a step further down and right, so copies do not stack exactly. */
const PASTE_STEP = 40;

export interface ClipboardActions {
  enabled: boolean;
  graph: WorkflowGraph;
  selectedIds: () => string[];
  types: ReadonlyMap<string, NodeTypeInfo>;
  insert: (clip: Clip, offset: { x: number; y: number }) => void;
  remove: (ids: string[]) => void;
  notify: (message: string | null) => void;
}

const typing = (target: EventTarget | null) => Boolean((target as HTMLElement | null)?.closest?.('input, textarea, select, [contenteditable="true"]'));

export function useClipboard(actions: ClipboardActions) {
  const ref = useRef(actions);
  ref.current = actions;
  const pastes = useRef<{ text: string; count: number }>({ text: '', count: 0 });

  useEffect(() => {
    function copy(event: ClipboardEvent, cut: boolean) {
      const a = ref.current;
      // Text the user selected on the page (a node's output, say) is copied as text, even with nodes selected.
      const textSelected = !(window.getSelection()?.isCollapsed ?? true);
      if (typing(event.target) || textSelected || !event.clipboardData) return;
      const ids = a.selectedIds();
      const clip = copyClip(a.graph, ids);
      if (!clip) return;
      const text = JSON.stringify(clip);
      event.clipboardData.setData('text/plain', text);
      event.preventDefault();
      pastes.current = { text, count: 0 };
      if (cut && a.enabled) a.remove(ids);
    }
    function paste(event: ClipboardEvent) {
      const a = ref.current;
      if (typing(event.target) || !a.enabled || !event.clipboardData) return;
      const text = event.clipboardData.getData('text/plain');
      const parsed = parseClip(text, a.types);
      if (!parsed) return;
      event.preventDefault();
      if (!parsed.ok) {
        a.notify(parsed.reason);
        return;
      }
      if (pastes.current.text !== text) pastes.current = { text, count: 0 };
      const step = ++pastes.current.count * PASTE_STEP;
      a.insert(parsed.clip, { x: step, y: step });
      a.notify(parsed.skipped.length ? `Left out nodes of types this builder does not know: ${parsed.skipped.join(', ')}.` : null);
    }
    function duplicate(event: KeyboardEvent) {
      const a = ref.current;
      if (!(event.ctrlKey || event.metaKey) || event.key.toLowerCase() !== 'd' || typing(event.target) || !a.enabled) return;
      const clip = copyClip(a.graph, a.selectedIds());
      if (!clip) return;
      event.preventDefault();
      a.insert(clip, { x: PASTE_STEP, y: PASTE_STEP });
    }
    const onCopy = (e: ClipboardEvent) => copy(e, false);
    const onCut = (e: ClipboardEvent) => copy(e, true);
    document.addEventListener('copy', onCopy);
    document.addEventListener('cut', onCut);
    document.addEventListener('paste', paste);
    window.addEventListener('keydown', duplicate);
    return () => {
      document.removeEventListener('copy', onCopy);
      document.removeEventListener('cut', onCut);
      document.removeEventListener('paste', paste);
      window.removeEventListener('keydown', duplicate);
    };
  }, []);
}
