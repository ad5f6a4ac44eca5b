// `npm test`: typecheck, lint, drift of generated files, unit + integration (vitest), e2e (Playwright); one summary line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inheritedEnv, isCi } from './env';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const reportDir = join(repoRoot, 'test-results');
mkdirSync(reportDir, { recursive: true });
const only = process.argv.slice(2);

interface Step { name: string; cmd: string[]; counts?: () => { passed: number; failed: number } }

const vitestJson = join(reportDir, 'vitest.json');
const playwrightJson = join(reportDir, 'playwright.json');
const readJson = (p: string) => (existsSync(p) ? JSON.parse(readFileSync(p, 'utf8')) : null);

const steps: Step[] = [
  { name: 'typecheck', cmd: ['npm', 'run', '-s', 'typecheck'] },
  { name: 'lint', cmd: ['npm', 'run', '-s', 'lint'] },
  // Checked-in outputs must match their sources: supergraph, codegen types, migrations vs schema.
  { name: 'generated', cmd: ['npm', 'run', '-s', 'generated:check'] },
  {
    name: 'unit+integration',
    cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJson}`],
    counts: () => {
      const r = readJson(vitestJson);
      return { passed: r?.numPassedTests ?? 0, failed: r?.numFailedTests ?? 0 };
    },
  },
  {
    name: 'e2e',
    cmd: ['npx', 'playwright', 'test', '-c', 'apps/web/playwright.config.ts'],
    counts: () => {
      const s = readJson(playwrightJson)?.stats;
      return { passed: s?.expected ?? 0, failed: (s?.unexpected ?? 0) + (s?.flaky ?? 0) };
    },
  },
];

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];
for (const step of steps) {
  if (only.length && !only.includes(step.name)) continue;
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const started = Date.now();
  const run = spawnSync(step.cmd[0]!, step.cmd.slice(1), {
    cwd: repoRoot,
    stdio: 'inherit',
    env: { ...inheritedEnv(), PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson, FORCE_COLOR: isCi() ? '0' : '1' },
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (step.counts) {
    const c = step.counts();
    passed += c.passed;
    failed += c.failed;
  }
  if (run.status !== 0) failedSteps.push(step.name);
  console.log(`━━ ${step.name}: ${run.status === 0 ? 'ok' : `FAILED (exit ${run.status})`} in ${seconds}s`);
}

console.log(failedSteps.length ? `\nFailed steps: ${failedSteps.join(', ')}` : '\nAll steps passed.');
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failedSteps.length ? 1 : 0);
