// The `http-request` step: templated URL/headers/body, tenant allow-list, JSON-or-text response.
import type { NodeExecutor } from '../engine/engine-types';
import { publicOnlyFetch } from './public-fetch';
import { callHttp } from './http-call';
import type { NodeServices, RunScope } from './step-executors';
import { renderedText, renderTemplates } from './template';

interface HttpRequestConfig { url: string; method: string; headers?: Record<string, string>; body?: unknown; timeoutMs?: number }

const hasHeader = (headers: Record<string, string>, name: string) => Object.keys(headers).some((k) => k.toLowerCase() === name);

export function createHttpRequestExecutor(services: NodeServices, scope: RunScope): NodeExecutor {
  return async ({ node, input, signal }) => {
    const config = node.config as unknown as HttpRequestConfig;
    const rendered = (await renderTemplates({ url: config.url, headers: config.headers ?? {}, body: config.body }, input,
      (name) => services.secret(scope.tenantId, name))) as { url: unknown; headers: Record<string, unknown>; body: unknown };
    const headers = Object.fromEntries(Object.entries(rendered.headers).map(([k, v]) => [k, renderedText(v)]));
    let body: string | undefined;
    if (typeof rendered.body === 'string') body = rendered.body;
    else if (rendered.body !== undefined && rendered.body !== null) {
      body = JSON.stringify(rendered.body);
      if (!hasHeader(headers, 'content-type')) headers['content-type'] = 'application/json';
    }
    const output = await callHttp({
      url: renderedText(rendered.url), method: config.method, headers, body, timeoutMs: config.timeoutMs, signal,
      allowedHosts: await services.allowedHosts(scope.tenantId), fetch: services.fetch ?? (services.allowPrivateNetworks ? fetch : publicOnlyFetch),
      allowPrivateNetworks: services.allowPrivateNetworks ?? false,
    });
    return { output };
  };
}
