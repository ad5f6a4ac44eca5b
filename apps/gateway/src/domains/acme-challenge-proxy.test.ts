// The edge answers the CA's http-01 fetches from tenancy's table, and leaves every other request to GraphQL.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { handleAcmeChallenge } from './acme-challenge-proxy';

let tenancy: Server;
let edge: Server;
let base: string;
let tenancyDown = false;

beforeAll(async () => {
  tenancy = createServer((req, res) => {
    if (tenancyDown) return void res.writeHead(500).end();
    if (req.url === '/.well-known/acme-challenge/known') return void res.end('known.thumbprint');
    res.writeHead(404).end('nope');
  });
  await new Promise<void>((r) => tenancy.listen(0, '127.0.0.1', r));
  const tenancyUrl = `http://127.0.0.1:${(tenancy.address() as AddressInfo).port}`;
  edge = createServer((req, res) => {
    if (!handleAcmeChallenge(req, res, (req.url ?? '').split('?')[0]!, tenancyUrl)) res.end('graphql');
  });
  await new Promise<void>((r) => edge.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(edge.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => edge.close(r));
  await new Promise((r) => tenancy.close(r));
});

it('relays a known token and a 404 for an unknown one', async () => {
  const ok = await fetch(`${base}/.well-known/acme-challenge/known`);
  expect([ok.status, await ok.text()]).toEqual([200, 'known.thumbprint']);
  expect((await fetch(`${base}/.well-known/acme-challenge/unknown`)).status).toBe(404);
});

it('leaves other paths and methods alone', async () => {
  expect(await (await fetch(`${base}/.well-known/acme-challenge/a/b`)).text()).toBe('graphql');
  expect(await (await fetch(`${base}/.well-known/acme-challenge/known`, { method: 'POST' })).text()).toBe('graphql');
});

it('answers 502 when tenancy fails, so the CA retries instead of reading an error page as the token', async () => {
  tenancyDown = true;
  const res = await fetch(`${base}/.well-known/acme-challenge/known`);
  tenancyDown = false;
  expect(res.status).toBe(502);
});
