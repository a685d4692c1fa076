import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { IndicatorReviewInput, ReviewActionInput, ReviewDetail } from '../../../domain/contracts/review.js';
import { zoneDay } from '../../../domain/letters/indonesian-date.js';
import { indicatorsOf } from '../../../domain/iid/catalogue.js';
import {
  actorKinds,
  afterIndicatorChange,
  availableActions,
  decide,
  frozenStates,
  nextActor,
  readyChecklist,
  type ChecklistResult,
  type IndicatorReviewState,
  type ReviewActorKind,
  type ReviewAction,
  type ReviewRefusal,
  type ReviewState,
} from '../../../domain/review/workflow.js';
import type { Db } from '../../db/client.js';
import { answers, evidence, innovations, regions, reviewEvents, units } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { findInnovation, loadDetail } from '../innovations/innovations.detail.js';
import type { InnovationRow } from '../innovations/innovations.presenter.js';
import { audienceOf, notify, type NotificationKind } from '../notifications/notifications.service.js';
import { loadCatalogue } from '../periods/periods.service.js';
import type { LinkChecker } from './link-check.js';

type Deps = { db: Db; checkLinks: LinkChecker };

const linkOf = (id: string) => `/registri/${id}`;

/** The refusal as a 409 the person can act on, in their language. */
function refusalError(r: ReviewRefusal): AppError {
  const codes = 'codes' in r ? r.codes.join(', ') : '';
  switch (r.reason) {
    case 'wrongState':
      return new AppError('CONFLICT', 'error.reviewWrongState', { action: r.action, state: r.state });
    case 'notAllowed':
      return new AppError('FORBIDDEN', 'error.reviewNotAllowed', { action: r.action });
    case 'nothingAnswered':
      return new AppError('CONFLICT', 'error.reviewNothingAnswered');
    case 'withoutEvidence':
      return new AppError('CONFLICT', 'error.reviewWithoutEvidence', { codes });
    case 'stillReturned':
      return new AppError('CONFLICT', 'error.reviewStillReturned', { codes });
    case 'stillPending':
      return new AppError('CONFLICT', 'error.reviewStillPending', { codes });
    case 'noneReturned':
      return new AppError('CONFLICT', 'error.reviewNoneReturned');
    case 'noteRequired':
      return new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'note', key: 'error.reviewNoteRequired' }]);
    case 'checklist':
      return new AppError('CONFLICT', 'error.reviewChecklist', { count: r.failing.length }, [], { failing: r.failing });
  }
}

async function reviewSnapshot(db: Db, row: InnovationRow) {
  const detail = await loadDetail(db, row);
  const answered = detail.assessment.answers.filter((a) => a.option > 0);
  return { detail, snapshot: { indicators: answered.map((a) => ({ code: a.code, review: a.review, hasEvidence: a.present })) } };
}

/** The ready-to-report checklist: engine eligibility (verified), mandatory indicators accepted, design length, live links. */
async function checklistOf(deps: Deps, row: InnovationRow, detail: Awaited<ReturnType<typeof loadDetail>>): Promise<ChecklistResult> {
  const catalogue = await loadCatalogue(deps.db, row.regionId, row.periodId);
  const accepted = new Set(detail.assessment.answers.filter((a) => a.option > 0 && a.review === 'accepted').map((a) => a.code));
  const mandatoryUnverified = indicatorsOf(catalogue, 'innovation')
    .filter((i) => i.mandatory && !accepted.has(i.code))
    .map((i) => i.code);
  const urls = detail.assessment.answers.flatMap((a) => a.evidence.filter((e) => e.kind === 'link' && e.url).map((e) => e.url!));
  return readyChecklist({
    eligible: detail.assessment.verified.eligible,
    mandatoryUnverified,
    designWords: row.designWords,
    minDesignWords: catalogue.period.minDesignWords,
    deadLinks: await deps.checkLinks(urls),
  });
}

const checklistStates: readonly ReviewState[] = ['disahkan', 'siap_dilaporkan'];

export async function reviewDetail(deps: Deps, actor: Actor, id: string): Promise<ReviewDetail> {
  const row = await findInnovation(deps.db, actor, id);
  return presentReview(deps, actor, row);
}

