import { and, eq, inArray } from 'drizzle-orm';
import { seededCatalogues } from '../../../domain/iid/seeds.js';
import type { Db } from '../../db/client.js';
import { indicators, periods } from '../../db/schema.js';
import { definitionOf, parametersOf } from './periods.presenter.js';

/**
 * Gives a region the shipped catalogues as periods (2026 current, 2023 older). Idempotent: a year
 * the region already has is skipped, and the current period is only set when the region has none.
 */
export async function seedPeriods(db: Db, regionId: string): Promise<void> {
  const years = Object.keys(seededCatalogues).map(Number).sort((a, b) => a - b);
  const existing = await db.select({ year: periods.year, isCurrent: periods.isCurrent }).from(periods).where(and(eq(periods.regionId, regionId), inArray(periods.year, years)));
  const have = new Set(existing.map((p) => p.year));
  const hasCurrent = existing.some((p) => p.isCurrent) || (await db.query.periods.findFirst({ where: and(eq(periods.regionId, regionId), eq(periods.isCurrent, true)) })) !== undefined;
  const latest = years.at(-1);
  for (const year of years) {
    if (have.has(year)) continue;
    const catalogue = seededCatalogues[year]!;
    const [period] = await db
      .insert(periods)
      .values({ regionId, year, parameters: parametersOf(catalogue.period), variables: { ...catalogue.variables }, isCurrent: !hasCurrent && year === latest })
      .onConflictDoNothing()
      .returning({ id: periods.id });
    if (!period) continue; // created concurrently
    await db.insert(indicators).values(catalogue.indicators.map((i, position) => ({ periodId: period.id, code: i.code, aspect: i.aspect, position, definition: definitionOf(i) })));
  }
}
