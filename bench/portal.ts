// The public portal (issue 6): (a) the first view of /inovasi in bytes on the wire (HTML plus every
// CSS and JS it loads, gzip-compressed, images excluded; budget 150 KB), and (b) catalogue search
// with 40,000 published innovations in one installation, 50 concurrent anonymous visitors, p95
// budget 150 ms: back-to-back (closed loop) and with ~1 s think time, over a realistic mix of
// searches (common words, filters, pages 1–3) and over a long tail of distinct searches that the
// catalogue's one-minute result cache cannot absorb. Afterwards, without load, each kind of search
// is timed uncached in-process and its SQL EXPLAIN ANALYZEd (which separates slow SQL from queueing).
//   node --import tsx bench/portal.ts [seconds=20] [clients=50] [--published=40000] [--think=1000] [--plans]
//   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres node --import tsx bench/portal.ts
// With DATABASE_URL the same run follows on a throwaway PostgreSQL database there (dropped after).
// --data=DIR keeps the generated data for the next run (generation takes minutes): the PGlite folder
// in DIR and a PostgreSQL database `lumbung_bench_portal_<published>` that is then not dropped;
// --only=pglite|postgres runs one of the two; --generate-only stops after generating; --no-build
// never builds the web app (the weight is then measured on whatever build there is);
// --node-env=production starts the server with NODE_ENV=production (React's production build).
// Needs a built web app for (a) (`node scripts/web-build.mjs`, what `npm start` runs when stale);
// without one the weight is skipped. Not part of npm test.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import { existsSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import zlib from 'node:zlib';
import { sql } from 'drizzle-orm';
import { parseCatalogueQuery } from '../src/domain/portal/catalogue-query.js';
import { webDist } from '../src/server/app.js';
import { openDatabase } from '../src/server/db/client.js';
import { catalogueSnapshot } from '../src/server/modules/catalogue/catalogue.index.js';
import { clearCatalogueCache, searchCatalogue } from '../src/server/modules/catalogue/catalogue.query.js';
import { freePort, run, waitHealthy, type Proc } from '../src/server/test/process.js';
import { capturingDatabase, closedLoop, createDatabase, dropDatabase, keptDatabase, loadAverage as load, percentile, timedGet, timesBy, type LoopResult } from './load.js';
import { generatePortal, type PortalData } from './portal-data.js';
import { prng } from './registry-data.js';

const args = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const seconds = Number(args[0] ?? 20);
const clients = Number(args[1] ?? 50);
const flag = (name: string) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1];
const publishedTarget = Number(flag('published') ?? 40_000);
const thinkMs = Number(flag('think') ?? 1000);
const showPlans = process.argv.includes('--plans');
const keepDir = flag('data');
const only = flag('only');
const generateOnly = process.argv.includes('--generate-only');
/** NODE_ENV for the server process: unset by default (React's development build); `npm start` sets production, so pass --node-env=production to measure what it serves. */
const nodeEnv = flag('node-env');
const BUDGET_P95_MS = 150;
const BUDGET_WEIGHT_KB = 150;

const postgresServer = process.env.DATABASE_URL;
delete process.env.DATABASE_URL; // the server process must not take it for a PGlite run

// ---------------------------------------------------------------- the request mixes

type Pick = { name: string; url: string };

/** Words visitors type most (each stems to a common Indonesian root in the generated designs). */
const commonWords = ['layanan', 'kesehatan', 'digital', 'desa', 'sekolah', 'pelayanan kesehatan', 'aplikasi'];
const filters = (d: PortalData) => ['urusan=kesehatan', 'tahapan=penerapan', 'jenis=digital', 'bentuk=pelayanan_publik', `tahun=${d.years.at(-1)}`, `unit=${d.busiestUnitId}`];

/**
 * A realistic mix: most visitors search a common word (page 1 mostly, some go on to 2 and 3), some
 * add a filter, some browse a filter without words, some open the catalogue's first pages. About
 * 200 distinct addresses: after warm-up the result cache answers most of them.
 */
