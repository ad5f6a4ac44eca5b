import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLlmChatExecutor } from './llm-chat-executor';
import { ctxFor, failure, fakeServices, loopbackServer, SCOPE } from './node-test-kit';

let srv: Awaited<ReturnType<typeof loopbackServer>>;
beforeAll(async () => {
  // An OpenAI-compatible fake: echoes the last user message so the test sees what was sent.
  srv = await loopbackServer((req, res) => {
    if (req.url !== '/v1/chat/completions' || req.method !== 'POST') { res.statusCode = 404; res.end('{"error":{"message":"no route"}}'); return; }
    if (req.headers.authorization !== 'Bearer sk-test') { res.statusCode = 401; res.setHeader('content-type', 'application/json'); res.end('{"error":{"message":"bad key"}}'); return; }
    const body = JSON.parse(req.body) as { messages: { role: string; content: string }[] };
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ id: 'c1', choices: [{ index: 0, message: { role: 'assistant', content: `echo: ${body.messages.at(-1)?.content}` } }] }));
  });
});
afterAll(async () => { await srv?.close(); });

const CONFIG = { model: 'gpt-test', systemPrompt: 'You answer {{input.lang}} questions.', prompt: 'Q: {{input.question}}', temperature: 0.2, maxTokens: 50, apiKeySecret: 'OPENAI_KEY' };
const run = (config: Record<string, unknown>, o: Parameters<typeof fakeServices>[0] = {}) =>
  createLlmChatExecutor(fakeServices({ secrets: { OPENAI_KEY: 'sk-test' }, ...o }).services, SCOPE)(ctxFor('llm-chat', config, { lang: 'TS', question: 'what is a type?' }));

describe('llm-chat', () => {
  it('posts a templated chat completion with the secret as Bearer key and passes on the reply text', async () => {
    const before = srv.seen.length;
    const { output } = await run({ ...CONFIG, baseUrl: `${srv.origin}/v1/` });
    expect(output).toBe('echo: Q: what is a type?');
    const req = srv.seen[before]!;
    expect(req.headers.authorization).toBe('Bearer sk-test');
    expect(JSON.parse(req.body)).toEqual({
      model: 'gpt-test', temperature: 0.2, max_tokens: 50,
      messages: [{ role: 'system', content: 'You answer TS questions.' }, { role: 'user', content: 'Q: what is a type?' }],
    });
  });

  it('checks the base URL host against the allow-list before calling', async () => {
    const before = srv.seen.length;
    expect((await failure(run({ ...CONFIG, baseUrl: `${srv.origin}/v1` }, { hosts: ['api.openai.com'] }))).code).toBe('HOST_NOT_ALLOWED');
    // No baseUrl means OpenAI itself, which this tenant has not allowed either.
    expect((await failure(run(CONFIG))).message).toContain('"api.openai.com"');
    expect(srv.seen.length).toBe(before);
  });

  it('fails with SECRET_NOT_FOUND when the key secret is missing, and HTTP_STATUS on a refused key', async () => {
    expect(await failure(run({ ...CONFIG, baseUrl: `${srv.origin}/v1`, apiKeySecret: 'NOPE' }))).toMatchObject({ code: 'SECRET_NOT_FOUND', message: expect.stringContaining('"NOPE"') });
    const err = await failure(run({ ...CONFIG, baseUrl: `${srv.origin}/v1` }, { secrets: { OPENAI_KEY: 'sk-wrong' } }));
    expect(err).toMatchObject({ code: 'HTTP_STATUS', message: expect.stringContaining('HTTP 401') });
  });
});
