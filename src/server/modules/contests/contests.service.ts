import { and, asc, count, desc, eq, inArray, like, or, sql } from 'drizzle-orm';
import type { Contest, ContestCreate, ContestList, ContestSetup, ContestUpdate, RoundInput } from '../../../domain/contracts/contests.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type {
  AssignmentMode,
  Category,
  ContestKind,
  ContestStatus,
  Criterion,
  Eligibility,
  EntryStatus,
  FormField,
  JudgingMode,
  RoundKind,
  TieBreakRule,
} from '../../../domain/contests/contests.js';
import { setupProblems } from '../../../domain/contests/setup.js';
import { contestTemplate } from '../../../domain/contests/templates.js';
import { registrationRound, roundState } from '../../../domain/contests/timeline.js';
import { announcementSlug, uniqueSlug } from '../../../domain/portal/announcement-slug.js';
import type { Db } from '../../db/client.js';
import { contestAssignments, contestEntries, contestJudges, contestRounds, contests, contestScores, regions } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, isUniqueViolation, notFound, type FieldProblem } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';

export type ContestRow = typeof contests.$inferSelect;
export type RoundRow = typeof contestRounds.$inferSelect;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const conflict = (key: string, params: Record<string, unknown> = {}, fields: FieldProblem[] = []) => new AppError('CONFLICT', key, params, fields);

/** The region's time zone: every instant of a contest is shown in it. */
export async function regionZoneOf(db: Db, regionId: string): Promise<TimeZone> {
  const [row] = await db.select({ zone: regions.timeZone }).from(regions).where(eq(regions.id, regionId));
  return (row?.zone ?? 'Asia/Jakarta') as TimeZone;
}

/** A contest of the region, else 404 (another region's contest is not confirmed to exist). */
export async function findContest(db: Db, regionId: string, id: string): Promise<ContestRow> {
  const row = await db.query.contests.findFirst({ where: and(eq(contests.id, id), eq(contests.regionId, regionId)) });
  if (!row) throw notFound();
  return row;
}

/** The timeline in order. */
export async function roundsOf(db: Db, contestId: string): Promise<RoundRow[]> {
  return db.select().from(contestRounds).where(eq(contestRounds.contestId, contestId)).orderBy(asc(contestRounds.position));
}

export function presentRound(r: RoundRow, now: Date) {
  return {
    id: r.id,
    kind: r.kind as RoundKind,
    name: r.name,
    opensAt: r.opensAt.toISOString(),
    closesAt: r.closesAt.toISOString(),
    mode: (r.mode as JudgingMode | null) ?? null,
    state: roundState(r, now),
  };
}

/** The setup stored as JSON, typed. */
export function setupOf(row: ContestRow) {
  return {
    kind: row.kind as ContestKind,
    categories: row.categories as Category[],
    fieldsOfWork: row.fieldsOfWork as string[],
    eligibility: row.eligibility as Eligibility,
    form: row.form as FormField[],
    criteria: row.criteria as Criterion[],
  };
}

async function entryCounts(db: Db, contestId: string) {
  const rows = await db.select({ status: contestEntries.status, n: count() }).from(contestEntries).where(eq(contestEntries.contestId, contestId)).groupBy(contestEntries.status);
  const by = Object.fromEntries(rows.map((r) => [r.status, r.n])) as Partial<Record<EntryStatus, number>>;
  // A passed or failed entry was sent too: "submitted" counts every sent entry.
  return { drafts: by.draf ?? 0, submitted: (by.terkirim ?? 0) + (by.lolos ?? 0) + (by.tidak_lolos ?? 0), passed: by.lolos ?? 0, failed: by.tidak_lolos ?? 0 };
}

