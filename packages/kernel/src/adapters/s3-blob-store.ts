// Production BlobStore on any S3-compatible service (AWS, MinIO, R2) through @aws-sdk/client-s3.
import { DeleteObjectCommand, GetObjectCommand, HeadObjectCommand, PutObjectCommand, S3Client, CreateBucketCommand, HeadBucketCommand } from '@aws-sdk/client-s3';
import type { BlobInfo, BlobStore } from '../ports/blob-store';
import { checkKey, describeBlob, verifyBlob } from './blob-hash';

export interface S3BlobStoreOptions {
  endpoint: string;
  bucket: string;
  region?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  /** Key prefix inside the bucket, e.g. `blobs/`. */
  prefix?: string;
}

const notFound = (e: unknown) => {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } };
  return err.name === 'NotFound' || err.name === 'NoSuchKey' || err.$metadata?.httpStatusCode === 404;
};

export class S3BlobStoreAdapter implements BlobStore {
  private readonly client: S3Client;
  private bucketReady: Promise<void> | null = null;

  constructor(private readonly opts: S3BlobStoreOptions) {
    this.client = new S3Client({
      endpoint: opts.endpoint,
      region: opts.region ?? 'us-east-1',
      forcePathStyle: true,
      ...(opts.accessKeyId && opts.secretAccessKey ? { credentials: { accessKeyId: opts.accessKeyId, secretAccessKey: opts.secretAccessKey } } : {}),
    });
  }

  private objectKey(key: string): string {
    return `${this.opts.prefix ?? ''}${checkKey(key)}`;
  }

  private ensureBucket(): Promise<void> {
    this.bucketReady ??= this.client
      .send(new HeadBucketCommand({ Bucket: this.opts.bucket }))
      .then(() => undefined)
      .catch(async (e) => {
        if (!notFound(e)) throw e;
        await this.client.send(new CreateBucketCommand({ Bucket: this.opts.bucket }));
      });
    return this.bucketReady;
  }

  async put(bytes: Buffer, opts: { contentType?: string } = {}): Promise<BlobInfo> {
    const info = describeBlob(bytes);
    await this.ensureBucket();
    if (await this.has(info.key)) return info;
    await this.client.send(new PutObjectCommand({
      Bucket: this.opts.bucket, Key: this.objectKey(info.key), Body: bytes,
      ContentType: opts.contentType ?? 'application/octet-stream',
      ChecksumAlgorithm: 'SHA256',
    }));
    return info;
  }

  async get(key: string): Promise<Buffer | null> {
    try {
      const res = await this.client.send(new GetObjectCommand({ Bucket: this.opts.bucket, Key: this.objectKey(key) }));
      const bytes = Buffer.from(await res.Body!.transformToByteArray());
      return verifyBlob(key, bytes);
    } catch (e) {
      if (notFound(e)) return null;
      throw e;
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.opts.bucket, Key: this.objectKey(key) }));
      return true;
    } catch (e) {
      if (notFound(e)) return false;
      throw e;
    }
  }

  async delete(key: string): Promise<void> {
    await this.client.send(new DeleteObjectCommand({ Bucket: this.opts.bucket, Key: this.objectKey(key) }));
  }

  async close(): Promise<void> {
    this.client.destroy();
  }
}
