// `npm run bench -- <name>`: runs bench/<name>.ts (all of them without a name).
import { readdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = dirname(fileURLToPath(import.meta.url));
const available = readdirSync(dir).filter((f) => f.endsWith('.bench.ts')).map((f) => f.replace('.bench.ts', ''));
const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const names = wanted.length ? wanted : available;
for (const name of names) {
  if (!available.includes(name)) {
    console.error(`bench: unknown benchmark "${name}"; available: ${available.join(', ')}`);
    process.exit(2);
  }
  const r = spawnSync(process.execPath, ["--import", "tsx", join(dir, `${name}.bench.ts`), ...process.argv.slice(2).filter((a) => a.startsWith("-"))], { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
