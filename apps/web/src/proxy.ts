// Sends visitors without a session cookie to sign-in with a real HTTP redirect, before any page streams.
// Pages still verify the token with the gateway; this only checks that one exists.
import { NextResponse, type NextRequest } from 'next/server';
import { TOKEN_COOKIE } from './lib/session-client';

export function proxy(request: NextRequest) {
  if (request.cookies.get(TOKEN_COOKIE)?.value) return NextResponse.next();
  const url = request.nextUrl.clone();
  url.pathname = '/signin';
  url.search = `?next=${encodeURIComponent(request.nextUrl.pathname)}`;
  return NextResponse.redirect(url);
}

export const config = { matcher: ['/console/:path*', '/orgs/new'] };