/** `known`: a checklist just computed for this innovation (markReady), so its links are not checked twice. */
async function presentReview(deps: Deps, actor: Actor, row: InnovationRow, known?: ChecklistResult): Promise<ReviewDetail> {
  const { db } = deps;
  const state = row.reviewState as ReviewState;
  const kinds = actorKinds(actor.roles, actor.unitIds, row.unitId);
  const [answerRows, events] = await Promise.all([
    db.select().from(answers).where(eq(answers.innovationId, row.id)).orderBy(asc(answers.code)),
    db.select().from(reviewEvents).where(eq(reviewEvents.innovationId, row.id)).orderBy(desc(reviewEvents.at)).limit(200),
  ]);
  // The checklist reaches out to evidence links, so only the admin who acts on it pays for it.
  const wantsChecklist = checklistStates.includes(state) && kinds.includes('admin');
  const checklist = wantsChecklist ? (known ?? (await checklistOf(deps, row, await loadDetail(db, row)))) : null;
  return {
    innovationId: row.id,
    state,
    since: row.reviewStateAt?.toISOString() ?? null,
    reportedOn: row.reportedOn,
    reportedByName: row.reportedByName,
    indicators: answerRows.map((a) => ({
      code: a.code,
      review: a.review as IndicatorReviewState,
      note: a.reviewNote,
      reviewerName: a.reviewedByName,
      reviewedAt: a.reviewedAt?.toISOString() ?? null,
    })),
    actions: row.status === 'aktif' ? availableActions(state, kinds) : [],
    mayReviewIndicators: row.status === 'aktif' && state === 'diajukan' && (kinds.includes('mentor') || kinds.includes('admin')),
    checklist: checklist?.items ?? null,
    timeline: events.map((e) => ({
      id: e.id,
      action: e.action as ReviewDetail['timeline'][number]['action'],
      code: e.code,
      from: e.fromState as ReviewState | null,
      to: e.toState as ReviewState | null,
      actorName: e.actorName,
      note: e.note,
      at: e.at.toISOString(),
    })),
  };
}

const notificationOf: Partial<Record<ReviewAction, NotificationKind>> = {
  submit: 'review.submitted',
  return: 'review.returned',
  verify: 'review.verified',
  signOff: 'review.signedOff',
  markReady: 'review.ready',
  markReported: 'review.reported',
  reopen: 'review.reopened',
};

/** Today's date on the region's clock (a report made at 23:30 WIT is dated that day). */
async function regionToday(db: Db, regionId: string): Promise<string> {
  const region = await db.query.regions.findFirst({ where: eq(regions.id, regionId), columns: { timeZone: true } });
  return zoneDay(new Date(), (region?.timeZone ?? 'Asia/Jakarta') as TimeZone);
}

/**
 * One transition of the innovation. The state is re-checked inside the update (`WHERE
 * review_state = from`), so a double click or two people acting at once move it once; the
 * second gets the state it is now in.
 */
