// BlobStore port: content-addressed artifacts (agent packages, checkpoints); files embedded, S3-compatible in production.
export interface BlobInfo {
  /** `sha512-<base64>`, npm's dist.integrity format; also the identity of the blob. */
  integrity: string;
  /** Hex sha512, used as the storage key. */
  key: string;
  size: number;
}

export interface BlobStore {
  /** Stores bytes under their own hash; storing the same bytes twice is a no-op. */
  put(bytes: Buffer, opts?: { contentType?: string }): Promise<BlobInfo>;
  /** The bytes, verified against their key; null when absent. */
  get(key: string): Promise<Buffer | null>;
  has(key: string): Promise<boolean>;
  delete(key: string): Promise<void>;
  close(): Promise<void>;
}