function realistic(d: PortalData, random: () => number): Pick {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const page = () => {
    const r = random();
    return r < 0.7 ? 1 : r < 0.9 ? 2 : 3;
  };
  const withPage = (params: string[], p = page()) => (p > 1 ? [...params, `halaman=${p}`] : params);
  const r = random();
  if (r < 0.45) {
    const q = pick(commonWords);
    return { name: 'search', url: `/inovasi?${withPage([`q=${encodeURIComponent(q)}`]).join('&')}` };
  }
  if (r < 0.7) {
    const q = pick(commonWords);
    return { name: 'search + filter', url: `/inovasi?${withPage([`q=${encodeURIComponent(q)}`, pick(filters(d))]).join('&')}` };
  }
  if (r < 0.85) return { name: 'filter only', url: `/inovasi?${withPage([pick(filters(d))]).join('&')}` };
  const p = page();
  return { name: 'browse', url: p > 1 ? `/inovasi?halaman=${p}` : '/inovasi' };
}

/** Rarer words of the generated texts: with filters and pages, thousands of distinct searches. */
const rareWords = ['posyandu', 'stunting', 'imunisasi', 'balita', 'rujukan', 'gizi', 'guru', 'siswa', 'literasi', 'beasiswa', 'akta', 'kependudukan', 'bumdes', 'lansia', 'disabilitas', 'petani', 'pupuk', 'irigasi', 'panen', 'pangan', 'internet', 'terminal', 'parkir', 'sampah', 'limbah', 'perizinan', 'investasi', 'umkm', 'koperasi', 'pasar', 'wisata', 'atlet', 'pemuda', 'pelatihan', 'jalan', 'drainase', 'jembatan', 'sanitasi', 'bencana', 'kebakaran', 'pajak', 'retribusi', 'pegawai', 'arsip', 'perempuan', 'anak', 'antrean', 'pengaduan', 'keluhan', 'obat'];

function longTail(d: PortalData, random: () => number): Pick {
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const words = random() < 0.5 ? [pick(rareWords)] : [pick(rareWords), pick([...rareWords, ...commonWords])];
  const params = [`q=${encodeURIComponent(words.join(' '))}`];
  if (random() < 0.5) params.push(pick(filters(d)));
  const p = 1 + Math.floor(random() * 3);
  if (p > 1) params.push(`halaman=${p}`);
  return { name: 'long tail', url: `/inovasi?${params.join('&')}` };
}

// ---------------------------------------------------------------- HTTP

const get = (agent: http.Agent, base: string, url: string, headers: Record<string, string> = {}) => timedGet(agent, base, url, { accept: 'text/html', ...headers });

async function rssMB(pid: number): Promise<number> {
  const status = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? NaN) / 1024);
}

// ---------------------------------------------------------------- (a) first-view weight

type ManifestEntry = { file: string; css?: string[]; imports?: string[] };

