import { describe, expect, it } from 'vitest';
import { assertPublicHost, isPrivateAddress } from './public-address';

describe('public addresses only', () => {
  it('tells internal addresses from public ones', () => {
    const internal = ['127.0.0.1', '10.1.2.3', '172.20.0.1', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '::1', 'fd00::1', 'fe80::1', '::ffff:10.0.0.1'];
    const external = ['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700::1111', '::ffff:8.8.8.8'];
    expect(internal.filter((a) => !isPrivateAddress(a))).toEqual([]);
    expect(external.filter(isPrivateAddress)).toEqual([]);
  });

  it('refuses a name that resolves to an internal address (e.g. cloud metadata), and passes a public one', async () => {
    const resolver = (async (host: string) => (host === 'metadata.test' ? [{ address: '169.254.169.254', family: 4 }] : [{ address: '93.184.216.34', family: 4 }])) as never;
    await expect(assertPublicHost('metadata.test', resolver)).rejects.toMatchObject({ code: 'HOST_NOT_ALLOWED' });
    await expect(assertPublicHost('example.test', resolver)).resolves.toBeUndefined();
    await expect(assertPublicHost('[::1]')).rejects.toThrow(/private or internal/);
  });
});
