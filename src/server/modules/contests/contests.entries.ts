import path from 'node:path';
import type { Readable } from 'node:stream';
import { and, asc, count, desc, eq, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Entry, EntryCreate, EntryFile, EntryList, EntryUpdate, MyEntries, Results, SelectionInput } from '../../../domain/contracts/contests.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { ContestKind, EntrantKind, EntryStatus, SelectionDecision } from '../../../domain/contests/contests.js';
import { entrantName, entryNumber } from '../../../domain/contests/entrant.js';
import { answerProblems, submitProblems } from '../../../domain/contests/entry-rules.js';
import { judgingRounds, registrationRound, roundState } from '../../../domain/contests/timeline.js';
import { zoneDay } from '../../../domain/letters/indonesian-date.js';
import type { Db } from '../../db/client.js';
import { contestAssignments, contestConflicts, contestEntries, contestEntryFiles, contests, files, innovations, masterItems, units, users } from '../../db/schema.js';
import type { Env } from '../../env.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import type { Mailer } from '../../lib/mail.js';
import type { Actor } from '../../lib/policy.js';
import type { Storage } from '../../lib/storage.js';
import { storeUpload } from '../../lib/uploads.js';
import { notify } from '../notifications/notifications.service.js';
import { deadlineParams, sendReceipt, sendSelection } from './contests.mail.js';
import { isAdmin } from './panels.service.js';
import { findContest, regionZoneOf, registrationInstant, roundsOf, setupOf, type ContestRow, type RoundRow } from './contests.service.js';

type EntryRow = typeof contestEntries.$inferSelect;
type Who = Pick<Actor, 'userId' | 'roles' | 'regionId' | 'unitIds' | 'name'>;
type Declarations = Entry['declarations'];
type Answers = Entry['answers'];

export type EntryDeps = { db: Db; storage: Storage; env: Env; mailer: Mailer };

/** A file answering a `berkas` field: checked by its bytes. */
export const ENTRY_FILE_MAX_BYTES = 10 * 1024 * 1024;
export const ENTRY_FILES_PER_FIELD = 5;
export const entryFileTypes = ['application/pdf', 'image/jpeg', 'image/png', 'video/mp4'] as const;

const sentStatuses: EntryStatus[] = ['terkirim', 'lolos', 'tidak_lolos'];
const iso = (d: Date | null) => (d ? d.toISOString() : null);
const conflict = (key: string, params: Record<string, unknown> = {}, details?: unknown) => new AppError('CONFLICT', key, params, [], details);

// ---------------------------------------------------------------- the contest around an entry

type ContestContext = { contest: ContestRow; rounds: RoundRow[]; zone: TimeZone };

async function contextOf(db: Db, contest: ContestRow): Promise<ContestContext> {
  const [rounds, zone] = await Promise.all([roundsOf(db, contest.id), regionZoneOf(db, contest.regionId)]);
  return { contest, rounds, zone };
}

/**
 * Registration must be open at the server's clock: from its close instant on, 409
 * CONTEST_CLOSED naming the close time in the region's zone (and `details` for the page).
 */
function requireOpen(ctx: ContestContext, now: Date): void {
  const registration = registrationRound(ctx.rounds);
  if (!registration || ctx.contest.status !== 'terbit') throw conflict('contests.error.notOpen');
  const state = roundState(registration, now);
  if (state === 'belum') throw conflict('contests.error.notOpenYet');
  if (state === 'tutup') {
    throw new AppError('CONTEST_CLOSED', 'contests.error.closed', deadlineParams(registration.closesAt, ctx.zone), [], { closesAt: registration.closesAt.toISOString(), zone: ctx.zone });
  }
}

/** The administrative selection may change until the first judging round opens. */
const selectionLocked = (ctx: ContestContext, now: Date) => {
  const first = judgingRounds(ctx.rounds)[0];
  return first ? roundState(first, now) !== 'belum' : false;
};

type Entrant = Pick<EntryRow, 'entrantId' | 'entrantKind' | 'unitId'>;

const ofUnit = (actor: Pick<Who, 'unitIds'>, row: Entrant): boolean => row.entrantKind === 'unit' && row.unitId !== null && actor.unitIds.includes(row.unitId);

/**
 * Who speaks for an entry: a person's or group's entry is the account's that made it; a unit's
 * entry is the unit's, so its current operators speak for it — whoever started it, and not that
 * account any more once it has left the unit or stopped being an operator.
 */
