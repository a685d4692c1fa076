import { and, asc, eq, ne, sql } from 'drizzle-orm';
import { assignJudges } from '../../../domain/contests/assignment.js';
import type { Category, Criterion, EntrantKind } from '../../../domain/contests/contests.js';
import { entrantName } from '../../../domain/contests/entrant.js';
import { sheetStatus } from '../../../domain/contests/sheet.js';
import { roundState } from '../../../domain/contests/timeline.js';
import type { Panel, PanelInvite } from '../../../domain/contracts/contests.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { Language } from '../../../domain/i18n/index.js';
import { indonesianDateTime } from '../../../domain/letters/indonesian-date.js';
import type { Db } from '../../db/client.js';
import { contestAssignments, contestConflicts, contestEntries, contestJudges, contestRounds, contests, contestScores, regions, units, userRoles, users } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, conflict, forbidden, notFound } from '../../lib/errors.js';
import { translator } from '../../lib/i18n.js';
import type { Actor } from '../../lib/policy.js';
import { inviteUser } from '../users/users.service.js';
import { deadlineParams, type MailDeps } from './contests.mail.js';
import { findContest, presentRound, regionZoneOf, roundsOf, type ContestRow, type RoundRow } from './contests.service.js';

/*
 * Panels and assignment of a contest's judging rounds (issue 7), and the reads the judging and
 * results services share: the contest and round in the actor's region, the passed entries with
 * their entrants' names, and each judge's progress. Every read is scoped to the actor's region;
 * a round of another region is "not found", never "forbidden".
 */

export type { ContestRow, RoundRow };
export type { MailDeps } from './contests.mail.js';
// One place reads a contest, its timeline and its region's zone: the setup's service.
export { presentRound, roundsOf };
export const regionZone = regionZoneOf;

export const isAdmin = (actor: Pick<Actor, 'roles'>) => actor.roles.includes('admin');

export const criteriaOf = (contest: ContestRow): Criterion[] =>
  (contest.criteria as Criterion[]).map((c) => ({ key: c.key, name: c.name, guidance: c.guidance ?? null, weight: c.weight, min: c.min, max: c.max, commentRequired: c.commentRequired }));
export const categoriesOf = (contest: ContestRow): Category[] => (contest.categories as Category[]).map((c) => ({ key: c.key, name: c.name }));

/** The contest, when it is in the actor's region. */
export const contestInRegion = (db: Db, actor: Pick<Actor, 'regionId'>, contestId: string): Promise<ContestRow> => findContest(db, actor.regionId, contestId);

/** A judging round of a contest of the actor's region (the admin's panel and results routes). */
export async function judgingRoundOf(db: Db, actor: Actor, contestId: string, roundId: string): Promise<{ contest: ContestRow; round: RoundRow }> {
  const contest = await contestInRegion(db, actor, contestId);
  const [round] = await db.select().from(contestRounds).where(and(eq(contestRounds.id, roundId), eq(contestRounds.contestId, contest.id)));
  if (!round || round.kind !== 'penjurian') throw notFound();
  return { contest, round };
}

/** A judging round by its id alone (the judges' routes), when its contest is in the actor's region. */
export async function judgingRoundById(db: Db, actor: Actor, roundId: string): Promise<{ contest: ContestRow; round: RoundRow }> {
  const [row] = await db
    .select({ round: contestRounds, contest: contests })
    .from(contestRounds)
    .innerJoin(contests, eq(contests.id, contestRounds.contestId))
    .where(and(eq(contestRounds.id, roundId), eq(contests.regionId, actor.regionId)));
  if (!row || row.round.kind !== 'penjurian') throw notFound();
  return row;
}

export async function seatOf(db: Db, roundId: string, userId: string) {
  const [seat] = await db.select().from(contestJudges).where(and(eq(contestJudges.roundId, roundId), eq(contestJudges.userId, userId)));
  return seat ?? null;
}

/**
 * The admin of the region, or the chair of the round. A judge on the panel who does not chair it
 * is refused; anyone else is told the round does not exist.
 */
