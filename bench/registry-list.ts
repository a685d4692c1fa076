// The registry list under load (issue 4): a real server process on a region with 2,000
// innovations, 20 signed-in users (admins and operators) sending a mix of list, filter, search,
// sort and paging requests for ~20 s. Prints p50/p95/p99 and req/s per request kind. Budget: p95
// under 100 ms at 20 concurrent users. Afterwards the list SQL of every kind is EXPLAIN ANALYZEd
// on the same data without load, which separates a slow query from queueing.
//   node --import tsx bench/registry-list.ts [seconds=20] [users=20] [--plans] [--think=ms]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/registry-list.ts
// With DATABASE_URL (a PostgreSQL server, any database the role may CREATE DATABASE from) the
// same run follows on a throwaway database there, dropped afterwards. Not part of npm test.
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { eq, sql } from 'drizzle-orm';
import { InnovationListQuery } from '../src/domain/contracts/innovations.js';
import { openDatabase } from '../src/server/db/client.js';
import * as schema from '../src/server/db/schema.js';
import { databaseSessionStore } from '../src/server/lib/session-store.js';
import { localStorage } from '../src/server/lib/storage.js';
import { loadActor } from '../src/server/modules/auth/auth.service.js';
import { listInnovations } from '../src/server/modules/innovations/innovations.service.js';
import { freePort, run, waitHealthy, type Proc } from '../src/server/test/process.js';
import { capturingDatabase, closedLoop, createDatabase, dropDatabase, loadAverage as load, percentile, timedGet, timesBy } from './load.js';
import { generateRegistry, prng, type RegistryData } from './registry-data.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const seconds = Number(args[0] ?? 20);
const userCount = Number(args[1] ?? 20);
const showPlans = process.argv.includes('--plans');
/** Pause of each user between requests (--think=ms); 0 is the stress case: a new request at once. */
const thinkMs = Number(process.argv.find((a) => a.startsWith('--think='))?.slice(8) ?? 0);
const BUDGET_P95_MS = 100;
const PASSWORD = 'lumbung-demo';

// The server process inherits this process's environment: without this, a PGlite run would pick up
// the PostgreSQL server's URL as its own database.
const postgresServer = process.env.DATABASE_URL;
delete process.env.DATABASE_URL;

// ---------------------------------------------------------------- the request mix

type Kind = { name: string; weight: number; query: (who: Who) => string };
type Who = { role: 'admin' | 'operator'; unitId: string };

/** What people do on the list page: mostly open it, then filter, search, sort and page. */
const kinds = (data: RegistryData): Kind[] => [
  { name: 'list page 1 (default sort)', weight: 4, query: () => '' },
  { name: 'filter stage=uji_coba', weight: 1, query: () => '?stage=uji_coba' },
  { name: 'filter affair=kesehatan', weight: 1, query: () => '?affair=kesehatan' },
  { name: 'filter unitId', weight: 1, query: (w) => `?unitId=${w.role === 'admin' ? data.busiestUnitId : w.unitId}` },
  { name: 'search q=layanan', weight: 1, query: () => '?q=layanan' },
  { name: 'search q=kesehatan desa', weight: 1, query: () => '?q=kesehatan%20desa' },
  { name: 'search q=antre', weight: 1, query: () => '?q=antre' },
  { name: 'sort name asc', weight: 1, query: () => '?sort=name&order=asc' },
  { name: 'sort maturity desc', weight: 1, query: () => '?sort=maturity&order=desc' },
  { name: 'page 5', weight: 1, query: () => '?page=5' },
];

// ---------------------------------------------------------------- HTTP

/** Signs in through the API like the web app: CSRF token, then the session cookie. */
async function signIn(base: string, email: string): Promise<string> {
  const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const jar = cookieOf(csrf);
  const { token } = (await csrf.json()) as { token: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: jar },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`sign-in of ${email}: ${res.status} ${await res.text()}`);
  return cookieOf(res);
}

