import { createHash, randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNexus, tempDirs } from '../testing/capture-io';
import { startFakeRegistry } from '../testing/fake-registry';

const temp = tempDirs();
const API_KEY = 'nx_test_key';
let agentDir = '';
let registry: Awaited<ReturnType<typeof startFakeRegistry>>;

const report = {
  steps: [
    { name: 'validate', status: 'PASSED', durationMs: 12, summary: 'manifest ok', findings: [] },
    {
      name: 'static-scan',
      status: 'PASSED',
      durationMs: 40,
      summary: '1 warning',
      findings: [{ severity: 'WARNING', code: 'LARGE_FILE', message: 'weights.bin is 300 kB', file: 'weights.bin', line: null }],
    },
    { name: 'benchmark', status: 'PASSED', durationMs: 230, summary: '2/2 cases passed, p50 3 ms', findings: [] },
  ],
};

beforeAll(async () => {
  const root = temp.make();
  agentDir = join(root, 'agent');
  await runNexus(['init', agentDir, '--name', '@acme/word-stats'], { cwd: root });
  // Incompressible bytes make the upload span several chunks, so progress has steps.
  writeFileSync(join(agentDir, 'weights.bin'), randomBytes(300 * 1024));
  registry = await startFakeRegistry(({ headers, body }) => {
    if (headers['x-api-key'] !== API_KEY) {
      return { json: { data: null, errors: [{ message: 'API key is missing or invalid', extensions: { code: 'UNAUTHENTICATED' } }] } };
    }
    const tarball = Buffer.from(body.variables.input.tarball, 'base64');
    if (tarball.subarray(0, 2).toString('hex') !== '1f8b') return { json: { data: { publishAgentVersion: { version: null, errors: [{ code: 'BAD_USER_INPUT', message: 'not a gzip file', field: 'tarball' }] } } } };
    const integrity = `sha512-${createHash('sha512').update(tarball).digest('base64')}`;
    return { json: { data: { publishAgentVersion: { version: { name: '@acme/word-stats', version: '0.1.0', status: 'PUBLISHED', integrity, report }, errors: [] } } } };
  });
});

afterAll(async () => {
  await registry.close();
  temp.cleanup();
});

describe('nexus publish', () => {
  it('uploads the tarball with the API key, shows progress and prints the pipeline report', async () => {
    const run = await runNexus(['publish', agentDir, '--registry', registry.url, '--api-key', API_KEY], { cwd: agentDir });
    expect(run.code, run.stderr).toBe(0);

    const request = registry.requests.at(-1)!;
    expect(request.method).toBe('POST');
    expect(request.headers['content-type']).toBe('application/json');
    expect(request.body.query).toContain('mutation Publish($input: PublishAgentVersionInput!)');
    const sent = Buffer.from(request.body.variables.input.tarball, 'base64');
    const integrity = `sha512-${createHash('sha512').update(sent).digest('base64')}`;
    expect(run.stdout).toContain(`integrity: ${integrity}`);

    // Several chunks: the percentages climb to 100 and each line counts the bytes sent so far.
    const percents = run.progress.map((line) => Number(/(\d+)%/.exec(line)?.[1]));
    expect(percents.length).toBeGreaterThan(2);
    expect(percents[0]).toBeLessThan(100);
    expect(percents).toEqual([...new Set(percents)].sort((a, b) => a - b));
    expect(run.progress.at(-1)).toMatch(/^upload 100% {2}\d+\.\d kB \/ \d+\.\d kB$/);
    expect(run.stderr).not.toContain('warning');

    expect(run.stdout).toContain('@acme/word-stats@0.1.0: PUBLISHED');
    expect(run.stdout).toMatch(/✓ validate +PASSED +12 ms {2}manifest ok/);
    expect(run.stdout).toMatch(/✓ benchmark +PASSED +230 ms {2}2\/2 cases passed, p50 3 ms/);
    expect(run.stdout).toContain('      warning LARGE_FILE weights.bin  weights.bin is 300 kB');
  });

  it('takes the API key and registry from the environment', async () => {
    const run = await runNexus(['publish'], { cwd: agentDir, env: { apiKey: API_KEY, registry: registry.url } });
    expect(run.code).toBe(0);
    expect(registry.requests.at(-1)!.headers['x-api-key']).toBe(API_KEY);
  });

  it('prints an UNAUTHENTICATED GraphQL error readably and exits 1', async () => {
    const run = await runNexus(['publish', '--registry', registry.url, '--api-key', 'wrong'], { cwd: agentDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('error UNAUTHENTICATED: API key is missing or invalid');
    expect(run.stderr).toContain('check the API key');
    expect(run.stdout).not.toContain('PUBLISHED');
  });

  it('prints payload errors with their field and exits 1', async () => {
    const conflict = await startFakeRegistry(() => ({
      json: { data: { publishAgentVersion: { version: null, errors: [{ code: 'CONFLICT', message: '0.1.0 is already published', field: 'version' }] } } },
    }));
    try {
      const run = await runNexus(['publish', '--registry', conflict.url, '--api-key', API_KEY], { cwd: agentDir });
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('error CONFLICT (version): 0.1.0 is already published');
    } finally {
      await conflict.close();
    }
  });

  it('exits 1 when a pipeline step fails', async () => {
    const failing = await startFakeRegistry(() => ({
      json: { data: { publishAgentVersion: { errors: [], version: {
        name: '@acme/word-stats', version: '0.1.0', status: 'REJECTED', integrity: 'sha512-x',
        report: { steps: [{ name: 'static-scan', status: 'FAILED', durationMs: 5, summary: 'forbidden API', findings: [{ severity: 'ERROR', code: 'EVAL', message: 'eval() is not allowed', file: 'index.js', line: 3 }] }] },
      } } } },
    }));
    try {
      const run = await runNexus(['publish', '--registry', failing.url, '--api-key', API_KEY], { cwd: agentDir });
      expect(run.code).toBe(1);
      expect(run.stdout).toMatch(/✗ static-scan +FAILED/);
      expect(run.stdout).toContain('error EVAL index.js:3  eval() is not allowed');
    } finally {
      await failing.close();
    }
  });

  it('says so when the registry cannot be reached', async () => {
    const closed = await startFakeRegistry(() => ({ json: {} }));
    await closed.close();
    const run = await runNexus(['publish', '--registry', closed.url, '--api-key', API_KEY], { cwd: agentDir });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/error: cannot reach the registry at http:\/\/127\.0\.0\.1:\d+\/graphql: ECONNREFUSED/);
  });
});