export async function requireAdminOrChair(db: Db, actor: Actor, round: RoundRow): Promise<void> {
  if (isAdmin(actor)) return;
  const seat = await seatOf(db, round.id, actor.userId);
  if (!seat) throw notFound();
  if (!seat.chair) throw forbidden();
}

/** Chairs of any of the contest's judging rounds may read the contest's scores and results. */
export async function requireAdminOrAnyChair(db: Db, actor: Actor, contest: ContestRow): Promise<void> {
  if (isAdmin(actor)) return;
  const rows = await db
    .select({ chair: contestJudges.chair })
    .from(contestJudges)
    .innerJoin(contestRounds, eq(contestRounds.id, contestJudges.roundId))
    .where(and(eq(contestRounds.contestId, contest.id), eq(contestJudges.userId, actor.userId)));
  if (!rows.length) throw notFound();
  if (!rows.some((r) => r.chair)) throw forbidden();
}

export type PassedEntry = {
  id: string;
  number: string | null;
  title: string;
  summary: string;
  category: string | null;
  fieldOfWork: string | null;
  entrantKind: EntrantKind;
  entrantId: string;
  entrantName: string;
  entrantEmail: string;
  userName: string;
  unitName: string | null;
  groupName: string | null;
  members: { name: string; role: string | null }[];
  answers: Record<string, string | number | null>;
  submittedAt: Date | null;
};

/** The contest's entries that passed the administrative selection, by number; or one of them. */
export async function passedEntries(db: Db, contestId: string, entryId?: string): Promise<PassedEntry[]> {
  const rows = await db
    .select({ entry: contestEntries, userName: users.name, email: users.email, unitName: units.name })
    .from(contestEntries)
    .innerJoin(users, eq(users.id, contestEntries.entrantId))
    .leftJoin(units, eq(units.id, contestEntries.unitId))
    .where(and(eq(contestEntries.contestId, contestId), eq(contestEntries.status, 'lolos'), entryId ? eq(contestEntries.id, entryId) : undefined))
    .orderBy(asc(contestEntries.number), asc(contestEntries.createdAt));
  return rows.map(({ entry, userName, email, unitName }) => ({
    id: entry.id,
    number: entry.number,
    title: entry.title,
    summary: entry.summary,
    category: entry.category,
    fieldOfWork: entry.fieldOfWork,
    entrantKind: entry.entrantKind as EntrantKind,
    entrantId: entry.entrantId,
    entrantName: entrantName({ entrantKind: entry.entrantKind as EntrantKind, groupName: entry.groupName, unitName, userName }),
    entrantEmail: email,
    userName,
    unitName,
    groupName: entry.groupName,
    members: (entry.members as { name: string; role?: string | null }[]).map((m) => ({ name: m.name, role: m.role ?? null })),
    answers: entry.answers as Record<string, string | number | null>,
    submittedAt: entry.submittedAt,
  }));
}

export type ScoreLineRow = typeof contestScores.$inferSelect;

/** One judge's progress in a round: entries assigned, and how many of their sheets are complete. */
export function progressOf(userId: string, assignments: readonly { entryId: string; userId: string }[], scores: readonly ScoreLineRow[], criteria: readonly Criterion[]) {
  const sheets = sheetsOf(scores);
  const mine = assignments.filter((a) => a.userId === userId);
  const scored = mine.filter((a) => sheetStatus(criteria, sheets.get(`${userId}|${a.entryId}`) ?? []) === 'selesai').length;
  return { assigned: mine.length, scored };
}

/**
 * The score lines grouped per judge and entry, once per list: the chair's view asks every judge's
 * progress of the same 7,500 lines (bench/README.md: 11 million comparisons without it).
 */
