import { and, asc, count, desc, eq, inArray, notInArray } from 'drizzle-orm';
import type { CohortDetail, CohortInput, CohortList, CohortSummary } from '../../../domain/contracts/lab.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import { isPublicIdea, publicIdeaStatuses } from '../../../domain/ideas/ideas.js';
import { unitPlanStatus, unitsWithoutPlan } from '../../../domain/lab/plans.js';
import { currentStage, type StageDates } from '../../../domain/lab/stages.js';
import { hasAnyRole } from '../../../domain/roles.js';
import type { Db } from '../../db/client.js';
import { actionPlans, ideas, innovations, labCohortIdeas, labCohorts, labCohortUnits, regions, units } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { loadPlans } from './lab.plans.js';
import { cohortUnitsOf, planStubsOf } from './lab.watch.js';

export type CohortRow = typeof labCohorts.$inferSelect;

/**
 * Who sees what: the admin runs the lab and leadership reads all of it; operators, unit heads and
 * mentors see the cohorts their units take part in, and only their own units in them.
 */
const seesWholeCohort = (actor: Actor) => hasAnyRole(actor.roles, ['admin', 'pimpinan']);
const isAdmin = (actor: Actor) => actor.roles.includes('admin');
/** Plans are written by the unit's operator (or the admin for any unit). */
export const mayPlanFor = (actor: Actor, unitId: string) => isAdmin(actor) || (actor.roles.includes('operator') && actor.unitIds.includes(unitId));

const stagesOf = (row: Pick<CohortRow, 'stages'>) => (row.stages ?? []) as StageDates[];
/** The last day of the cohort (the end of Display): milestones are due within it. */
export const lastDayOf = (row: Pick<CohortRow, 'stages'>) => stagesOf(row).at(-1)?.endsOn ?? null;

export async function regionZone(db: Db, regionId: string): Promise<TimeZone> {
  const [row] = await db.select({ zone: regions.timeZone }).from(regions).where(eq(regions.id, regionId));
  return (row?.zone ?? 'Asia/Jakarta') as TimeZone;
}

/** One of the cohorts the actor may see, with the participating units they see; 404 otherwise (a hidden cohort is not confirmed to exist). */
export async function findCohort(db: Db, actor: Actor, id: string) {
  const cohort = await db.query.labCohorts.findFirst({ where: and(eq(labCohorts.id, id), eq(labCohorts.regionId, actor.regionId)) });
  if (!cohort) throw notFound();
  const all = await cohortUnitsOf(db, [cohort.id]);
  const visible = seesWholeCohort(actor) ? all : all.filter((u) => actor.unitIds.includes(u.unitId));
  if (!seesWholeCohort(actor) && !visible.length) throw notFound();
  return { cohort, units: all, visible };
}

function summaryOf(
  cohort: CohortRow,
  visible: { unitId: string }[],
  plans: { unitId: string; submittedAt: Date | null }[],
  ideaCount: number,
  zone: TimeZone,
  now: Date,
): CohortSummary {
  const stages = stagesOf(cohort);
  const deadline = cohort.planDeadline;
  return {
    id: cohort.id,
    name: cohort.name,
    description: cohort.description,
    stages,
    planDeadline: deadline.toISOString(),
    deadlinePassed: now.getTime() > deadline.getTime(),
    current: currentStage(stages, now, zone),
    units: visible.length,
    handedIn: visible.filter((u) => unitPlanStatus(u.unitId, plans, deadline) === 'handedIn').length,
    withoutPlan: unitsWithoutPlan(visible, plans, deadline, now).length,
    ideas: ideaCount,
    createdAt: cohort.createdAt.toISOString(),
  };
}

export async function listCohorts(db: Db, actor: Actor, now = new Date()): Promise<CohortList> {
  const whole = seesWholeCohort(actor);
  let rows: CohortRow[];
  if (whole) rows = await db.select().from(labCohorts).where(eq(labCohorts.regionId, actor.regionId)).orderBy(desc(labCohorts.createdAt));
  else if (!actor.unitIds.length) rows = [];
  else {
    const mine = db.selectDistinct({ id: labCohortUnits.cohortId }).from(labCohortUnits).where(inArray(labCohortUnits.unitId, actor.unitIds));
    rows = await db
      .select()
      .from(labCohorts)
      .where(and(eq(labCohorts.regionId, actor.regionId), inArray(labCohorts.id, mine)))
      .orderBy(desc(labCohorts.createdAt));
  }
  const ids = rows.map((r) => r.id);
  const [unitRows, plans, ideaCounts, zone] = await Promise.all([
    cohortUnitsOf(db, ids),
    planStubsOf(db, ids),
    ids.length ? db.select({ cohortId: labCohortIdeas.cohortId, n: count() }).from(labCohortIdeas).where(inArray(labCohortIdeas.cohortId, ids)).groupBy(labCohortIdeas.cohortId) : Promise.resolve([]),
    regionZone(db, actor.regionId),
  ]);
  return {
    items: rows.map((c) => {
      const visible = unitRows.filter((u) => u.cohortId === c.id && (whole || actor.unitIds.includes(u.unitId)));
      return summaryOf(
        c,
        visible,
        plans.filter((p) => p.cohortId === c.id),
        ideaCounts.find((i) => i.cohortId === c.id)?.n ?? 0,
        zone,
        now,
      );
    }),
    mayCreate: isAdmin(actor),
  };
}

