// Units and users at national scale: 546 regions × 60 units (≈ 33k units) with one account per
// unit, then the admin's list and search endpoints measured in-process. Not part of npm test.
//   node --import tsx bench/units.ts [regions=546] [unitsPerRegion=60]
import { performance } from 'node:perf_hooks';
import { sql } from 'drizzle-orm';
import { regions, units } from '../src/server/db/schema.js';
import { seedDemo } from '../src/server/modules/demo/demo.seed.js';
import { startTestApp } from '../src/server/test/harness.js';
import { buildUser } from '../src/server/test/factories.js';
import { unitTypes } from '../src/domain/unit-types.js';

const regionCount = Number(process.argv[2] ?? 546);
const perRegion = Number(process.argv[3] ?? 60);
const t = await startTestApp();
await seedDemo(t.db);
const demo = (await t.db.select().from(regions))[0]!;

let t0 = performance.now();
for (let r = 0; r < regionCount; r++) {
  const [region] = await t.db.insert(regions).values({ code: `B${r}`, name: `Kabupaten Bench ${r}`, bodyName: `Bapperida Bench ${r}` }).returning();
  const rows = Array.from({ length: perRegion }, (_, i) => ({ regionId: region!.id, name: `Dinas Bench ${r}-${i} Pelayanan Publik`, type: unitTypes[i % unitTypes.length]! }));
  await t.db.insert(units).values(rows);
  if (r % 100 === 0) process.stdout.write(`\rgenerating regions ${r}/${regionCount}`);
}
// The demo region itself gets a realistic large kabupaten: 2,000 units including schools and desa.
await t.db.insert(units).values(Array.from({ length: 2000 }, (_, i) => ({ regionId: demo.id, name: `Sekolah Bench ${i}`, type: 'sekolah' })));
await buildUser(t.db, { regionId: demo.id, roles: ['admin'], email: 'bench@uji.test' });
const [{ n }] = (await t.db.execute(sql`select count(*)::int as n from units`) as unknown as { rows: { n: number }[] }).rows as [{ n: number }];
console.log(`\ngenerated ${n} units in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

const admin = t.client();
await admin.signIn('bench@uji.test', 'kata-sandi-uji-123');
async function measure(label: string, url: string, times = 50) {
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    t0 = performance.now();
    const res = await admin.get(url);
    if (res.statusCode !== 200) throw new Error(`${url} → ${res.statusCode}`);
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(40)} p50 ${ms[Math.floor(times * 0.5)]!.toFixed(1)} ms   p95 ${ms[Math.floor(times * 0.95)]!.toFixed(1)} ms`);
}
await measure('GET /api/units (page 1 of 2,041)', '/api/units?pageSize=50');
await measure('GET /api/units?q=bench 19 (search)', '/api/units?q=Bench%2019&pageSize=50');
await measure('GET /api/units page 40', '/api/units?page=40&pageSize=50');
await measure('GET /api/auth/me', '/api/auth/me');
await t.close();