const sheetCache = new WeakMap<readonly ScoreLineRow[], Map<string, ScoreLineRow[]>>();
function sheetsOf(scores: readonly ScoreLineRow[]): Map<string, ScoreLineRow[]> {
  let sheets = sheetCache.get(scores);
  if (!sheets) {
    sheets = new Map();
    for (const line of scores) {
      const key = `${line.userId}|${line.entryId}`;
      const sheet = sheets.get(key);
      if (sheet) sheet.push(line);
      else sheets.set(key, [line]);
    }
    sheetCache.set(scores, sheets);
  }
  return sheets;
}

/**
 * The round's panel, assignments, the contest's conflicts and the round's scores. One query after
 * the other: inside a transaction they share one connection, which must not run two at once.
 */
export async function roundTables(db: Db, contestId: string, roundId: string) {
  const members = await db
      .select({ userId: contestJudges.userId, chair: contestJudges.chair, invitedAt: contestJudges.invitedAt, name: users.name, email: users.email })
      .from(contestJudges)
      .innerJoin(users, eq(users.id, contestJudges.userId))
      .where(eq(contestJudges.roundId, roundId))
      .orderBy(asc(contestJudges.invitedAt), asc(users.name));
  const assignments = await db.select({ entryId: contestAssignments.entryId, userId: contestAssignments.userId }).from(contestAssignments).where(eq(contestAssignments.roundId, roundId));
  const conflicts = await db.select().from(contestConflicts).where(eq(contestConflicts.contestId, contestId));
  const scores = await db.select().from(contestScores).where(eq(contestScores.roundId, roundId));
  return { members, assignments, conflicts, scores };
}

/** What a run of the assignment would leave, or left: the full set, what it adds and what stays short. */
function plan(contest: ContestRow, entries: readonly PassedEntry[], tables: Awaited<ReturnType<typeof roundTables>>) {
  return assignJudges({
    entries: entries.map((e) => e.id),
    judges: tables.members.map((m) => m.userId),
    conflicts: tables.conflicts.map((c) => ({ entryId: c.entryId, judgeId: c.userId })),
    mode: contest.assignmentMode as 'semua' | 'sebar',
    minPerEntry: contest.minPerEntry,
    existing: tables.assignments.map((a) => ({ entryId: a.entryId, judgeId: a.userId })),
  });
}

async function panelOf(db: Db, contest: ContestRow, round: RoundRow, now = new Date()): Promise<Panel> {
  const [entries, tables] = await Promise.all([passedEntries(db, contest.id), roundTables(db, contest.id, round.id)]);
  const criteria = criteriaOf(contest);
  const byId = new Map(entries.map((e) => [e.id, e]));
  // `short` is what the assignment cannot fill (too many conflicts), so it reads the same before and after a run.
  const { short } = plan(contest, entries, tables);
  return {
    round: presentRound(round, now),
    members: tables.members.map((m) => ({
      userId: m.userId,
      name: m.name,
      email: m.email,
      chair: m.chair,
      invitedAt: m.invitedAt.toISOString(),
      progress: progressOf(m.userId, tables.assignments, tables.scores, criteria),
      conflicts: tables.conflicts.filter((c) => c.userId === m.userId).length,
    })),
    mode: contest.assignmentMode as Panel['mode'],
    minPerEntry: contest.minPerEntry,
    entries: entries.length,
    assignments: tables.assignments.filter((a) => byId.has(a.entryId)).length,
    short: short.map((s) => ({ entryId: s.entryId, number: byId.get(s.entryId)?.number ?? null, title: byId.get(s.entryId)?.title ?? '', assigned: s.assigned, wanted: s.wanted })),
  };
}

/**
 * The panel and its assignment change only while the round's judging can: not from the round's
 * close instant on (a new chair would gain a closed round's scores; a seat taken away would hide
 * who judged), nor once the contest's results are out.
 */
async function requirePanelOpen(db: Db, contest: ContestRow, round: RoundRow, now = new Date()): Promise<void> {
  if (contest.resultsPublishedAt) throw new AppError('CONFLICT', 'judging.error.panelLocked');
  if (roundState(round, now) !== 'tutup') return;
  throw new AppError('ROUND_CLOSED', 'judging.error.panelClosed', deadlineParams(round.closesAt, await regionZoneOf(db, contest.regionId)));
}

