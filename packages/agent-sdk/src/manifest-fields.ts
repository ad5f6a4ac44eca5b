// Field-level schemas of nexus-agent.json that other code (CLI, registry) also needs on their own.
import semver from 'semver';
import { z } from 'zod';
import { checkJsonSchema } from './json-schema-check';
import { spdxProblem } from './spdx-expression';

// npm's rules for scoped names: lower-case, URL-safe, no leading dot or underscore, 214 chars in all.
const SCOPED_NAME = /^@([a-z0-9-]{1,39})\/([a-z0-9-][a-z0-9._-]{0,213})$/;

export const ZScopedName = z
  .string()
  .max(214, 'must be at most 214 characters in all')
  .regex(SCOPED_NAME, 'must be @scope/name: lower-case; scope 1–39 of a-z 0-9 -; name 1–214 of a-z 0-9 . _ -, not starting with . or _')
  .describe('Scoped agent name, npm rules: @scope/name');

export const ZSemver = z
  .string()
  // semver.valid also takes "v1.0.0" and " 1.0.0"; a registry key must be the clean form. Build metadata
  // is refused because 1.0.0+a and 1.0.0+b would be the same version to every resolver.
  .refine((v) => semver.valid(v) !== null && /^\d/.test(v) && !/\s|\+/.test(v), 'must be a semantic version like 1.0.0 or 1.0.0-beta.1 (no "v" prefix, no build metadata)')
  .describe('Semantic version (semver.org)');

export const ZSemverRange = z
  .string()
  .refine((r) => semver.validRange(r) !== null, 'must be a valid semver range like ^1.2.0')
  .describe('Semver range, as in package.json dependencies');

export const ZLicense = z
  .string()
  .superRefine((value, ctx) => {
    const problem = spdxProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `must be an SPDX expression or UNLICENSED; it ${problem}` });
  })
  .describe('SPDX license expression (e.g. MIT, Apache-2.0 OR MIT) or UNLICENSED');

// Host names as DNS labels; `*.` only as a whole left-most label, and never on a bare TLD.
const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
const HOST = new RegExp(`^(?:\\*\\.${LABEL}(?:\\.${LABEL})+|${LABEL}(?:\\.${LABEL})*)$`);

export const ZHostPattern = z
  .string()
  .max(253)
  .regex(HOST, 'must be a lower-case host name (api.example.com) or wildcard (*.example.com), without scheme, port or path')
  .describe('Host the agent may fetch from: api.example.com or *.example.com');

export const ZSecretName = z
  .string()
  .max(64)
  .regex(/^[A-Z][A-Z0-9_]*$/, 'must be upper-case letters, digits and _ and start with a letter (like OPENAI_API_KEY)')
  .describe('Name of a secret the agent reads with ctx.secret(name)');

export const ZMimeType = z
  .string()
  .regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/(?:\*|[a-z0-9][a-z0-9!#$&^_.+-]*)$/, 'must be a MIME type like text/plain or application/json');

/** A path inside the package: relative, forward slashes, no `..`, nothing hidden. */
export function packagePath(extensions: RegExp, hint: string) {
  return z
    .string()
    .min(1)
    .max(255)
    .refine((p) => !p.startsWith('/') && !p.includes('\\') && !/^[a-z]:/i.test(p), 'must be a relative path with forward slashes')
    .refine((p) => p.split('/').every((seg) => seg !== '' && seg !== '.' && seg !== '..'), 'must not contain "..", "." or empty segments')
    // nexus pack never packs these, so a path into them could not exist in the tarball.
    .refine((p) => p.split('/').every((seg) => !seg.startsWith('.') && seg !== 'node_modules'), 'must not be in node_modules or a hidden (dot) file or folder')
    .refine((p) => extensions.test(p), hint);
}

/** A JSON Schema object that ajv compiles. */
export const ZJsonSchemaObject = z
  .record(z.string(), z.unknown())
  .superRefine((schema, ctx) => {
    const check = checkJsonSchema(schema);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  })
  .describe('JSON Schema (draft-07)');

export const ZHttpUrl = z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' });
