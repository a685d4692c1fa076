import type { Readable } from 'node:stream';
import { and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import { computeResults, normaliseScores, normalisedKey, type ScoreRow } from '../../../domain/contests/results.js';
import { judgingRounds, lastJudgingRound } from '../../../domain/contests/timeline.js';
import type { TieBreakRule } from '../../../domain/contests/contests.js';
import type { PublishResults, RankedEntry, Results, ScoreAudit } from '../../../domain/contracts/contests.js';
import { LetterSettings } from '../../../domain/contracts/letters.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { Language } from '../../../domain/i18n/index.js';
import { toZoneLocal } from '../../../domain/zone-time.js';
import type { Db } from '../../db/client.js';
import { auditLog, contestConflicts, contestEntries, contestJudges, contests, contestScores, files, notifications, regions, users } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, notFound } from '../../lib/errors.js';
import { translator } from '../../lib/i18n.js';
import { renderPdf } from '../../lib/pdf.js';
import type { Actor } from '../../lib/policy.js';
import { writeWorkbook } from '../../lib/spreadsheet.js';
import type { Storage } from '../../lib/storage.js';
import { createAnnouncement, publishAnnouncement } from '../announcements/announcements.service.js';
import { notifyEach } from '../notifications/notifications.service.js';
import { certificateDocument } from './certificates.js';
import { readsEntry } from './contests.entries.js';
import {
  categoriesOf,
  contestInRegion,
  criteriaOf,
  isAdmin,
  passedEntries,
  regionZone,
  requireAdminOrAnyChair,
  requireAdminOrChair,
  roundsOf,
  type ContestRow,
  type MailDeps,
  type PassedEntry,
  type RoundRow,
} from './panels.service.js';

/*
 * Results of a contest (issue 7): the ranking per category from one judging round's scores (the
 * domain's computeResults), its publication (frozen into contests.results, the entrants told, the
 * winners announced on the portal), certificates, the Excel export of every score and the score
 * audit. The admin of the region reads all of it; a round's chair reads it too, and publishes the
 * round's ranking.
 */

/** The contest's declared conflicts as `entryId|judgeId`. */
async function conflictedPairs(db: Db, contestId: string): Promise<Set<string>> {
  const rows = await db.select({ entryId: contestConflicts.entryId, userId: contestConflicts.userId }).from(contestConflicts).where(eq(contestConflicts.contestId, contestId));
  return new Set(rows.map((c) => `${c.entryId}|${c.userId}`));
}

/**
 * A judge's scores on an entry they declared a conflict on never count, whenever they were given.
 * One query after the other: this also runs inside the publication's transaction.
 */
async function roundScores(db: Db, contestId: string, roundId: string, entryIds: readonly string[]): Promise<ScoreRow[]> {
  if (!entryIds.length) return [];
  const rows = await db.select().from(contestScores).where(and(eq(contestScores.roundId, roundId), inArray(contestScores.entryId, [...entryIds])));
  const conflicted = await conflictedPairs(db, contestId);
  return rows
    .filter((r) => !conflicted.has(`${r.entryId}|${r.userId}`) && (r.score !== null || r.abstain))
    .map((r) => ({ entryId: r.entryId, judgeId: r.userId, criterion: r.criterion, score: r.score, abstain: r.abstain }));
}

function tieLabel(contest: ContestRow, by: string | null, t: TFunction): string | null {
  if (!by) return null;
  if (by === 'submittedAt') return t('judging.tieBrokenBy.submittedAt');
  const criterion = criteriaOf(contest).find((c) => c.key === by);
  return t('judging.tieBrokenBy.criterion', { name: criterion?.name ?? by });
}

