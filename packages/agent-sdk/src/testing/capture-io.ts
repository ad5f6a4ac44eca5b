// Test helper: a CliIo that records what a command prints, and temp folders that clean up after themselves.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliIo } from '../cli/cli-io';
import { DEFAULT_REGISTRY, type TCliEnv } from '../cli/env';
import { runCli } from '../cli/run-cli';

export interface CapturedRun {
  code: number;
  stdout: string;
  stderr: string;
  /** Progress lines only (they also appear in stderr). */
  progress: string[];
}

export async function runNexus(argv: string[], opts: { cwd: string; env?: Partial<TCliEnv> }): Promise<CapturedRun> {
  const out: string[] = [];
  const err: string[] = [];
  const progress: string[] = [];
  const io: CliIo = {
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    progress: (l) => {
      progress.push(l);
      err.push(l);
    },
    cwd: opts.cwd,
    env: { apiKey: undefined, registry: DEFAULT_REGISTRY, debug: false, ...opts.env },
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), progress };
}

/** A fresh temp folder per call; `cleanup()` removes every folder made so far (use in afterEach/afterAll). */
export function tempDirs(prefix = 'nexus-sdk-') {
  const made: string[] = [];
  return {
    make: (): string => {
      const dir = mkdtempSync(join(tmpdir(), prefix));
      made.push(dir);
      return dir;
    },
    cleanup: (): void => {
      for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}