const speaksFor = (actor: Pick<Who, 'userId' | 'roles' | 'unitIds'>, row: Entrant): boolean =>
  row.entrantKind === 'unit' ? actor.roles.includes('operator') && ofUnit(actor, row) : row.entrantId === actor.userId;

/** Who reads an entry besides the region's admins: those who speak for it, and a unit entry's unit's other accounts (its head, its mentor). */
export const readsEntry = (actor: Pick<Who, 'userId' | 'roles' | 'unitIds'>, row: Entrant): boolean => speaksFor(actor, row) || ofUnit(actor, row);

/** Only the entrant (for a unit: its operators) changes an entry, before any decision, while registration is open. */
function requireEditable(actor: Who, row: EntryRow, ctx: ContestContext, now: Date): void {
  if (!speaksFor(actor, row)) throw new AppError('FORBIDDEN', 'contests.error.notEntrant');
  if (row.status === 'lolos' || row.status === 'tidak_lolos') throw conflict('contests.error.decided');
  requireOpen(ctx, now);
}

// ---------------------------------------------------------------- reading

/** An entry of the actor's region that the actor may read (its entrant, a unit entry's unit, the region's admins), else 404. */
async function findEntry(db: Db, actor: Who, id: string): Promise<EntryRow> {
  const row = await db.query.contestEntries.findFirst({ where: and(eq(contestEntries.id, id), eq(contestEntries.regionId, actor.regionId)) });
  if (!row || !(readsEntry(actor, row) || isAdmin(actor))) throw notFound();
  return row;
}

async function filesOf(db: Db, entryId: string): Promise<EntryFile[]> {
  return db
    .select({ id: files.id, field: contestEntryFiles.field, name: contestEntryFiles.name, mime: files.mime, size: files.size })
    .from(contestEntryFiles)
    .innerJoin(files, eq(files.id, contestEntryFiles.fileId))
    .where(eq(contestEntryFiles.entryId, entryId))
    .orderBy(asc(contestEntryFiles.createdAt), asc(files.id));
}

/** Where the published results put an entry: a winner's place, and a certificate for every entry that passed selection. */
export function resultOf(contest: Pick<ContestRow, 'results' | 'resultsPublishedAt'>, entry: { id: string; status: string }): Entry['result'] {
  if (!contest.resultsPublishedAt || !contest.results || entry.status === 'draf') return null;
  const results = contest.results as Results;
  const ranked = results.categories.flatMap((c) => c.ranking).find((r) => r.entryId === entry.id);
  const winner = Boolean(ranked?.winner);
  return { rank: winner ? ranked!.rank : null, winner, certificate: entry.status === 'lolos' };
}

