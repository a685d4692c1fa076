import path from 'node:path';
import type { Readable } from 'node:stream';
import { and, asc, eq, inArray, max, sql } from 'drizzle-orm';
import type { ActionPlan, MilestoneInput } from '../../../domain/contracts/lab.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import { isMilestoneLate, planIncomplete, planProgress, type MilestoneStatus } from '../../../domain/lab/plans.js';
import { zoneDay } from '../../../domain/letters/indonesian-date.js';
import type { Db } from '../../db/client.js';
import { actionPlanMilestones, actionPlans, files, innovations, labCohortUnits, units } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { storeUpload } from '../../lib/uploads.js';
import { uploadRules, type UploadDeps } from '../innovations/innovations.evidence.js';
import { presentFile } from '../innovations/innovations.presenter.js';
import { findCohort, lastDayOf, mayPlanFor, regionZone, type CohortRow } from './lab.service.js';

type PlanRow = typeof actionPlans.$inferSelect;
type MilestoneRow = typeof actionPlanMilestones.$inferSelect;

/** The plans `ids` of one cohort as the page shows them, milestones in order, late ones marked in the region's calendar. */
export async function loadPlans(db: Db, actor: Actor, cohort: CohortRow, ids: readonly string[], zone: TimeZone, now = new Date()): Promise<ActionPlan[]> {
  if (!ids.length) return [];
  const rows = await db
    .select({ plan: actionPlans, unitName: units.name, innovationName: innovations.name })
    .from(actionPlans)
    .innerJoin(units, eq(units.id, actionPlans.unitId))
    .innerJoin(innovations, eq(innovations.id, actionPlans.innovationId))
    .where(inArray(actionPlans.id, [...ids]))
    .orderBy(asc(units.name), asc(innovations.name));
  const milestones = await db.select().from(actionPlanMilestones).where(inArray(actionPlanMilestones.planId, [...ids])).orderBy(asc(actionPlanMilestones.position), asc(actionPlanMilestones.dueOn));
  const fileIds = milestones.map((m) => m.evidenceFileId).filter((f): f is string => !!f);
  const fileById = new Map((fileIds.length ? await db.select().from(files).where(inArray(files.id, fileIds)) : []).map((f) => [f.id, f]));
  const today = zoneDay(now, zone);
  return rows.map(({ plan, unitName, innovationName }) => {
    const own = milestones.filter((m) => m.planId === plan.id);
    const typed = own.map((m) => ({ ...m, status: m.status as MilestoneStatus }));
    return {
      id: plan.id,
      cohortId: plan.cohortId,
      unitId: plan.unitId,
      unitName,
      innovationId: plan.innovationId,
      innovationName,
      submittedAt: plan.submittedAt?.toISOString() ?? null,
      submittedLate: !!plan.submittedAt && plan.submittedAt.getTime() > cohort.planDeadline.getTime(),
      version: plan.version,
      milestones: typed.map((m) => ({
        id: m.id,
        position: m.position,
        title: m.title,
        owner: m.owner,
        dueOn: m.dueOn,
        status: m.status,
        late: isMilestoneLate(m, today),
        evidenceFile: presentFile(m.evidenceFileId ? fileById.get(m.evidenceFileId) : null),
        evidenceUrl: m.evidenceUrl,
        note: m.note,
      })),
      progress: planProgress(typed, today),
      incomplete: planIncomplete(typed, lastDayOf(cohort)),
      mayEdit: mayPlanFor(actor, plan.unitId),
      updatedAt: plan.updatedAt.toISOString(),
    };
  });
}

/** A plan the actor may read (their units', or any for admin and leadership), with its cohort. */
async function findPlan(db: Db, actor: Actor, planId: string) {
  const plan = await db.query.actionPlans.findFirst({ where: and(eq(actionPlans.id, planId), eq(actionPlans.regionId, actor.regionId)) });
  if (!plan) throw notFound();
  const { cohort, visible } = await findCohort(db, actor, plan.cohortId);
  if (!visible.some((u) => u.unitId === plan.unitId)) throw notFound();
  return { plan, cohort };
}

async function findWritablePlan(db: Db, actor: Actor, planId: string) {
  const found = await findPlan(db, actor, planId);
  if (!mayPlanFor(actor, found.plan.unitId)) throw forbidden();
  return found;
}

export async function getPlan(db: Db, actor: Actor, planId: string): Promise<ActionPlan> {
  const { plan, cohort } = await findPlan(db, actor, planId);
  return (await loadPlans(db, actor, cohort, [plan.id], await regionZone(db, actor.regionId)))[0]!;
}

