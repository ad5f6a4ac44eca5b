// The BlobStore settings of every service that stores blobs: files in BLOB_DIR embedded, S3-compatible when S3_ENDPOINT is set.
import { z } from 'zod';
import type { BlobStore } from '../ports/blob-store';
import { createBlobStore } from './create-adapters';

const optional = z.preprocess((v) => (v === '' ? undefined : v), z.string().optional());

/** Spread into a service's env schema. */
export const ZBlobStoreEnv = {
  /** Embedded blob directory when S3_ENDPOINT is unset. */
  BLOB_DIR: z.string().default('.data/blobs'),
  S3_ENDPOINT: optional,
  S3_BUCKET: z.string().default('nexus-blobs'),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: optional,
  S3_SECRET_ACCESS_KEY: optional,
};

export interface BlobStoreEnv {
  BLOB_DIR: string;
  S3_ENDPOINT?: string | undefined;
  S3_BUCKET: string;
  S3_REGION: string;
  S3_ACCESS_KEY_ID?: string | undefined;
  S3_SECRET_ACCESS_KEY?: string | undefined;
}

export function blobStoreFromEnv(env: BlobStoreEnv): BlobStore {
  return createBlobStore({
    dir: env.BLOB_DIR,
    s3: env.S3_ENDPOINT
      ? { endpoint: env.S3_ENDPOINT, bucket: env.S3_BUCKET, region: env.S3_REGION, accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
      : undefined,
  });
}
