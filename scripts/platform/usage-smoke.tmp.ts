import { randomBytes } from 'node:crypto';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createTestDatabase } from '@nexus/testing/database';
import { loadPlatformEnv } from '../env';
import { startPlatform } from './start-platform';

const log = (...a: unknown[]) => console.log(new Date().toISOString().slice(11, 19), ...a);
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ns = `s${randomBytes(4).toString('hex')}`;
const testDb = await createTestDatabase();
log('db');
const env = loadPlatformEnv({
  DATABASE_URL: testDb.appUrl, DATABASE_OWNER_URL: testDb.ownerUrl, DATABASE_WORKER_URL: testDb.workerUrl, REDIS_URL: 'redis://127.0.0.1:6379', NEXUS_NAMESPACE: ns,
  CONTEXT_SIGNING_SECRET: 'platform-test-secret-0123456789', LOG_LEVEL: 'warn', DATA_DIR: `/tmp/nexus-${ns}`, GATEWAY_PORT: '0', MARKETPLACE_PORT: '0', TENANCY_PORT: '0',
});
const platform = await startPlatform({ env, repoRoot, web: false, seed: false, log });
log('platform up');
const gql = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
  const res = await fetch(platform.urls.gateway, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, body: (await res.json()) as any };
};
try {
  const up = await gql(`mutation($i: SignUpInput!) { signUp(input: $i) { token } }`, { i: { email: `o-${ns}@example.com`, password: 'platform-pass-1', name: 'Owner' } });
  const org = await gql(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { token tenant { id } } }`, { i: { name: 'Smoke', slug: `org-${ns}` } }, { authorization: `Bearer ${up.body.data.signUp.token}` });
  const bearer = { authorization: `Bearer ${org.body.data.createTenant.token}` };
  let ok = 0;
  for (let i = 0; i < 30; i++) if ((await gql('{ viewer { roles } }', {}, bearer)).status === 200) ok++;
  log('requests ok', ok);
  await new Promise((r) => setTimeout(r, 6000));
  const u = await gql('{ usage(range: HOUR) { plan { id limits { apiRequestsPerMinute cpu } } quotas { limit used max } apiRequests { value } } kubernetesIsolation { namespace status yaml } }', {}, bearer);
  log(JSON.stringify(u.body.errors ?? null));
  log('plan', JSON.stringify(u.body.data?.usage.plan), 'total api', u.body.data?.usage.apiRequests.reduce((s: number, p: any) => s + p.value, 0));
  log('quotas', JSON.stringify(u.body.data?.usage.quotas));
  log('isolation', u.body.data?.kubernetesIsolation.namespace, u.body.data?.kubernetesIsolation.status, u.body.data?.kubernetesIsolation.yaml.length);
  const c = await gql('mutation { changePlan(planId: "team") { organization { plan { id } seatsUsed } errors { code message field } } }', {}, bearer);
  log('change', JSON.stringify(c.body));
  await new Promise((r) => setTimeout(r, 300));
  const o = await gql('{ organization { plan { id } } usage { quotas { limit max } } }', {}, bearer);
  log('after', JSON.stringify(o.body));
} catch (e) {
  log('error', e);
} finally {
  log('stopping');
  await platform.stop();
  await testDb.drop();
  log('stopped');
  process.exit(0);
}
