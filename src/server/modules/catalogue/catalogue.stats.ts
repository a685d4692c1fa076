import { eq, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { PeriodParameters } from '../../../domain/iid/catalogue.js';
import { predicateOf, type Predicate } from '../../../domain/iid/engine.js';
import type { Db } from '../../db/client.js';
import { innovations, periods, units } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';
import { monitoringReport } from '../monitoring/monitoring.service.js';
import type { PortalRegion } from '../portal/portal-region.js';
import { catalogueLabels, isPublished, label } from './catalogue.query.js';

/*
 * The public statistics (/statistik): counts of published innovations by affair, unit, stage, kind
 * and year (the catalogue's set: every region of the installation), and the portal region's IID
 * over its periods, computed by the monitoring service (the same figures the dashboard shows).
 */

/** One group of a count; `code` null when the innovation leaves the field empty. */
export type Count = { code: string | null; label: string | null; value: number };
export type PublishedCounts = { total: number; affair: Count[]; unit: Count[]; stage: Count[]; kind: Count[]; year: Count[] };

/** Counts per affair, unit, stage, kind and period year in one GROUPING SETS query. */
export async function publishedCounts(db: Db): Promise<PublishedCounts> {
  const labels = await catalogueLabels(db);
  const g = (col: AnyPgColumn) => sql<number>`grouping(${col})`.mapWith(Number);
  const rows = await db
    .select({
      gAffair: g(innovations.mainAffair),
      gUnit: g(innovations.unitId),
      gStage: g(innovations.stage),
      gKind: g(innovations.kind),
      gYear: g(periods.year),
      mainAffair: innovations.mainAffair,
      unitId: innovations.unitId,
      unitName: units.name,
      stage: innovations.stage,
      kind: innovations.kind,
      year: periods.year,
      n: sql<number>`count(*)`.mapWith(Number),
    })
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .innerJoin(periods, eq(periods.id, innovations.periodId))
    .where(isPublished)
    .groupBy(sql`grouping sets ((${innovations.mainAffair}), (${innovations.unitId}, ${units.name}), (${innovations.stage}), (${innovations.kind}), (${periods.year}), ())`);
  const out: PublishedCounts = { total: 0, affair: [], unit: [], stage: [], kind: [], year: [] };
  for (const r of rows) {
    if (r.gAffair === 0) out.affair.push({ code: r.mainAffair, label: label(labels.affair, r.mainAffair), value: r.n });
    else if (r.gUnit === 0) out.unit.push({ code: r.unitId, label: r.unitName, value: r.n });
    else if (r.gStage === 0) out.stage.push({ code: r.stage, label: label(labels.stage, r.stage), value: r.n });
    else if (r.gKind === 0) out.kind.push({ code: r.kind, label: label(labels.kind, r.kind), value: r.n });
    else if (r.gYear === 0) out.year.push({ code: String(r.year), label: String(r.year), value: r.n });
    else out.total = r.n;
  }
  const byValue = (a: Count, b: Count) => b.value - a.value || (a.label ?? '').localeCompare(b.label ?? '', 'id');
  out.affair.sort(byValue);
  out.unit.sort(byValue);
  out.kind.sort(byValue);
  // Stages in their order along the lifecycle; years in time order.
  const stageRank = (code: string | null) => [...labels.stage.keys()].indexOf(code ?? '') >>> 0;
  out.stage.sort((a, b) => stageRank(a.code) - stageRank(b.code));
  out.year.sort((a, b) => Number(a.code) - Number(b.code));
  return out;
}

export type IidPoint = { year: number; claimed: number; verified: number; claimedPredicate: Predicate; verifiedPredicate: Predicate };

const iidTtlMs = 10 * 60_000;
const iidCache = new WeakMap<Db, Map<string, { at: number; value: Promise<IidPoint[]> }>>();

/** Forgets the cached IID history (tests that change the data underneath). */
export function clearIidHistoryCache(db: Db): void {
  iidCache.get(db)?.clear();
}

/**
 * The portal region's IID per period (claimed and verified, with the predicate each earns under
 * its period's bounds). Computing it reads every innovation of every period, so it is cached for
 * ten minutes; concurrent first visitors share one computation.
 */
export function iidHistory(db: Db, region: PortalRegion): Promise<IidPoint[]> {
  let cache = iidCache.get(db);
  if (!cache) iidCache.set(db, (cache = new Map()));
  const hit = cache.get(region.id);
  if (hit && Date.now() - hit.at < iidTtlMs) return hit.value;
  const value = computeIidHistory(db, region).catch((err: unknown) => {
    cache.delete(region.id); // a failure is not remembered for ten minutes
    throw err;
  });
  cache.set(region.id, { at: Date.now(), value });
  return value;
}

async function computeIidHistory(db: Db, region: PortalRegion): Promise<IidPoint[]> {
  // Each period's predicate bounds are among its parameters (the engine's catalogue takes them from there).
  const all = await db.select({ year: periods.year, isCurrent: periods.isCurrent, parameters: periods.parameters }).from(periods).where(eq(periods.regionId, region.id));
  if (!all.some((p) => p.isCurrent)) return [];
  const boundsOf = new Map(all.map((p) => [p.year, (p.parameters as PeriodParameters).predicates]));
  // The monitoring service answers for an actor; the portal reads the whole region's figures as
  // its admin would (nothing is written and nothing else is returned to the page).
  const reader: Actor = { userId: '00000000-0000-4000-8000-000000000000', regionId: region.id, name: 'portal', email: '', roles: ['admin'], unitIds: [] };
  const { trend } = await monitoringReport(db, reader);
  return trend
    .flatMap((p) => {
      const bounds = boundsOf.get(p.year);
      return bounds ? [{ year: p.year, claimed: p.claimedIid, verified: p.verifiedIid, claimedPredicate: predicateOf(bounds, p.claimedIid), verifiedPredicate: predicateOf(bounds, p.verifiedIid) }] : [];
    })
    .sort((a, b) => a.year - b.year);
}
