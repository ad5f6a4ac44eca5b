// One vitest run over every workspace; integration tests share the same runner.
import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  // Node (and so tsx) loads graphql's CommonJS build; Vite would pick the .mjs one and the
  // Apollo libraries would then see two graphql instances. Use the one Node uses.
  resolve: { alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }] },
  test: {
    include: ['packages/*/src/**/*.test.ts', 'subgraphs/*/src/**/*.test.ts', 'apps/gateway/src/**/*.test.ts', 'apps/web/src/**/*.test.ts', 'scripts/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    poolOptions: { forks: { maxForks: 2, minForks: 1 } },
    reporters: ['default'],
  },
});