async function present(db: Db, actor: Who, row: EntryRow, ctx?: ContestContext, now = new Date()): Promise<Entry> {
  const context = ctx ?? (await contextOf(db, (await db.query.contests.findFirst({ where: eq(contests.id, row.contestId) }))!));
  const [entrant, unit, entryFiles] = await Promise.all([
    db.query.users.findFirst({ where: eq(users.id, row.entrantId), columns: { name: true } }),
    row.unitId ? db.query.units.findFirst({ where: eq(units.id, row.unitId), columns: { name: true } }) : Promise.resolve(undefined),
    filesOf(db, row.id),
  ]);
  const { contest } = context;
  const setup = setupOf(contest);
  const registration = registrationRound(context.rounds);
  const open = contest.status === 'terbit' && !!registration && roundState(registration, now) === 'buka';
  const editable = speaksFor(actor, row) && open && (row.status === 'draf' || row.status === 'terkirim');
  const status = row.status as EntryStatus;
  return {
    id: row.id,
    contestId: contest.id,
    contestName: contest.name,
    contestSlug: contest.slug,
    number: row.number,
    status,
    entrantKind: row.entrantKind as EntrantKind,
    entrantName: entrantName({ entrantKind: row.entrantKind as EntrantKind, groupName: row.groupName, unitName: unit?.name ?? null, userName: entrant?.name ?? '' }),
    unitId: row.unitId,
    unitName: unit?.name ?? null,
    innovationId: row.innovationId,
    category: row.category,
    fieldOfWork: row.fieldOfWork,
    title: row.title,
    summary: row.summary,
    groupName: row.groupName,
    members: row.members as Entry['members'],
    answers: row.answers as Answers,
    declarations: row.declarations as Declarations,
    files: entryFiles,
    submittedAt: iso(row.submittedAt),
    selection: row.selectedAt && (status === 'lolos' || status === 'tidak_lolos') ? { decision: status, reason: row.selectionReason, decidedAt: row.selectedAt.toISOString() } : null,
    closesAt: iso(registration?.closesAt ?? null),
    zone: context.zone,
    result: resultOf(contest, row),
    may: { edit: editable, submit: editable && row.status === 'draf', select: isAdmin(actor) && sentStatuses.includes(status) && !selectionLocked(context, now) },
    contest: { kind: setup.kind, categories: setup.categories, fieldsOfWork: setup.fieldsOfWork, eligibility: setup.eligibility, form: setup.form },
    version: row.version,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

async function entryWithContext(db: Db, actor: Who, id: string) {
  const row = await findEntry(db, actor, id);
  const contest = (await db.query.contests.findFirst({ where: eq(contests.id, row.contestId) }))!;
  return { row, ctx: await contextOf(db, contest) };
}

export async function getEntry(db: Db, actor: Actor, id: string): Promise<Entry> {
  const { row, ctx } = await entryWithContext(db, actor, id);
  return present(db, actor, row, ctx);
}

/** The caller's entries (every status) and the region's contests open for entry now. */
export async function myEntries(db: Db, actor: Actor): Promise<MyEntries> {
  const now = new Date();
  const zone = await regionZoneOf(db, actor.regionId);
  const registrationCloses = registrationInstant('closes_at');
  const registrationOpens = registrationInstant('opens_at');
  const [rows, published] = await Promise.all([
    db
      .select({ entry: contestEntries, contestName: contests.name, contestSlug: contests.slug, results: contests.results, resultsPublishedAt: contests.resultsPublishedAt, closesAt: registrationCloses })
      .from(contestEntries)
      .innerJoin(contests, eq(contests.id, contestEntries.contestId))
      .where(
        and(
          eq(contestEntries.regionId, actor.regionId),
          // Their own person or group entries, and the entries of the units they belong to now, whoever started them.
          or(
            and(eq(contestEntries.entrantId, actor.userId), ne(contestEntries.entrantKind, 'unit')),
            actor.unitIds.length ? and(eq(contestEntries.entrantKind, 'unit'), inArray(contestEntries.unitId, actor.unitIds)) : sql`false`,
          ),
        ),
      )
      .orderBy(desc(contestEntries.createdAt), asc(contestEntries.id)),
    db
      .select({ id: contests.id, slug: contests.slug, name: contests.name, kind: contests.kind, eligibility: contests.eligibility, opensAt: registrationOpens, closesAt: registrationCloses })
      .from(contests)
      .where(and(eq(contests.regionId, actor.regionId), eq(contests.status, 'terbit')))
      .orderBy(asc(contests.createdAt), asc(contests.id)),
  ]);
  return {
    entries: rows.map((r) => ({
      id: r.entry.id,
      contestName: r.contestName,
      contestSlug: r.contestSlug,
      number: r.entry.number,
      title: r.entry.title,
      status: r.entry.status as EntryStatus,
      submittedAt: iso(r.entry.submittedAt),
      closesAt: iso(r.closesAt),
      result: resultOf(r, r.entry),
    })),
    open: published.flatMap((c) => {
      const { opensAt, closesAt } = c;
      if (!opensAt || !closesAt || roundState({ opensAt, closesAt }, now) !== 'buka') return [];
      return [{ id: c.id, slug: c.slug, name: c.name, kind: c.kind as MyEntries['open'][number]['kind'], closesAt: closesAt.toISOString(), entrants: (c.eligibility as { entrants: EntrantKind[] }).entrants }];
    }),
    zone,
  };
}

/** The admin's list of a contest's sent entries (drafts only when asked for), oldest number first. */
export async function listEntries(db: Db, actor: Actor, contestId: string, q: { status?: EntryStatus; category?: string }): Promise<EntryList> {
  await findContest(db, actor.regionId, contestId);
  const where: SQL | undefined = and(
    eq(contestEntries.contestId, contestId),
    eq(contestEntries.regionId, actor.regionId),
    q.status ? eq(contestEntries.status, q.status) : ne(contestEntries.status, 'draf'),
    q.category ? eq(contestEntries.category, q.category) : undefined,
  );
  const rows = await db
    .select({ entry: contestEntries, userName: users.name, unitName: units.name })
    .from(contestEntries)
    .innerJoin(users, eq(users.id, contestEntries.entrantId))
    .leftJoin(units, eq(units.id, contestEntries.unitId))
    .where(where)
    .orderBy(asc(contestEntries.submittedAt), asc(contestEntries.number), asc(contestEntries.createdAt), asc(contestEntries.id));
  return {
    items: rows.map(({ entry, userName, unitName }) => {
      const status = entry.status as EntryStatus;
      return {
        id: entry.id,
        number: entry.number,
        title: entry.title,
        entrantName: entrantName({ entrantKind: entry.entrantKind as EntrantKind, groupName: entry.groupName, unitName, userName }),
        entrantKind: entry.entrantKind as EntrantKind,
        category: entry.category,
        status,
        submittedAt: iso(entry.submittedAt),
        selection: entry.selectedAt && (status === 'lolos' || status === 'tidak_lolos') ? { decision: status, reason: entry.selectionReason, decidedAt: entry.selectedAt.toISOString() } : null,
      };
    }),
  };
}

// ---------------------------------------------------------------- entering

/** The field of work an innovation's main affair stands for in this contest's list (or the affair itself when the list is open). */
async function fieldOfWorkFor(db: Db, regionId: string, affair: string | null, fieldsOfWork: readonly string[]): Promise<string | null> {
  if (!affair) return null;
  const [item] = await db
    .select({ name: masterItems.name })
    .from(masterItems)
    .where(and(eq(masterItems.regionId, regionId), eq(masterItems.list, 'affair'), eq(masterItems.code, affair)))
    .limit(1);
  const label = item?.name ?? affair;
  if (!fieldsOfWork.length) return label.slice(0, 100);
  const wanted = [label, affair].map((v) => v.trim().toLowerCase());
  return fieldsOfWork.find((f) => wanted.includes(f.trim().toLowerCase())) ?? null;
}

/** What a unit entry starts from: the innovation's name, goal and benefits, and its affair as the field. */
async function unitPrefill(db: Db, actor: Who, input: EntryCreate, fieldsOfWork: readonly string[]) {
  if (!actor.roles.includes('operator')) throw new AppError('FORBIDDEN', 'contests.error.unitOnlyOperators');
  const missing = [
    ...(input.unitId ? [] : [{ path: 'unitId', key: 'validation.required' }]),
    ...(input.innovationId ? [] : [{ path: 'innovationId', key: 'validation.required' }]),
  ];
  if (missing.length) throw new AppError('VALIDATION_FAILED', undefined, {}, missing);
  // Another unit's (or region's) unit gets the same answer: the operator acts for their own units only.
  if (!actor.unitIds.includes(input.unitId!)) throw new AppError('FORBIDDEN', 'contests.error.notYourUnit');
  const innovation = await db.query.innovations.findFirst({
    where: and(eq(innovations.id, input.innovationId!), eq(innovations.unitId, input.unitId!), eq(innovations.regionId, actor.regionId)),
  });
  if (!innovation) throw invalid('innovationId', 'contests.error.innovationUnknown');
  const summary = [innovation.goal, innovation.benefits]
    .map((v) => v?.trim())
    .filter(Boolean)
    .join('\n\n')
    .slice(0, 10000);
  return {
    unitId: input.unitId!,
    innovationId: innovation.id,
    title: innovation.name.slice(0, 300),
    summary,
    fieldOfWork: await fieldOfWorkFor(db, actor.regionId, innovation.mainAffair, fieldsOfWork),
  };
}

/**
 * A draft entry by the caller, while registration is open: as a person or a group (one such entry
 * per account and contest), or as a unit with one of its innovations (one entry per innovation),
 * prefilled from the innovation. A draft contest is not there (404).
 */
export async function createEntry(db: Db, actor: Actor, contestId: string, input: EntryCreate, requestId: string): Promise<Entry> {
  const contest = await findContest(db, actor.regionId, contestId);
  if (contest.status === 'draf') throw notFound();
  const ctx = await contextOf(db, contest);
  requireOpen(ctx, new Date());
  const setup = setupOf(contest);
  if (!setup.eligibility.entrants.includes(input.entrantKind)) throw invalid('entrantKind', 'contests.error.entrantKindNotAllowed');
  const prefill = input.entrantKind === 'unit' ? await unitPrefill(db, actor, input, setup.fieldsOfWork) : null;

  const row = await db.transaction(async (tx) => {
    // One entrant's double click makes one entry: entries of a contest are created one at a time.
    await tx.select({ id: contests.id }).from(contests).where(eq(contests.id, contestId)).for('update');
    const same = prefill
      ? and(eq(contestEntries.contestId, contestId), eq(contestEntries.innovationId, prefill.innovationId))
      : and(eq(contestEntries.contestId, contestId), eq(contestEntries.entrantId, actor.userId), inArray(contestEntries.entrantKind, ['perorangan', 'kelompok']));
    const existing = await tx.query.contestEntries.findFirst({ where: same, columns: { id: true } });
    if (existing) throw conflict(prefill ? 'contests.error.innovationEntered' : 'contests.error.alreadyEntered', {}, { entryId: existing.id });
    const [created] = await tx
      .insert(contestEntries)
      .values({ contestId, regionId: actor.regionId, entrantId: actor.userId, entrantKind: input.entrantKind, ...(prefill ?? {}) })
      .returning();
    await audit(tx, { actor, action: 'contest.entry.create', entity: 'contest_entry', entityId: created!.id, after: { contestId, entrantKind: input.entrantKind, unitId: prefill?.unitId ?? null, innovationId: prefill?.innovationId ?? null }, requestId });
    return created!;
  });
  return present(db, actor, row, ctx);
}

function submitProblemsOf(contest: ContestRow, entry: Pick<EntryRow, 'entrantKind' | 'category' | 'fieldOfWork' | 'title' | 'summary' | 'groupName' | 'members' | 'answers' | 'declarations'>, entryFiles: readonly { field: string }[]) {
  const setup = setupOf(contest);
  return submitProblems({
    contest: { form: setup.form, eligibility: setup.eligibility, categories: setup.categories, fieldsOfWork: setup.fieldsOfWork },
    entry: {
      entrantKind: entry.entrantKind as EntrantKind,
      category: entry.category,
      fieldOfWork: entry.fieldOfWork,
      title: entry.title,
      summary: entry.summary,
      groupName: entry.groupName,
      members: entry.members as Entry['members'],
      answers: entry.answers as Answers,
      declarations: entry.declarations as Declarations,
    },
    files: entryFiles,
  });
}

const editableColumns = ['category', 'fieldOfWork', 'title', 'summary', 'groupName', 'members', 'answers', 'declarations'] as const;

/**
 * The entrant saves the entry from the version they read. A draft saves as it is (only the answers'
 * types are checked); a sent entry is revised only into something that could still be sent.
 */
export async function updateEntry(db: Db, actor: Actor, id: string, input: EntryUpdate, requestId: string): Promise<Entry> {
  const { row, ctx } = await entryWithContext(db, actor, id);
  requireEditable(actor, row, ctx, new Date());
  const { version, ...values } = input;
  const setup = setupOf(ctx.contest);
  const problems = [...answerProblems(setup.form, values.answers), ...(row.status === 'terkirim' ? submitProblemsOf(ctx.contest, { ...values, entrantKind: row.entrantKind }, await filesOf(db, id)) : [])];
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, {}, dedupe(problems));
  const updated = await db.transaction(async (tx) => {
    const [saved] = await tx
      .update(contestEntries)
      .set({ ...values, version: sql`${contestEntries.version} + 1`, updatedAt: new Date() })
      .where(and(eq(contestEntries.id, id), eq(contestEntries.version, version), inArray(contestEntries.status, ['draf', 'terkirim'])))
      .returning();
    if (!saved) {
      const current = (await tx.query.contestEntries.findFirst({ where: eq(contestEntries.id, id) }))!;
      if (current.status === 'lolos' || current.status === 'tidak_lolos') throw conflict('contests.error.decided');
      throw new AppError('VERSION_CONFLICT', 'contests.error.entryChanged', {}, [], { current: await present(tx, actor, current, ctx) });
    }
    const pick = (r: EntryRow) => Object.fromEntries(editableColumns.map((k) => [k, r[k]]));
    const d = diff(pick(row), pick(saved));
    if (Object.keys(d.after).length) await audit(tx, { actor, action: 'contest.entry.update', entity: 'contest_entry', entityId: id, ...d, requestId });
    return saved;
  });
  return present(db, actor, updated, ctx);
}

/** One message per field: the domain rules may find the same field twice (type and requirement). */
function dedupe<T extends { path: string }>(problems: readonly T[]): T[] {
  const seen = new Set<string>();
  return problems.filter((p) => (seen.has(p.path) ? false : (seen.add(p.path), true)));
}

/**
 * Sends the draft: everything the contest asks for must be there (400 with field errors). The
 * number is given once, counted on the contest in the same transaction (no gaps, no doubles);
 * the entrant gets a receipt by e-mail and a notification. Sending a sent entry again changes nothing.
 */
export async function submitEntry(deps: EntryDeps, actor: Actor, id: string, requestId: string): Promise<Entry> {
  const { db } = deps;
  const { row, ctx } = await entryWithContext(db, actor, id);
  requireEditable(actor, row, ctx, new Date());
  if (row.status === 'terkirim') return present(db, actor, row, ctx);
  const result = await db.transaction(async (tx) => {
    const now = new Date();
    requireOpen(ctx, now);
    // Checked on the locked row and its files: a colleague's save or file removal at the same moment
    // cannot leave a sent entry missing what sending requires.
    const [locked] = await tx.select().from(contestEntries).where(eq(contestEntries.id, id)).for('update');
    if (locked!.status !== 'draf') return { row: locked!, first: false };
    const problems = submitProblemsOf(ctx.contest, locked!, await filesOf(tx, id));
    if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, {}, dedupe(problems));
    await tx
      .update(contestEntries)
      .set({ status: 'terkirim', submittedAt: now, version: sql`${contestEntries.version} + 1`, updatedAt: now })
      .where(eq(contestEntries.id, id));
    // The contest's row lock orders concurrent sends: each takes the next number.
    const [counter] = await tx
      .update(contests)
      .set({ lastEntryNumber: sql`${contests.lastEntryNumber} + 1` })
      .where(eq(contests.id, ctx.contest.id))
      .returning({ seq: contests.lastEntryNumber, kind: contests.kind });
    const number = entryNumber(counter!.kind as ContestKind, Number(zoneDay(now, ctx.zone).slice(0, 4)), counter!.seq);
    const [numbered] = await tx.update(contestEntries).set({ number }).where(eq(contestEntries.id, id)).returning();
    await audit(tx, { actor, action: 'contest.entry.submit', entity: 'contest_entry', entityId: id, before: { status: 'draf' }, after: { status: 'terkirim', number, title: locked!.title }, requestId });
    await notify(tx, { regionId: row.regionId, userIds: [row.entrantId], kind: 'contests.entrySubmitted', params: { contest: ctx.contest.name, number, title: locked!.title }, link: `/lomba-saya/${id}` });
    return { row: numbered!, first: true };
  });
  if (result.first) {
    const entrant = (await db.query.users.findFirst({ where: eq(users.id, row.entrantId), columns: { email: true, name: true } }))!;
    await sendReceipt(
      { db, mailer: deps.mailer, publicUrl: deps.env.publicUrl },
      {
        to: { userId: row.entrantId, email: entrant.email, name: entrant.name, regionId: row.regionId },
        entryId: id,
        contestName: ctx.contest.name,
        number: result.row.number!,
        title: result.row.title,
        closesAt: registrationRound(ctx.rounds)!.closesAt,
        zone: ctx.zone,
      },
    );
  }
  return present(db, actor, result.row, ctx);
}