export async function applyReviewAction(deps: Deps, actor: Actor, id: string, input: ReviewActionInput, requestId: string): Promise<ReviewDetail> {
  const { db } = deps;
  const row = await findInnovation(db, actor, id);
  if (row.status !== 'aktif') throw new AppError('CONFLICT', 'error.innovationReadOnly');
  const state = row.reviewState as ReviewState;
  const kinds = actorKinds(actor.roles, actor.unitIds, row.unitId);
  // The checklist reaches out to links: it runs before the transaction, which must stay short.
  const checklist = input.action === 'markReady' && kinds.includes('admin') && state === 'disahkan' ? await checklistOf(deps, row, (await reviewSnapshot(db, row)).detail) : undefined;
  const failingChecklist = checklist?.failing ?? [];
  const reportedOn = input.action === 'markReported' ? (input.reportedOn ?? (await regionToday(db, row.regionId))) : null;
  const unit = await db.query.units.findFirst({ where: eq(units.id, row.unitId), columns: { name: true } });

  const updated = await db.transaction(async (tx) => {
    // The row is locked and its indicators read inside the transaction: a verdict or a change by
    // the unit racing this transition is either before it (and seen) or after it.
    const [locked] = await tx.select().from(innovations).where(eq(innovations.id, id)).for('update');
    const from = locked!.reviewState as ReviewState;
    const decision = decide(from, input.action, kinds, (await reviewSnapshot(tx, locked!)).snapshot, { note: input.note, failingChecklist });
    if (!decision.ok) throw refusalError(decision.refusal);
    const [moved] = await tx
      .update(innovations)
      .set({
        reviewState: decision.to,
        reviewStateAt: new Date(),
        ...(reportedOn && { reportedOn, reportedByName: actor.name }),
        updatedAt: new Date(),
      })
      .where(and(eq(innovations.id, id), eq(innovations.reviewState, from)))
      .returning();
    if (!moved) {
      const now = await tx.query.innovations.findFirst({ where: eq(innovations.id, id), columns: { reviewState: true } });
      throw refusalError({ reason: 'wrongState', state: (now?.reviewState ?? from) as ReviewState, action: input.action });
    }
    const note = input.note?.trim() || null;
    await tx.insert(reviewEvents).values({ regionId: row.regionId, innovationId: id, action: input.action, fromState: from, toState: decision.to, actorId: actor.userId, actorName: actor.name, note });
    await audit(tx, { actor, action: `innovation.review.${input.action}`, entity: 'innovation', entityId: id, before: { reviewState: from }, after: { reviewState: decision.to, ...(reportedOn && { reportedOn }) }, reason: note, requestId });
    const audience: ReviewActorKind[] = input.action === 'reopen' ? ['operator', 'mentor'] : input.action === 'markReported' ? ['operator'] : [nextActor[decision.to]].filter((k): k is ReviewActorKind => !!k);
    const kind = notificationOf[input.action];
    if (audience.length && kind) {
      await notify(tx, {
        regionId: row.regionId,
        userIds: (await Promise.all(audience.map((k) => audienceOf(tx, row.regionId, k, row.unitId)))).flat(),
        kind,
        params: { name: row.name, unit: unit?.name ?? '', note: note ?? '', date: reportedOn ?? '' },
        link: linkOf(id),
        exceptUserId: actor.userId,
      });
    }
    return moved;
  });
  return presentReview(deps, actor, updated, checklist);
}

/** The mentor's verdict on one indicator's evidence, while the innovation is submitted. */
export async function reviewIndicator(deps: Deps, actor: Actor, id: string, code: string, input: IndicatorReviewInput, requestId: string): Promise<ReviewDetail> {
  const { db } = deps;
  const row = await findInnovation(db, actor, id);
  const kinds = actorKinds(actor.roles, actor.unitIds, row.unitId);
  if (!kinds.includes('mentor') && !kinds.includes('admin')) throw new AppError('FORBIDDEN', 'error.reviewNotAllowed', { action: 'verify' });
  if (row.status !== 'aktif' || row.reviewState !== 'diajukan') throw new AppError('CONFLICT', 'error.reviewNotUnderReview');
  const answer = await db.query.answers.findFirst({ where: and(eq(answers.innovationId, id), eq(answers.code, code)) });
  if (!answer || answer.option === 0) throw new AppError('CONFLICT', 'error.reviewIndicatorUnanswered', { code });
  const note = input.decision === 'returned' ? input.note!.trim() : input.note?.trim() || null;
  await db.transaction(async (tx) => {
    // Locked so a verdict cannot land beside a transition that just left `diajukan`.
    const [locked] = await tx.select({ reviewState: innovations.reviewState }).from(innovations).where(eq(innovations.id, id)).for('update');
    if (locked?.reviewState !== 'diajukan') throw new AppError('CONFLICT', 'error.reviewNotUnderReview');
    await tx
      .update(answers)
      .set({ review: input.decision, reviewNote: note, reviewedBy: actor.userId, reviewedByName: actor.name, reviewedAt: new Date() })
      .where(eq(answers.id, answer.id));
    // Evidence carries the verdict too: the verified projection reads it per item.
    await tx.update(evidence).set({ status: input.decision }).where(and(eq(evidence.innovationId, id), eq(evidence.code, code)));
    await tx.insert(reviewEvents).values({
      regionId: row.regionId,
      innovationId: id,
      action: input.decision === 'accepted' ? 'indicatorAccepted' : 'indicatorReturned',
      code,
      actorId: actor.userId,
      actorName: actor.name,
      note,
    });
    await audit(tx, { actor, action: `innovation.review.indicator`, entity: 'innovation', entityId: id, before: { [code]: answer.review }, after: { [code]: input.decision }, reason: note, requestId });
  });
  return presentReview(deps, actor, row);
}

/**
 * Called inside the unit's transaction, before it changes an indicator's answer or evidence. Locks
 * the innovation row and reads its state there, so a change racing a transition (an upload
 * finishing while the admin records the report) sees the state that won: a reported innovation is
 * refused. The indicator goes back to the mentor; an innovation past verification returns to
 * `diajukan`, audited, with its mentors told.
 */