/** Every CSS and JS file the page loads: what its head names, plus the static imports of each script (Vite's manifest). */
function assetsOf(html: string): string[] {
  const found = new Set<string>();
  for (const m of html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"|<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g)) found.add((m[1] ?? m[2])!);
  for (const m of html.matchAll(/<script[^>]+src="([^"]+)"/g)) found.add(m[1]!);
  const manifestPath = path.join(webDist, '.vite/manifest.json');
  if (existsSync(manifestPath)) {
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, ManifestEntry>;
    const byFile = new Map(Object.entries(manifest).map(([key, e]) => [`/${e.file}`, key]));
    const visit = (key: string) => {
      const entry = manifest[key];
      if (!entry) return;
      for (const css of entry.css ?? []) found.add(`/${css}`);
      for (const imp of entry.imports ?? []) {
        const file = `/${manifest[imp]?.file}`;
        if (!found.has(file)) {
          found.add(file);
          visit(imp);
        }
      }
    };
    for (const file of [...found]) if (byFile.has(file)) visit(byFile.get(file)!);
  }
  return [...found].filter((f) => f.startsWith('/'));
}

async function firstViewWeight(base: string, agent: http.Agent) {
  console.log(`\n(a) first view of /inovasi (web build of ${existsSync(path.join(webDist, 'index.html')) ? statSync(path.join(webDist, 'index.html')).mtime.toISOString() : 'none'}):`);
  const rows: { url: string; raw: number; gzip: number; brotli: number; served: string }[] = [];
  const measure = async (url: string) => {
    const res = await get(agent, base, url, { 'accept-encoding': 'gzip, br' });
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    const encoding = res.headers['content-encoding'];
    // The server may compress itself; otherwise what a gzip/brotli front (nginx, a CDN) would send.
    const raw = encoding === 'gzip' ? zlib.gunzipSync(res.body) : encoding === 'br' ? zlib.brotliDecompressSync(res.body) : res.body;
    rows.push({
      url,
      raw: raw.length,
      gzip: encoding === 'gzip' ? res.body.length : zlib.gzipSync(raw, { level: 6 }).length,
      brotli: encoding === 'br' ? res.body.length : zlib.brotliCompressSync(raw, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }).length,
      served: encoding ?? 'identity',
    });
    return raw.toString('utf8');
  };
  const html = await measure('/inovasi');
  for (const asset of assetsOf(html)) await measure(asset);
  const kb = (n: number) => (n / 1024).toFixed(1).padStart(7);
  console.log(`  ${'file'.padEnd(40)} ${'raw KB'.padStart(7)} ${'gzip KB'.padStart(7)} ${'br KB'.padStart(7)}  served`);
  for (const r of rows) console.log(`  ${r.url.slice(0, 40).padEnd(40)} ${kb(r.raw)} ${kb(r.gzip)} ${kb(r.brotli)}  ${r.served}`);
  const total = (k: 'raw' | 'gzip' | 'brotli') => rows.reduce((s, r) => s + r[k], 0);
  const gz = total('gzip') / 1024;
  console.log(`  ${'total'.padEnd(40)} ${kb(total('raw'))} ${kb(total('gzip'))} ${kb(total('brotli'))}   budget < ${BUDGET_WEIGHT_KB} KB (gzip): ${gz < BUDGET_WEIGHT_KB ? 'pass' : 'FAIL'}`);
  if (rows.length === 1) console.log('  (no CSS or JS referenced: the web app is not built; run node scripts/web-build.mjs)');
  const images = [...html.matchAll(/<img[^>]+src="([^"]+)"/g)].length;
  console.log(`  images on the page (not counted): ${images}`);
}

// ---------------------------------------------------------------- (b) load

type RunResult = LoopResult<Pick> & { label: string };

function drive(base: string, agent: http.Agent, pid: number, label: string, mix: (random: () => number) => Pick, ms: number, think: number, seed: number): Promise<RunResult> {
  const random = prng(seed);
  return closedLoop({
    clients,
    ms,
    warmupMs: 3000,
    thinkMs: think,
    random,
    pid,
    send: async () => {
      const next = mix(random);
      const res = await get(agent, base, next.url);
      return { ok: res.status === 200, ms: res.ms, sample: next };
    },
  }).then((r) => ({ ...r, label }));
}

function report(r: RunResult) {
  const f = (n: number) => n.toFixed(1).padStart(8);
  const all = r.samples.map((s) => s.ms).sort((a, b) => a - b);
  const distinct = new Set(r.samples.map((s) => s.sample.url)).size;
  console.log(`\n  ${r.label} — ${clients} clients, ${seconds} s, load ${r.load}, server CPU ${(r.cpu * 100).toFixed(0)} %, errors ${r.errors}, ${distinct} distinct addresses in ${all.length} requests`);
  console.log(`    ${'kind'.padEnd(18)} ${'count'.padStart(6)} ${'p50 ms'.padStart(8)} ${'p95 ms'.padStart(8)} ${'p99 ms'.padStart(8)}`);
  for (const [kind, s] of timesBy(r.samples, (p) => p.name)) {
    console.log(`    ${kind.padEnd(18)} ${String(s.length).padStart(6)} ${f(percentile(s, 50))} ${f(percentile(s, 95))} ${f(percentile(s, 99))}`);
  }
  const p95 = percentile(all, 95);
  console.log(`    ${'overall'.padEnd(18)} ${String(all.length).padStart(6)} ${f(percentile(all, 50))} ${f(p95)} ${f(percentile(all, 99))}   ${(all.length / r.elapsedS).toFixed(1)} req/s   p95 < ${BUDGET_P95_MS} ms: ${p95 < BUDGET_P95_MS ? 'pass' : 'FAIL'}`);
}

