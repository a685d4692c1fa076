// The public portal's data for its benchmark (issue 6): 40,000 published innovations in one
// installation. The first 2,000 come from the registry generator (bench/registry-data.ts: Indonesian
// names and 300–600-word designs built from affair word lists, answers and evidence); the rest are
// copies made inside the database (INSERT … SELECT over generate_series), each with its own id,
// slug, a place added to its name, a unit and period shuffled by the copy number and its own
// publication time. Copying in SQL takes seconds where generating 40,000 designs in Node would take
// minutes and ~1 GB; the term distribution (what a search word selects) stays the registry's.
import { performance } from 'node:perf_hooks';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import type { Db } from '../src/server/db/client.js';
import { innovations, periods, units } from '../src/server/db/schema.js';
import { generateRegistry, type RegistryData } from './registry-data.js';

export type PortalData = RegistryData & {
  published: number;
  /** The unit with the most published innovations (for the unit filter). */
  busiestUnitId: string;
  years: number[];
  portalMs: number;
};

export type PortalOptions = { published?: number; seed?: number; log?: (line: string) => void };

/** Places appended to a copy's name, so copies read like the same idea in another kecamatan. */
const places = ['Kecamatan Utara', 'Kecamatan Selatan', 'Kecamatan Timur', 'Kecamatan Barat', 'Kota', 'Pesisir', 'Pegunungan', 'Tengah', 'Lembah', 'Hulu', 'Hilir', 'Perbatasan', 'Raya', 'Baru', 'Lama', 'Sentosa', 'Makmur', 'Sejahtera', 'Jaya', 'Indah'];

/**
 * Fills the demo region with `published` (default 40,000) published innovations: 2,000 generated,
 * the rest copied in rounds of up to 2,000. A quarter of the copies go to the region's older period
 * so the year facet has two values. Returns the registry's ids plus what the portal bench needs.
 */
export async function generatePortal(db: Db, opts: PortalOptions = {}): Promise<PortalData> {
  const started = performance.now();
  const target = opts.published ?? 40_000;
  const log = opts.log ?? (() => {});
  const base = Math.min(2_000, target);
  const registry = await generateRegistry(db, { seed: opts.seed, innovations: base, log });
  const older = await db.query.periods.findFirst({ where: and(eq(periods.regionId, registry.regionId), eq(periods.isCurrent, false)) });

  // Publish the generated rows (slug from the id's first part: unique and URL-safe).
  await db.execute(sql`
    update innovations set published_at = now() - (random() * interval '400 days'), slug = 'inovasi-' || left(id::text, 8) || '-' || left(md5(id::text), 6)
    where region_id = ${registry.regionId} and period_id = ${registry.periodId} and published_at is null`);

  const unitIds = (await db.select({ id: units.id }).from(units).where(eq(units.regionId, registry.regionId))).map((u) => u.id);
  const unitArray = sql.raw(`array[${unitIds.map((id) => `'${id}'::uuid`).join(',')}]`);
  const placeArray = sql.raw(`array[${places.map((p) => `'${p}'`).join(',')}]`);
  let copied = 0;
  for (let round = 1; copied + base < target; round++) {
    const n = Math.min(base, target - base - copied);
    // Trusted integers, written into the statement (as parameters PostgreSQL cannot type `$1 % $2`).
    const [r, units_, places_] = [round, unitIds.length, places.length].map((v) => sql.raw(String(v)));
    // Round r copies the first n generated rows: new id, slug, name, unit and (for a quarter) period.
    await db.execute(sql`
      insert into innovations (id, region_id, unit_id, period_id, status, name, stage, initiator, kind, form, main_affair, other_affairs, theme, classification, priorities,
        latitude, longitude, trial_started_on, implemented_on, developed_on, design, design_text, design_words, goal, benefits, results, budget_amount, budget_source,
        iga_entries, review_state, completeness, maturity_claimed, published_at, slug, created_at, updated_at)
      select gen_random_uuid(), s.region_id,
        (${unitArray})[(1 + ((row_number() over (order by s.id) + ${r} * 7) % ${units_}))::int],
        case when ${older ? sql`(row_number() over (order by s.id) + ${r}) % 4 = 0` : sql`false`} then ${older?.id ?? registry.periodId}::uuid else s.period_id end,
        s.status, s.name || ' ' || (${placeArray})[1 + (${r} % ${places_})] || ' ' || ${r},
        s.stage, s.initiator, s.kind, s.form, s.main_affair, s.other_affairs, s.theme, s.classification, s.priorities,
        s.latitude, s.longitude, s.trial_started_on, s.implemented_on, s.developed_on, s.design, s.design_text, s.design_words, s.goal, s.benefits, s.results, s.budget_amount, s.budget_source,
        s.iga_entries, s.review_state, s.completeness, s.maturity_claimed,
        now() - (random() * interval '700 days'), s.slug || '-' || ${r}, s.created_at, s.updated_at
      from (select * from innovations where region_id = ${registry.regionId} and period_id = ${registry.periodId} and slug ~ '^inovasi-[0-9a-f]{8}-[0-9a-f]{6}$' order by id limit ${sql.raw(String(n))}) s`);
    copied += n;
    log(`\rcopying published innovations ${base + copied}/${target}   `);
  }
  log('\n');

  const published = await db.select({ n: sql<number>`count(*)`.mapWith(Number) }).from(innovations).where(isNotNull(innovations.publishedAt));
  const [busiest] = await db
    .select({ unitId: innovations.unitId, n: sql<number>`count(*)`.mapWith(Number) })
    .from(innovations)
    .where(isNotNull(innovations.publishedAt))
    .groupBy(innovations.unitId)
    .orderBy(sql`2 desc`)
    .limit(1);
  const years = (await db.select({ year: periods.year }).from(periods).where(eq(periods.regionId, registry.regionId))).map((p) => p.year).sort();
  return { ...registry, published: published[0]!.n, busiestUnitId: busiest!.unitId, years, portalMs: performance.now() - started };
}
