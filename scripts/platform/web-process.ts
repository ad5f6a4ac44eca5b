// Runs the Next.js app as a child process, built first (turbo caches the build).
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { inheritedEnv } from '../env';

/** Builds the web through turbo, whose cache skips the build when sources and env are unchanged. */
function buildWeb(repoRoot: string, env: NodeJS.ProcessEnv): void {
  const turbo = join(repoRoot, 'node_modules/.bin/turbo');
  const build = spawnSync(turbo, ['run', 'build', '--filter=@nexus/web', '--output-logs=errors-only'], { cwd: repoRoot, env, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('web: build failed (turbo run build --filter=@nexus/web)');
}

export interface WebOptions {
  repoRoot: string;
  port: number;
  host: string;
  gatewayHttpUrl: string;
  gatewayWsUrl: string;
  watch: boolean;
  log: (line: string) => void;
}

export function startWeb(o: WebOptions): { child: ChildProcess; stop(): Promise<void> } {
  const cwd = join(o.repoRoot, 'apps/web');
  const env = { ...inheritedEnv(), NEXT_TELEMETRY_DISABLED: '1', GATEWAY_URL: o.gatewayHttpUrl, NEXT_PUBLIC_GATEWAY_WS_URL: o.gatewayWsUrl, PORT: String(o.port) };
  const next = join(o.repoRoot, 'node_modules/next/dist/bin/next');
  if (!o.watch) {
    o.log('web: build (cached by turbo when nothing changed) …');
    buildWeb(o.repoRoot, { ...env, TURBO_TELEMETRY_DISABLED: '1' });
  }
  const args = o.watch ? ['dev', '-p', String(o.port), '-H', o.host] : ['start', '-p', String(o.port), '-H', o.host];
  const child = spawn(process.execPath, [next, ...args], { cwd, env, stdio: ['ignore', 'inherit', 'inherit'] });
  return {
    child,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}
