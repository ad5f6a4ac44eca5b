// Contract every BlobStore adapter passes: content addressing, integrity strings, idempotent puts, verified reads.
import { randomBytes, createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from './blob-store';

export function describeBlobStoreContract(name: string, factory: () => Promise<BlobStore> | BlobStore, opts: { skip?: boolean } = {}) {
  describe.skipIf(opts.skip)(`BlobStore contract: ${name}`, () => {
    let store: BlobStore;
    beforeAll(async () => { store = await factory(); });
    afterAll(async () => { await store?.close(); });

    it('stores bytes under their sha512 and returns npm-style integrity', async () => {
      const bytes = randomBytes(4096);
      const info = await store.put(bytes);
      const digest = createHash('sha512').update(bytes).digest();
      expect(info).toEqual({ key: digest.toString('hex'), integrity: `sha512-${digest.toString('base64')}`, size: 4096 });
      expect(await store.has(info.key)).toBe(true);
      expect((await store.get(info.key))!.equals(bytes)).toBe(true);
    });

    it('is idempotent for the same bytes and distinct for different bytes', async () => {
      const bytes = Buffer.from(`same-${Date.now()}`);
      const a = await store.put(bytes);
      const b = await store.put(Buffer.from(bytes));
      const c = await store.put(Buffer.from(`${bytes.toString()}!`));
      expect(b).toEqual(a);
      expect(c.key).not.toBe(a.key);
    });

    it('answers null / false for unknown keys and deletes', async () => {
      const info = await store.put(randomBytes(64));
      await store.delete(info.key);
      expect(await store.has(info.key)).toBe(false);
      expect(await store.get(info.key)).toBeNull();
      await store.delete(info.key);
    });

    it('rejects keys that are not a sha512', async () => {
      await expect(store.get('../../etc/passwd')).rejects.toThrow(/sha512/);
      await expect(store.has('abc')).rejects.toThrow(/sha512/);
    });

    it('handles empty and larger blobs', async () => {
      const empty = await store.put(Buffer.alloc(0));
      expect((await store.get(empty.key))!.length).toBe(0);
      const big = randomBytes(3 * 1024 * 1024);
      const info = await store.put(big);
      expect((await store.get(info.key))!.equals(big)).toBe(true);
    });
  });
}
