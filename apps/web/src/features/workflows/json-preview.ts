// Large run values (a node's input or output may be up to 16 MB) are shown as a prefix the browser can lay out quickly; the whole value stays downloadable.

/** Characters of pretty-printed JSON drawn in the page before the rest is left to "Show all" or the download. */
export const PREVIEW_CHARS = 64 * 1024;

export interface JsonPreview {
  /** What to draw: the whole text, or its first `limit` characters. */
  text: string;
  /** The whole pretty-printed text, for "Show all", copy and download. */
  full: string;
  /** UTF-8 size of the whole text. */
  bytes: number;
  truncated: boolean;
}

export function previewJson(value: unknown, limit = PREVIEW_CHARS): JsonPreview {
  const full = value === undefined || value === null ? 'null' : JSON.stringify(value, null, 2);
  const truncated = full.length > limit;
  // Never cut a surrogate pair in half: the prefix must stay valid text.
  let end = limit;
  if (truncated && /[\uD800-\uDBFF]/.test(full[end - 1] ?? '')) end -= 1;
  return { text: truncated ? full.slice(0, end) : full, full, bytes: new TextEncoder().encode(full).length, truncated };
}
