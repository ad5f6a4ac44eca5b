// Runs the BlobStore contract on the filesystem adapter, and on S3 when S3_ENDPOINT is set.
import { mkdtempSync, rmSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { testEnv } from '@nexus/testing/env';
import { FsBlobStoreAdapter } from '../adapters/fs-blob-store';
import { S3BlobStoreAdapter } from '../adapters/s3-blob-store';
import { describeBlobStoreContract } from './blob-store.contract';

const dir = mkdtempSync(join(tmpdir(), 'nexus-blobs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeBlobStoreContract('FsBlobStoreAdapter', () => new FsBlobStoreAdapter(dir));

if (!testEnv.S3_ENDPOINT) console.warn('[contract] S3_ENDPOINT not set — S3BlobStoreAdapter suite skipped; filesystem adapter covered');
describeBlobStoreContract(
  'S3BlobStoreAdapter',
  () => new S3BlobStoreAdapter({ endpoint: testEnv.S3_ENDPOINT!, bucket: testEnv.S3_BUCKET, region: testEnv.S3_REGION, accessKeyId: testEnv.S3_ACCESS_KEY_ID, secretAccessKey: testEnv.S3_SECRET_ACCESS_KEY, prefix: `t${Date.now()}/` }),
  { skip: !testEnv.S3_ENDPOINT },
);

it('refuses a blob whose bytes were changed on disk', async () => {
  const store = new FsBlobStoreAdapter(dir);
  const info = await store.put(Buffer.from('original bytes'));
  const [a] = readdirSync(dir).filter((d) => d === info.key.slice(0, 2));
  writeFileSync(join(dir, a!, info.key.slice(2, 4), info.key), 'tampered');
  await expect(store.get(info.key)).rejects.toThrow(/corrupt/);
});
