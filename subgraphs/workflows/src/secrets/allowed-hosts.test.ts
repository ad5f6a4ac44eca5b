// The HTTP allow-list parser: accepted shapes, normalisation, and errors pinned to the bad entry.
import { describe, expect, it } from 'vitest';
import { DomainError } from '@nexus/kernel/errors';
import { MAX_ALLOWED_HOSTS, parseAllowedHosts } from './allowed-hosts';

const problems = (input: unknown) => {
  try {
    parseAllowedHosts(input);
  } catch (e) {
    if (e instanceof DomainError) return e.problems;
    throw e;
  }
  throw new Error('expected a refusal');
};

describe('parseAllowedHosts', () => {
  it('accepts host names, IPv4 literals and *.suffix wildcards, lower-cased, trimmed and de-duplicated', () => {
    expect(parseAllowedHosts(['API.Example.com', ' api.example.com ', '*.internal.example.org', 'localhost', '10.0.0.7'])).toEqual([
      'api.example.com', '*.internal.example.org', 'localhost', '10.0.0.7',
    ]);
    expect(parseAllowedHosts([])).toEqual([]);
  });

  it('names each bad entry by index and says what is wrong with it', () => {
    expect(problems(['ok.example.com', 'https://a.example.com', 'a.example.com:8080', 'a.example.com/path', '*.com', 'a.*.example.com', 'bad_host', ''])).toEqual([
      { field: 'hosts.1', message: expect.stringMatching(/without a scheme/) },
      { field: 'hosts.2', message: expect.stringMatching(/without a port/) },
      { field: 'hosts.3', message: expect.stringMatching(/without a path/) },
      { field: 'hosts.4', message: expect.stringMatching(/too broad/) },
      { field: 'hosts.5', message: expect.stringMatching(/only use \* as its first label/) },
      { field: 'hosts.6', message: expect.stringMatching(/not a valid host name/) },
      { field: 'hosts.7', message: expect.stringMatching(/is empty/) },
    ]);
  });

  it('refuses more than the maximum number of entries and anything that is not a list of strings', () => {
    const many = Array.from({ length: MAX_ALLOWED_HOSTS + 1 }, (_, i) => `h${i}.example.com`);
    expect(problems(many)).toEqual([{ field: 'hosts', message: expect.stringMatching(/at most 200/) }]);
    expect(parseAllowedHosts(many.slice(0, MAX_ALLOWED_HOSTS))).toHaveLength(MAX_ALLOWED_HOSTS);
    expect(problems('example.com')).toEqual([{ field: 'hosts', message: expect.any(String) }]);
    expect(problems([42])).toEqual([{ field: 'hosts', message: expect.any(String) }]);
  });
});
