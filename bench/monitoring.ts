// Monitoring, reports and letters at one region's realistic size (issue 5): 2,000 innovations in
// ~45 units (bench/registry-data.ts), review states spread over the workflow. Times, in-process on
// PGlite (or PostgreSQL with DATABASE_URL, on a throwaway database):
// - the monitoring dashboard (units' standing + IID claimed/verified per period + trend);
// - the mentor inbox of an admin;
// - the recap workbook and the national-format list (export runners);
// - notice letters to every unit below quota (one PDF each, numbered, zipped).
//   node --import tsx bench/monitoring.ts [innovations=2000]
// Not part of npm test.
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase } from '../src/server/db/client.js';
import { exportJobs, periods, users } from '../src/server/db/schema.js';
import { localStorage } from '../src/server/lib/storage.js';
import { loadActor } from '../src/server/modules/auth/auth.service.js';
import { quotaLettersRunner } from '../src/server/modules/letters/letters.service.js';
import { monitoringReport } from '../src/server/modules/monitoring/monitoring.service.js';
import { nationalRunner, recapRunner } from '../src/server/modules/reports/reports.service.js';
import { inbox } from '../src/server/modules/review/review.service.js';
import { generateRegistry } from './registry-data.js';

const count = Number(process.argv[2] ?? 2000);
const server = process.env.DATABASE_URL;
const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-bench-monitoring-'));
let dbUrl: string | undefined;
if (server) {
  const name = `lumbung_bench_${Date.now()}`;
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  dbUrl = server.replace(/\/[^/]*$/, `/${name}`);
}
const database = await openDatabase({ databaseUrl: dbUrl, dataDir: dbUrl ? null : dir });
const { db } = database;
const storage = localStorage(path.join(dir, 'files'));
const data = await generateRegistry(db, { innovations: count, storage, log: () => {} });
// Spread the review states as in the last weeks before the deadline.
await db.execute(sql`update innovations set review_state = (array['draf','draf','diajukan','dikembalikan','diverifikasi','disahkan','siap_dilaporkan'])[1 + (abs(hashtext(id::text)) % 7)], review_state_at = now() - (abs(hashtext(name)) % 20) * interval '1 day'`);
await db.execute(sql`analyze`);
const [adminRow] = await db.select({ id: users.id }).from(users).where(eq(users.email, data.adminEmail));
const actor = (await loadActor(db, adminRow!.id))!;

async function time(name: string, runs: number, fn: () => Promise<unknown>) {
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${name.padEnd(44)} p50 ${ms[Math.floor(ms.length / 2)]!.toFixed(0).padStart(6)} ms   max ${ms.at(-1)!.toFixed(0).padStart(6)} ms   (${runs} runs)`);
}

const exportRow = async (kind: string, params: object) =>
  (await db.insert(exportJobs).values({ regionId: data.regionId, userId: actor.userId, kind, params }).returning())[0]!;
const progress = async () => {};

console.log(`${data.counts.innovations} innovations, ${data.counts.units} units, ${database.driver}; load ${os.loadavg()[0]!.toFixed(1)}`);
await time('monitoring dashboard (2 periods, trend)', 10, () => monitoringReport(db, actor));
await time('mentor inbox (admin: all waiting)', 10, () => inbox(db, actor));
await time('recap workbook (3 sheets)', 3, async () => recapRunner({ db })({ row: await exportRow('report.recap', {}), progress }));
await time('national-format list', 3, async () => nationalRunner({ db })({ row: await exportRow('report.national', {}), progress }));
await db.update(periods).set({ duties: { obligations: { defaultQuota: 200, basicServiceQuota: 200 } } }).where(eq(periods.id, data.periodId));
let letters = 0;
await time('notice letters, every unit below quota', 2, async () => {
  const out = await quotaLettersRunner({ db, storage })({ row: await exportRow('letters.pemberitahuan', { kind: 'pemberitahuan' }), progress: async (_d, total) => void (letters = total) });
  return out;
});
console.log(`  (${letters} letters per run)`);
await database.close();
await fs.rm(dir, { recursive: true, force: true });
if (server && dbUrl) {
  const admin = new pg.Client({ connectionString: server });
  await admin.connect();
  await admin.query(`drop database ${dbUrl.split('/').pop()}`);
  await admin.end();
}
