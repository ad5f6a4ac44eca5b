// Key-specific formatting; dates come from the shared UTC formatter so server and browser agree.
import type { ApiKeyFieldsFragment } from '../../gql/graphql';

export { formatDate } from '../../lib/format';

const timeFormat = new Intl.DateTimeFormat('en', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** Local clock time; only used for live events, which render in the browser alone. */
export function formatTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : timeFormat.format(date);
}

export type KeyStatus = 'active' | 'revoked' | 'expired';

export function keyStatus(key: Pick<ApiKeyFieldsFragment, 'revokedAt' | 'expiresAt'>, now = Date.now()): KeyStatus {
  if (key.revokedAt) return 'revoked';
  if (key.expiresAt && new Date(key.expiresAt).getTime() <= now) return 'expired';
  return 'active';
}