// ---------------------------------------------------------------- files

const fileRules = {
  allowed: entryFileTypes,
  refusedKey: 'contests.error.fileRefused',
  maxBytes: () => ENTRY_FILE_MAX_BYTES,
  tooLarge: { key: 'contests.error.fileTooLarge', params: { mb: ENTRY_FILE_MAX_BYTES / 1024 / 1024 } },
};

/** Attaches a PDF, JPG, PNG or MP4 (judged by its bytes, 10 MB) to one of the form's `berkas` fields. */
export async function addEntryFile(
  deps: EntryDeps,
  actor: Actor,
  id: string,
  field: string,
  upload: { stream: Readable & { truncated?: boolean }; fileName: string },
  requestId: string,
): Promise<EntryFile> {
  const refuse = (err: unknown): never => {
    upload.stream.resume(); // drain the refused upload so the request can be answered
    throw err;
  };
  const { row, ctx } = await entryWithContext(deps.db, actor, id).catch(refuse);
  try {
    requireEditable(actor, row, ctx, new Date());
    const formField = setupOf(ctx.contest).form.find((f) => f.key === field);
    if (!formField || formField.kind !== 'berkas') throw invalid('field', 'contests.error.fieldNotFile', { field });
  } catch (err) {
    refuse(err);
  }
  const tooMany = () => conflict('contests.error.tooManyFiles', { max: ENTRY_FILES_PER_FIELD });
  const countIn = async (db: Db) => (await db.select({ n: count() }).from(contestEntryFiles).where(and(eq(contestEntryFiles.entryId, id), eq(contestEntryFiles.field, field))))[0]?.n ?? 0;
  if ((await countIn(deps.db)) >= ENTRY_FILES_PER_FIELD) refuse(tooMany());
  const { attached } = await storeUpload(
    { db: deps.db, storage: deps.storage, tmpDir: path.join(deps.env.dataDir, 'tmp') },
    { regionId: actor.regionId, userId: actor.userId, stream: upload.stream, fileName: upload.fileName, ...fileRules },
    async (tx, file) => {
      // The entry row is locked: two uploads at once cannot both be the sixth, nor land after a decision.
      const [locked] = await tx.select().from(contestEntries).where(eq(contestEntries.id, id)).for('update');
      requireEditable(actor, locked!, ctx, new Date());
      if ((await countIn(tx)) >= ENTRY_FILES_PER_FIELD) throw tooMany();
      await tx.insert(contestEntryFiles).values({ entryId: id, fileId: file.id, field, name: file.originalName }).onConflictDoNothing();
      await tx.update(contestEntries).set({ updatedAt: new Date() }).where(eq(contestEntries.id, id));
      await audit(tx, { actor, action: 'contest.entry.file.add', entity: 'contest_entry', entityId: id, after: { field, file: file.originalName, size: file.size, mime: file.mime }, requestId });
      const [link] = await tx.select({ field: contestEntryFiles.field, name: contestEntryFiles.name }).from(contestEntryFiles).where(and(eq(contestEntryFiles.entryId, id), eq(contestEntryFiles.fileId, file.id)));
      return { id: file.id, field: link!.field, name: link!.name, mime: file.mime, size: file.size };
    },
  );
  return attached;
}

