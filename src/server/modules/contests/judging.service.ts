import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Criterion } from '../../../domain/contests/contests.js';
import { sheetProblems, sheetStatus } from '../../../domain/contests/sheet.js';
import { roundState } from '../../../domain/contests/timeline.js';
import type { ConflictInput, EntryScores, JudgeEntry, JudgeRound, JudgeRounds, SheetInput } from '../../../domain/contracts/contests.js';
import type { FormField } from '../../../domain/contests/contests.js';
import type { Db } from '../../db/client.js';
import { contestAssignments, contestConflicts, contestEntryFiles, contestJudges, contestRounds, contests, contestScores, files, users } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { deadlineParams } from './contests.mail.js';
import { AppError, forbidden, invalid, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import {
  categoriesOf,
  criteriaOf,
  judgingRoundById,
  passedEntries,
  presentRound,
  progressOf,
  regionZone,
  roundsOf,
  roundTables,
  seatOf,
  type ContestRow,
  type RoundRow,
  type ScoreLineRow,
} from './panels.service.js';

/*
 * The judges' side of a judging round (issue 7). A judge sees only rounds whose panel they sit on;
 * entry content and their own sheet only when the entry is assigned to them and they have not
 * declared a conflict on it (else 404, the same as an entry that does not exist). No read here
 * returns another judge's scores, except the chair's per-entry view, and never on an entry the
 * chair is conflicted on. Sheets change only while the round is open, by the server's clock.
 */

type Line = { criterion: string; score: number | null; abstain: boolean; comment: string | null };

const lineOf = (row: Pick<ScoreLineRow, 'criterion' | 'score' | 'abstain' | 'comment'>): Line => ({ criterion: row.criterion, score: row.score, abstain: row.abstain, comment: row.comment });

/** A sheet in the rubric's order (lines for criteria since removed are left out). */
const inRubricOrder = (criteria: readonly Criterion[], rows: readonly ScoreLineRow[]): Line[] =>
  criteria.flatMap((c) => {
    const row = rows.find((r) => r.criterion === c.key);
    return row ? [lineOf(row)] : [];
  });

/** The caller's seat on the round's panel, or "not found": a round they do not judge does not exist for them. */
async function judgeContext(db: Db, actor: Actor, roundId: string) {
  const { contest, round } = await judgingRoundById(db, actor, roundId);
  const seat = await seatOf(db, round.id, actor.userId);
  if (!seat) throw notFound();
  return { contest, round, seat };
}

async function conflictOf(db: Db, entryId: string, userId: string) {
  const [row] = await db.select().from(contestConflicts).where(and(eq(contestConflicts.entryId, entryId), eq(contestConflicts.userId, userId)));
  return row ?? null;
}

/** The entry, when it is assigned to the caller in the round and they have no conflict on it; else 404. */
async function assignedEntry(db: Db, actor: Actor, contest: ContestRow, round: RoundRow, entryId: string) {
  const [assignment] = await db
    .select()
    .from(contestAssignments)
    .where(and(eq(contestAssignments.roundId, round.id), eq(contestAssignments.entryId, entryId), eq(contestAssignments.userId, actor.userId)));
  if (!assignment || (await conflictOf(db, entryId, actor.userId))) throw notFound();
  const [entry] = await passedEntries(db, contest.id, entryId);
  if (!entry) throw notFound();
  return entry;
}

/** GET /api/judging: the rounds whose panel the caller sits on, with their own progress. */
export async function listMyRounds(db: Db, actor: Actor, now = new Date()): Promise<JudgeRounds> {
  const seats = await db
    .select({ round: contestRounds, contest: contests, chair: contestJudges.chair })
    .from(contestJudges)
    .innerJoin(contestRounds, eq(contestRounds.id, contestJudges.roundId))
    .innerJoin(contests, eq(contests.id, contestRounds.contestId))
    .where(and(eq(contestJudges.userId, actor.userId), eq(contests.regionId, actor.regionId)))
    .orderBy(desc(contestRounds.opensAt));
  const roundIds = seats.map((s) => s.round.id);
  const [assignments, scores] = roundIds.length
    ? await Promise.all([
        db.select().from(contestAssignments).where(and(eq(contestAssignments.userId, actor.userId), inArray(contestAssignments.roundId, roundIds))),
        db.select().from(contestScores).where(and(eq(contestScores.userId, actor.userId), inArray(contestScores.roundId, roundIds))),
      ])
    : [[], []];
  const zone = await regionZone(db, actor.regionId);
  return {
    items: seats.map((s) => ({
      contestId: s.contest.id,
      contestName: s.contest.name,
      round: presentRound(s.round, now),
      chair: s.chair,
      progress: progressOf(
        actor.userId,
        assignments.filter((a) => a.roundId === s.round.id),
        scores.filter((r) => r.roundId === s.round.id),
        criteriaOf(s.contest),
      ),
      zone,
    })),
  };
}

/**
 * GET /api/judging/{roundId}: the contest's passed entries (so conflicts can be declared on any
 * of them), which are assigned to the caller and how far their own sheets are. The chair also gets
 * the team's progress (counts only, never scores).
 */
export async function getJudgeRound(db: Db, actor: Actor, roundId: string, now = new Date()): Promise<JudgeRound> {
  const { contest, round, seat } = await judgeContext(db, actor, roundId);
  const [entries, tables, zone] = await Promise.all([passedEntries(db, contest.id), roundTables(db, contest.id, round.id), regionZone(db, actor.regionId)]);
  const criteria = criteriaOf(contest);
  const mineAssigned = new Set(tables.assignments.filter((a) => a.userId === actor.userId).map((a) => a.entryId));
  const myConflicts = new Map(tables.conflicts.filter((c) => c.userId === actor.userId).map((c) => [c.entryId, c]));
  const myScores = tables.scores.filter((s) => s.userId === actor.userId);
  return {
    contestId: contest.id,
    contestName: contest.name,
    round: presentRound(round, now),
    zone,
    criteria,
    categories: categoriesOf(contest),
    normalise: contest.normalise,
    chair: seat.chair,
    progress: progressOf(actor.userId, tables.assignments, tables.scores, criteria),
    entries: entries.map((e) => {
      const conflict = myConflicts.get(e.id);
      const assigned = mineAssigned.has(e.id) && !conflict;
      return {
        entryId: e.id,
        number: e.number,
        title: e.title,
        entrantName: e.entrantName,
        category: e.category,
        assigned,
        conflict: conflict ? { type: conflict.type as NonNullable<JudgeRound['entries'][number]['conflict']>['type'], note: conflict.note } : null,
        sheet: assigned ? sheetStatus(criteria, myScores.filter((s) => s.entryId === e.id)) : 'belum',
      };
    }),
    team: seat.chair
      ? tables.members.map((m) => ({
          userId: m.userId,
          name: m.name,
          chair: m.chair,
          progress: progressOf(m.userId, tables.assignments, tables.scores, criteria),
          conflicts: tables.conflicts.filter((c) => c.userId === m.userId).length,
        }))
      : null,
  };
}

/** GET /api/judging/{roundId}/entries/{entryId}: an assigned entry, its files and the caller's own sheet. */
export async function getJudgeEntry(db: Db, actor: Actor, roundId: string, entryId: string, now = new Date()): Promise<JudgeEntry> {
  const { contest, round } = await judgeContext(db, actor, roundId);
  const entry = await assignedEntry(db, actor, contest, round, entryId);
  const criteria = criteriaOf(contest);
  const [fileRows, mine] = await Promise.all([
    db
      .select({ id: files.id, field: contestEntryFiles.field, name: contestEntryFiles.name, mime: files.mime, size: files.size })
      .from(contestEntryFiles)
      .innerJoin(files, eq(files.id, contestEntryFiles.fileId))
      .where(eq(contestEntryFiles.entryId, entry.id))
      .orderBy(asc(contestEntryFiles.createdAt)),
    db.select().from(contestScores).where(and(eq(contestScores.roundId, round.id), eq(contestScores.entryId, entry.id), eq(contestScores.userId, actor.userId))),
  ]);
  const updated = mine.reduce<Date | null>((latest, r) => (!latest || r.updatedAt > latest ? r.updatedAt : latest), null);
  const lockedBy = contest.resultsPublishedAt !== null ? 'resultsPublished' : roundState(round, now) === 'tutup' ? 'roundClosed' : null;
  return {
    roundId: round.id,
    entry: {
      id: entry.id,
      number: entry.number,
      title: entry.title,
      summary: entry.summary,
      category: entry.category,
      fieldOfWork: entry.fieldOfWork,
      entrantKind: entry.entrantKind,
      entrantName: entry.entrantName,
      groupName: entry.groupName,
      members: entry.members,
      answers: entry.answers,
      files: fileRows,
    },
    criteria,
    form: (contest.form as FormField[]).map((f) => ({ key: f.key, label: f.label, kind: f.kind, required: f.required, help: f.help ?? null, options: f.options ?? [] })),
    sheet: inRubricOrder(criteria, mine),
    locked: lockedBy !== null,
    lockedBy,
    updatedAt: updated?.toISOString() ?? null,
  };
}

/** Refuses a change to scores outside the round's open window, or once the results are out. */
async function requireOpen(db: Db, contest: ContestRow, round: RoundRow, now: Date) {
  if (contest.resultsPublishedAt) throw new AppError('CONFLICT', 'judging.error.scoresLocked');
  const state = roundState(round, now);
  if (state === 'buka') return;
  const zone = await regionZone(db, contest.regionId);
  if (state === 'belum') throw new AppError('CONFLICT', 'judging.error.roundNotOpen', deadlineParams(round.opensAt, zone));
  throw new AppError('ROUND_CLOSED', 'judging.error.roundClosed', deadlineParams(round.closesAt, zone));
}

const sameLine = (a: Line | undefined, b: Line | undefined) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/**
 * PUT …/sheet: the caller's own lines, written only for the caller (the path names the entry, the
 * session names the judge: no body field can reach another judge's sheet). Lines sent are upserted;
 * criteria left out keep what was saved. One audit entry holds before and after of the lines that
 * changed.
 */
export async function saveSheet(db: Db, actor: Actor, roundId: string, entryId: string, input: SheetInput, requestId: string, clock: () => Date = () => new Date()): Promise<JudgeEntry> {
  const { contest, round } = await judgeContext(db, actor, roundId);
  const entry = await assignedEntry(db, actor, contest, round, entryId);
  await requireOpen(db, contest, round, clock());
  const criteria = criteriaOf(contest);
  const lines: Line[] = input.scores.map((s) => ({ criterion: s.criterion, score: s.score, abstain: s.abstain, comment: s.comment?.trim() || null }));
  const problems = sheetProblems(criteria, lines);
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, {}, problems);
  await db.transaction(async (tx) => {
    // Held until the commit: a publication of the results (which locks the contest's row for
    // update) waits for this save, or this save sees the results out and is refused.
    const [fresh] = await tx.select({ resultsPublishedAt: contests.resultsPublishedAt }).from(contests).where(eq(contests.id, contest.id)).for('share');
    // The assignment is locked too: a conflict declared (or the judge taken off the panel) at the
    // same moment deletes it, and must not leave this save's lines behind on a conflicted entry.
    const [assignment] = await tx
      .select({ entryId: contestAssignments.entryId })
      .from(contestAssignments)
      .where(and(eq(contestAssignments.roundId, round.id), eq(contestAssignments.entryId, entry.id), eq(contestAssignments.userId, actor.userId)))
      .for('update');
    if (!assignment || (await conflictOf(tx, entry.id, actor.userId))) throw notFound();
    const mine = and(eq(contestScores.roundId, round.id), eq(contestScores.entryId, entry.id), eq(contestScores.userId, actor.userId));
    const current = await tx.select().from(contestScores).where(mine).for('update');
    // Checked again at the moment of writing, so a save that waited on a lock past the close is still refused.
    const now = clock();
    await requireOpen(tx, { ...contest, resultsPublishedAt: fresh?.resultsPublishedAt ?? null }, round, now);
    const before: Record<string, Line | null> = {};
    const after: Record<string, Line> = {};
    for (const line of lines) {
      const old = current.find((r) => r.criterion === line.criterion);
      const oldLine = old ? lineOf(old) : undefined;
      if (sameLine(oldLine, line)) continue;
      before[line.criterion] = oldLine ?? null;
      after[line.criterion] = line;
      await tx
        .insert(contestScores)
        .values({ roundId: round.id, entryId: entry.id, userId: actor.userId, criterion: line.criterion, score: line.score, abstain: line.abstain, comment: line.comment, updatedAt: now })
        .onConflictDoUpdate({
          target: [contestScores.roundId, contestScores.entryId, contestScores.userId, contestScores.criterion],
          set: { score: line.score, abstain: line.abstain, comment: line.comment, updatedAt: now },
        });
    }
    if (Object.keys(after).length) {
      await audit(tx, { actor, action: 'judging.score', entity: 'contest_entry', entityId: entry.id, before: { roundId: round.id, scores: before }, after: { roundId: round.id, scores: after }, requestId });
    }
  });
  return getJudgeEntry(db, actor, roundId, entryId);
}

