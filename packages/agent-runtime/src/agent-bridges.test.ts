// ctx.fetch / ctx.secret / ctx.call: allowed uses work, everything outside the manifest is denied.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { HostFetch } from './agent-invocation-types.ts';
import { createAgentRuntime } from './run-agent.ts';
import { agentPackage } from './test-agent-package.ts';

const runtime = createAgentRuntime({ maxBridgeResultBytes: 10_000 });
let server: Server;
let origin: string;
const requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      requests.push(`${req.method} ${req.url}`);
      if (req.url === '/redirect') return res.writeHead(302, { location: 'http://example.invalid/' }).end();
      if (req.url === '/big') return res.end('x'.repeat(20_000));
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ method: req.method, auth: req.headers.authorization ?? null, body }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  runtime.dispose();
  await new Promise((resolve) => server.close(resolve));
});

const withHosts = (hosts: string[], source: string) => agentPackage(source, { permissions: { hosts, secrets: [] } });
const fetchSpy = () =>
  vi.fn<HostFetch>(async (url) => ({ status: 200, headers: { 'X-From': 'spy' }, body: JSON.stringify({ url }) }));

describe('ctx.fetch', () => {
  it('reaches a permitted host over real HTTP and exposes status, headers, text() and json()', async () => {
    const result = await runtime.invoke(
      withHosts(['127.0.0.1'], `export async function handle(input, ctx) {
        const res = await ctx.fetch(input.url, { method: 'post', headers: { authorization: 'Bearer t' }, body: 'ping' });
        return { status: res.status, ok: res.ok, type: res.headers['content-type'], data: res.json(), raw: typeof res.text() };
      }`),
      { url: `${origin}/echo` },
    );
    expect(result).toMatchObject({
      ok: true,
      output: { status: 200, ok: true, type: 'application/json', data: { method: 'POST', auth: 'Bearer t', body: 'ping' }, raw: 'string' },
    });
  });

  it('hands redirects back to the agent instead of following them to another host', async () => {
    const result = await runtime.invoke(
      withHosts(['127.0.0.1'], `export async function handle(input, ctx) {
        const res = await ctx.fetch(input.url);
        return [res.status, res.headers.location];
      }`),
      { url: `${origin}/redirect` },
    );
    expect(result).toMatchObject({ ok: true, output: [302, 'http://example.invalid/'] });
  });

  it('fails a response larger than the bridge cap', async () => {
    const result = await runtime.invoke(
      withHosts(['127.0.0.1'], 'export async function handle(input, ctx) { return (await ctx.fetch(input.url)).text().length; }'),
      { url: `${origin}/big` },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'RUNTIME_ERROR', message: expect.stringContaining('10000 bytes') } });
  });

  it('denies a host outside permissions.hosts without making any request', async () => {
    const fetch = fetchSpy();
    const before = requests.length;
    const result = await runtime.invoke(
      withHosts(['api.example.com'], `export async function handle(input, ctx) { return (await ctx.fetch(input.url)).status; }`),
      { url: `${origin}/echo` },
      { fetch },
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', message: expect.stringContaining('"127.0.0.1"') } });
    expect(fetch).not.toHaveBeenCalled();
    expect(requests.length).toBe(before);
  });

  it('applies wildcard rules to sub-domains only, and refuses non-http schemes', async () => {
    const fetch = fetchSpy();
    const pkg = withHosts(['*.example.com'], `export async function handle(input, ctx) {
      try { return (await ctx.fetch(input.url)).json().url; } catch (e) { return e.code + ' ' + e.message; }
    }`);
    const outputFor = async (url: string) => ((await runtime.invoke(pkg, { url }, { fetch })) as { output: unknown }).output;
    expect(await outputFor('https://api.example.com/v1')).toBe('https://api.example.com/v1');
    expect(await outputFor('https://a.b.EXAMPLE.com:8443/x')).toBe('https://a.b.example.com:8443/x');
    expect(await outputFor('https://example.com/')).toContain('PERMISSION_DENIED');
    expect(await outputFor('https://evilexample.com/')).toContain('PERMISSION_DENIED');
    expect(await outputFor('https://api.example.com.evil.io/')).toContain('PERMISSION_DENIED');
    expect(await outputFor('file:///etc/passwd')).toContain('only http and https');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});

describe('ctx.secret', () => {
  const pkg = agentPackage('export function handle(input, ctx) { return ctx.secret(input.name) ?? null; }', {
    permissions: { hosts: [], secrets: ['API_KEY', 'UNSET'] },
  });
  const secrets = { API_KEY: 'k-123', DB_PASSWORD: 'hunter2' };

  it('returns declared secrets (null when the host has no value)', async () => {
    expect(await runtime.invoke(pkg, { name: 'API_KEY' }, { secrets })).toMatchObject({ ok: true, output: 'k-123' });
    expect(await runtime.invoke(pkg, { name: 'UNSET' }, { secrets })).toMatchObject({ ok: true, output: null });
  });

  it('denies a secret the manifest does not declare, even when the host holds it', async () => {
    const result = await runtime.invoke(pkg, { name: 'DB_PASSWORD' }, { secrets });
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', message: expect.stringContaining('"DB_PASSWORD"') } });
    expect(JSON.stringify(result)).not.toContain('hunter2');
  });
});

describe('ctx.call', () => {
  const caller = (dependencies?: Record<string, string>) =>
    agentPackage('export async function handle(input, ctx) { return ctx.call(input.dep, { text: input.text }); }', { dependencies });

  it('delegates to the host and returns the dependency output', async () => {
    const call = vi.fn(async (_name: string, input: unknown) => ({ upper: (input as { text: string }).text.toUpperCase() }));
    const result = await runtime.invoke(caller({ '@acme/upper': '^1.0.0' }), { dep: '@acme/upper', text: 'hi' }, { call });
    expect(result).toMatchObject({ ok: true, output: { upper: 'HI' } });
    expect(call).toHaveBeenCalledWith('@acme/upper', { text: 'hi' });
  });

  it('surfaces an error from the dependency as RUNTIME_ERROR with its message', async () => {
    const call = async () => {
      throw new Error('dependency exploded');
    };
    const result = await runtime.invoke(caller(), { dep: '@acme/upper', text: 'hi' }, { call });
    expect(result).toMatchObject({ ok: false, error: { code: 'RUNTIME_ERROR', message: expect.stringContaining('dependency exploded') } });
  });

  it('denies a name outside the declared dependencies without asking the host', async () => {
    const call = vi.fn(async () => 'should not run');
    const result = await runtime.invoke(caller({ '@acme/upper': '^1.0.0' }), { dep: '@acme/other', text: 'hi' }, { call });
    expect(result).toMatchObject({ ok: false, error: { code: 'PERMISSION_DENIED', message: expect.stringContaining('@acme/other') } });
    expect(call).not.toHaveBeenCalled();
  });

  it('lets an agent catch a denial and carry on', async () => {
    const result = await runtime.invoke(
      agentPackage(`export async function handle(input, ctx) {
        try { ctx.secret('NOPE'); } catch (e) { return { code: e.code, name: e.name }; }
      }`),
      {},
    );
    expect(result).toMatchObject({ ok: true, output: { code: 'PERMISSION_DENIED', name: 'PermissionDeniedError' } });
  });
});
