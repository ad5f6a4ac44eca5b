// Console formatting: date-times in UTC (server and browser render the same text), relative hints, role labels.

const dateTimeFormat = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC', hour12: false });

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : `${dateTimeFormat.format(date)} UTC`;
}

/** "in 3 min", "2 h ago": only rendered in the browser, where "now" is the reader's. */
export function formatRelative(iso: string | null | undefined, now = Date.now()): string {
  if (!iso) return '';
  const diff = new Date(iso).getTime() - now;
  if (Number.isNaN(diff)) return '';
  const minutes = Math.round(Math.abs(diff) / 60_000);
  const text = minutes < 1 ? 'less than a minute' : minutes < 60 ? `${minutes} min` : minutes < 48 * 60 ? `${Math.round(minutes / 60)} h` : `${Math.round(minutes / 1440)} days`;
  return diff >= 0 ? `in ${text}` : `${text} ago`;
}

/** Built-in roles arrive upper-case (OWNER); custom roles are slugs and stay as they are. */
export function roleLabel(role: string): string {
  return /^[A-Z]+$/.test(role) ? role.charAt(0) + role.slice(1).toLowerCase() : role;
}