/** Panel changes of one round happen one at a time: two chairs named at once end as one. */
const lockRound = (tx: Db, round: RoundRow) => tx.select({ id: contestRounds.id }).from(contestRounds).where(eq(contestRounds.id, round.id)).for('update');

export async function getPanel(db: Db, actor: Actor, contestId: string, roundId: string): Promise<Panel> {
  const { contest, round } = await judgingRoundOf(db, actor, contestId, roundId);
  await requireAdminOrChair(db, actor, round);
  const panel = await panelOf(db, contest, round);
  // A chair needs the panel's names and progress; the addresses are the admin's to use.
  return isAdmin(actor) ? panel : { ...panel, members: panel.members.map((m) => ({ ...m, email: '' })) };
}

/**
 * Puts a judge on the round's panel by e-mail. A new address gets an account with the `juri` role
 * and the usual invitation to set a password (users' inviteUser, which audits it); an account of
 * the region gains the role. Either way the judge is told by e-mail which contest and round they
 * judge. Chairing is per panel and single: naming a chair unsets the previous one.
 */
export async function inviteJudge(deps: MailDeps, actor: Actor, contestId: string, roundId: string, input: PanelInvite, lang: Language, requestId: string): Promise<Panel> {
  const { db } = deps;
  const { contest, round } = await judgingRoundOf(db, actor, contestId, roundId);
  await requirePanelOpen(db, contest, round);
  const email = input.email.toLowerCase();
  const find = () => db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, email) });
  let user = await find();
  if (user && user.regionId !== actor.regionId) throw conflict('judging.error.emailOtherRegion', 'email');
  if (user && !user.active) throw conflict('judging.error.accountInactive', 'email');
  const newAccount = !user;
  if (!user) {
    await inviteUser(deps, actor, { email, name: input.name, roles: ['juri'], unitIds: [] }, lang, requestId);
    user = await find();
    if (!user) throw notFound();
  }
  const judge = user;
  const seated = await db.transaction(async (tx) => {
    await lockRound(tx, round);
    const roleAdded = newAccount ? false : (await tx.insert(userRoles).values({ userId: judge.id, role: 'juri' }).onConflictDoNothing().returning()).length > 0;
    const [before] = await tx.select().from(contestJudges).where(and(eq(contestJudges.roundId, round.id), eq(contestJudges.userId, judge.id)));
    if (input.chair) await tx.update(contestJudges).set({ chair: false }).where(and(eq(contestJudges.roundId, round.id), ne(contestJudges.userId, judge.id), eq(contestJudges.chair, true)));
    await tx
      .insert(contestJudges)
      .values({ roundId: round.id, userId: judge.id, chair: input.chair })
      .onConflictDoUpdate({ target: [contestJudges.roundId, contestJudges.userId], set: { chair: input.chair } });
    await audit(tx, {
      actor,
      action: 'judging.panel.invite',
      entity: 'contest',
      entityId: contest.id,
      before: before ? { roundId: round.id, userId: judge.id, chair: before.chair } : null,
      after: { roundId: round.id, round: round.name, userId: judge.id, name: judge.name, chair: input.chair, newAccount, roleAdded },
      requestId,
    });
    return before ?? null;
  });
  // A judge already on the panel is written to again only when made its chair.
  if (!seated || (input.chair && !seated.chair)) await mailInvitation(deps, contest, round, { name: judge.name, email: judge.email, chair: input.chair }, lang);
  return panelOf(db, contest, round);
}

async function mailInvitation(deps: MailDeps, contest: ContestRow, round: RoundRow, judge: { name: string; email: string; chair: boolean }, lang: Language) {
  const t = translator(lang);
  const [region] = await deps.db.select({ bodyName: regions.bodyName, zone: regions.timeZone }).from(regions).where(eq(regions.id, contest.regionId));
  const zone = (region?.zone ?? 'Asia/Jakarta') as TimeZone;
  const params = {
    name: judge.name,
    contest: contest.name,
    round: round.name,
    opens: indonesianDateTime(round.opensAt, zone),
    closes: indonesianDateTime(round.closesAt, zone),
    chair: judge.chair ? t('judging.mail.invitedChair') : '',
    link: `${deps.publicUrl}/penjurian/${round.id}`,
    body: region?.bodyName ?? 'Lumbung',
  };
  await deps.mailer.send({ regionId: contest.regionId, to: judge.email, subject: t('judging.mail.invitedSubject', params), text: t('judging.mail.invitedText', params) });
}

