// Tenant secrets and workflow settings against a real database: sealing at rest, no value leaks, validation, isolation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditRows, startWorkflowTestKit, type WorkflowTestKit } from '../workflows/workflow-test-kit';
import { SecretStore } from './secret-store';
import { WorkflowSettingsService } from './workflow-settings';

let kit: WorkflowTestKit;
let store: SecretStore;
let settings: WorkflowSettingsService;
beforeAll(async () => {
  kit = await startWorkflowTestKit();
  store = new SecretStore({ db: kit.app, encryptionKey: kit.encryptionKey });
  settings = new WorkflowSettingsService({ db: kit.app });
});
afterAll(async () => { await kit?.close(); });

const VALUE = 'sk-live-4f9c2a7e1b3d5f7a9c0e2b4d6f8a1c3e';

describe('SecretStore', () => {
  it('stores the value sealed, resolves it for the engine, and never returns or audits it', async () => {
    const t = await kit.newTenant();
    const row = await store.set(t.ctx(), 'OPENAI_KEY', VALUE);
    expect(row).toEqual({ name: 'OPENAI_KEY', createdAt: expect.any(Date), updatedAt: expect.any(Date) });
    expect(await store.list(t.ctx())).toEqual([row]);

    const [stored] = await kit.worker.client.$queryRaw<{ sealed: string }[]>`SELECT sealed FROM tenant_secrets WHERE tenant_id = ${t.tenantId}::uuid`;
    expect(stored!.sealed).not.toContain(VALUE);
    expect(Buffer.from(stored!.sealed, 'base64').toString('latin1')).not.toContain(VALUE);
    expect(await store.resolve(t.tenantId, 'OPENAI_KEY')).toBe(VALUE);
    expect(await store.resolve(t.tenantId, 'MISSING')).toBeNull();

    await store.set(t.ctx(), 'OPENAI_KEY', 'rotated-value');
    expect(await store.resolve(t.tenantId, 'OPENAI_KEY')).toBe('rotated-value');
    const audits = await auditRows(kit, t.tenantId);
    expect(audits.map((a) => [a.action, a.targetLabel])).toEqual([['secret.created', 'OPENAI_KEY'], ['secret.updated', 'OPENAI_KEY']]);
    const text = JSON.stringify(audits.map((a) => ({ ...a, seq: String(a.seq) })));
    expect(text).not.toContain(VALUE);
    expect(text).not.toContain('rotated-value');
  });

  it('refuses bad names and sizes without echoing the value, and stores nothing', async () => {
    const t = await kit.newTenant();
    for (const name of ['1KEY', 'has-dash', '', 'K'.repeat(65), 42]) {
      await expect(store.set(t.ctx(), name, VALUE)).rejects.toMatchObject({ code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field: 'name' })] });
    }
    const big = `${VALUE}${'x'.repeat(64 * 1024)}`;
    const error = (await store.set(t.ctx(), 'BIG', big).catch((e: unknown) => e)) as Error;
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'value' });
    expect(error.message).not.toContain(VALUE);
    await expect(store.set(t.ctx(), 'EMPTY', '')).rejects.toMatchObject({ field: 'value' });
    await expect(store.set(t.ctx(), 'NUM', 5)).rejects.toMatchObject({ field: 'value' });
    await expect(store.set(t.ctx(), 'MAX', 'x'.repeat(64 * 1024))).resolves.toMatchObject({ name: 'MAX' });
    expect((await store.list(t.ctx())).map((s) => s.name)).toEqual(['MAX']);
  });

  it('deletes by name, and says so when there is nothing to delete', async () => {
    const t = await kit.newTenant();
    await store.set(t.ctx(), 'TEMP', VALUE);
    expect(await store.delete(t.ctx(), 'TEMP')).toMatchObject({ name: 'TEMP' });
    expect(await store.resolve(t.tenantId, 'TEMP')).toBeNull();
    await expect(store.delete(t.ctx(), 'TEMP')).rejects.toMatchObject({ code: 'NOT_FOUND', field: 'name' });
    expect((await auditRows(kit, t.tenantId)).at(-1)).toMatchObject({ action: 'secret.deleted', targetLabel: 'TEMP' });
  });

  it("keeps tenants apart: B neither lists nor resolves nor deletes A's secret", async () => {
    const a = await kit.newTenant();
    const b = await kit.newTenant();
    await store.set(a.ctx(), 'SHARED_NAME', VALUE);
    expect(await store.list(b.ctx())).toEqual([]);
    expect(await store.resolve(b.tenantId, 'SHARED_NAME')).toBeNull();
    await expect(store.delete(b.ctx(), 'SHARED_NAME')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await store.set(b.ctx(), 'SHARED_NAME', 'b-value');
    expect(await store.resolve(a.tenantId, 'SHARED_NAME')).toBe(VALUE);
    expect(await store.resolve(b.tenantId, 'SHARED_NAME')).toBe('b-value');
  });

  it('needs workflows:read to list and workflows:write to change', async () => {
    const t = await kit.newTenant();
    await expect(store.set(t.ctx(['workflows:read']), 'X', VALUE)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(store.list(t.ctx(['workflows:run']))).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('WorkflowSettingsService', () => {
  it('starts empty, replaces the allow-list, audits the change and keeps tenants apart', async () => {
    const a = await kit.newTenant();
    const b = await kit.newTenant();
    expect(await settings.get(a.ctx())).toEqual({ allowedHosts: [] });
    expect(await settings.setAllowedHosts(a.ctx(), ['API.example.com', '*.hooks.example.org'])).toEqual({ allowedHosts: ['api.example.com', '*.hooks.example.org'] });
    expect(await settings.allowedHosts(a.tenantId)).toEqual(['api.example.com', '*.hooks.example.org']);
    expect(await settings.allowedHosts(b.tenantId)).toEqual([]);
    expect(await settings.setAllowedHosts(a.ctx(), ['only.example.com'])).toEqual({ allowedHosts: ['only.example.com'] });
    expect((await auditRows(kit, a.tenantId)).at(-1)).toMatchObject({
      action: 'workflow_settings.allowed_hosts_changed', before: { allowedHosts: ['api.example.com', '*.hooks.example.org'] }, after: { allowedHosts: ['only.example.com'] },
    });
  });

  it('refuses an invalid entry by index and keeps the previous list', async () => {
    const t = await kit.newTenant();
    await settings.setAllowedHosts(t.ctx(), ['keep.example.com']);
    await expect(settings.setAllowedHosts(t.ctx(), ['fine.example.com', 'http://bad.example.com'])).rejects.toMatchObject({
      code: 'BAD_USER_INPUT', problems: [expect.objectContaining({ field: 'hosts.1' })],
    });
    expect(await settings.get(t.ctx())).toEqual({ allowedHosts: ['keep.example.com'] });
    await expect(settings.setAllowedHosts(t.ctx(['workflows:read']), [])).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});