async function compute(db: Db, contest: ContestRow, round: RoundRow, normalised: boolean, t: TFunction): Promise<Results> {
  const entries = await passedEntries(db, contest.id);
  const scores = await roundScores(
    db,
    contest.id,
    round.id,
    entries.map((e) => e.id),
  );
  const out = computeResults({
    criteria: criteriaOf(contest),
    categories: categoriesOf(contest),
    entries: entries.map((e) => ({ id: e.id, category: e.category, submittedAt: e.submittedAt?.toISOString() ?? null })),
    scores,
    normalise: normalised,
    tieBreak: contest.tieBreak as TieBreakRule,
    winnersPerCategory: contest.winnersPerCategory,
  });
  const byId = new Map(entries.map((e) => [e.id, e]));
  const names = new Map(categoriesOf(contest).map((c) => [c.key, c.name]));
  return {
    contestId: contest.id,
    roundId: round.id,
    normalised,
    tieBreak: contest.tieBreak as TieBreakRule,
    categories: out.categories.map((c) => ({
      key: c.key,
      name: names.get(c.key) ?? c.key,
      ranking: c.ranking.map(
        (r): RankedEntry => ({
          rank: r.rank,
          entryId: r.entryId,
          number: byId.get(r.entryId)?.number ?? null,
          title: byId.get(r.entryId)?.title ?? '',
          entrantName: byId.get(r.entryId)?.entrantName ?? '',
          total: r.total,
          rawTotal: r.rawTotal,
          normalisedTotal: r.normalisedTotal,
          criteria: r.criteria,
          judges: r.judges,
          tieBrokenBy: tieLabel(contest, r.tieBrokenBy, t),
          winner: r.winner,
        }),
      ),
    })),
    publishedAt: null,
  };
}

/** The frozen results of a published contest (null before publication). */
export const frozenResults = (contest: ContestRow): Results | null => (contest.resultsPublishedAt && contest.results ? (contest.results as Results) : null);

async function resultsRound(db: Db, contest: ContestRow, roundId: string | undefined): Promise<RoundRow> {
  const rounds = judgingRounds(await roundsOf(db, contest.id));
  const round = roundId ? rounds.find((r) => r.id === roundId) : lastJudgingRound(rounds);
  if (!round) throw notFound();
  return round;
}

/**
 * GET /api/contests/{id}/results: the published ranking when it is the one asked for, else the
 * ranking computed now from the round's scores (the last judging round unless another is named;
 * normalised as the contest is set unless asked otherwise).
 */
export async function getResults(db: Db, actor: Actor, t: TFunction, contestId: string, query: { roundId?: string; normalised?: 'true' | 'false' }): Promise<Results> {
  const contest = await contestInRegion(db, actor, contestId);
  const round = await resultsRound(db, contest, query.roundId);
  await requireAdminOrChair(db, actor, round);
  const normalised = query.normalised ? query.normalised === 'true' : contest.normalise;
  const frozen = frozenResults(contest);
  const results = frozen && frozen.roundId === round.id && frozen.normalised === normalised ? frozen : await compute(db, contest, round, normalised, t);
  return withoutHidden(results, await hiddenEntries(db, actor, contest));
}

/**
 * The ranking as a chair reads it: on an entry they declared a conflict on, the place stays (they
 * publish the ranking) but its scores do not reach them — neither the totals nor the
 * per-criterion means, which come straight from the other judges' sheets.
 */
function withoutHidden(results: Results, hidden: ReadonlySet<string>): Results {
  if (!hidden.size) return results;
  const redacted = (r: RankedEntry): RankedEntry => (hidden.has(r.entryId) ? { ...r, total: null, rawTotal: null, normalisedTotal: null, criteria: [] } : r);
  return { ...results, categories: results.categories.map((c) => ({ ...c, ranking: c.ranking.map(redacted) })) };
}

export type ResultsDeps = MailDeps;

/**
 * POST /api/contests/{id}/results/publish: freezes the ranking of the round into the contest (once:
 * a second publication is refused), marks the contest `selesai`, tells every entrant whose entry
 * passed the selection (a notification with the decision, and an e-mail after the commit), and
 * announces the winners on the portal through the announcements module — all in one transaction.
 */
