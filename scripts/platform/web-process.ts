// Runs the Next.js app as a child process: builds it first when the sources changed since the last build.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === '.next' || entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

export function needsBuild(repoRoot: string): boolean {
  const buildId = join(repoRoot, 'apps/web/.next/BUILD_ID');
  if (!existsSync(buildId)) return true;
  const built = statSync(buildId).mtimeMs;
  return [join(repoRoot, 'apps/web/src'), join(repoRoot, 'packages/ui/src')].some((d) => existsSync(d) && newestMtime(d) > built);
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
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', GATEWAY_URL: o.gatewayHttpUrl, NEXT_PUBLIC_GATEWAY_WS_URL: o.gatewayWsUrl, PORT: String(o.port) };
  const next = join(o.repoRoot, 'node_modules/next/dist/bin/next');
  if (!o.watch && needsBuild(o.repoRoot)) {
    o.log('web: building (next build) …');
    const build = spawnSync(process.execPath, [next, 'build'], { cwd, env, stdio: 'inherit' });
    if (build.status !== 0) throw new Error('web: next build failed');
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
