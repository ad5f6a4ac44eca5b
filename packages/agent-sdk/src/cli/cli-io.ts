// What a CLI command may touch: output streams, working directory and environment, so tests run it in-process.
import type { TCliEnv } from './env';

export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  /** A progress line that replaces the previous one on a terminal; `done` ends it. */
  progress: (line: string, done: boolean) => void;
  cwd: string;
  env: TCliEnv;
}

/** Wrong arguments: exit code 2 and the command's usage line. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Writes to the real process streams; progress overwrites in place only on a TTY. */
export function processIo(env: TCliEnv): CliIo {
  const tty = process.stderr.isTTY === true;
  return {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    progress: (line, done) => process.stderr.write(tty ? `\r${line}${done ? '\n' : ''}` : `${line}\n`),
    cwd: process.cwd(),
    env,
  };
}
