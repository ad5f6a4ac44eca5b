// Validates an env source against a zod schema; exits with a readable list of problems.
import type { z } from 'zod';

export class ConfigError extends Error {}

export function parseEnv<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>, appName: string): z.infer<S> {
  const result = schema.safeParse(source);
  if (result.success) return result.data;
  const lines = result.error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new ConfigError(`${appName}: invalid environment\n${lines.join('\n')}`);
}

/** For env.ts files at start-up: print the problem and exit instead of throwing a stack trace. */
export function loadEnvOrExit<S extends z.ZodType>(schema: S, source: Record<string, string | undefined>, appName: string): z.infer<S> {
  try {
    return parseEnv(schema, source, appName);
  } catch (e) {
    if (e instanceof ConfigError) {
      console.error(e.message);
      process.exit(1);
    }
    throw e;
  }
}