/**
 * Takes the plan from the version the editor started from to the next one, or refuses with the
 * stored plan (`details.current`): two people editing one plan never overwrite each other silently.
 */
async function nextVersion(tx: Db, actor: Actor, found: { plan: PlanRow; cohort: CohortRow }, version: number | null, extra: Partial<PlanRow> = {}) {
  const [row] = await tx
    .update(actionPlans)
    .set({ ...extra, version: sql`${actionPlans.version} + 1`, updatedAt: new Date() })
    .where(and(eq(actionPlans.id, found.plan.id), version === null ? undefined : eq(actionPlans.version, version)))
    .returning();
  if (!row) {
    const [current] = await loadPlans(tx, actor, found.cohort, [found.plan.id], await regionZone(tx, actor.regionId));
    throw new AppError('VERSION_CONFLICT', 'lab.error.planChanged', {}, [], { current });
  }
  return row;
}

/** The operator of a participating unit (or the admin) starts the action plan of one of the unit's innovations. */
export async function createPlan(db: Db, actor: Actor, cohortId: string, innovationId: string, requestId: string): Promise<ActionPlan> {
  const { cohort, visible } = await findCohort(db, actor, cohortId);
  const innovation = await db.query.innovations.findFirst({ where: and(eq(innovations.id, innovationId), eq(innovations.regionId, actor.regionId), eq(innovations.status, 'aktif')) });
  // Another region's or unit's innovation is "unknown" rather than confirmed to exist.
  if (!innovation || !visible.some((u) => u.unitId === innovation.unitId)) throw invalid('innovationId', 'lab.error.innovationNotParticipating');
  if (!mayPlanFor(actor, innovation.unitId)) throw forbidden();
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.insert(actionPlans).values({ regionId: actor.regionId, cohortId, unitId: innovation.unitId, innovationId }).onConflictDoNothing().returning();
    if (!row) throw new AppError('CONFLICT', 'lab.error.planExists', {}, [{ path: 'innovationId', key: 'lab.error.planExists' }]);
    await audit(tx, { actor, action: 'lab.plan.create', entity: 'action_plan', entityId: row.id, after: { cohortId, unitId: innovation.unitId, innovationId, innovation: innovation.name }, requestId });
    return row.id;
  });
  return (await loadPlans(db, actor, cohort, [id], await regionZone(db, actor.regionId)))[0]!;
}

const milestoneView = (m: Partial<MilestoneRow>) => ({ title: m.title, owner: m.owner, dueOn: m.dueOn, status: m.status, evidenceUrl: m.evidenceUrl ?? null, evidenceFileId: m.evidenceFileId ?? null, note: m.note ?? null });

export async function addMilestone(db: Db, actor: Actor, planId: string, input: MilestoneInput, requestId: string): Promise<ActionPlan> {
  const found = await findWritablePlan(db, actor, planId);
  await db.transaction(async (tx) => {
    await nextVersion(tx, actor, found, input.version);
    const [{ last } = { last: null }] = await tx.select({ last: max(actionPlanMilestones.position) }).from(actionPlanMilestones).where(eq(actionPlanMilestones.planId, planId));
    const [row] = await tx
      .insert(actionPlanMilestones)
      .values({ planId, position: (last ?? -1) + 1, title: input.title, owner: input.owner, dueOn: input.dueOn, status: input.status ?? 'belum', evidenceUrl: input.evidenceUrl ?? null, note: input.note ?? null })
      .returning();
    await audit(tx, { actor, action: 'lab.milestone.add', entity: 'action_plan', entityId: planId, after: { milestoneId: row!.id, ...milestoneView(row!) }, requestId });
  });
  return getPlan(db, actor, planId);
}

async function findMilestone(db: Db, planId: string, milestoneId: string) {
  const row = await db.query.actionPlanMilestones.findFirst({ where: and(eq(actionPlanMilestones.id, milestoneId), eq(actionPlanMilestones.planId, planId)) });
  if (!row) throw notFound();
  return row;
}

export async function updateMilestone(db: Db, actor: Actor, planId: string, milestoneId: string, input: MilestoneInput, requestId: string): Promise<ActionPlan> {
  const found = await findWritablePlan(db, actor, planId);
  const before = await findMilestone(db, planId, milestoneId);
  await db.transaction(async (tx) => {
    await nextVersion(tx, actor, found, input.version);
    const [row] = await tx
      .update(actionPlanMilestones)
      .set({
        title: input.title,
        owner: input.owner,
        dueOn: input.dueOn,
        status: input.status ?? 'belum',
        // Absent keeps the link; null removes it.
        ...(input.evidenceUrl !== undefined && { evidenceUrl: input.evidenceUrl }),
        ...(input.removeFile && { evidenceFileId: null }),
        note: input.note ?? null,
        updatedAt: new Date(),
      })
      .where(eq(actionPlanMilestones.id, milestoneId))
      .returning();
    await audit(tx, { actor, action: 'lab.milestone.update', entity: 'action_plan', entityId: planId, before: { milestoneId, ...milestoneView(before) }, after: { milestoneId, ...milestoneView(row!) }, requestId });
  });
  return getPlan(db, actor, planId);
}