/**
 * Takes a file off the entry. A sent entry must stay sendable (the same rule as its saves): the
 * last file of a required `berkas` field cannot go (400 on that field; upload the new one first).
 */
export async function removeEntryFile(db: Db, actor: Actor, id: string, fileId: string, requestId: string): Promise<void> {
  const { row, ctx } = await entryWithContext(db, actor, id);
  requireEditable(actor, row, ctx, new Date());
  await db.transaction(async (tx) => {
    // Locked like an upload: a decision or a send at the same moment sees the files as they end up.
    const [locked] = await tx.select().from(contestEntries).where(eq(contestEntries.id, id)).for('update');
    requireEditable(actor, locked!, ctx, new Date());
    const [gone] = await tx.delete(contestEntryFiles).where(and(eq(contestEntryFiles.entryId, id), eq(contestEntryFiles.fileId, fileId))).returning();
    if (!gone) throw notFound();
    if (locked!.status === 'terkirim') {
      const missing = submitProblemsOf(ctx.contest, locked!, await filesOf(tx, id)).filter((p) => p.path === `answers.${gone.field}`);
      if (missing.length) throw new AppError('VALIDATION_FAILED', undefined, {}, missing);
    }
    await tx.update(contestEntries).set({ updatedAt: new Date() }).where(eq(contestEntries.id, id));
    await audit(tx, { actor, action: 'contest.entry.file.remove', entity: 'contest_entry', entityId: id, before: { field: gone.field, file: gone.name, fileId }, requestId });
  });
}