export async function getCohort(db: Db, actor: Actor, id: string, now = new Date()): Promise<CohortDetail> {
  const { cohort, visible } = await findCohort(db, actor, id);
  const zone = await regionZone(db, actor.regionId);
  const [plans, ideaRows] = await Promise.all([
    planStubsOf(db, [cohort.id]),
    db
      .select({ ideaId: labCohortIdeas.ideaId, title: ideas.title, addedAt: labCohortIdeas.addedAt })
      .from(labCohortIdeas)
      .innerJoin(ideas, eq(ideas.id, labCohortIdeas.ideaId))
      .where(eq(labCohortIdeas.cohortId, cohort.id))
      .orderBy(asc(labCohortIdeas.addedAt)),
  ]);
  const visibleIds = visible.map((u) => u.unitId);
  const visiblePlans = plans.filter((p) => visibleIds.includes(p.unitId));
  const planned = new Set(plans.map((p) => p.innovationId));
  const plannableUnits = visible.filter((u) => mayPlanFor(actor, u.unitId));
  const plannable = plannableUnits.length
    ? await db
        .select({ innovationId: innovations.id, name: innovations.name, unitId: innovations.unitId })
        .from(innovations)
        .where(and(eq(innovations.regionId, actor.regionId), eq(innovations.status, 'aktif'), inArray(innovations.unitId, plannableUnits.map((u) => u.unitId))))
        .orderBy(asc(innovations.name))
        .limit(1000)
    : [];
  // The ideas module offers no read for this yet: the lab selects the region's public ideas itself (by the ideas' own rule).
  const ideaOptions = isAdmin(actor)
    ? await db
        .select({ ideaId: ideas.id, title: ideas.title })
        .from(ideas)
        .where(
          and(
            eq(ideas.regionId, actor.regionId),
            inArray(ideas.status, [...publicIdeaStatuses]),
            ideaRows.length ? notInArray(ideas.id, ideaRows.map((i) => i.ideaId)) : undefined,
          ),
        )
        .orderBy(desc(ideas.supportCount), asc(ideas.title))
        .limit(200)
    : [];
  const unitName = new Map(visible.map((u) => [u.unitId, u.name]));
  return {
    ...summaryOf(cohort, visible, plans, ideaRows.length, zone, now),
    participants: visible.map((u) => ({ unitId: u.unitId, name: u.name, status: unitPlanStatus(u.unitId, plans, cohort.planDeadline), plans: plans.filter((p) => p.unitId === u.unitId).length })),
    unitsWithoutPlan: unitsWithoutPlan(visible, plans, cohort.planDeadline, now).map((u) => ({ unitId: u.unitId, name: u.name, status: u.status })),
    ideasInDiagnose: ideaRows.map((i) => ({ ideaId: i.ideaId, title: i.title, addedAt: i.addedAt.toISOString() })),
    plans: await loadPlans(db, actor, cohort, visiblePlans.map((p) => p.id), zone, now),
    plannable: plannable.filter((i) => !planned.has(i.innovationId)).map((i) => ({ ...i, unitName: unitName.get(i.unitId) ?? '' })),
    ideaOptions,
    mayEdit: isAdmin(actor),
  };
}

/** The unit ids of the actor's region among `unitIds`, or a refusal naming the field. */
async function checkUnits(db: Db, actor: Actor, unitIds: readonly string[]) {
  const wanted = [...new Set(unitIds)];
  if (!wanted.length) return wanted;
  const found = await db.select({ id: units.id }).from(units).where(and(eq(units.regionId, actor.regionId), inArray(units.id, wanted)));
  if (found.length !== wanted.length) throw invalid('unitIds', 'lab.error.unitUnknown');
  return wanted;
}

const auditView = (c: { name: string; description: string | null; stages: unknown; planDeadline: Date | string }, unitIds: readonly string[]) => ({
  name: c.name,
  description: c.description,
  stages: c.stages,
  planDeadline: new Date(c.planDeadline).toISOString(),
  unitIds: [...unitIds].sort(),
});

