import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpRequestExecutor } from './http-request-executor';
import { MAX_RESPONSE_BYTES } from './http-call';
import { ctxFor, failure, fakeServices, loopbackServer, SCOPE } from './node-test-kit';

let srv: Awaited<ReturnType<typeof loopbackServer>>;
beforeAll(async () => {
  srv = await loopbackServer((req, res) => {
    const path = req.url.split('?')[0];
    if (path === '/json') { res.setHeader('content-type', 'application/json; charset=utf-8'); res.end(JSON.stringify({ ok: true, got: req.body })); }
    else if (path === '/text') res.end('plain words');
    else if (path === '/fail') { res.statusCode = 500; res.end('database on fire'); }
    else if (path === '/slow') setTimeout(() => res.end('late'), 2_000);
    else if (path === '/huge') res.end(Buffer.alloc(MAX_RESPONSE_BYTES + 1, 97));
    else if (path === '/hop') { res.statusCode = 302; res.setHeader('location', '/json'); res.end(); }
    else if (path === '/away') { res.statusCode = 302; res.setHeader('location', 'http://blocked.test/steal'); res.end(); }
    else if (path === '/loop') { res.statusCode = 307; res.setHeader('location', '/loop'); res.end(); }
    else { res.statusCode = 404; res.end(); }
  });
});
afterAll(async () => { await srv?.close(); });

const run = (config: Record<string, unknown>, input: unknown = {}, o: Parameters<typeof fakeServices>[0] = {}) =>
  createHttpRequestExecutor(fakeServices(o).services, SCOPE)(ctxFor('http-request', config, input));

