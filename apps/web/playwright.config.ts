// End-to-end tests against the whole platform, started by the repo's start script.
import { fileURLToPath } from 'node:url';
import { defineConfig, devices } from '@playwright/test';

const webDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.e2e.ts',
  // The flows share one database and one browser; keep them serial and predictable.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // The json report (path from PLAYWRIGHT_JSON_OUTPUT_NAME) feeds `npm test`'s summary line.
  reporter: [['list'], ['json']],
  use: {
    baseURL: 'http://localhost:3000',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // video needs a downloaded ffmpeg, which this environment does not have.
    video: 'off',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        // The clipboard test reads back what the Copy button wrote.
        permissions: ['clipboard-read', 'clipboard-write'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      },
    },
  ],
  webServer: {
    command: 'npx tsx ../../scripts/start.ts',
    url: 'http://localhost:3000',
    reuseExistingServer: !process.env.CI,
    timeout: 420_000,
    cwd: webDir,
    // Its own embedded database, so tests never touch the data of a developer's `npm start`.
    env: { DATA_DIR: '.data/e2e', EMBEDDED_DB_PORT: '5434', LOG_LEVEL: 'warn' },
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
