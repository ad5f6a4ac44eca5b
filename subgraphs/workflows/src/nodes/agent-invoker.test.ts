import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTEXT_HEADER, verifyContext } from '@nexus/kernel/signed-context';
import { createHttpAgentInvoker } from './agent-invoker';
import { failure, loopbackServer, SCOPE } from './node-test-kit';

const SECRET = 'workflows-test-secret-0123';
let srv: Awaited<ReturnType<typeof loopbackServer>>;
beforeAll(async () => {
  // Plays the marketplace endpoint: verifies the header like gatewaySigned does, then answers by agent name.
  srv = await loopbackServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    try {
      verifyContext(req.headers[CONTEXT_HEADER] as string | undefined, SECRET);
    } catch {
      res.statusCode = 401;
      res.end(JSON.stringify({ ok: false, reason: 'Unsigned internal call.' }));
      return;
    }
    const { name, input } = JSON.parse(req.body) as { name: string; input: unknown };
    if (name === '@acme/echo') res.end(JSON.stringify({ output: { echoed: input } }));
    else if (name === '@acme/slow') setTimeout(() => res.end('{"output":null}'), 2_000);
    else if (name === '@acme/broken') { res.statusCode = 422; res.end(JSON.stringify({ error: { code: 'AGENT_FAILED', message: 'RUNTIME_ERROR: boom' } })); }
    else { res.statusCode = 404; res.end(JSON.stringify({ error: { code: 'NOT_FOUND', message: `No published version of ${name} matches latest.` } })); }
  });
});
afterAll(async () => { await srv?.close(); });

const invoker = (secret = SECRET) => createHttpAgentInvoker({ marketplaceUrl: `${srv.origin}/`, contextSecret: secret });
const invoke = (agent: string, secret?: string, signal = new AbortController().signal) =>
  invoker(secret).invoke(SCOPE, agent, '^1.0.0', { text: 'hi' }, signal);
const failureOf = (p: Promise<unknown>) => failure(p.then((output) => ({ output })));

describe('HTTP agent invoker', () => {
  it('posts name, version and input with a context signed for the run tenant with agents:read only', async () => {
    const before = srv.seen.length;
    expect(await invoke('@acme/echo')).toEqual({ echoed: { text: 'hi' } });
    const req = srv.seen[before]!;
    expect(req.url).toBe('/internal/agents/invoke');
    expect(JSON.parse(req.body)).toEqual({ name: '@acme/echo', version: '^1.0.0', input: { text: 'hi' } });
    expect(verifyContext(req.headers[CONTEXT_HEADER] as string, SECRET)).toEqual({
      requestId: SCOPE.runId, tenantId: SCOPE.tenantId, userId: null, roles: [], scopes: [], apiKeyId: null, permissions: ['agents:read'], limits: {}, ip: null,
    });
  });

  it("throws the answer's code and message on a non-2xx answer", async () => {
    expect(await failureOf(invoke('@acme/broken'))).toEqual({ code: 'AGENT_FAILED', message: 'RUNTIME_ERROR: boom' });
    expect((await failureOf(invoke('@acme/missing'))).code).toBe('NOT_FOUND');
    expect(await failureOf(invoke('@acme/echo', 'a-wrong-secret-000000'))).toEqual({ code: 'UNAUTHENTICATED', message: 'Unsigned internal call.' });
  });

  it('stops with CANCELLED when the run signal aborts', async () => {
    const controller = new AbortController();
    const pending = invoke('@acme/slow', SECRET, controller.signal);
    setTimeout(() => controller.abort(), 50);
    expect((await failureOf(pending)).code).toBe('CANCELLED');
  });
});