/** One GET on a kept-alive connection with the user's session; the body as text. */
const get = (agent: http.Agent, base: string, url: string, cookie: string) => timedGet(agent, base, url, { cookie, accept: 'application/json' }).then((res) => ({ ...res, body: res.body.toString('utf8') }));

// ---------------------------------------------------------------- one run

async function bench(driver: 'pglite' | 'postgres') {
  console.log(`\n=== ${driver} — load ${load()} ===`);
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-bench-list-'));
  const databaseUrl = driver === 'postgres' ? await createDatabase(postgresServer!) : undefined;
  let server: Proc | undefined;
  try {
    // The data first, with the server not yet running (PGlite allows one process per folder).
    const database = await openDatabase({ databaseUrl, dataDir });
    const data = await generateRegistry(database.db, { storage: localStorage(path.join(dataDir, 'files')), log: (l) => process.stdout.write(l) });
    // PostgreSQL's autovacuum analyses a bulk-loaded table within a minute; the bench must not
    // measure the planner's empty-table guesses instead. PGlite runs no autovacuum, so it stays
    // unanalysed, as a real PGlite installation does.
    if (driver === 'postgres') await database.db.execute(sql`analyze`);
    await database.close();
    const c = data.counts;
    console.log(`generated ${c.units} units, ${c.innovations} innovations (${(c.designWords / c.innovations).toFixed(0)} design words each), ${c.answers} answers, ${c.evidence} evidence in ${(data.ms / 1000).toFixed(1)} s`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = run('src/server/main.ts', ['--demo'], {
      LUMBUNG_DATA_DIR: dataDir,
      PORT: String(port),
      LUMBUNG_SIGNIN_LIMIT_PER_MINUTE: '1000',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    });
    await waitHealthy(port, server);
    const pid = server.child.pid!;

    // 20 users, each with an own session: 70 % admins (whole region), 30 % operators (one unit).
    const users: (Who & { cookie: string })[] = [];
    for (let i = 0; i < userCount; i++) {
      const role = i < Math.round(userCount * 0.7) ? 'admin' : 'operator';
      users.push({ role, unitId: data.operatorUnitId, cookie: await signIn(base, role === 'admin' ? data.adminEmail : data.operatorEmail) });
    }
    const mix = kinds(data);
    const agent = new http.Agent({ keepAlive: true, maxSockets: userCount });

    // How many rows each request kind matches, so the figures can be read against the work done.
    const admin = users[0]!;
    console.log('\nmatches for an admin (total of the list):');
    for (const kind of mix) {
      const res = await get(agent, base, `/api/innovations${kind.query(admin)}`, admin.cookie);
      if (res.status !== 200) throw new Error(`${kind.name}: ${res.status} ${res.body}`);
      console.log(`  ${kind.name.padEnd(28)} ${String((JSON.parse(res.body) as { total: number }).total).padStart(5)}`);
    }

    // One user alone: the service time of each kind without any queueing.
    console.log(`\none user, sequential (15 requests per kind, first 5 not counted), load ${load()}:`);
    for (const kind of mix) {
      const ms: number[] = [];
      for (let i = 0; i < 15; i++) {
        const res = await get(agent, base, `/api/innovations${kind.query(admin)}`, admin.cookie);
        if (i >= 5) ms.push(res.ms);
      }
      ms.sort((a, b) => a - b);
      console.log(`  ${kind.name.padEnd(28)} p50 ${percentile(ms, 50).toFixed(1).padStart(6)} ms   max ${ms.at(-1)!.toFixed(1).padStart(6)} ms`);
    }
    // The floor every API request pays (session, actor, routing, serialisation) without a list.
    const floor: number[] = [];
    for (let i = 0; i < 15; i++) floor.push((await get(agent, base, '/api/auth/me', admin.cookie)).ms);
    floor.sort((a, b) => a - b);
    console.log(`  ${'(reference) GET /api/auth/me'.padEnd(28)} p50 ${percentile(floor, 50).toFixed(1).padStart(6)} ms`);

    // The concurrent run: every user sends its next request as soon as the last one is answered
    // (after a pause with --think): 20 requests in flight at all times is the stress case.
    const totalWeight = mix.reduce((s, k) => s + k.weight, 0);
    const random = prng(7); // a fixed sequence: every run sends the same mix
    const nextKind = () => {
      let r = random() * totalWeight;
      return mix.find((k) => (r -= k.weight) < 0) ?? mix[0]!;
    };
    const result = await closedLoop({
      clients: userCount,
      ms: seconds * 1000,
      warmupMs: 3000, // plans, caches and the JIT settle first
      thinkMs,
      random,
      pid,
      send: async (i) => {
        const user = users[i]!;
        const kind = nextKind();
        const res = await get(agent, base, `/api/innovations${kind.query(user)}`, user.cookie);
        return { ok: res.status === 200, ms: res.ms, sample: { kind: kind.name, role: user.role } };
      },
    });
    const elapsed = result.elapsedS;
    const byKind = timesBy(result.samples, (s) => s.kind, mix.map((k) => k.name));
    const byRole = timesBy(result.samples, (s) => s.role, ['admin', 'operator']);

    const row = (label: string, ms: number[]) => {
      const s = [...ms].sort((a, b) => a - b);
      const p95 = percentile(s, 95);
      return `  ${label.padEnd(28)} ${String(s.length).padStart(6)} ${(s.length / elapsed).toFixed(1).padStart(7)} ${percentile(s, 50).toFixed(1).padStart(8)} ${p95.toFixed(1).padStart(8)} ${percentile(s, 99).toFixed(1).padStart(8)}   ${p95 < BUDGET_P95_MS ? 'ok' : 'OVER'}`;
    };
    console.log(`\n${userCount} concurrent users${thinkMs ? ` (think time ~${thinkMs} ms)` : ''} for ${elapsed.toFixed(1)} s (load ${result.load}), server process CPU ${(result.cpu * 100).toFixed(0)} %, errors ${result.errors}:`);
    console.log(`  ${'request'.padEnd(28)} ${'count'.padStart(6)} ${'req/s'.padStart(7)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}   p95 < ${BUDGET_P95_MS} ms`);
    for (const kind of mix) console.log(row(kind.name, byKind.get(kind.name)!));
    console.log(row('admins (all kinds)', byRole.get('admin')!));
    console.log(row('operators (all kinds)', byRole.get('operator')!));
    console.log(row('overall', result.samples.map((s) => s.ms)));
    agent.destroy();

    server.child.kill('SIGTERM');
    await server.exited;
    server = undefined;
    await explain(driver, dataDir, databaseUrl, data, mix);
  } finally {
    if (server) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    if (databaseUrl) await dropDatabase(postgresServer!, databaseUrl);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- where a list request's time goes

/**
 * Runs the service's own code on a logging connection to capture the exact SQL and parameters a
 * list request sends (nothing rewritten by hand), then times each statement alone and EXPLAIN
 * ANALYZEs the list query of every request kind, as is and split into page + count.
 */
async function explain(driver: 'pglite' | 'postgres', dataDir: string, databaseUrl: string | undefined, data: RegistryData, mix: Kind[]) {
  const { db, captured, query, close } = await capturingDatabase(driver, dataDir, databaseUrl);
  /** Captures the statements `work` sends. */
  const capture = async (work: () => Promise<unknown>) => {
    captured.length = 0;
    await work();
    return [...captured];
  };
  const p50 = async (times: number, run: () => Promise<number>) => {
    const ms: number[] = [];
    for (let i = 0; i < times; i++) ms.push(await run());
    return ms.sort((a, b) => a - b)[Math.floor(times / 2)]!;
  };
  /** Wall time through the driver: round trip, execution and (for a write) the commit. */
  const wall = (c: { sql: string; params: unknown[] }) =>
    p50(20, async () => {
      const t0 = performance.now();
      await query(c.sql, c.params);
      return performance.now() - t0;
    });
  const explainMs = async (text: string, params: unknown[]) => {
    let plan = '';
    const ms = await p50(5, async () => {
      plan = (await query(`explain (analyze, buffers) ${text}`, params)).rows.map((r) => String(Object.values(r)[0])).join('\n');
      return Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1]);
    });
    return { ms, plan };
  };

  try {
    const adminId = (await db.query.users.findFirst({ where: eq(schema.users.email, data.adminEmail) }))!.id;
    const actor = (await loadActor(db, adminId))!;
    const queryOf = (kind: Kind) => InnovationListQuery.parse(Object.fromEntries(new URLSearchParams(kind.query({ role: 'admin', unitId: data.operatorUnitId }))));
    // Warm-up: PGlite's WebAssembly is compiled in tiers and its caches start cold; the first
    // queries after opening would otherwise be timed several times too slow.
    for (let i = 0; i < 3; i++) for (const kind of mix) await listInnovations(db, actor, queryOf(kind));

    // Every API request reads its session and actor; rolling sessions also save the session row on
    // every response (@fastify/session `rolling: true` calls store.set), so a read is also a write.
    const [session] = await db.select().from(schema.sessions).where(eq(schema.sessions.userId, adminId)).limit(1);
    const store = databaseSessionStore(db, 86_400_000);
    const viaStore = (call: (cb: (err?: unknown) => void) => void) => new Promise<void>((resolve, reject) => call((err) => (err ? reject(err) : resolve())));
    const sessionRead = await capture(() => viaStore((cb) => store.get(session!.sid, cb)));
    const sessionSave = await capture(() => viaStore((cb) => store.set(session!.sid, session!.data as never, cb)));
    const actorRead = await capture(() => loadActor(db, adminId));
    const [period, list] = await capture(() => listInnovations(db, actor, queryOf(mix[0]!)));
    console.log(`\nthe statements of one list request (page 1, admin), each alone, wall time p50 of 20 (load ${load()}):`);
    for (const [label, statement] of [
      ['session read', sessionRead[0]!],
      ['actor (user, roles, units)', actorRead[0]!],
      ['current period', period!],
      ['list page', list!],
      ['session save (upsert)', sessionSave[0]!],
    ] as const) {
      console.log(`  ${label.padEnd(30)} ${(await wall(statement)).toFixed(2).padStart(7)} ms`);
    }
    if (driver === 'postgres') {
      const [stats] = (await query(`select n_tup_upd + n_tup_ins as writes from pg_stat_user_tables where relname = 'sessions'`, [])).rows;
      console.log(`  session row writes during the whole run: ${String(stats?.writes)} (one per request answered)`);
    }

    console.log(`\nEXPLAIN ANALYZE of the list SQL, admin, no other requests (execution time, p50 of 5; load ${load()}):`);
    console.log(`  ${'request'.padEnd(28)} ${'page'.padStart(7)} ${'count'.padStart(7)}   (ms; the service sends the page and the count as two statements)`);
    for (const kind of mix) {
      const statements = await capture(() => listInnovations(db, actor, queryOf(kind)));
      const page = statements.find((c) => / limit /i.test(c.sql))!;
      const counted = statements.find((c) => /count\(\*\)/i.test(c.sql))!;
      const p = await explainMs(page.sql, page.params);
      const c = await explainMs(counted.sql, counted.params);
      const scan = p.plan.split('\n').find((l) => /Scan .*on innovations/.test(l))?.trim().replace(/\s+\(cost=[^)]*\)/, '').replace(/\(actual.*$/, '') ?? '';
      console.log(`  ${kind.name.padEnd(28)} ${p.ms.toFixed(1).padStart(7)} ${c.ms.toFixed(1).padStart(7)}   ${scan}`);
      if (showPlans) console.log(`${p.plan.replace(/^/gm, '      ')}\n`);
    }
  } finally {
    await close();
  }
}

console.log(`registry list bench: ${userCount} users × ${seconds} s, Node ${process.version}, ${os.cpus().length} cores`);
await bench('pglite');
if (postgresServer) await bench('postgres');
