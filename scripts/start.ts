// `npm start` / `npm run dev`: the whole platform, embedded unless servers are configured; Ctrl-C stops it.
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '@nexus/kernel/config';
import { loadPlatformEnv } from './env';
import { startPlatform } from './platform/start-platform';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const noWeb = process.argv.includes('--no-web');

let env;
try {
  env = loadPlatformEnv();
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(e.message);
    process.exit(1);
  }
  throw e;
}
env.db.DATA_DIR = resolve(repoRoot, env.db.DATA_DIR);

const platform = await startPlatform({ env, repoRoot, web: !noWeb, watch }).catch((e: Error) => {
  console.error(`nexus: failed to start: ${e.message}`);
  process.exit(1);
});

console.log(`
  Nexus Forge is running (${platform.databaseMode === 'embedded' ? 'embedded mode' : 'server mode'})
    GraphQL gateway   ${platform.urls.gateway}   (GraphiQL in the browser; WebSocket ${platform.urls.gatewayWs})
    Web               ${platform.urls.web ?? '(not started)'}
    Subgraphs         marketplace ${platform.urls.marketplace} · tenancy ${platform.urls.tenancy} · workflows ${platform.urls.workflows}
    Demo sign-in      demo@nexus.dev / demo-password-123
  Ctrl-C stops everything.
`);

let stopping = false;
const stop = async (signal: string) => {
  if (stopping) {
    console.log('nexus: second signal, exiting now');
    process.exit(1);
  }
  stopping = true;
  console.log(`\nnexus: ${signal} received, stopping …`);
  // A stuck component must not keep the terminal hostage.
  setTimeout(() => {
    console.error('nexus: did not stop within 15 s; exiting');
    process.exit(1);
  }, 15_000).unref();
  await platform.stop();
  process.exit(0);
};
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