/**
 * A file of an entry for download: those who read the entry, the region's admins, and a judge assigned to the
 * passed entry who has not declared a conflict on it. Anyone else: 404.
 */
export async function entryFile(db: Db, actor: Actor, id: string, fileId: string) {
  const row = await db.query.contestEntries.findFirst({ where: and(eq(contestEntries.id, id), eq(contestEntries.regionId, actor.regionId)) });
  if (!row) throw notFound();
  let allowed = readsEntry(actor, row) || isAdmin(actor);
  // A judge reads the files of an entry that passed the selection, is assigned to them and is free of conflict.
  if (!allowed && actor.roles.includes('juri') && row.status === 'lolos') {
    const [assigned, conflicted] = await Promise.all([
      db.query.contestAssignments.findFirst({ where: and(eq(contestAssignments.entryId, id), eq(contestAssignments.userId, actor.userId)) }),
      db.query.contestConflicts.findFirst({ where: and(eq(contestConflicts.entryId, id), eq(contestConflicts.userId, actor.userId)) }),
    ]);
    allowed = Boolean(assigned) && !conflicted;
  }
  if (!allowed) throw notFound();
  const link = await db.query.contestEntryFiles.findFirst({ where: and(eq(contestEntryFiles.entryId, id), eq(contestEntryFiles.fileId, fileId)) });
  const file = link && (await db.query.files.findFirst({ where: and(eq(files.id, fileId), eq(files.regionId, row.regionId)) }));
  if (!link || !file) throw notFound();
  return { file, name: link.name };
}

