// `{{ expr }}` templating for step configs: JSONata over `{ input, secrets }`, fetching only the secrets referenced.
import jsonata from 'jsonata';
import { stepError } from './node-error';

/** Plain value of a tenant secret, or null when the tenant has none by that name. */
export type SecretLookup = (name: string) => Promise<string | null>;

const PLACEHOLDER = /\{\{([\s\S]*?)\}\}/g;
const WHOLE = /^\{\{([\s\S]*?)\}\}$/;
// `secrets.NAME`, `secrets.\`odd-name\`` and `secrets["NAME"]`/`secrets['NAME']`.
const SECRET_REF = /\bsecrets\s*(?:\.\s*([A-Za-z_$][\w$]*)|\.\s*`([^`]+)`|\[\s*"([^"]+)"\s*\]|\[\s*'([^']+)'\s*\])/g;

function collectStrings(value: unknown, out: string[]): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) collectStrings(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) collectStrings(v, out);
  return out;
}

/** Names of the secrets the `{{ }}` expressions in `value` (any JSON shape) refer to. */
export function secretNamesIn(value: unknown): string[] {
  const names = new Set<string>();
  for (const text of collectStrings(value, [])) {
    for (const [, expression] of text.matchAll(PLACEHOLDER)) {
      for (const m of (expression ?? '').matchAll(SECRET_REF)) names.add((m[1] ?? m[2] ?? m[3] ?? m[4]) as string);
    }
  }
  return [...names].sort();
}

async function loadSecrets(names: string[], lookup: SecretLookup): Promise<Record<string, string>> {
  const values = await Promise.all(names.map(async (name) => [name, await lookup(name)] as const));
  const missing = values.filter(([, v]) => v === null).map(([n]) => n);
  if (missing.length > 0) {
    throw stepError('SECRET_NOT_FOUND', `Secret ${missing.map((n) => `"${n}"`).join(', ')} is not set for this workspace; add it in Console → Workflows → Settings.`);
  }
  return Object.fromEntries(values) as Record<string, string>;
}

async function evaluate(expression: string, scope: object): Promise<unknown> {
  try {
    return await jsonata(expression.trim()).evaluate(scope);
  } catch (error) {
    const detail = error as { message?: string; position?: number };
    const at = typeof detail.position === 'number' ? ` at position ${detail.position}` : '';
    throw stepError('EXPRESSION_ERROR', `Template {{${expression}}} failed${at}: ${detail.message ?? String(error)}`);
  }
}

function asText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

async function renderString(text: string, scope: object): Promise<unknown> {
  // A string that is one placeholder keeps the expression's type, so `"{{input}}"` as a body sends the object.
  const whole = WHOLE.exec(text);
  if (whole && !(whole[1] ?? '').includes('}}')) return evaluate(whole[1] ?? '', scope);
  let out = '';
  let last = 0;
  for (const m of text.matchAll(PLACEHOLDER)) {
    out += text.slice(last, m.index) + asText(await evaluate(m[1] ?? '', scope));
    last = (m.index ?? 0) + m[0].length;
  }
  return out + text.slice(last);
}

async function renderValue(value: unknown, scope: object): Promise<unknown> {
  if (typeof value === 'string') return renderString(value, scope);
  if (Array.isArray(value)) return Promise.all(value.map((v) => renderValue(v, scope)));
  if (value !== null && typeof value === 'object') {
    const entries = await Promise.all(Object.entries(value).map(async ([k, v]) => [k, await renderValue(v, scope)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

/** Renders every string inside `value` (any JSON shape); looks up each referenced secret once, and only those. */
export async function renderTemplates(value: unknown, input: unknown, lookup: SecretLookup): Promise<unknown> {
  const secrets = await loadSecrets(secretNamesIn(value), lookup);
  return renderValue(value, { input, secrets });
}

/** A rendered value that must be text (a URL, a header): objects become JSON, nothing becomes ''. */
export const renderedText = asText;