/** Conflict types whose reason the judge must write down. */
const noteRequired = new Set<ConflictInput['type']>(['lainnya', 'mundur']);

/**
 * POST …/conflicts: a conflict of interest (or a recusal) on one of the contest's passed entries.
 * It holds for the whole contest: the caller's assignments and scores on the entry go from every
 * round not yet closed (a closed round's scores are locked like any other). Answers the round.
 */
export async function declareConflict(db: Db, actor: Actor, roundId: string, input: ConflictInput, requestId: string, now = new Date()): Promise<JudgeRound> {
  const { contest, round } = await judgeContext(db, actor, roundId);
  const [entry] = await passedEntries(db, contest.id, input.entryId);
  if (!entry) throw notFound();
  const note = input.note?.trim() || null;
  if (noteRequired.has(input.type) && !note) throw invalid('note', 'judging.error.noteRequired');
  await requireOpenForConflict(db, contest, round, now);
  const judging = (await roundsOf(db, contest.id)).filter((r) => r.kind === 'penjurian');
  const rounds = judging.filter((r) => roundState(r, now) !== 'tutup').map((r) => r.id);
  const closed = judging.filter((r) => roundState(r, now) === 'tutup').map((r) => r.id);
  await db.transaction(async (tx) => {
    // Held like a sheet save: a publication waits for this declaration, or this sees the results out.
    const [fresh] = await tx.select({ resultsPublishedAt: contests.resultsPublishedAt }).from(contests).where(eq(contests.id, contest.id)).for('share');
    if (fresh?.resultsPublishedAt) throw new AppError('CONFLICT', 'judging.error.scoresLocked');
    // A closed round's scores are locked, and a conflict would take them out of its ranking after
    // the fact: the judge who scored the entry there asks the admin instead.
    if (closed.length) {
      const [scored] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(contestScores)
        .where(and(inArray(contestScores.roundId, closed), eq(contestScores.entryId, entry.id), eq(contestScores.userId, actor.userId)));
      if (scored!.n > 0) throw new AppError('CONFLICT', 'judging.error.conflictAfterClosedScores');
    }
    const [previous] = await tx.select().from(contestConflicts).where(and(eq(contestConflicts.entryId, entry.id), eq(contestConflicts.userId, actor.userId)));
    await tx
      .insert(contestConflicts)
      .values({ contestId: contest.id, entryId: entry.id, userId: actor.userId, type: input.type, note })
      .onConflictDoUpdate({ target: [contestConflicts.entryId, contestConflicts.userId], set: { type: input.type, note } });
    const assignments = rounds.length
      ? await tx.delete(contestAssignments).where(and(inArray(contestAssignments.roundId, rounds), eq(contestAssignments.entryId, entry.id), eq(contestAssignments.userId, actor.userId))).returning()
      : [];
    const scores = rounds.length
      ? await tx.delete(contestScores).where(and(inArray(contestScores.roundId, rounds), eq(contestScores.entryId, entry.id), eq(contestScores.userId, actor.userId))).returning()
      : [];
    await audit(tx, {
      actor,
      action: 'judging.conflict',
      entity: 'contest_entry',
      entityId: entry.id,
      before: {
        conflict: previous ? { type: previous.type, note: previous.note } : null,
        assignments: assignments.map((a) => a.roundId),
        scores: scores.map((s) => ({ roundId: s.roundId, ...lineOf(s) })),
      },
      after: { conflict: { type: input.type, note } },
      requestId,
    });
  });
  return getJudgeRound(db, actor, roundId, now);
}

