// Validates a parsed nexus-agent.json and names every problem by its field path (`skills[0].id`).
import type { z } from 'zod';
import { type TAgentManifest, ZAgentManifest } from './manifest';

export interface ManifestProblem {
  /** Field path like `skills[0].id` or `dependencies["@acme/x"]`; empty for the manifest as a whole. */
  path: string;
  message: string;
}

export type TValidateManifestResult = { ok: true; manifest: TAgentManifest } | { ok: false; problems: ManifestProblem[] };

export function validateManifest(json: unknown): TValidateManifestResult {
  const parsed = ZAgentManifest.safeParse(json);
  if (parsed.success) return { ok: true, manifest: parsed.data };
  return { ok: false, problems: parsed.error.issues.flatMap((issue) => toProblems(issue, json)) };
}

/** `['skills', 0, 'id']` → `skills[0].id`; keys that are not identifiers are quoted: `dependencies["@acme/x"]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => {
      if (typeof key === 'number') return `[${key}]`;
      const name = String(key);
      if (/^[A-Za-z_$][\w$]*$/.test(name)) return i === 0 ? name : `.${name}`;
      return `[${JSON.stringify(name)}]`;
    })
    .join('');
}

function toProblems(issue: z.core.$ZodIssue, json: unknown): ManifestProblem[] {
  const path = [...issue.path];
  switch (issue.code) {
    // One problem per unknown key, so each points at the field to delete.
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: formatPath([...path, key]), message: 'is not a known field' }));
    case 'invalid_key':
      return [{ path: formatPath(path), message: `key ${issue.issues.map((i) => i.message).join('; ')}` }];
    case 'invalid_type':
      return [{ path: formatPath(path), message: valueAt(json, path) === undefined ? 'is required' : `must be ${describeExpected(issue.expected)}` }];
    case 'invalid_value':
      return [{ path: formatPath(path), message: `must be one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}` }];
    case 'too_small':
    case 'too_big':
      return [{ path: formatPath(path), message: sizeMessage(issue) }];
    default:
      return [{ path: formatPath(path), message: issue.message }];
  }
}

// zod leaves the offending input out of issues (it may be large or secret), so look it up.
function valueAt(json: unknown, path: readonly PropertyKey[]): unknown {
  let value = json;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function describeExpected(expected: string): string {
  return expected === 'record' || expected === 'object' ? 'an object' : expected === 'array' ? 'an array' : `a ${expected}`;
}

function sizeMessage(issue: z.core.$ZodIssueTooSmall | z.core.$ZodIssueTooBig): string {
  // Custom messages (".min(1, 'must list at least one skill')") win over the generic wording.
  if (!issue.message.startsWith('Too ')) return issue.message;
  const bound = 'minimum' in issue ? issue.minimum : issue.maximum;
  const word = issue.code === 'too_small' ? 'at least' : 'at most';
  const unit = issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
  const prefix = issue.origin === 'string' || issue.origin === 'array' ? 'must have' : 'must be';
  return `${prefix} ${word} ${String(bound)}${unit}`;
}