// ---------------------------------------------------------------- one database

async function bench(driver: 'pglite' | 'postgres', withWeight: boolean) {
  console.log(`\n=== ${driver} — load ${load()} ===`);
  const kept = keepDir ? path.resolve(keepDir) : undefined;
  const dataDir = kept ? path.join(kept, driver) : await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-bench-portal-'));
  const databaseUrl = driver === 'postgres' ? (kept ? await keptDatabase(postgresServer!, `lumbung_bench_portal_${publishedTarget}`) : await createDatabase(postgresServer!)) : undefined;
  let server: Proc | undefined;
  try {
    const dataFile = path.join(dataDir, 'portal-data.json');
    let data: PortalData;
    if (kept && existsSync(dataFile)) {
      data = JSON.parse(readFileSync(dataFile, 'utf8')) as PortalData;
      console.log(`reusing ${data.published} published innovations from ${dataDir}`);
    } else {
      await fs.mkdir(dataDir, { recursive: true });
      const database = await openDatabase({ databaseUrl, dataDir });
      data = await generatePortal(database.db, { published: publishedTarget, log: (l) => process.stdout.write(l) });
      if (driver === 'postgres') await database.db.execute(sql`analyze`);
      await database.close();
      console.log(`generated ${data.published} published innovations (${data.counts.units} units, years ${data.years.join(', ')}) in ${(data.portalMs / 1000).toFixed(1)} s`);
      if (kept) await fs.writeFile(dataFile, JSON.stringify(data));
    }
    if (generateOnly) return;

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = run('src/server/main.ts', ['--demo'], { LUMBUNG_DATA_DIR: dataDir, PORT: String(port), LUMBUNG_PUBLIC_URL: base, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}), ...(nodeEnv ? { NODE_ENV: nodeEnv } : {}) });
    await waitHealthy(port, server);
    const pid = server.child.pid!;
    const agent = new http.Agent({ keepAlive: true, maxSockets: clients });
    // The catalogue's snapshot loads in the background from start-up: the first /inovasi waits for it.
    const ready = performance.now();
    const first = await get(agent, base, '/inovasi');
    console.log(`first /inovasi after the server answered: ${first.ms.toFixed(0)} ms (status ${first.status}; waits for the catalogue index loading since start-up); server RSS ${await rssMB(pid)} MB`);
    // main.ts runs ANALYZE in the background at start-up (PGlite has no autovacuum); let it finish.
    await new Promise((r) => setTimeout(r, Math.max(0, 5000 - (performance.now() - ready))));

    if (withWeight) await firstViewWeight(base, agent);

    // Matches per common word (what the cache and the facets work on).
    console.log('\nmatches of the common searches:');
    for (const q of commonWords) {
      const res = await get(agent, base, `/inovasi?q=${encodeURIComponent(q)}`);
      const total = /(\d[\d.]*) inovasi ditemukan/.exec(res.body.toString('utf8'))?.[1] ?? '?';
      console.log(`  q=${q.padEnd(22)} ${total.padStart(7)}   (${res.ms.toFixed(0)} ms, first request)`);
    }

    console.log(`\n(b) catalogue search under load (GET /inovasi… as anonymous visitors, HTML):`);
    // Each run is reported as it ends (the load average then still describes it).
    const runs: [string, (r: () => number) => Pick, number, number][] = [
      ['realistic mix, closed loop', (r) => realistic(data, r), 0, 11],
      [`realistic mix, think ~${thinkMs} ms`, (r) => realistic(data, r), thinkMs, 12],
      ['long tail (cache misses), closed loop', (r) => longTail(data, r), 0, 13],
      [`long tail (cache misses), think ~${thinkMs} ms`, (r) => longTail(data, r), thinkMs, 14],
    ];
    for (const [label, mix, think, seed] of runs) report(await drive(base, agent, pid, label, mix, seconds * 1000, think, seed));
    console.log(`\n  server RSS after the runs: ${await rssMB(pid)} MB`);
    agent.destroy();
    server.child.kill('SIGTERM');
    await server.exited;
    server = undefined;
    await explain(driver, dataDir, databaseUrl, data);
  } finally {
    if (server) {
      server.child.kill('SIGKILL');
      await server.exited;
    }
    if (!kept) {
      if (databaseUrl) await dropDatabase(postgresServer!, databaseUrl);
      await fs.rm(dataDir, { recursive: true, force: true });
    }
  }
}