describe('http-request', () => {
  it('calls an allowed host with templated url, secret header and JSON body, and parses a JSON answer', async () => {
    const before = srv.seen.length;
    const { output } = await run({
      url: `${srv.origin}/json?id={{input.id}}`, method: 'POST',
      headers: { authorization: 'Bearer {{secrets.API_TOKEN}}' }, body: { name: '{{input.name}}', whole: '{{input}}' },
    }, { id: 42, name: 'Ada' }, { secrets: { API_TOKEN: 'tok-123' } });
    const req = srv.seen[before]!;
    expect(req.url).toBe('/json?id=42');
    expect(req.headers.authorization).toBe('Bearer tok-123');
    expect(req.headers['content-type']).toBe('application/json');
    expect(JSON.parse(req.body)).toEqual({ name: 'Ada', whole: { id: 42, name: 'Ada' } });
    expect(output).toMatchObject({ status: 200, body: { ok: true }, headers: { 'content-type': 'application/json; charset=utf-8' } });
  });

  it('passes text bodies on as text', async () => {
    expect((await run({ url: `${srv.origin}/text`, method: 'GET' })).output).toMatchObject({ status: 200, body: 'plain words' });
  });

  it('refuses a host off the list before any request reaches it', async () => {
    const before = srv.seen.length;
    const err = await failure(run({ url: `${srv.origin}/json`, method: 'GET' }, {}, { hosts: ['api.example.com'] }));
    expect(err.code).toBe('HOST_NOT_ALLOWED');
    expect(err.message).toContain('"127.0.0.1"');
    expect(err.message).toContain('Console → Workflows → Settings');
    expect(srv.seen.length).toBe(before);
  });

  it('refuses an allow-listed host that is a loopback or private address unless the operator allows private networks', async () => {
    const before = srv.seen.length;
    const err = await failure(run({ url: `${srv.origin}/json`, method: 'GET' }, {}, { allowPrivateNetworks: false }));
    expect(err.code).toBe('HOST_NOT_ALLOWED');
    expect(err.message).toMatch(/private or internal address/);
    expect(srv.seen.length).toBe(before);
  });

  it('applies wildcard rules to subdomains', async () => {
    const calls: string[] = [];
    const fetchStub: typeof fetch = async (url) => { calls.push(String(url)); return new Response('{"hi":1}', { headers: { 'content-type': 'application/json' } }); };
    const out = await run({ url: 'https://api.example.com/v1', method: 'GET' }, {}, { hosts: ['*.example.com'], fetch: fetchStub });
    expect(out.output).toMatchObject({ body: { hi: 1 } });
    expect((await failure(run({ url: 'https://example.com/v1', method: 'GET' }, {}, { hosts: ['*.example.com'], fetch: fetchStub }))).code).toBe('HOST_NOT_ALLOWED');
    expect(calls).toEqual(['https://api.example.com/v1']);
  });

  it('follows a redirect on an allowed host but refuses one to a host off the list', async () => {
    expect((await run({ url: `${srv.origin}/hop`, method: 'GET' })).output).toMatchObject({ status: 200, body: { ok: true } });
    const err = await failure(run({ url: `${srv.origin}/away`, method: 'GET' }));
    expect(err).toMatchObject({ code: 'HOST_NOT_ALLOWED', message: expect.stringContaining('"blocked.test"') });
    expect((await failure(run({ url: `${srv.origin}/loop`, method: 'GET' }))).code).toBe('TOO_MANY_REDIRECTS');
  });

  it('drops credentials on a redirect to another origin and turns a 303 into a GET without body', async () => {
    const calls: { url: string; method?: string; headers: Record<string, string>; body: unknown }[] = [];
    const fetchStub: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), method: init?.method, headers: init?.headers as Record<string, string>, body: init?.body });
      return calls.length === 1
        ? new Response(null, { status: 303, headers: { location: 'https://cdn.example.com/result' } })
        : new Response('done');
    };
    const out = await run({ url: 'https://api.example.com/jobs', method: 'POST', headers: { authorization: 'Bearer {{secrets.T}}', 'x-trace': 'abc' }, body: { a: 1 } },
      {}, { hosts: ['*.example.com'], fetch: fetchStub, secrets: { T: 'tok' } });
    expect(out.output).toMatchObject({ status: 200, body: 'done' });
    expect(calls[0]).toMatchObject({ method: 'POST', headers: { authorization: 'Bearer tok' }, body: '{"a":1}' });
    expect(calls[1]).toMatchObject({ url: 'https://cdn.example.com/result', method: 'GET', body: undefined });
    expect(calls[1]!.headers).toEqual({ 'x-trace': 'abc' });
  });

  it('turns status >= 400 into HTTP_STATUS with the status in the message', async () => {
    const err = await failure(run({ url: `${srv.origin}/fail`, method: 'GET' }));
    expect(err.code).toBe('HTTP_STATUS');
    expect(err.message).toMatch(/HTTP 500.*database on fire/);
  });

  it('gives up after timeoutMs with TIMEOUT', async () => {
    expect((await failure(run({ url: `${srv.origin}/slow`, method: 'GET', timeoutMs: 100 }))).code).toBe('TIMEOUT');
  });

  it('refuses a body over 5 MB with RESPONSE_TOO_LARGE', async () => {
    expect((await failure(run({ url: `${srv.origin}/huge`, method: 'GET' }))).code).toBe('RESPONSE_TOO_LARGE');
  });

  it('stops with CANCELLED when the run signal aborts', async () => {
    const controller = new AbortController();
    const pending = createHttpRequestExecutor(fakeServices().services, SCOPE)(ctxFor('http-request', { url: `${srv.origin}/slow`, method: 'GET' }, {}, controller.signal));
    setTimeout(() => controller.abort(), 50);
    expect((await failure(pending)).code).toBe('CANCELLED');
  });

  it('fails with SECRET_NOT_FOUND, without calling out, when a referenced secret is missing', async () => {
    const before = srv.seen.length;
    const err = await failure(run({ url: `${srv.origin}/json`, method: 'GET', headers: { 'x-key': '{{secrets.MISSING_KEY}}' } }));
    expect(err).toMatchObject({ code: 'SECRET_NOT_FOUND', message: expect.stringContaining('MISSING_KEY') });
    expect(srv.seen.length).toBe(before);
  });
});
