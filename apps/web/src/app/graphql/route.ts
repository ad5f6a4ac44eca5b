// Same-origin GraphQL endpoint for the browser: forwards to the gateway read from env at run time (no CORS, no rebuild per URL).
import { serverEnv } from '../../env';

// x-forwarded-for lets the gateway rate-limit each browser rather than this server as one client.
const FORWARDED_REQUEST = ['content-type', 'accept', 'authorization', 'x-api-key', 'x-request-id', 'x-forwarded-for'];
const FORWARDED_RESPONSE = ['content-type', 'retry-after', 'x-request-id'];

export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  let upstream: Response;
  try {
    upstream = await fetch(serverEnv().gatewayUrl, { method: 'POST', headers, body: await request.text(), cache: 'no-store', signal: AbortSignal.timeout(15_000) });
  } catch {
    // No `errors` key: the client reads a bare 502 as "API unreachable".
    return Response.json({ message: 'The GraphQL gateway is unreachable.' }, { status: 502 });
  }
  const out = new Headers();
  for (const name of FORWARDED_RESPONSE) {
    const value = upstream.headers.get(name);
    if (value) out.set(name, value);
  }
  return new Response(upstream.body, { status: upstream.status, headers: out });
}
