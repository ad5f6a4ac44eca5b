// Lint rules that keep the dependency arrows one way (packages → subgraphs → apps) and env reads in env.ts.
import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const subgraphs = readdirSync(new URL('./subgraphs/', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

const noOtherSubgraph = subgraphs.map((name) => ({
  files: [`subgraphs/${name}/**/*.ts`],
  rules: {
    'no-restricted-imports': ['error', {
      patterns: [
        ...subgraphs.filter((o) => o !== name).flatMap((o) => [
          { group: [`**/${o}/**`, `@nexus/subgraph-${o}`, `@nexus/subgraph-${o}/**`], message: `A subgraph never imports another subgraph (${name} → ${o}); use federation or a domain event.` },
        ]),
        { group: ['**/apps/**', '@nexus/gateway', '@nexus/gateway/**', '@nexus/web', '@nexus/web/**'], message: 'Subgraphs do not import apps.' },
      ],
    }],
  },
}));

export default tseslint.config(
  {
    ignores: ['**/node_modules/**', '**/.next/**', '**/generated/**', 'apps/web/src/gql/**', 'apps/web/next-env.d.ts', 'test-results/**', 'playwright-report/**', '.data/**', 'bench/results/**', 'packages/db/bin/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly', setInterval: 'readonly', clearInterval: 'readonly', fetch: 'readonly' } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-syntax': ['error', {
        selector: "MemberExpression[object.name='process'][property.name='env']",
        message: 'Read process.env only in an env.ts file, validated with zod.',
      }],
    },
  },
  {
    // Env files and tool configs are where the environment is read.
    files: ['**/env.ts', '**/*.config.ts', '**/*.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // Tests poke at loosely typed GraphQL results.
    files: ['**/*.test.ts', '**/testing/**/*.ts', '**/*.e2e.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  {
    files: ['packages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ group: ['**/subgraphs/**', '**/apps/**', '@nexus/subgraph-*', '@nexus/gateway', '@nexus/gateway/**', '@nexus/web', '@nexus/web/**'], message: 'packages/* sit below subgraphs and apps: they never import them.' }],
      }],
    },
  },
  ...noOtherSubgraph,
);