async function present(db: Db, row: ContestRow, now = new Date()): Promise<Contest> {
  const [rounds, zone, counts] = await Promise.all([roundsOf(db, row.id), regionZoneOf(db, row.regionId), entryCounts(db, row.id)]);
  return {
    id: row.id,
    slug: row.slug,
    status: row.status as ContestStatus,
    name: row.name,
    description: row.description,
    rules: row.rules,
    ...setupOf(row),
    rounds: rounds.map((r) => presentRound(r, now)),
    normalise: row.normalise,
    tieBreak: row.tieBreak as TieBreakRule,
    assignment: { mode: row.assignmentMode as AssignmentMode, minPerEntry: row.minPerEntry },
    winnersPerCategory: row.winnersPerCategory,
    signatory: row.signatory as { name: string; title: string },
    zone,
    counts,
    publishedAt: iso(row.publishedAt),
    resultsPublishedAt: iso(row.resultsPublishedAt),
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

// ---------------------------------------------------------------- reading

/**
 * The registration round's open or close instant of the contest in the outer query. The outer
 * column is spelled out: drizzle leaves a lone table's columns unqualified, and a bare "id" would
 * be the round's own. As milliseconds, since a raw timestamp comes back as text from one driver and
 * a Date from the other.
 */
export const registrationInstant = (column: 'opens_at' | 'closes_at') =>
  sql<number | null>`(select extract(epoch from r.${sql.raw(column)})::float8 * 1000 from ${contestRounds} r where r.contest_id = "contests"."id" and r.kind = 'pendaftaran' order by r.position limit 1)`.mapWith((v: unknown) =>
    v === null || v === undefined ? null : new Date(Number(v)),
  );

export async function listContests(db: Db, actor: Actor): Promise<ContestList> {
  const rows = await db
    .select({
      id: contests.id,
      slug: contests.slug,
      name: contests.name,
      kind: contests.kind,
      status: contests.status,
      updatedAt: contests.updatedAt,
      entries: sql<number>`(select count(*)::int from ${contestEntries} e where e.contest_id = ${contests.id} and e.status <> 'draf')`,
      registrationClosesAt: registrationInstant('closes_at'),
    })
    .from(contests)
    .where(eq(contests.regionId, actor.regionId))
    .orderBy(desc(contests.createdAt), asc(contests.id));
  return {
    items: rows.map((r) => ({
      ...r,
      kind: r.kind as ContestKind,
      status: r.status as ContestStatus,
      registrationClosesAt: iso(r.registrationClosesAt),
      updatedAt: r.updatedAt.toISOString(),
    })),
  };
}

export async function getContest(db: Db, actor: Actor, id: string): Promise<Contest> {
  return present(db, await findContest(db, actor.regionId, id));
}

// ---------------------------------------------------------------- creating

/** The first free `/lomba/<slug>` for a name: made once, kept for good (it is shared and indexed). */
async function freeContestSlug(db: Db, name: string): Promise<string> {
  const base = announcementSlug(name).replace(/^pengumuman$/, 'lomba');
  const taken = await db
    .select({ slug: contests.slug })
    .from(contests)
    .where(or(eq(contests.slug, base), like(contests.slug, `${base}-%`)));
  return uniqueSlug(
    base,
    taken.map((r) => r.slug),
  );
}

/** The setup's scalar parts as columns (the bench seeds with it too). */
export function columnsOf(setup: Omit<ContestSetup, 'name'>) {
  return {
    kind: setup.kind,
    description: setup.description,
    rules: setup.rules,
    categories: setup.categories,
    fieldsOfWork: setup.fieldsOfWork,
    eligibility: setup.eligibility,
    form: setup.form,
    criteria: setup.criteria,
    normalise: setup.normalise,
    tieBreak: setup.tieBreak,
    assignmentMode: setup.assignment.mode,
    minPerEntry: setup.assignment.minPerEntry,
    winnersPerCategory: setup.winnersPerCategory,
    signatory: setup.signatory,
  };
}

const roundValues = (contestId: string, r: RoundInput, position: number) => ({
  contestId,
  position,
  kind: r.kind,
  name: r.name,
  opensAt: new Date(r.opensAt),
  closesAt: new Date(r.closesAt),
  mode: r.kind === 'penjurian' ? (r.mode ?? null) : null,
});

/** A new contest in draft, filled from a template with a timeline starting today in the region's zone. */
export async function createContest(db: Db, actor: Actor, input: ContestCreate, requestId: string): Promise<Contest> {
  const zone = await regionZoneOf(db, actor.regionId);
  const setup = contestTemplate(input.template, { now: new Date(), zone });
  try {
    const row = await db.transaction(async (tx) => {
      const slug = await freeContestSlug(tx, input.name);
      const [created] = await tx
        .insert(contests)
        .values({ ...columnsOf(setup), regionId: actor.regionId, slug, name: input.name, createdBy: actor.userId })
        .returning();
      const rounds = setup.rounds.map((r, i) => roundValues(created!.id, { ...r, mode: r.mode ?? null }, i));
      await tx.insert(contestRounds).values(rounds);
      await audit(tx, { actor, action: 'contest.create', entity: 'contest', entityId: created!.id, after: { name: input.name, template: input.template, slug }, requestId });
      return created!;
    });
    return present(db, row);
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'contests.error.slugTaken', {}, [{ path: 'name', key: 'contests.error.slugTaken' }]);
    throw err;
  }
}

// ---------------------------------------------------------------- updating

/** Rounds that carry judging work (a panel, assignments or scores) and so cannot be removed. */
async function roundsInUse(db: Db, roundIds: readonly string[]): Promise<Set<string>> {
  if (!roundIds.length) return new Set();
  const ids = [...roundIds];
  const [judges, assigned, scored] = await Promise.all([
    db.selectDistinct({ id: contestJudges.roundId }).from(contestJudges).where(inArray(contestJudges.roundId, ids)),
    db.selectDistinct({ id: contestAssignments.roundId }).from(contestAssignments).where(inArray(contestAssignments.roundId, ids)),
    db.selectDistinct({ id: contestScores.roundId }).from(contestScores).where(inArray(contestScores.roundId, ids)),
  ]);
  return new Set([...judges, ...assigned, ...scored].map((r) => r.id));
}

async function hasScores(db: Db, roundIds: readonly string[]): Promise<boolean> {
  if (!roundIds.length) return false;
  const [row] = await db.select({ n: count() }).from(contestScores).where(inArray(contestScores.roundId, [...roundIds]));
  return (row?.n ?? 0) > 0;
}

/** What a score depends on: the criteria's keys, order and ranges. */
const scoringShape = (criteria: readonly Criterion[]) => criteria.map((c) => `${c.key}:${c.min}-${c.max}`).join('|');

/** The setup as an auditor reads it (the timeline by kind, name and instants). */
function auditView(row: ContestRow, rounds: readonly RoundRow[]) {
  const { name, kind, description, rules, categories, fieldsOfWork, eligibility, form, criteria, normalise, tieBreak, assignmentMode, minPerEntry, winnersPerCategory, signatory } = row;
  return {
    ...{ name, kind, description, rules, categories, fieldsOfWork, eligibility, form, criteria, normalise, tieBreak, assignmentMode, minPerEntry, winnersPerCategory, signatory },
    rounds: rounds.map((r) => ({ id: r.id, kind: r.kind, name: r.name, opensAt: r.opensAt.toISOString(), closesAt: r.closesAt.toISOString(), mode: r.mode })),
  };
}

/**
 * Saves the whole setup from the version the admin read (a newer one: VERSION_CONFLICT with the
 * stored contest). The domain rules check it (400 with field errors). The timeline is replaced:
 * rounds sent with their id keep it (and their panel, assignments and scores); a round left out is
 * removed unless judging work hangs on it (409). Once a score exists the criteria's keys and
 * ranges are frozen (409): the stored scores would mean something else.
 */
export async function updateContest(db: Db, actor: Actor, id: string, input: ContestUpdate, requestId: string): Promise<Contest> {
  const { version, ...setup } = input;
  const problems = setupProblems(setup);
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, {}, problems);
  const row = await db.transaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(contests)
      .where(and(eq(contests.id, id), eq(contests.regionId, actor.regionId)))
      .for('update');
    if (!before) throw notFound();
    if (before.version !== version) throw new AppError('VERSION_CONFLICT', 'contests.error.contestChanged', {}, [], { current: await present(tx, before) });
    const existing = await roundsOf(tx, id);
    const known = new Set(existing.map((r) => r.id));
    const unknown = setup.rounds.flatMap((r, i) => (r.id && !known.has(r.id) ? [{ path: `rounds.${i}.id`, key: 'contests.error.roundUnknown' }] : []));
    if (unknown.length) throw new AppError('VALIDATION_FAILED', undefined, {}, unknown);
    const kept = new Set(setup.rounds.flatMap((r) => (r.id ? [r.id] : [])));
    const removed = existing.filter((r) => !kept.has(r.id));
    const busy = await roundsInUse(tx, removed.map((r) => r.id));
    const blocked = removed.find((r) => busy.has(r.id));
    if (blocked) throw conflict('contests.error.roundInUse', { name: blocked.name });
    // A kept round that already has judging work stays a judging round.
    const busyKept = await roundsInUse(tx, [...kept]);
    const retyped = setup.rounds.findIndex((r) => r.id && busyKept.has(r.id) && r.kind !== 'penjurian');
    if (retyped >= 0) throw conflict('contests.error.roundInUse', { name: existing.find((r) => r.id === setup.rounds[retyped]!.id)!.name }, [{ path: `rounds.${retyped}.kind`, key: 'contests.error.roundInUse', params: { name: setup.rounds[retyped]!.name } }]);
    if (scoringShape(setupOf(before).criteria) !== scoringShape(setup.criteria) && (await hasScores(tx, existing.map((r) => r.id)))) {
      throw conflict('contests.error.criteriaFrozen', {}, [{ path: 'criteria', key: 'contests.error.criteriaFrozen' }]);
    }

    const [updated] = await tx
      .update(contests)
      .set({ ...columnsOf(setup), name: setup.name, version: sql`${contests.version} + 1`, updatedAt: new Date() })
      .where(and(eq(contests.id, id), eq(contests.version, version)))
      .returning();
    if (removed.length) {
      await tx.delete(contestRounds).where(inArray(contestRounds.id, removed.map((r) => r.id)));
    }
    for (const [i, r] of setup.rounds.entries()) {
      if (r.id) await tx.update(contestRounds).set(roundValues(id, r, i)).where(eq(contestRounds.id, r.id));
      else await tx.insert(contestRounds).values(roundValues(id, r, i));
    }
    const after = await roundsOf(tx, id);
    const d = diff(auditView(before, existing), auditView(updated!, after));
    if (Object.keys(d.after).length) await audit(tx, { actor, action: 'contest.update', entity: 'contest', entityId: id, ...d, requestId });
    return updated!;
  });
  return present(db, row);
}

