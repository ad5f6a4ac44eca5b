import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createChallengeHandler } from './challenge-handler';
import { createMemoryChallengeStore } from './challenge-store';

describe('createChallengeHandler', () => {
  const store = createMemoryChallengeStore();
  let server: Server;
  let base: string;

  beforeAll(async () => {
    server = createServer(createChallengeHandler(store));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await store.set('known-token_1', 'known-token_1.thumbprint');
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('serves the key authorization of a known token', async () => {
    const res = await fetch(`${base}/.well-known/acme-challenge/known-token_1`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('known-token_1.thumbprint');
  });

  it.each([
    ['an unknown token', 'GET', '/.well-known/acme-challenge/unknown'],
    ['a token with other characters', 'GET', '/.well-known/acme-challenge/known-token_1.x'],
    ['a nested path', 'GET', '/.well-known/acme-challenge/known-token_1/extra'],
    ['another path', 'GET', '/known-token_1'],
    ['the bare prefix', 'GET', '/.well-known/acme-challenge/'],
    ['another method', 'POST', '/.well-known/acme-challenge/known-token_1'],
  ])('answers 404 for %s', async (_label, method, path) => {
    const res = await fetch(`${base}${path}`, { method });
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('thumbprint');
  });

  it('stops serving a token once it is deleted', async () => {
    await store.set('gone', 'gone.thumbprint');
    await store.delete('gone');
    expect((await fetch(`${base}/.well-known/acme-challenge/gone`)).status).toBe(404);
  });
});