export async function publishResults(deps: ResultsDeps, actor: Actor, t: TFunction, contestId: string, input: PublishResults, requestId: string): Promise<Results> {
  const { db } = deps;
  const contest = await contestInRegion(db, actor, contestId);
  const round = await resultsRound(db, contest, input.roundId);
  await requireAdminOrChair(db, actor, round);
  if (contest.resultsPublishedAt) throw new AppError('CONFLICT', 'judging.error.resultsPublished');
  if (!isAdmin(actor)) await requireNoLaterScores(db, contest, round);
  const { results, entries } = await db.transaction(async (tx) => {
    // The contest's row is locked before the scores are read: a sheet saved meanwhile (which
    // holds it for share) is either in the frozen ranking or refused, never silently left out.
    const [locked] = await tx.select({ resultsPublishedAt: contests.resultsPublishedAt }).from(contests).where(eq(contests.id, contest.id)).for('update');
    // Two publishers at once: the second finds it already done.
    if (!locked || locked.resultsPublishedAt) throw new AppError('CONFLICT', 'judging.error.resultsPublished');
    const computed = await compute(tx, contest, round, input.normalised, t);
    if (!computed.categories.some((c) => c.ranking.some((r) => r.judges > 0))) throw new AppError('CONFLICT', 'judging.error.noScores');
    const now = new Date();
    const results: Results = { ...computed, publishedAt: now.toISOString() };
    const entries = await passedEntries(tx, contest.id);
    await tx.update(contests).set({ results, resultsPublishedAt: now, status: 'selesai', updatedAt: now, version: sql`${contests.version} + 1` }).where(eq(contests.id, contest.id));
    await audit(tx, {
      actor,
      action: 'judging.results.publish',
      entity: 'contest',
      entityId: contest.id,
      before: { status: contest.status, resultsPublishedAt: null },
      after: {
        status: 'selesai',
        roundId: round.id,
        normalised: input.normalised,
        winners: results.categories.flatMap((c) => c.ranking.filter((r) => r.winner).map((r) => ({ category: c.key, rank: r.rank, entryId: r.entryId, number: r.number }))),
      },
      requestId,
    });
    await notifyEach(tx, {
      regionId: contest.regionId,
      kind: 'judging.results',
      items: entries.map((entry) => ({ userId: entry.entrantId, params: { contest: contest.name, title: entry.title }, link: `/lomba-saya/${entry.id}` })),
    });
    // In the same transaction: a crash after the commit can no longer leave results published
    // with no announcement, which a second publication (refused) could not repair.
    await announceWinners(tx, actor, contest, results, requestId);
    return { results, entries };
  });
  // The entrants' mails leave after the answer: one SMTP delivery each would hold the chair's
  // request for minutes on a contest of hundreds. Nothing is lost if the process stops part-way:
  // news not yet marked as mailed goes out with the next daily digest (and a failed delivery is
  // on the outbox for the admin).
  void mailEntrants(deps, contest, entries, placeOf(results)).catch(() => {});
  return withoutHidden(results, await hiddenEntries(db, actor, contest));
}

/**
 * Publication ends the whole contest, so a chair of an earlier round (the desk review) may not cut
 * short a later round that is already being scored; the admin may, deliberately.
 */
async function requireNoLaterScores(db: Db, contest: ContestRow, round: RoundRow): Promise<void> {
  const rounds = judgingRounds(await roundsOf(db, contest.id));
  const later = rounds.slice(rounds.findIndex((r) => r.id === round.id) + 1);
  if (!later.length) return;
  const scored = await db
    .select({ roundId: contestScores.roundId })
    .from(contestScores)
    .where(inArray(contestScores.roundId, later.map((r) => r.id)))
    .limit(1);
  if (scored.length) throw new AppError('FORBIDDEN', 'judging.error.laterRoundScored', { round: later.find((r) => r.id === scored[0]!.roundId)?.name ?? '' });
}

/** Where each entry finished: its rank when it won, and its category's name. */
function placeOf(results: Results): Map<string, { rank: number | null; category: string }> {
  const out = new Map<string, { rank: number | null; category: string }>();
  for (const c of results.categories) for (const r of c.ranking) out.set(r.entryId, { rank: r.winner ? r.rank : null, category: c.name });
  return out;
}

async function mailEntrants(deps: ResultsDeps, contest: ContestRow, entries: readonly PassedEntry[], place: Map<string, { rank: number | null; category: string }>) {
  // Entrants are not the caller, so they are written to in the region's language.
  const t = translator('id' satisfies Language);
  const [region] = await deps.db.select({ bodyName: regions.bodyName }).from(regions).where(eq(regions.id, contest.regionId));
  for (const entry of entries) {
    const at = place.get(entry.id);
    const outcome = at?.rank ? t('judging.mail.resultsWinner', { title: entry.title, rank: at.rank, category: at.category }) : t('judging.mail.resultsParticipant', { title: entry.title });
    const params = { name: entry.userName, contest: contest.name, outcome, link: `${deps.publicUrl}/lomba-saya/${entry.id}`, body: region?.bodyName ?? 'Lumbung' };
    await deps.mailer.send({ regionId: contest.regionId, to: entry.entrantEmail, subject: t('judging.mail.resultsSubject', params), text: t('judging.mail.resultsText', params) });
    // Mailed now: the daily digest must not send the same news again.
    await deps.db
      .update(notifications)
      .set({ emailedAt: new Date() })
      .where(and(eq(notifications.userId, entry.entrantId), eq(notifications.kind, 'judging.results'), eq(notifications.link, `/lomba-saya/${entry.id}`), isNull(notifications.emailedAt)));
  }
}

