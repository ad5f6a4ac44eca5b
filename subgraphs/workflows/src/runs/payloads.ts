// Run and node payloads: small JSON inline in the row, large JSON in the BlobStore under its hash.
import type { BlobStore } from '@nexus/kernel/ports/blob-store';
import { formatBytes } from '@nexus/kernel/quota';

/** Payloads up to this many bytes of JSON stay in the row; larger ones go to the BlobStore. */
export const INLINE_PAYLOAD_BYTES = 64 * 1024;

/** Largest input a run accepts from outside (runWorkflow, webhooks). */
export const MAX_RUN_INPUT_BYTES = 1024 * 1024;

/** Largest value a node may produce; beyond it the node fails rather than filling the store. */
export const MAX_NODE_PAYLOAD_BYTES = 16 * 1024 * 1024;

export interface StoredPayload {
  /** JSON text for a jsonb column, or null when absent or in the blob. */
  json: string | null;
  blob: string | null;
}

/** `undefined` is stored as absent (null, null); JSON null is stored as the JSON text `null`. */
export async function storePayload(blobs: BlobStore, value: unknown, what = 'payload'): Promise<StoredPayload> {
  if (value === undefined) return { json: null, blob: null };
  const text = JSON.stringify(value);
  if (text === undefined) return { json: null, blob: null };
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_NODE_PAYLOAD_BYTES) {
    throw Object.assign(new Error(`${what} is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_NODE_PAYLOAD_BYTES)}`), { code: 'PAYLOAD_TOO_LARGE' });
  }
  if (bytes <= INLINE_PAYLOAD_BYTES) return { json: text, blob: null };
  const info = await blobs.put(Buffer.from(text), { contentType: 'application/json' });
  return { json: null, blob: info.key };
}

export async function loadPayload(blobs: BlobStore, inline: unknown, blobKey: string | null): Promise<unknown> {
  if (!blobKey) return inline ?? undefined;
  const bytes = await blobs.get(blobKey);
  if (!bytes) throw new Error(`payload blob ${blobKey} is missing from the blob store`);
  return JSON.parse(bytes.toString('utf8')) as unknown;
}
