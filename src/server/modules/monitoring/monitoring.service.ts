import { and, asc, eq } from 'drizzle-orm';
import type { MonitoringReport, PeriodDuties as PeriodDutiesType } from '../../../domain/contracts/monitoring.js';
import { PeriodDuties } from '../../../domain/contracts/monitoring.js';
import { isBasicServiceAffair, type AffairCode } from '../../../domain/iid/affairs.js';
import { assess, type RegionReport } from '../../../domain/iid/engine.js';
import { monitorUnits, type Monitoring } from '../../../domain/monitoring/obligations.js';
import type { ReviewState } from '../../../domain/review/workflow.js';
import type { UnitType } from '../../../domain/unit-types.js';
import type { Db } from '../../db/client.js';
import { innovations, periods, units } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { registryReport } from '../innovations/innovations.report.js';
import { labPlanWatch } from '../lab/lab.watch.js';
import { loadCatalogue } from '../periods/periods.service.js';

type PeriodRow = typeof periods.$inferSelect;

/** The stored duties of a period, with the defaults for whatever the admin has not set. */
export function dutiesOf(period: Pick<PeriodRow, 'duties'>): PeriodDutiesType {
  const stored = (period.duties ?? {}) as Partial<PeriodDutiesType>;
  return PeriodDuties.parse({ obligations: stored.obligations ?? {}, reminderDays: stored.reminderDays });
}

export async function findPeriod(db: Db, regionId: string, periodId?: string): Promise<PeriodRow> {
  const period = await db.query.periods.findFirst({ where: and(eq(periods.regionId, regionId), periodId ? eq(periods.id, periodId) : eq(periods.isCurrent, true)) });
  if (!period) throw notFound();
  return period;
}

export async function getDuties(db: Db, actor: Actor, periodId: string): Promise<PeriodDutiesType> {
  return dutiesOf(await findPeriod(db, actor.regionId, periodId));
}

export async function setDuties(db: Db, actor: Actor, periodId: string, input: PeriodDutiesType, requestId: string): Promise<PeriodDutiesType> {
  const period = await findPeriod(db, actor.regionId, periodId);
  return db.transaction(async (tx) => {
    await tx.update(periods).set({ duties: input, updatedAt: new Date() }).where(eq(periods.id, period.id));
    await audit(tx, { actor, action: 'period.duties', entity: 'period', entityId: period.id, before: dutiesOf(period), after: input, requestId });
    return input;
  });
}

/** The units' standing against their quotas for one period (pure rules in domain/monitoring). */
export async function unitStandings(db: Db, regionId: string, period: PeriodRow, now = new Date()): Promise<Monitoring> {
  const catalogue = await loadCatalogue(db, regionId, period.id);
  const [unitRows, innovationRows] = await Promise.all([
    db.select({ id: units.id, name: units.name, type: units.type, affairs: units.affairs, active: units.active }).from(units).where(eq(units.regionId, regionId)).orderBy(asc(units.name)),
    db
      .select({ unitId: innovations.unitId, stage: innovations.stage, reviewState: innovations.reviewState, mainAffair: innovations.mainAffair })
      .from(innovations)
      .where(and(eq(innovations.regionId, regionId), eq(innovations.periodId, period.id), eq(innovations.status, 'aktif'))),
  ]);
  return monitorUnits(
    dutiesOf(period).obligations,
    unitRows.map((u) => ({ id: u.id, name: u.name, type: u.type as UnitType, active: u.active, handlesBasicService: u.affairs.some((a) => isBasicServiceAffair(a as AffairCode)) })),
    innovationRows.map((i) => ({ unitId: i.unitId, stage: i.stage as 'inisiatif', reviewState: i.reviewState as ReviewState, mainAffair: (i.mainAffair as AffairCode | null) ?? null })),
    { minBasicAffairs: catalogue.period.minBasicAffairs, now },
  );
}

async function iidOf(db: Db, actor: Actor, periodId: string) {
  const catalogue = await loadCatalogue(db, actor.regionId, periodId);
  const registry = await registryReport(db, actor, periodId);
  // The registry nests the region's answers like the `lumbung iid` input; the engine takes them flat.
  const report = { answers: registry.region.answers, innovations: registry.innovations } as RegionReport;
  const figure = (projection: 'claimed' | 'verified') => {
    const r = assess(catalogue, report, projection);
    return { iid: r.iid, predicate: r.predicate, counted: r.counted, basicAffairsCovered: r.basicAffairsCovered };
  };
  return { claimed: figure('claimed'), verified: figure('verified') };
}

/** The monitoring dashboard: every unit against its quota, the region's progress, its IID projections and their trend. */
export async function monitoringReport(db: Db, actor: Actor, periodId?: string): Promise<MonitoringReport> {
  const period = await findPeriod(db, actor.regionId, periodId);
  const all = await db.select().from(periods).where(eq(periods.regionId, actor.regionId)).orderBy(asc(periods.year));
  const monitoring = await unitStandings(db, actor.regionId, period);
  const trend = [];
  let current: Awaited<ReturnType<typeof iidOf>> | null = null;
  for (const p of all) {
    const m = p.id === period.id ? monitoring : await unitStandings(db, actor.regionId, p);
    const iid = await iidOf(db, actor, p.id);
    if (p.id === period.id) current = iid;
    trend.push({ year: p.year, registered: m.region.registered, submitted: m.region.submitted, claimedIid: iid.claimed.iid, verifiedIid: iid.verified.iid });
  }
  const closesAt = (period.parameters as { inputWindow: { closesAt: string } }).inputWindow.closesAt;
  return {
    period: { id: period.id, year: period.year, closesAt },
    duties: dutiesOf(period),
    units: monitoring.units,
    region: { ...monitoring.region, basicService: { ...monitoring.region.basicService, affairs: [...monitoring.region.basicService.affairs] } },
    iid: current!,
    trend,
    // Cohorts are listed from the period's first reminder day before their deadline.
    labPlans: await labPlanWatch(db, actor.regionId, Math.max(0, ...dutiesOf(period).reminderDays)),
  };
}
