'use client';
// A run value as pretty JSON: large ones are drawn as a prefix with the size, "Show all", and copy/download of the whole.
import { useEffect, useMemo, useState } from 'react';
import { formatBytes } from '../../lib/format';
import { downloadText } from '../console/download';
import { previewJson } from './json-preview';
import styles from './workflows.module.css';

export function JsonView({ value, testId, fileName }: { value: unknown; testId: string; fileName: string }) {
  const preview = useMemo(() => previewJson(value), [value]);
  const [expanded, setExpanded] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  useEffect(() => setExpanded(false), [value]);

  async function copy() {
    try {
      await navigator.clipboard.writeText(preview.full);
      setCopied('copied');
    } catch {
      setCopied('failed');
    }
    setTimeout(() => setCopied(null), 1500);
  }


  const shownText = expanded ? preview.full : preview.text;
  return (
    <div className={styles.jsonView}>
      <pre className={styles.pre} data-testid={testId} data-truncated={preview.truncated && !expanded ? '' : undefined}>{shownText}</pre>
      <div className={styles.jsonActions}>
        {preview.truncated && !expanded && (
          <span data-testid={`${testId}-truncated`}>
            First {formatBytes(new TextEncoder().encode(preview.text).length)} of {formatBytes(preview.bytes)} ·{' '}
            <button type="button" className={styles.linkButton} onClick={() => setExpanded(true)}>Show all</button> ·{' '}
          </span>
        )}
        <button type="button" className={styles.linkButton} onClick={() => void copy()}>{copied === 'copied' ? 'Copied' : copied === 'failed' ? 'Copy failed' : 'Copy'}</button> ·{' '}
        <button type="button" className={styles.linkButton} onClick={() => downloadText(`${fileName}.json`, preview.full, 'application/json')} data-testid={`${testId}-download`}>Download</button>
      </div>
    </div>
  );
}
