// The API's connection cursors are offsets (`o:<n>`, base64url; see packages/kernel/src/connection.ts).
// Relay paging only goes forward, so "Previous" rebuilds the cursor one page back from the current one.

function toBase64Url(text: string): string {
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(value: string): string | null {
  try {
    return atob(value.replace(/-/g, '+').replace(/_/g, '/'));
  } catch {
    return null;
  }
}

/** Index of the last item before the page that `after` starts, or null when the cursor is not an offset. */
export function cursorOffset(after: string | null): number | null {
  if (!after) return null;
  const match = /^o:(\d+)$/.exec(fromBase64Url(after) ?? '');
  return match ? Number(match[1]) : null;
}

/** `after` for the page before the one `after` starts; null means the first page. */
export function previousCursor(after: string | null, pageSize: number): string | null {
  const offset = cursorOffset(after);
  if (offset == null) return null;
  const previous = offset - pageSize;
  return previous >= 0 ? toBase64Url(`o:${previous}`) : null;
}

/** Zero-based index of the first item on the page that `after` starts. */
export function pageStart(after: string | null): number {
  const offset = cursorOffset(after);
  return offset == null ? 0 : offset + 1;
}