/** A conflict may be declared before the round opens and while it is open; after the close nothing changes. */
async function requireOpenForConflict(db: Db, contest: ContestRow, round: RoundRow, now: Date) {
  if (contest.resultsPublishedAt) throw new AppError('CONFLICT', 'judging.error.scoresLocked');
  if (roundState(round, now) !== 'tutup') return;
  const zone = await regionZone(db, contest.regionId);
  throw new AppError('ROUND_CLOSED', 'judging.error.roundClosed', deadlineParams(round.closesAt, zone));
}

/**
 * GET …/entries/{entryId}/scores: every judge's sheet on the entry in this round, for the chair
 * only, and not on an entry the chair is conflicted on (404, as if it did not exist).
 */
export async function entryScores(db: Db, actor: Actor, roundId: string, entryId: string): Promise<EntryScores> {
  const { contest, round, seat } = await judgeContext(db, actor, roundId);
  if (!seat.chair) throw forbidden();
  if (await conflictOf(db, entryId, actor.userId)) throw notFound();
  const [entry] = await passedEntries(db, contest.id, entryId);
  if (!entry) throw notFound();
  const criteria = criteriaOf(contest);
  const [assigned, scores] = await Promise.all([
    db
      .select({ userId: users.id, name: users.name })
      .from(contestAssignments)
      .innerJoin(users, eq(users.id, contestAssignments.userId))
      .where(and(eq(contestAssignments.roundId, round.id), eq(contestAssignments.entryId, entry.id))),
    db
      .select({ score: contestScores, name: users.name })
      .from(contestScores)
      .innerJoin(users, eq(users.id, contestScores.userId))
      .where(and(eq(contestScores.roundId, round.id), eq(contestScores.entryId, entry.id))),
  ]);
  const judges = new Map<string, string>();
  for (const a of assigned) judges.set(a.userId, a.name);
  for (const s of scores) judges.set(s.score.userId, s.name);
  return {
    items: [...judges]
      .sort((a, b) => a[1].localeCompare(b[1], 'id'))
      .map(([userId, judgeName]) => ({
        judgeName,
        sheet: inRubricOrder(
          criteria,
          scores.filter((s) => s.score.userId === userId).map((s) => s.score),
        ),
      })),
  };
}
