import pg from 'pg';
import { startEmbeddedPostgres } from '/work/main/packages/db/src/embedded-postgres.ts';
const e = await startEmbeddedPostgres({ port: 0 });
console.log(e.appUrl);
const a = new pg.Pool({ connectionString: e.appUrl, max: 5 });
const w = new pg.Pool({ connectionString: e.workerUrl, max: 5 });
console.log((await a.query('select current_user, session_user')).rows, (await w.query('select current_user')).rows);
// concurrent transactions
await Promise.all(Array.from({ length: 50 }, async (_, i) => {
  const c = await (i % 2 ? a : w).connect();
  try {
    await c.query('BEGIN');
    await c.query("select set_config('app.x', $1, true)", [String(i)]);
    await new Promise((r) => setTimeout(r, Math.random() * 5));
    const r = await c.query("select current_setting('app.x') x, current_user u");
    if (r.rows[0].x !== String(i) || r.rows[0].u !== (i % 2 ? 'nexus_app' : 'nexus_worker')) throw new Error('leak ' + JSON.stringify(r.rows[0]) + i);
    await c.query('COMMIT');
  } finally { c.release(); }
}));
console.log('ok concurrent');
try { const bad = new pg.Client(e.appUrl.replace('nexus_app', 'nobody')); await bad.connect(); console.log('bad connected?!'); } catch (err) { console.log('bad rejected:', (err as Error).message); }
await a.end(); await w.end(); await e.stop();
console.log('stopped');
