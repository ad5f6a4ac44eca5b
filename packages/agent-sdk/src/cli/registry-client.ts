// GraphQL client for the registry gateway: streams large request bodies and reports upload progress.
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { DomainError, ErrorCode } from '@nexus/kernel/errors';
import {
  DEPRECATE_MUTATION,
  DIST_TAG_MUTATION,
  INFO_QUERY,
  PUBLISH_MUTATION,
  RESOLVE_QUERY,
  TARBALL_QUERY,
  type DeprecateData,
  type DistTagData,
  type InfoData,
  type PublishData,
  type ResolveData,
  type TarballData,
} from './graphql-documents';

export interface RegistryClientOptions {
  /** Gateway GraphQL endpoint, e.g. http://localhost:4000/graphql. */
  url: string;
  apiKey?: string | undefined;
  /** Called as the request body goes out: bytes sent so far and in all. */
  onUploadProgress?: (sent: number, total: number) => void;
}

export interface GraphqlError {
  code: string;
  message: string;
}

/** Top-level GraphQL errors (authentication, authorization, bugs) come back as data, not exceptions. */
export type TGraphqlResult<T> = { ok: true; data: T } | { ok: false; errors: GraphqlError[] };

// 64 KiB writes: small enough for smooth progress, large enough not to slow the upload.
const CHUNK_BYTES = 64 * 1024;
const TIMEOUT_MS = 5 * 60_000;

export function createRegistryClient(options: RegistryClientOptions) {
  const run = <T>(query: string, variables: Record<string, unknown>) => postGraphql<T>(options, query, variables);
  return {
    publish: (tarball: Buffer) => run<PublishData>(PUBLISH_MUTATION, { input: { tarball: tarball.toString('base64') } }),
    info: (name: string) => run<InfoData>(INFO_QUERY, { name }),
    deprecate: (name: string, range: string, message: string) => run<DeprecateData>(DEPRECATE_MUTATION, { name, range, message }),
    setDistTag: (name: string, tag: string, version: string) => run<DistTagData>(DIST_TAG_MUTATION, { name, tag, version }),
    resolve: (name: string, range: string | undefined) => run<ResolveData>(RESOLVE_QUERY, { name, range: range ?? null }),
    tarball: (name: string, version: string) => run<TarballData>(TARBALL_QUERY, { name, version }),
  };
}

export type RegistryClient = ReturnType<typeof createRegistryClient>;

async function postGraphql<T>(options: RegistryClientOptions, query: string, variables: Record<string, unknown>): Promise<TGraphqlResult<T>> {
  const body = Buffer.from(JSON.stringify({ query, variables }));
  const response = await send(options, body);
  let json: { data?: T | null; errors?: { message?: string; extensions?: { code?: string } }[] };
  try {
    json = JSON.parse(response.text);
  } catch {
    throw new DomainError(ErrorCode.UNAVAILABLE, `the registry at ${options.url} answered HTTP ${response.status} without a GraphQL response: ${response.text.slice(0, 200)}`);
  }
  if (json.errors?.length) {
    return { ok: false, errors: json.errors.map((e) => ({ code: e.extensions?.code ?? 'GRAPHQL_ERROR', message: e.message ?? 'unknown error' })) };
  }
  if (!json.data) throw new DomainError(ErrorCode.UNAVAILABLE, `the registry at ${options.url} answered HTTP ${response.status} with neither data nor errors`);
  return { ok: true, data: json.data };
}

function send(options: RegistryClientOptions, body: Buffer): Promise<{ status: number; text: string }> {
  const url = new URL(options.url);
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const fail = (error: Error & { code?: string }) =>
      reject(new DomainError(ErrorCode.UNAVAILABLE, `cannot reach the registry at ${options.url}: ${error.code ?? error.message}`, { cause: error }));
    const req = request(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        'content-length': body.length,
        ...(options.apiKey ? { 'x-api-key': options.apiKey } : {}),
      },
      timeout: TIMEOUT_MS,
    });
    let answered = false;
    req.on('timeout', () => req.destroy(Object.assign(new Error('timed out'), { code: 'ETIMEDOUT' })));
    // Once the server has answered (say, 401 before the upload ended) a broken pipe is not the story.
    req.on('error', (error) => (answered ? undefined : fail(error)));
    req.on('response', (res: IncomingMessage) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', fail);
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
    });
    void writeInChunks(req, body, options.onUploadProgress).catch(() => undefined);
  });
}

/** Writes the body a chunk at a time, waiting for each to reach the socket, so progress is real. */
async function writeInChunks(req: ReturnType<typeof httpRequest>, body: Buffer, onProgress?: (sent: number, total: number) => void): Promise<void> {
  for (let sent = 0; sent < body.length; ) {
    const chunk = body.subarray(sent, sent + CHUNK_BYTES);
    await new Promise<void>((resolve, reject) => req.write(chunk, (error) => (error ? reject(error) : resolve())));
    sent += chunk.length;
    onProgress?.(sent, body.length);
    if (req.destroyed) return;
  }
  req.end();
}