/** Takes a judge off the panel with their assignments; refused once they have scored in the round (their scores would vanish). */
export async function removeJudge(db: Db, actor: Actor, contestId: string, roundId: string, userId: string, requestId: string): Promise<Panel> {
  const { contest, round } = await judgingRoundOf(db, actor, contestId, roundId);
  await requirePanelOpen(db, contest, round);
  await db.transaction(async (tx) => {
    await lockRound(tx, round);
    const [seat] = await tx.select().from(contestJudges).where(and(eq(contestJudges.roundId, round.id), eq(contestJudges.userId, userId)));
    if (!seat) throw notFound();
    // The assignments go first: a sheet being saved holds its assignment's lock, so this waits for
    // that save to commit and the count below sees its scores (and refuses, undoing the delete).
    const dropped = await tx.delete(contestAssignments).where(and(eq(contestAssignments.roundId, round.id), eq(contestAssignments.userId, userId))).returning();
    const [scored] = await tx.select({ n: sql<number>`count(*)::int` }).from(contestScores).where(and(eq(contestScores.roundId, round.id), eq(contestScores.userId, userId)));
    if (scored!.n > 0) throw new AppError('CONFLICT', 'judging.error.memberHasScores');
    await tx.delete(contestJudges).where(and(eq(contestJudges.roundId, round.id), eq(contestJudges.userId, userId)));
    await audit(tx, { actor, action: 'judging.panel.remove', entity: 'contest', entityId: contest.id, before: { roundId: round.id, userId, chair: seat.chair, assignments: dropped.length }, requestId });
  });
  return panelOf(db, contest, round);
}

/**
 * Runs the assignment: the domain rule decides the full set from the panel, the passed entries,
 * the contest's conflicts and the existing pairs; the difference is written in one transaction.
 * Refused from the round's close instant on (the judging is over).
 */
export async function assignRound(db: Db, actor: Actor, contestId: string, roundId: string, requestId: string, now = new Date()): Promise<Panel> {
  const { contest, round } = await judgingRoundOf(db, actor, contestId, roundId);
  await requirePanelOpen(db, contest, round, now);
  await db.transaction(async (tx) => {
    // One run at a time per round: a second admin's click waits and then sees the first run's pairs.
    await lockRound(tx, round);
    const entries = await passedEntries(tx, contest.id);
    const tables = await roundTables(tx, contest.id, round.id);
    const result = plan(contest, entries, tables);
    const keep = new Set(result.assignments.map((a) => `${a.entryId}|${a.judgeId}`));
    const dropped = tables.assignments.filter((a) => !keep.has(`${a.entryId}|${a.userId}`));
    for (const d of dropped) {
      await tx.delete(contestAssignments).where(and(eq(contestAssignments.roundId, round.id), eq(contestAssignments.entryId, d.entryId), eq(contestAssignments.userId, d.userId)));
    }
    if (result.added.length) {
      await tx
        .insert(contestAssignments)
        .values(result.added.map((a) => ({ roundId: round.id, entryId: a.entryId, userId: a.judgeId })))
        .onConflictDoNothing();
    }
    await audit(tx, {
      actor,
      action: 'judging.assign',
      entity: 'contest',
      entityId: contest.id,
      after: { roundId: round.id, mode: contest.assignmentMode, minPerEntry: contest.minPerEntry, entries: entries.length, judges: tables.members.length, added: result.added.length, removed: dropped.length, total: result.assignments.length, short: result.short.length },
      requestId,
    });
  });
  return panelOf(db, contest, round, now);
}