/** The winners as a published portal announcement (news), written by whoever published the results. */
async function announceWinners(db: Db, actor: Actor, contest: ContestRow, results: Results, requestId: string) {
  const t = translator('id');
  const paragraphs = [t('judging.announcement.intro', { contest: contest.name })];
  for (const c of results.categories) {
    const winners = c.ranking.filter((r) => r.winner);
    if (!winners.length) continue;
    paragraphs.push([t('judging.announcement.category', { category: c.name }), ...winners.map((w) => t('judging.announcement.winner', { rank: w.rank, title: w.title, entrant: w.entrantName }))].join('\n'));
  }
  paragraphs.push(t('judging.announcement.thanks'));
  const created = await createAnnouncement(
    db,
    actor,
    { kind: 'berita', title: t('judging.announcement.title', { contest: contest.name }).slice(0, 200), summary: t('judging.announcement.summary', { contest: contest.name }).slice(0, 500), body: paragraphs.join('\n\n').slice(0, 20_000) },
    requestId,
  );
  await publishAnnouncement(db, actor, created.id, true, requestId);
}

// ---------------------------------------------------------------- certificates

async function streamToBuffer(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The region's logo as a data URL when it is a PNG or JPEG (a PDF cannot show WebP). */
async function logoOf(db: Db, storage: Storage, logoFileId: string | null): Promise<string | null> {
  if (!logoFileId) return null;
  const [file] = await db.select().from(files).where(eq(files.id, logoFileId));
  if (!file || !['image/png', 'image/jpeg'].includes(file.mime)) return null;
  return `data:${file.mime};base64,${(await streamToBuffer(await storage.get(file.storageKey))).toString('base64')}`;
}

/**
 * GET /api/contest-entries/{id}/certificate.pdf: for those who read the entry (its entrant, a unit entry's unit) and the region's
 * admin, once the results are published, for entries that passed the selection: "Juara <rank>" for
 * a winner, "Peserta" for everyone else. Anyone else, or an entry that did not pass: 404.
 */
export async function certificate(deps: { db: Db; storage: Storage }, actor: Actor, t: TFunction, entryId: string): Promise<{ bytes: Buffer; fileName: string }> {
  const { db } = deps;
  const [row] = await db
    .select({ entry: contestEntries })
    .from(contestEntries)
    .where(and(eq(contestEntries.id, entryId), eq(contestEntries.regionId, actor.regionId)));
  if (!row || !(readsEntry(actor, row.entry) || isAdmin(actor))) throw notFound();
  const contest = await contestInRegion(db, actor, row.entry.contestId);
  if (row.entry.status !== 'lolos') throw notFound();
  const results = frozenResults(contest);
  if (!results) throw new AppError('CONFLICT', 'judging.error.resultsNotPublished');
  const [entry] = await passedEntries(db, contest.id, entryId);
  if (!entry) throw notFound();
  const [region] = await db.select().from(regions).where(eq(regions.id, contest.regionId));
  if (!region) throw notFound();
  const settings = LetterSettings.safeParse(region.letterSettings);
  const ranked = results.categories.flatMap((c) => c.ranking.map((r) => ({ ...r, categoryName: c.name }))).find((r) => r.entryId === entry.id);
  const category = categoriesOf(contest).find((c) => c.key === entry.category)?.name ?? ranked?.categoryName ?? null;
  const zone = region.timeZone as TimeZone;
  const doc = certificateDocument(
    {
      letterhead: {
        government: settings.success ? settings.data.government : `PEMERINTAH ${region.name}`,
        bodyName: region.bodyName,
        logo: await logoOf(db, deps.storage, region.logoFileId),
      },
      recipient: entry.entrantName,
      members: entry.entrantKind === 'kelompok' ? entry.members.map((m) => m.name) : [],
      title: entry.title,
      category,
      contestName: contest.name,
      rank: ranked?.winner ? ranked.rank : null,
      place: settings.success ? settings.data.place : region.name.replace(/^(Kabupaten|Kota)\s+/i, ''),
      date: contest.resultsPublishedAt!,
      zone,
      signatory: contest.signatory as { name: string; title: string },
    },
    t,
  );
  const bytes = await renderPdf(doc);
  const tag = (entry.number ?? entry.id.slice(0, 8)).replace(/[^A-Za-z0-9-]/g, '-');
  return { bytes, fileName: `sertifikat-${tag}.pdf` };
}

// ---------------------------------------------------------------- export and audit

/** Entries a chair declared a conflict on: their scores stay hidden from them in every read. */
async function hiddenEntries(db: Db, actor: Actor, contest: ContestRow): Promise<Set<string>> {
  if (isAdmin(actor)) return new Set();
  const rows = await db
    .select({ entryId: contestConflicts.entryId })
    .from(contestConflicts)
    .where(and(eq(contestConflicts.contestId, contest.id), eq(contestConflicts.userId, actor.userId)));
  return new Set(rows.map((r) => r.entryId));
}

/**
 * The judging rounds whose scores the actor reads: every one for the admin; for a judge, only the
 * rounds they chair (on another round's panel they are a plain judge, who never sees the others'
 * scores). Anyone else: 404, or 403 for a judge of the contest who chairs nothing.
 */
async function readableRounds<R extends RoundRow>(db: Db, actor: Actor, contest: ContestRow, judging: readonly R[]): Promise<R[]> {
  await requireAdminOrAnyChair(db, actor, contest);
  if (isAdmin(actor) || !judging.length) return [...judging];
  const seats = await db
    .select({ roundId: contestJudges.roundId })
    .from(contestJudges)
    .where(and(eq(contestJudges.userId, actor.userId), eq(contestJudges.chair, true), inArray(contestJudges.roundId, judging.map((r) => r.id))));
  const chaired = new Set(seats.map((r) => r.roundId));
  return judging.filter((r) => chaired.has(r.id));
}

const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(Math.round(v * 100) / 100));