// ---------------------------------------------------------------- uncached service time and plans

async function explain(driver: 'pglite' | 'postgres', dataDir: string, databaseUrl: string | undefined, data: PortalData) {
  const { db, captured, query, close } = await capturingDatabase(driver, dataDir, databaseUrl);
  try {
    const cases: [string, string][] = [
      ['browse page 1', ''],
      ['q=layanan', 'q=layanan'],
      ['q=kesehatan', 'q=kesehatan'],
      ['q=desa halaman=3', 'q=desa&halaman=3'],
      ['q=pelayanan kesehatan', 'q=pelayanan%20kesehatan'],
      ['q=digital + urusan', 'q=digital&urusan=kominfo'],
      ['urusan=kesehatan', 'urusan=kesehatan'],
      ['unit (busiest)', `unit=${data.busiestUnitId}`],
      ['q=posyandu (rare)', 'q=posyandu'],
      ['q="pelayanan kesehatan"', 'q=%22pelayanan%20kesehatan%22'],
      ['q=kesehatan -desa', 'q=kesehatan%20-desa'],
      ['q=posyandu or stunting', 'q=posyandu%20or%20stunting'],
      ['q=layanan urut=nama', 'q=layanan&urut=nama'],
    ];
    const queryOf = (params: string) => parseCatalogueQuery(new URLSearchParams(params));
    // The snapshot and its search index: load time and memory (heap and typed arrays) at this size.
    const heapBefore = process.memoryUsage();
    const loadStarted = performance.now();
    const snap = await catalogueSnapshot(db);
    const loadMs = performance.now() - loadStarted;
    const heapAfter = process.memoryUsage();
    const stats = snap.index.stats();
    const mb = (n: number) => (n / 1048576).toFixed(1);
    console.log(
      `\ncatalogue snapshot + search index, loaded in-process: ${loadMs.toFixed(0)} ms for ${snap.newest.length} innovations (load ${load()}); ${stats.lexemes} lexemes, ${stats.postings} postings, ` +
        `postings ${mb(stats.bytes)} MB; heap +${mb(heapAfter.heapUsed - heapBefore.heapUsed)} MB, typed arrays +${mb(heapAfter.arrayBuffers - heapBefore.arrayBuffers)} MB (before GC)`,
    );
    for (let i = 0; i < 2; i++) for (const [, p] of cases) await searchCatalogue(db, queryOf(p)); // warm-up (JIT, WASM tiers, caches)
    console.log(`\nuncached catalogue search in-process, one at a time (result cache cleared, snapshot and parsed search text kept; p50 of 5; load ${load()}):`);
    console.log(`  ${'search'.padEnd(24)} ${'total'.padStart(6)} ${'service'.padStart(8)} ${'tsquery'.padStart(8)} ${'SQL @@'.padStart(8)} ${'page'.padStart(8)}  (ms; tsquery: the search text's round trip; SQL @@: what the match cost in SQL (count); page: EXPLAIN ANALYZE of the cards)`);
    for (const [label, p] of cases) {
      const times: number[] = [];
      let total = 0;
      for (let i = 0; i < 5; i++) {
        clearCatalogueCache(db, []);
        captured.length = 0;
        const t0 = performance.now();
        total = (await searchCatalogue(db, queryOf(p))).total;
        times.push(performance.now() - t0);
      }
      times.sort((a, b) => a - b);
      const pageSql = captured.find((c) => /"innovations"."id" in/i.test(c.sql));
      const explainMs = async (c: { sql: string; params: unknown[] } | undefined) => {
        if (!c) return { ms: NaN, plan: '' };
        const plan = (await query(`explain (analyze, buffers) ${c.sql}`, c.params)).rows.map((r) => String(Object.values(r)[0])).join('\n');
        return { ms: Number(/Execution Time: ([\d.]+)/.exec(plan)?.[1]), plan };
      };
      const q = queryOf(p).q;
      let tsq = NaN;
      let sqlMatch = NaN;
      if (q) {
        let t = performance.now();
        await query(`select websearch_to_tsquery('indonesian', $1)::text`, [q]);
        tsq = performance.now() - t;
        t = performance.now();
        await query(`select count(*) from innovations where published_at is not null and search @@ websearch_to_tsquery('indonesian', $1)`, [q]);
        sqlMatch = performance.now() - t;
      }
      const pg2 = await explainMs(pageSql);
      const f = (n: number) => (Number.isNaN(n) ? '–' : n.toFixed(1)).padStart(8);
      console.log(`  ${label.padEnd(24)} ${String(total).padStart(6)} ${f(times[2]!)} ${f(tsq)} ${f(sqlMatch)} ${f(pg2.ms)}`);
      if (showPlans) console.log(`    page:\n${pg2.plan.replace(/^/gm, '      ')}`);
    }
    if (driver === 'postgres') {
      const [io] = (await query(`select heap_blks_hit, heap_blks_read, idx_blks_hit, idx_blks_read, toast_blks_hit, toast_blks_read from pg_statio_user_tables where relname = 'innovations'`, [])).rows;
      const ratio = (hit: unknown, read: unknown) => (Number(hit) + Number(read) ? ((Number(hit) / (Number(hit) + Number(read))) * 100).toFixed(2) : 'n/a');
      console.log(`  buffer cache hit rate on innovations over the whole run: heap ${ratio(io?.heap_blks_hit, io?.heap_blks_read)} %, index ${ratio(io?.idx_blks_hit, io?.idx_blks_read)} %, toast ${ratio(io?.toast_blks_hit, io?.toast_blks_read)} %`);
    }
    const [size] = (await query(`select pg_size_pretty(pg_total_relation_size('innovations')) as total, pg_size_pretty(pg_relation_size('innovations_search')) as gin`, [])).rows;
    console.log(`  innovations: ${String(size?.total)} with indexes and TOAST; GIN index on search ${String(size?.gin)}`);
  } finally {
    await close();
  }
}

// The weight needs the portal's script and stylesheet in the build; build once if they are missing.
const manifest = path.join(webDist, '.vite/manifest.json');
if (!generateOnly && !process.argv.includes('--no-build') && (!existsSync(manifest) || !readFileSync(manifest, 'utf8').includes('portal/portal.ts'))) {
  console.log('building the web app (node scripts/web-build.mjs) for the first-view weight …');
  spawnSync(process.execPath, ['scripts/web-build.mjs'], { stdio: 'inherit' });
}
console.log(`portal bench: ${publishedTarget} published innovations, ${clients} clients × ${seconds} s per run, think ~${thinkMs} ms, Node ${process.version}, ${os.cpus().length} cores, server NODE_ENV=${nodeEnv ?? '(unset)'}`);
if (only !== 'postgres') await bench('pglite', !generateOnly);
if (postgresServer && only !== 'pglite') await bench('postgres', false);