export async function removeMilestone(db: Db, actor: Actor, planId: string, milestoneId: string, version: number, requestId: string): Promise<ActionPlan> {
  const found = await findWritablePlan(db, actor, planId);
  const before = await findMilestone(db, planId, milestoneId);
  await db.transaction(async (tx) => {
    await nextVersion(tx, actor, found, version);
    await tx.delete(actionPlanMilestones).where(eq(actionPlanMilestones.id, milestoneId));
    await audit(tx, { actor, action: 'lab.milestone.remove', entity: 'action_plan', entityId: planId, before: { milestoneId, ...milestoneView(before) }, requestId });
  });
  return getPlan(db, actor, planId);
}

/**
 * A file as a milestone's evidence, its type read from its bytes (a renamed executable is refused
 * before anything is stored). The upload names no version: it adds a file, it overwrites nobody's
 * text, but it still moves the plan to its next version so an open form notices.
 */
export async function addMilestoneEvidence(deps: UploadDeps, actor: Actor, planId: string, milestoneId: string, upload: { stream: Readable & { truncated?: boolean }; fileName: string }, requestId: string): Promise<ActionPlan> {
  const { db } = deps;
  const found = await findWritablePlan(db, actor, planId);
  const before = await findMilestone(db, planId, milestoneId);
  await storeUpload(
    { db, storage: deps.storage, tmpDir: path.join(deps.env.dataDir, 'tmp') },
    { regionId: actor.regionId, userId: actor.userId, stream: upload.stream, fileName: upload.fileName, ...uploadRules(deps.env) },
    async (tx, file) => {
      await nextVersion(tx, actor, found, null);
      await tx.update(actionPlanMilestones).set({ evidenceFileId: file.id, updatedAt: new Date() }).where(eq(actionPlanMilestones.id, milestoneId));
      await audit(tx, {
        actor,
        action: 'lab.milestone.evidence',
        entity: 'action_plan',
        entityId: planId,
        before: { milestoneId, evidenceFileId: before.evidenceFileId },
        after: { milestoneId, evidenceFileId: file.id, file: file.originalName, size: file.size, mime: file.mime },
        requestId,
      });
    },
  );
  return getPlan(db, actor, planId);
}

export async function milestoneEvidenceFile(db: Db, actor: Actor, planId: string, milestoneId: string) {
  await findPlan(db, actor, planId);
  const milestone = await findMilestone(db, planId, milestoneId);
  if (!milestone.evidenceFileId) throw notFound();
  const file = await db.query.files.findFirst({ where: and(eq(files.id, milestone.evidenceFileId), eq(files.regionId, actor.regionId)) });
  if (!file) throw notFound();
  return file;
}

/**
 * Hands the plan in. After the deadline it is still accepted (the unit did the work) but stays
 * marked late; a plan that is not complete yet is refused with what is missing.
 */
export async function submitPlan(db: Db, actor: Actor, planId: string, version: number, requestId: string, now = new Date()): Promise<ActionPlan> {
  const found = await findWritablePlan(db, actor, planId);
  if (found.plan.submittedAt) throw new AppError('CONFLICT', 'lab.error.planAlreadySubmitted');
  // The unit must still take part: a unit taken out of the cohort cannot hand in.
  const [member] = await db.select().from(labCohortUnits).where(and(eq(labCohortUnits.cohortId, found.cohort.id), eq(labCohortUnits.unitId, found.plan.unitId)));
  if (!member) throw forbidden();
  const current = (await loadPlans(db, actor, found.cohort, [planId], await regionZone(db, actor.regionId), now))[0]!;
  if (current.incomplete.length) throw new AppError('CONFLICT', `lab.error.${current.incomplete[0]}`, { date: lastDayOf(found.cohort) ?? '' });
  await db.transaction(async (tx) => {
    await nextVersion(tx, actor, found, version, { submittedAt: now, submittedBy: actor.userId });
    const late = now.getTime() > found.cohort.planDeadline.getTime();
    await audit(tx, { actor, action: 'lab.plan.submit', entity: 'action_plan', entityId: planId, after: { submittedAt: now.toISOString(), late, milestones: current.milestones.length }, requestId });
  });
  return getPlan(db, actor, planId);
}