export async function indicatorChanged(tx: Db, actor: Actor, row: InnovationRow, code: string): Promise<void> {
  const [locked] = await tx.select({ reviewState: innovations.reviewState }).from(innovations).where(eq(innovations.id, row.id)).for('update');
  const state = (locked?.reviewState ?? row.reviewState) as ReviewState;
  if (frozenStates.includes(state)) throw new AppError('CONFLICT', 'error.innovationReported');
  const answer = await tx.query.answers.findFirst({ where: and(eq(answers.innovationId, row.id), eq(answers.code, code)) });
  const before = (answer?.review ?? 'pending') as IndicatorReviewState;
  const next = afterIndicatorChange(state);
  if (answer && before !== 'pending') {
    await tx.update(answers).set({ review: next.indicator, reviewedAt: null, reviewedBy: null, reviewedByName: null }).where(eq(answers.id, answer.id));
  }
  await tx.update(evidence).set({ status: 'pending' }).where(and(eq(evidence.innovationId, row.id), eq(evidence.code, code), sql`${evidence.status} <> 'pending'`));
  if (before !== 'pending') {
    await tx.insert(reviewEvents).values({ regionId: row.regionId, innovationId: row.id, action: 'indicatorReset', code, actorId: actor.userId, actorName: actor.name });
  }
  if (next.state !== state) {
    await tx.update(innovations).set({ reviewState: next.state, reviewStateAt: new Date() }).where(and(eq(innovations.id, row.id), eq(innovations.reviewState, state)));
    await tx.insert(reviewEvents).values({ regionId: row.regionId, innovationId: row.id, action: 'submit', fromState: state, toState: next.state, actorId: actor.userId, actorName: actor.name, note: `#${code}` });
    await audit(tx, { actor, action: 'innovation.review.backToReview', entity: 'innovation', entityId: row.id, before: { reviewState: state }, after: { reviewState: next.state, indicator: code } });
    await notify(tx, {
      regionId: row.regionId,
      userIds: await audienceOf(tx, row.regionId, 'mentor', row.unitId),
      kind: 'review.backToReview',
      params: { name: row.name, code },
      link: linkOf(row.id),
      exceptUserId: actor.userId,
    });
  }
}

// ---------------------------------------------------------------- inbox

/** What waits for this actor: each innovation whose next actor is one of the actor's kinds for its unit. */
export async function inbox(db: Db, actor: Actor) {
  const waitingStates = (Object.keys(nextActor) as ReviewState[]).filter((s) => s !== 'draf' && s !== 'dilaporkan' && s !== 'dikembalikan');
  const rows = await db
    .select({
      id: innovations.id,
      name: innovations.name,
      unitId: innovations.unitId,
      unitName: units.name,
      state: innovations.reviewState,
      since: innovations.reviewStateAt,
      updatedAt: innovations.updatedAt,
      pending: sql<number>`(select count(*)::int from ${answers} a where a.innovation_id = ${innovations.id} and a.review = 'pending')`,
      returned: sql<number>`(select count(*)::int from ${answers} a where a.innovation_id = ${innovations.id} and a.review = 'returned')`,
    })
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .where(
      and(
        eq(innovations.regionId, actor.regionId),
        eq(innovations.status, 'aktif'),
        inArray(innovations.reviewState, waitingStates),
        actor.roles.includes('admin') ? undefined : inArray(innovations.unitId, actor.unitIds.length ? actor.unitIds : ['00000000-0000-4000-8000-000000000000']),
      ),
    )
    .orderBy(asc(innovations.reviewStateAt));
  const now = Date.now();
  const items = rows
    // Admins oversee every waiting item; the others see what waits for them.
    .filter((r) => {
      const who = nextActor[r.state as ReviewState];
      return actor.roles.includes('admin') || (!!who && actorKinds(actor.roles, actor.unitIds, r.unitId).includes(who));
    })
    .map((r) => {
      const since = r.since ?? r.updatedAt;
      return {
        innovationId: r.id,
        name: r.name,
        unitId: r.unitId,
        unitName: r.unitName,
        state: r.state as ReviewState,
        since: since.toISOString(),
        ageDays: Math.floor((now - since.getTime()) / 86_400_000),
        pendingIndicators: r.pending,
        returnedIndicators: r.returned,
      };
    });
  return { items };
}
