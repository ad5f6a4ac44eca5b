import { describe, expect, it } from 'vitest';
import { callHttp } from './http-call';
import { createPublicOnlyFetch, publicOnlyLookup, type Lookup } from './public-fetch';
import { loopbackServer } from './node-test-kit';

/** A resolver whose answer for `rebind.test` is the loopback server: what a hostile DNS hands out after the check. */
const rebinding: Lookup = (hostname, options, callback) => {
  const address = hostname === 'rebind.test' ? '127.0.0.1' : '93.184.216.34';
  callback(null, options.all ? [{ address, family: 4 }] : address, 4);
};

describe('connections checked when they open', () => {
  it('refuses to connect when the name resolves to an internal address at connect time, and nothing reaches the server', async () => {
    const srv = await loopbackServer((_req, res) => res.end('internal secrets'));
    try {
      const port = new URL(srv.origin).port;
      const guarded = createPublicOnlyFetch(publicOnlyLookup(rebinding));
      const call = callHttp({
        url: `http://rebind.test:${port}/`, method: 'GET', headers: {}, signal: new AbortController().signal,
        // The pre-check is bypassed here on purpose (as if DNS had answered a public address to it).
        allowedHosts: ['rebind.test'], allowPrivateNetworks: true, fetch: guarded,
      });
      await expect(call).rejects.toMatchObject({ code: 'HOST_NOT_ALLOWED', message: expect.stringMatching(/127\.0\.0\.1/) });
      expect(srv.seen).toHaveLength(0);
    } finally {
      await srv.close();
    }
  });

  it('passes only public answers on', async () => {
    const lookup = publicOnlyLookup(rebinding);
    const answer = await new Promise<unknown>((resolve, reject) => lookup('example.test', { all: true }, (err, addresses) => (err ? reject(err) : resolve(addresses))));
    expect(answer).toEqual([{ address: '93.184.216.34', family: 4 }]);
  });
});
