// The shape every `nexus` sub-command has, and the argument helpers they share.
import type { ParseArgsConfig } from 'node:util';
import { ZScopedName } from '../manifest-fields';
import { type CliIo, UsageError } from './cli-io';

export type TOptionValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

export interface CliCommand {
  name: string;
  /** Shown after "usage:"; also the first line of `nexus <command> --help`. */
  usage: string;
  summary: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Lines of `--help` after the usage line. */
  details?: string[];
  run: (args: { positionals: string[]; values: TOptionValues }, io: CliIo) => Promise<number>;
}

/** Options every registry command takes; the environment fills in what is not given. */
export const REGISTRY_OPTIONS = {
  registry: { type: 'string' },
  'api-key': { type: 'string' },
} as const satisfies CliCommand['options'];

export const REGISTRY_DETAILS = [
  '--registry <url>   gateway GraphQL URL (default: $NEXUS_REGISTRY or http://localhost:4000/graphql)',
  '--api-key <key>    API key sent as x-api-key (default: $NEXUS_API_KEY)',
];

export function registryTarget(values: TOptionValues, io: CliIo, needsKey: boolean): { url: string; apiKey: string | undefined } {
  const url = stringOption(values, 'registry') ?? io.env.registry;
  if (!URL.canParse(url) || !/^https?:$/.test(new URL(url).protocol)) throw new UsageError(`--registry must be an http(s) URL, got "${url}"`);
  const apiKey = stringOption(values, 'api-key') ?? io.env.apiKey;
  if (needsKey && !apiKey) throw new UsageError('an API key is needed: pass --api-key <key> or set NEXUS_API_KEY');
  return { url, apiKey };
}

export function stringOption(values: TOptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}

/** `@acme/x@^1.2` → `{ name: '@acme/x', spec: '^1.2' }`; the spec is whatever follows the second `@`. */
export function splitNameSpec(arg: string, what: string): { name: string; spec: string | undefined } {
  const at = arg.indexOf('@', 1);
  const name = at === -1 ? arg : arg.slice(0, at);
  const spec = at === -1 ? undefined : arg.slice(at + 1);
  const parsed = ZScopedName.safeParse(name);
  if (!parsed.success) throw new UsageError(`${what}: "${name}" ${parsed.error.issues[0]?.message ?? 'is not a valid name'}`);
  return { name, spec: spec === '' ? undefined : spec };
}

export function positional(positionals: string[], index: number, what: string): string {
  const v = positionals[index];
  if (v === undefined) throw new UsageError(`missing ${what}`);
  return v;
}