/**
 * GET /api/contests/{id}/scores.xlsx: every score (one row per round × entry × judge × criterion,
 * raw and normalised as that round's normalisation gives it) and the ranking (published, or the
 * last judging round's now).
 */
export async function scoresWorkbook(db: Db, actor: Actor, t: TFunction, contestId: string): Promise<{ bytes: Buffer; fileName: string }> {
  const contest = await contestInRegion(db, actor, contestId);
  const [rounds, entries, zone] = await Promise.all([roundsOf(db, contest.id), passedEntries(db, contest.id), regionZone(db, contest.regionId)]);
  const judging = await readableRounds(db, actor, contest, judgingRounds(rounds));
  const hidden = await hiddenEntries(db, actor, contest);
  const conflicted = await conflictedPairs(db, contest.id);
  const criteria = criteriaOf(contest);
  const criterionOrder = new Map(criteria.map((c, i) => [c.key, i]));
  const entryById = new Map(entries.map((e) => [e.id, e]));
  const rows: string[][] = [];
  for (const round of judging) {
    const lines = await db
      .select({ score: contestScores, judge: users.name })
      .from(contestScores)
      .innerJoin(users, eq(users.id, contestScores.userId))
      .where(eq(contestScores.roundId, round.id));
    // Normalised from the scores the ranking counts (passed entries, no conflicted judge), so the
    // sheet's normalised column matches the results page.
    const counted = lines.filter((l) => entryById.has(l.score.entryId) && !conflicted.has(`${l.score.entryId}|${l.score.userId}`));
    const normalised = normaliseScores(
      counted.map((l) => ({ entryId: l.score.entryId, judgeId: l.score.userId, criterion: l.score.criterion, score: l.score.score, abstain: l.score.abstain })),
      criteria,
    );
    const visible = lines.filter((l) => !hidden.has(l.score.entryId) && entryById.has(l.score.entryId));
    visible.sort(
      (a, b) =>
        (entryById.get(a.score.entryId)!.number ?? '').localeCompare(entryById.get(b.score.entryId)!.number ?? '') ||
        a.judge.localeCompare(b.judge, 'id') ||
        (criterionOrder.get(a.score.criterion) ?? 99) - (criterionOrder.get(b.score.criterion) ?? 99),
    );
    for (const { score: s, judge } of visible) {
      const entry = entryById.get(s.entryId)!;
      rows.push([
        round.name,
        entry.number ?? '',
        entry.title,
        judge,
        criteria.find((c) => c.key === s.criterion)?.name ?? s.criterion,
        num(s.score),
        num(normalised.get(normalisedKey(s.userId, s.entryId, s.criterion))),
        s.abstain ? t('judging.export.yes') : t('judging.export.no'),
        s.comment ?? '',
        toZoneLocal(s.updatedAt.toISOString(), zone).replace('T', ' '),
      ]);
    }
  }
  // The published ranking; before publication, that of the latest round anyone has scored in
  // (of the rounds the actor reads).
  const scoredRounds = new Set(judging.length ? (await db.selectDistinct({ id: contestScores.roundId }).from(contestScores).where(inArray(contestScores.roundId, judging.map((r) => r.id)))).map((r) => r.id) : []);
  const latest = [...judging].reverse().find((r) => scoredRounds.has(r.id)) ?? lastJudgingRound(judging);
  const frozen = frozenResults(contest);
  const results = frozen && judging.some((r) => r.id === frozen.roundId) ? frozen : latest ? await compute(db, contest, latest, contest.normalise, t) : null;
  const ranking: string[][] = [];
  for (const c of results?.categories ?? []) {
    for (const r of c.ranking) {
      // A chair's conflicted entry keeps its place; its totals (from the other judges' sheets) stay out.
      const shown = hidden.has(r.entryId) ? { total: null, rawTotal: null, normalisedTotal: null } : r;
      ranking.push([c.name, String(r.rank), r.number ?? '', r.title, r.entrantName, num(shown.total), num(shown.rawTotal), num(shown.normalisedTotal), String(r.judges), r.winner ? t('judging.export.yes') : t('judging.export.no'), r.tieBrokenBy ?? '']);
    }
  }
  const e = (k: string) => t(`judging.export.${k}`);
  const bytes = await writeWorkbook([
    {
      name: e('scoresSheet'),
      headings: ['round', 'entryNumber', 'title', 'judge', 'criterion', 'raw', 'normalised', 'abstain', 'comment', 'updatedAt'].map(e),
      rows,
      numberColumns: [5, 6],
      textColumns: [1],
    },
    {
      name: e('rankingSheet'),
      headings: ['category', 'rank', 'entryNumber', 'title', 'entrant', 'total', 'rawTotal', 'normalisedTotal', 'judges', 'winner', 'tieBrokenBy'].map(e),
      rows: ranking,
      numberColumns: [1, 5, 6, 7, 8],
      textColumns: [2],
    },
  ]);
  return { bytes, fileName: t('judging.export.fileName', { slug: contest.slug }) };
}

