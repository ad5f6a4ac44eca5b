// Browser side of the session: the token lives in localStorage and in a cookie server components read.

export const TOKEN_COOKIE = 'nexus_token';
const MAX_AGE_SECONDS = 60 * 60 * 24 * 7;

export function saveToken(token: string): void {
  localStorage.setItem(TOKEN_COOKIE, token);
  const secure = location.protocol === 'https:' ? '; Secure' : '';
  document.cookie = `${TOKEN_COOKIE}=${encodeURIComponent(token)}; Path=/; Max-Age=${MAX_AGE_SECONDS}; SameSite=Lax${secure}`;
}

export function clearToken(): void {
  localStorage.removeItem(TOKEN_COOKIE);
  document.cookie = `${TOKEN_COOKIE}=; Path=/; Max-Age=0; SameSite=Lax`;
}

export function readToken(): string | null {
  const stored = localStorage.getItem(TOKEN_COOKIE);
  if (stored) return stored;
  const match = document.cookie.split('; ').find((part) => part.startsWith(`${TOKEN_COOKIE}=`));
  return match ? decodeURIComponent(match.slice(TOKEN_COOKIE.length + 1)) : null;
}

/** Only same-site paths, so `?next=` cannot send people elsewhere. */
export function safeNextPath(next: string | null | undefined, fallback: string): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