/** Puts the contest on the portal (/lomba/<slug>); the setup must pass the rules first. */
export async function publishContest(db: Db, actor: Actor, id: string, requestId: string): Promise<Contest> {
  const row = await findContest(db, actor.regionId, id);
  if (row.status !== 'draf') throw conflict('contests.error.alreadyPublished');
  const rounds = await roundsOf(db, id);
  const problems = setupProblems({
    name: row.name,
    description: row.description,
    rules: row.rules,
    ...setupOf(row),
    rounds: rounds.map((r) => ({ id: r.id, kind: r.kind as RoundKind, name: r.name, opensAt: r.opensAt.toISOString(), closesAt: r.closesAt.toISOString(), mode: (r.mode as JudgingMode | null) ?? null })),
    normalise: row.normalise,
    tieBreak: row.tieBreak as TieBreakRule,
    assignment: { mode: row.assignmentMode as AssignmentMode, minPerEntry: row.minPerEntry },
    winnersPerCategory: row.winnersPerCategory,
    signatory: row.signatory as { name: string; title: string },
  });
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, {}, problems);
  const now = new Date();
  const published = await db.transaction(async (tx) => {
    const [updated] = await tx
      .update(contests)
      .set({ status: 'terbit', publishedAt: now, version: sql`${contests.version} + 1`, updatedAt: now })
      .where(and(eq(contests.id, id), eq(contests.status, 'draf')))
      .returning();
    if (!updated) throw conflict('contests.error.alreadyPublished');
    const registration = registrationRound(rounds);
    await audit(tx, {
      actor,
      action: 'contest.publish',
      entity: 'contest',
      entityId: id,
      before: { status: 'draf' },
      after: { status: 'terbit', slug: updated.slug, registrationClosesAt: iso(registration?.closesAt ?? null) },
      requestId,
    });
    return updated;
  });
  return present(db, published);
}
