import { and, eq, gt, inArray } from 'drizzle-orm';
import type { LabPlanWatch } from '../../../domain/contracts/lab.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import { unitPlanStatus, unitsWithoutPlan } from '../../../domain/lab/plans.js';
import type { Db } from '../../db/client.js';
import { actionPlans, labCohorts, labCohortUnits, regions, units } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';

/*
 * Who takes part and who handed in: the cohort pages read it here, and so do the other modules
 * (the monitoring dashboard, the reminders and the letters need "which units have no action plan"
 * without reading the lab's tables themselves).
 */

const DAY_MS = 86_400_000;
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'id');

/**
 * The participating units of the cohorts with their heads' titles (the letters' addressees), by
 * name in Indonesian order: the cohort page, the dashboard and the letters' numbering list them
 * alike, whatever the database's collation.
 */
export async function cohortUnitsOf(db: Db, cohortIds: readonly string[]) {
  if (!cohortIds.length) return [];
  const rows = await db
    .select({ cohortId: labCohortUnits.cohortId, unitId: units.id, name: units.name, headTitle: units.headTitle })
    .from(labCohortUnits)
    .innerJoin(units, eq(units.id, labCohortUnits.unitId))
    .where(inArray(labCohortUnits.cohortId, [...cohortIds]));
  return rows.sort(byName);
}

/** The cohorts' plans, just enough to tell who handed in when (and which innovations have one). */
export async function planStubsOf(db: Db, cohortIds: readonly string[]) {
  if (!cohortIds.length) return [];
  return db
    .select({ id: actionPlans.id, cohortId: actionPlans.cohortId, unitId: actionPlans.unitId, innovationId: actionPlans.innovationId, submittedAt: actionPlans.submittedAt })
    .from(actionPlans)
    .where(inArray(actionPlans.cohortId, [...cohortIds]));
}

async function unitsAndPlans(db: Db, cohortIds: readonly string[]) {
  const [unitRows, plans] = await Promise.all([cohortUnitsOf(db, cohortIds), planStubsOf(db, cohortIds)]);
  return { unitRows, plans };
}

/**
 * For the monitoring dashboard: each cohort of the region whose plan deadline has passed, with
 * the units without a plan by it, and each cohort whose deadline lies within `windowDays` (the
 * period's first reminder), with the units that have not handed in yet. Cohorts with nobody to
 * list are left out, so the section stays short.
 */
export async function labPlanWatch(db: Db, regionId: string, windowDays: number, now = new Date()): Promise<LabPlanWatch[]> {
  const cohorts = await db.select().from(labCohorts).where(eq(labCohorts.regionId, regionId));
  const watched = cohorts.filter((c) => c.planDeadline.getTime() - windowDays * DAY_MS <= now.getTime()).sort((a, b) => b.planDeadline.getTime() - a.planDeadline.getTime());
  const { unitRows, plans } = await unitsAndPlans(db, watched.map((c) => c.id));
  return watched.flatMap((c) => {
    const cohortUnits = unitRows.filter((u) => u.cohortId === c.id);
    const cohortPlans = plans.filter((p) => p.cohortId === c.id);
    const passed = now.getTime() > c.planDeadline.getTime();
    const listed = passed
      ? unitsWithoutPlan(cohortUnits, cohortPlans, c.planDeadline, now)
      : cohortUnits.filter((u) => unitPlanStatus(u.unitId, cohortPlans, c.planDeadline) === 'missing').map((u) => ({ ...u, status: 'missing' as const }));
    if (!listed.length) return [];
    return [{ cohortId: c.id, name: c.name, planDeadline: c.planDeadline.toISOString(), deadlinePassed: passed, units: listed.map((u) => ({ unitId: u.unitId, name: u.name, status: u.status })) }];
  });
}

/** For the letters: the cohort (of the region) and its units without a plan by the deadline, with their heads' titles. 404 for another region's cohort. */
export async function cohortUnitsWithoutPlan(db: Db, regionId: string, cohortId: string, now = new Date()) {
  const cohort = await db.query.labCohorts.findFirst({ where: and(eq(labCohorts.id, cohortId), eq(labCohorts.regionId, regionId)) });
  if (!cohort) throw notFound();
  const { unitRows, plans } = await unitsAndPlans(db, [cohort.id]);
  return { cohort: { id: cohort.id, name: cohort.name, planDeadline: cohort.planDeadline }, units: unitsWithoutPlan(unitRows, plans, cohort.planDeadline, now) };
}

/**
 * For the reminders: every cohort (all regions) whose plan deadline is still ahead, with its
 * region's zone and the participating units that have not handed in a plan.
 */
export async function cohortsAwaitingPlans(db: Db, now = new Date()) {
  const cohorts = await db
    .select({ cohort: labCohorts, zone: regions.timeZone })
    .from(labCohorts)
    .innerJoin(regions, eq(regions.id, labCohorts.regionId))
    .where(gt(labCohorts.planDeadline, now));
  const { unitRows, plans } = await unitsAndPlans(db, cohorts.map((c) => c.cohort.id));
  return cohorts.map(({ cohort, zone }) => {
    const cohortPlans = plans.filter((p) => p.cohortId === cohort.id);
    return {
      id: cohort.id,
      regionId: cohort.regionId,
      name: cohort.name,
      planDeadline: cohort.planDeadline,
      zone: zone as TimeZone,
      pending: unitRows.filter((u) => u.cohortId === cohort.id && unitPlanStatus(u.unitId, cohortPlans, cohort.planDeadline) === 'missing'),
    };
  });
}