type CohortValues = Omit<CohortInput, 'unitIds'> & { unitIds?: string[] };

export async function createCohort(db: Db, actor: Actor, input: CohortValues, requestId: string): Promise<CohortDetail> {
  const unitIds = await checkUnits(db, actor, input.unitIds ?? []);
  const id = await db.transaction(async (tx) => {
    const [row] = await tx
      .insert(labCohorts)
      .values({ regionId: actor.regionId, name: input.name, description: input.description ?? null, stages: input.stages, planDeadline: new Date(input.planDeadline), createdBy: actor.userId })
      .returning();
    if (unitIds.length) await tx.insert(labCohortUnits).values(unitIds.map((unitId) => ({ cohortId: row!.id, unitId })));
    await audit(tx, { actor, action: 'lab.cohort.create', entity: 'lab_cohort', entityId: row!.id, after: auditView(row!, unitIds), requestId });
    return row!.id;
  });
  return getCohort(db, actor, id);
}

export async function updateCohort(db: Db, actor: Actor, id: string, input: CohortValues, requestId: string): Promise<CohortDetail> {
  const { cohort, units: current } = await findCohort(db, actor, id);
  const unitIds = await checkUnits(db, actor, input.unitIds ?? []);
  const removed = current.map((u) => u.unitId).filter((u) => !unitIds.includes(u));
  await db.transaction(async (tx) => {
    // A unit that already has a plan stays: taking it out would hide its plan from the cohort.
    if (removed.length) {
      const withPlans = await tx.selectDistinct({ unitId: actionPlans.unitId }).from(actionPlans).where(and(eq(actionPlans.cohortId, id), inArray(actionPlans.unitId, removed)));
      if (withPlans.length) throw new AppError('CONFLICT', 'lab.error.unitHasPlans', { units: current.filter((u) => withPlans.some((w) => w.unitId === u.unitId)).map((u) => u.name).join(', ') });
      await tx.delete(labCohortUnits).where(and(eq(labCohortUnits.cohortId, id), inArray(labCohortUnits.unitId, removed)));
    }
    const added = unitIds.filter((u) => !current.some((c) => c.unitId === u));
    if (added.length) await tx.insert(labCohortUnits).values(added.map((unitId) => ({ cohortId: id, unitId })));
    const [row] = await tx
      .update(labCohorts)
      .set({ name: input.name, description: input.description ?? null, stages: input.stages, planDeadline: new Date(input.planDeadline), updatedAt: new Date() })
      .where(eq(labCohorts.id, id))
      .returning();
    const change = diff(
      auditView(cohort, current.map((u) => u.unitId)),
      auditView(row!, unitIds),
    );
    await audit(tx, { actor, action: 'lab.cohort.update', entity: 'lab_cohort', entityId: id, before: change.before, after: change.after, requestId });
  });
  return getCohort(db, actor, id);
}

/** Takes a published idea of the region into the cohort's diagnose stage. */
export async function addCohortIdea(db: Db, actor: Actor, id: string, ideaId: string, requestId: string): Promise<CohortDetail> {
  await findCohort(db, actor, id);
  // A plain select by id and region (see getCohort).
  const [idea] = await db.select({ id: ideas.id, title: ideas.title, status: ideas.status }).from(ideas).where(and(eq(ideas.id, ideaId), eq(ideas.regionId, actor.regionId)));
  if (!idea) throw invalid('ideaId', 'lab.error.ideaUnknown');
  if (!isPublicIdea(idea.status)) throw new AppError('CONFLICT', 'lab.error.ideaNotPublished', {}, [{ path: 'ideaId', key: 'lab.error.ideaNotPublished' }]);
  await db.transaction(async (tx) => {
    const added = await tx.insert(labCohortIdeas).values({ cohortId: id, ideaId }).onConflictDoNothing().returning();
    if (added.length) await audit(tx, { actor, action: 'lab.cohort.ideaAdd', entity: 'lab_cohort', entityId: id, after: { ideaId, title: idea.title }, requestId });
  });
  return getCohort(db, actor, id);
}

export async function removeCohortIdea(db: Db, actor: Actor, id: string, ideaId: string, requestId: string): Promise<CohortDetail> {
  await findCohort(db, actor, id);
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(labCohortIdeas).where(and(eq(labCohortIdeas.cohortId, id), eq(labCohortIdeas.ideaId, ideaId))).returning();
    if (!gone) throw notFound();
    await audit(tx, { actor, action: 'lab.cohort.ideaRemove', entity: 'lab_cohort', entityId: id, before: { ideaId }, requestId });
  });
  return getCohort(db, actor, id);
}