// ---------------------------------------------------------------- selection

/**
 * The administrative selection of a sent entry: passed, or not with a reason. It may change until
 * the first judging round opens (409 after); each decision is audited, locks the entry against
 * the entrant's edits, and is told to the entrant (notification and e-mail).
 */
export async function selectEntry(deps: EntryDeps, actor: Actor, id: string, input: SelectionInput, requestId: string): Promise<Entry> {
  const { db } = deps;
  const { row, ctx } = await entryWithContext(db, actor, id);
  if (!sentStatuses.includes(row.status as EntryStatus)) throw conflict('contests.error.notSent');
  if (selectionLocked(ctx, new Date())) throw conflict('contests.error.selectionLocked');
  if (input.decision === 'tidak_lolos' && !input.reason) throw invalid('reason', 'contests.error.reasonRequired');
  const decision: SelectionDecision = input.decision;
  const reason = input.reason ?? null;
  const outcome = await db.transaction(async (tx) => {
    const now = new Date();
    const [saved] = await tx
      .update(contestEntries)
      .set({ status: decision, selectionReason: reason, selectedBy: actor.userId, selectedAt: now, version: sql`${contestEntries.version} + 1`, updatedAt: now })
      .where(and(eq(contestEntries.id, id), eq(contestEntries.version, input.version), inArray(contestEntries.status, sentStatuses)))
      .returning();
    if (!saved) {
      const current = (await tx.query.contestEntries.findFirst({ where: eq(contestEntries.id, id) }))!;
      if (!sentStatuses.includes(current.status as EntryStatus)) throw conflict('contests.error.notSent');
      // The same decision twice (a double click, a retry): already done, told once.
      if (current.status === decision && current.selectionReason === reason) return { row: current, decided: false };
      // Another admin decided (or the entrant revised the entry) since this one read it.
      throw new AppError('VERSION_CONFLICT', 'contests.error.entryChanged', {}, [], { current: await present(tx, actor, current, ctx) });
    }
    // Judges no longer see an entry that did not pass: its places on the panels go (the selection
    // is locked once the first judging round opens, so no score is lost here).
    if (decision === 'tidak_lolos') await tx.delete(contestAssignments).where(eq(contestAssignments.entryId, id));
    await audit(tx, {
      actor,
      action: 'contest.entry.selection',
      entity: 'contest_entry',
      entityId: id,
      before: { status: row.status, reason: row.selectionReason },
      after: { status: decision, reason },
      reason,
      requestId,
    });
    await notify(tx, {
      regionId: row.regionId,
      userIds: [row.entrantId],
      kind: decision === 'lolos' ? 'contests.entryPassed' : 'contests.entryFailed',
      params: { contest: ctx.contest.name, title: row.title, number: row.number ?? '', reason: reason ?? '' },
      link: `/lomba-saya/${id}`,
      exceptUserId: actor.userId,
    });
    return { row: saved, decided: true };
  });
  const updated = outcome.row;
  if (outcome.decided && row.entrantId !== actor.userId) {
    const entrant = (await db.query.users.findFirst({ where: eq(users.id, row.entrantId), columns: { email: true, name: true } }))!;
    await sendSelection(
      { db, mailer: deps.mailer, publicUrl: deps.env.publicUrl },
      { to: { userId: row.entrantId, email: entrant.email, name: entrant.name, regionId: row.regionId }, entryId: id, contestName: ctx.contest.name, number: row.number, title: row.title, decision, reason },
    );
  }
  return present(db, actor, updated, ctx);
}