/** GET /api/contests/{id}/score-audit: every change of a score sheet in the contest, newest first, with the judge's name. */
export async function scoreAudit(db: Db, actor: Actor, contestId: string): Promise<ScoreAudit> {
  const contest = await contestInRegion(db, actor, contestId);
  const [entries, rounds] = await Promise.all([
    db.select({ id: contestEntries.id, number: contestEntries.number, title: contestEntries.title }).from(contestEntries).where(eq(contestEntries.contestId, contest.id)).orderBy(asc(contestEntries.number)),
    roundsOf(db, contest.id),
  ]);
  const readable = await readableRounds(db, actor, contest, judgingRounds(rounds));
  const hidden = await hiddenEntries(db, actor, contest);
  const visible = entries.filter((e) => !hidden.has(e.id));
  if (!visible.length || !readable.length) return { items: [] };
  const rows = await db
    .select()
    .from(auditLog)
    .where(
      and(
        eq(auditLog.regionId, contest.regionId),
        eq(auditLog.action, 'judging.score'),
        eq(auditLog.entity, 'contest_entry'),
        inArray(auditLog.entityId, visible.map((e) => e.id)),
        // Only the rounds the actor reads (a chair's own): the audit holds every judge's scores.
        inArray(sql<string>`${auditLog.after} ->> 'roundId'`, readable.map((r) => r.id)),
      ),
    )
    .orderBy(desc(auditLog.at))
    .limit(5000);
  const entryById = new Map(visible.map((e) => [e.id, e]));
  const roundName = new Map(rounds.map((r) => [r.id, r.name]));
  return {
    items: rows.map((r) => {
      const entry = entryById.get(r.entityId ?? '');
      const roundId = (r.after as { roundId?: string } | null)?.roundId ?? '';
      return {
        at: r.at.toISOString(),
        judgeName: r.actorName ?? '',
        entryNumber: entry?.number ?? null,
        entryTitle: entry?.title ?? '',
        roundName: roundName.get(roundId) ?? '',
        action: r.action,
        before: r.before,
        after: r.after,
      };
    }),
  };
}
