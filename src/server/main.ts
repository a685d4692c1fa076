import path from 'node:path';
import { sql } from 'drizzle-orm';
import { readEnv } from './env.js';
import { sweepStorage } from './lib/storage-sweep.js';
import { DataDirInUse } from './lib/lock.js';
import { purgeExpiredSessions } from './lib/session-store.js';
import { appVersion, openRuntime } from './runtime.js';

const started = performance.now();
const consoleLog = { info: (obj: object, msg: string) => console.log(msg, JSON.stringify(obj)), warn: (obj: object, msg: string) => console.warn(msg, JSON.stringify(obj)) };
const demo = process.argv.includes('--demo');
const env = readEnv(process.env, demo ? { demo: true } : {});

// The HTTP app's modules load while the database opens: start-up pays for the slower of the two,
// not their sum.
const appModule = import('./app.js');
appModule.catch(() => {}); // reported where it is awaited

let runtime;
try {
  runtime = await openRuntime(env);
} catch (err) {
  if (err instanceof DataDirInUse) {
    console.error(err.message);
    process.exit(2);
  }
  throw err;
}
if (env.demo) await (await import('./modules/demo/demo.seed.js')).seedDemo(runtime.database.db, runtime.storage);
await (await import('./modules/master-data/master-data.service.js')).ensureMasterData(runtime.database.db);
// What a killed process left behind (a half-received upload, an object stored before its commit)
// is removed while the lock is held, before anyone can upload.
await sweepStorage({ db: runtime.database.db, storage: runtime.storage, tmpDir: path.join(env.dataDir, 'tmp'), log: consoleLog });
// Expired sessions are dropped at start and every six hours, so the table does not grow forever.
const purge = () => purgeExpiredSessions(runtime.database.db).catch((err: Error) => console.error(`session purge: ${err.message}`));
await purge();
setInterval(() => void purge(), 6 * 3_600_000).unref();
const background = await import('./background.js');
const logJobError = (err: Error) => console.error(`job: ${err.message}`);
const jobs = background.jobDispatch({ db: runtime.database.db, mailer: runtime.mailer, storage: runtime.storage, publicUrl: env.publicUrl }, logJobError);
const app = await (await appModule).buildApp({ ...runtime, jobs, version: await appVersion() });

let closing = false;
/** Stops the catalogue's minute checks (set once the server listens). */
const catalogue = { stop: () => {} };
async function shutdown(signal: string) {
  if (closing) return;
  closing = true;
  app.log.info({ signal }, 'shutting down');
  catalogue.stop();
  await app.close();
  await jobs.queue?.stop().catch((err: Error) => app.log.warn({ err }, 'job queue stop'));
  await runtime!.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));

await app.listen({ port: env.port, host: env.host });
// PGlite never runs autovacuum's ANALYZE: without statistics every estimate is one row and the
// planner ignores the search index. Refresh them once per start, after the server is up.
void runtime.database.db.execute(sql`analyze`).catch((err: Error) => app.log.warn({ err }, 'analyze failed'));
// The public catalogue's snapshot and search index load in the background (seconds at 40,000
// published innovations), so the first visitor of /inovasi does not wait; then checked every minute.
catalogue.stop = (await import('./modules/catalogue/catalogue.query.js')).warmCatalogue(runtime.database.db, (msg, fields) => app.log.info(fields, msg));
const ms = Math.round(performance.now() - started);
const shown = env.host === '0.0.0.0' || env.host === '127.0.0.1' ? 'localhost' : env.host;
console.log(`Lumbung siap / ready: http://${shown}:${env.port} (${runtime.database.driver}, ${ms} ms${env.demo ? ', demo' : ''})`);
// Reminders, digests and long exports run in the PostgreSQL-backed queue, which survives restarts.
// It starts once the server answers, so start-up does not wait for the queue's schema check.
await background.startQueue(runtime.database, jobs, logJobError);
