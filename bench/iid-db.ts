// The IID of one large region (2,000 innovations × 20 answers) and of the nation (546 regions,
// 40,000 innovations) with each region's period parameters and catalogue loaded FROM THE DATABASE.
// Innovations are not stored yet (registry issue), so the answer sets are generated in memory; the
// catalogue load (current period + its 40 indicators) and the engine are timed per region.
//   node --import tsx bench/iid-db.ts [seed=1]                  (in-memory PGlite)
//   LUMBUNG_TEST_PG=1 node --import tsx bench/iid-db.ts         (a throwaway PostgreSQL database)
import { performance } from 'node:perf_hooks';
import { count } from 'drizzle-orm';
import type { Catalogue } from '../src/domain/iid/catalogue.js';
import { assessBoth } from '../src/domain/iid/engine.js';
import { benchData } from './iid-data.js';
import type { Db } from '../src/server/db/client.js';
import { indicators, regions } from '../src/server/db/schema.js';
import { seedPeriods } from '../src/server/modules/periods/periods.seed.js';
import { loadCatalogue, loadCurrentCatalogues } from '../src/server/modules/periods/periods.service.js';
import { openTestDatabase } from '../src/server/test/harness.js';
import { dropTestDatabases } from '../src/server/test/database.js';

const { large, nation } = benchData(Number(process.argv[2] ?? 1));

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  return `p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(2).padStart(8)} ms   max ${sorted.at(-1)!.toFixed(2).padStart(8)} ms`;
};

/** The current period's catalogue of a region, as the service reads it: one query. */
const currentCatalogue = (db: Db, regionId: string): Promise<Catalogue> => loadCatalogue(db, regionId, 'current');

const database = await openTestDatabase();
const db = database.db;
console.log(`database: ${database.driver}`);

// 546 regions (the first is the large one), each with its seeded 2026 (current) and 2023 periods.
const t0 = performance.now();
const regionIds: string[] = [];
for (let r = 0; r < 546; r++) {
  const [region] = await db.insert(regions).values({ code: `B${r}`, name: `Kabupaten Bench ${r}`, bodyName: `Bapperida Bench ${r}` }).returning({ id: regions.id });
  await seedPeriods(db, region!.id);
  regionIds.push(region!.id);
  if (r % 50 === 0) process.stdout.write(`\rseeding periods ${r}/546`);
}
const [{ n: indicatorRows }] = (await db.select({ n: count() }).from(indicators)) as [{ n: number }];
console.log(`\rseeded 546 regions × 2 periods (${indicatorRows} indicator rows) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

console.log(`nation: ${nation.reduce((s, r) => s + r.innovations.length, 0)} innovations generated in memory\n`);

// One region: catalogue from the database, then both projections. The first call warms the caches.
await currentCatalogue(db, regionIds[0]!);
const load: number[] = [];
const engine: number[] = [];
const total: number[] = [];
for (let i = 0; i < 50; i++) {
  const a = performance.now();
  const catalogue = await currentCatalogue(db, regionIds[0]!);
  const b = performance.now();
  assessBoth(catalogue, large);
  const c = performance.now();
  load.push(b - a);
  engine.push(c - b);
  total.push(c - a);
}
console.log(`one region, 2,000 innovations × 20 answers (50 runs)`);
console.log(`  catalogue load (1 query: period + 40 indicators)     ${stats(load)}`);
console.log(`  engine, claimed + verified                           ${stats(engine)}`);
console.log(`  total                                                ${stats(total)}\n`);

// The nation, region by region: each region's own catalogue from the database.
const nationRuns: { load: number; engine: number; total: number }[] = [];
for (let run = 0; run < 5; run++) {
  let loadMs = 0;
  let engineMs = 0;
  const start = performance.now();
  for (let r = 0; r < 546; r++) {
    const a = performance.now();
    const catalogue = await currentCatalogue(db, regionIds[r]!);
    const b = performance.now();
    assessBoth(catalogue, nation[r]!);
    engineMs += performance.now() - b;
    loadMs += b - a;
  }
  nationRuns.push({ load: loadMs, engine: engineMs, total: performance.now() - start });
}
console.log(`nation, 546 regions / 40,000 innovations, one region at a time (5 runs)`);
console.log(`  catalogue loads (546 queries)                        ${stats(nationRuns.map((r) => r.load))}`);
console.log(`  engine, claimed + verified                           ${stats(nationRuns.map((r) => r.engine))}`);
console.log(`  total                                                ${stats(nationRuns.map((r) => r.total))}\n`);

// The nation with every region's current catalogue read in one query.
const batched: number[] = [];
for (let run = 0; run < 5; run++) {
  const start = performance.now();
  const byRegion = await loadCurrentCatalogues(db);
  regionIds.forEach((id, r) => assessBoth(byRegion.get(id)!, nation[r]!));
  batched.push(performance.now() - start);
}
console.log(`nation, catalogues loaded in 1 query (5 runs)          ${stats(batched)}`);

await database.close();
await dropTestDatabases();
