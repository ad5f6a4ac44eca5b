// GraphiQL served from the gateway itself: the stock page loads its bundle from a CDN, which offline machines cannot reach.
import { createReadStream, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, normalize } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { renderGraphiQL } from 'graphql-yoga';

export const GRAPHIQL_ASSETS_PATH = '/graphiql-assets/';
const CDN_PREFIX = /https:\/\/unpkg\.com\/@graphql-yoga\/graphiql@[^/]+\/dist\//g;
const CDN_FAVICON = /<link rel=icon href=https:\/\/[^>]+>/;
const CONTENT_TYPES: Record<string, string> = { '.js': 'application/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

const distDir = join(dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/** Yoga's page, pointed at the bundle this server ships. */
export function renderLocalGraphiQL(opts: Parameters<typeof renderGraphiQL>[0]): string {
  return renderGraphiQL(opts).replace(CDN_PREFIX, GRAPHIQL_ASSETS_PATH).replace(CDN_FAVICON, '');
}

/** Serves files of the GraphiQL dist folder; true when it answered. */
export function serveGraphiQLAsset(path: string, res: ServerResponse, _req?: IncomingMessage): boolean {
  if (!path.startsWith(GRAPHIQL_ASSETS_PATH)) return false;
  const relative = normalize(decodeURIComponent(path.slice(GRAPHIQL_ASSETS_PATH.length)));
  const file = join(distDir, relative);
  const type = CONTENT_TYPES[file.slice(file.lastIndexOf('.'))];
  if (relative.startsWith('..') || !type || !file.startsWith(distDir) || !existsSync(file)) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    return true;
  }
  res.writeHead(200, { 'content-type': type, 'cache-control': 'public, max-age=86400' });
  createReadStream(file).pipe(res);
  return true;
}
