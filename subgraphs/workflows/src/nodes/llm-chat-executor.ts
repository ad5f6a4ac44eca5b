// The `llm-chat` step: one OpenAI-compatible chat completion with templated prompts; passes on the reply text.
import type { NodeExecutor } from '../engine/engine-types';
import { publicOnlyFetch } from './public-fetch';
import { callHttp } from './http-call';
import { stepError } from './node-error';
import type { NodeServices, RunScope } from './step-executors';
import { renderedText, renderTemplates } from './template';

export const DEFAULT_LLM_BASE_URL = 'https://api.openai.com/v1';
// Long answers from large models take a while; the node's own timeout policy can still cut this shorter.
const LLM_TIMEOUT_MS = 120_000;

interface LlmChatConfig {
  model: string;
  prompt: string;
  systemPrompt?: string;
  temperature?: number;
  maxTokens?: number;
  baseUrl?: string;
  apiKeySecret: string;
}

export function createLlmChatExecutor(services: NodeServices, scope: RunScope): NodeExecutor {
  return async ({ node, input, signal }) => {
    const config = node.config as unknown as LlmChatConfig;
    const lookup = (name: string) => services.secret(scope.tenantId, name);
    const rendered = (await renderTemplates({ system: config.systemPrompt, prompt: config.prompt }, input, lookup)) as { system: unknown; prompt: unknown };
    const apiKey = await lookup(config.apiKeySecret);
    if (apiKey === null) throw stepError('SECRET_NOT_FOUND', `Secret "${config.apiKeySecret}" (the model API key) is not set for this workspace; add it in Console → Workflows → Settings.`);
    const system = renderedText(rendered.system);
    const messages = [...(system ? [{ role: 'system', content: system }] : []), { role: 'user', content: renderedText(rendered.prompt) }];
    const res = await callHttp({
      url: `${(config.baseUrl ?? DEFAULT_LLM_BASE_URL).replace(/\/+$/, '')}/chat/completions`,
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ model: config.model, messages, temperature: config.temperature, max_tokens: config.maxTokens }),
      timeoutMs: LLM_TIMEOUT_MS, signal, allowedHosts: await services.allowedHosts(scope.tenantId), fetch: services.fetch ?? (services.allowPrivateNetworks ? fetch : publicOnlyFetch),
      allowPrivateNetworks: services.allowPrivateNetworks ?? false,
    });
    const reply = (res.body as { choices?: { message?: { content?: unknown } }[] } | null)?.choices?.[0]?.message?.content;
    if (typeof reply !== 'string') throw stepError('LLM_ERROR', 'The model answer has no choices[0].message.content text.');
    return { output: reply };
  };
}
