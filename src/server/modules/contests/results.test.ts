import ExcelJS from 'exceljs';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Results, ScoreAudit } from '../../../domain/contracts/contests.js';
import { announcements, auditLog, contestRounds, contests, contestScores, mailMessages, notifications } from '../../db/schema.js';
import { pdfText } from '../../lib/pdf.js';
import { buildUser } from '../../test/factories.js';
import { expectError, signedIn } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { addJudge, contestWorld, fullSheet, sheetOf, type World } from './judging.test-support.js';

/*
 * Results through the API: the ranking per category with and without normalisation, the tie-break
 * note, publication (frozen, told to the entrants, announced), certificates, the Excel export read
 * back, and the score audit.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t?.close());

const titles = ['Karya Satu', 'Karya Dua', 'Karya Tiga', 'Karya Empat', 'Karya Lima'];

/**
 * A harsh judge scores entries 1–3 (40, 30, 20 on every criterion), a lenient one entries 4–5
 * (90, 70). Raw, the lenient judge's entries lead; normalised, each judge's best is on a par, and
 * the harsh judge's best (more clearly above their own mean) comes first. Entry 2 is a group's.
 */
async function judgedContest() {
  const w = await contestWorld(t, {
    normalise: true,
    entries: titles.map((title, i) => (i === 1 ? { title, kind: 'kelompok' as const, groupName: 'Kelompok Tani Maju', members: ['Ani Anggota', 'Budi Anggota'] } : { title })),
  });
  const harsh = await addJudge(t, w, 'Juri Keras');
  const lenient = await addJudge(t, w, 'Juri Lunak');
  const chair = await addJudge(t, w, 'Ketua Panel', { chair: true });
  expect((await w.admin.post(`/api/contests/${w.contest.id}/rounds/${w.rounds.desk.id}/assignment`)).statusCode).toBe(200);
  const put = async (client: typeof harsh.client, i: number, body: unknown) => {
    const res = await client.put(`/api/judging/${w.rounds.desk.id}/entries/${w.entries[i]!.id}/sheet`, body);
    expect(res.statusCode, res.body).toBe(200);
  };
  // The harsh judge first gives entry 1 a 35 on novelty, then revises it (the audit shows both).
  const draft = fullSheet(40);
  draft.scores[0]!.score = 35;
  await put(harsh.client, 0, draft);
  await put(harsh.client, 0, fullSheet(40));
  await put(harsh.client, 1, fullSheet(30));
  await put(harsh.client, 2, fullSheet(20));
  await put(lenient.client, 3, fullSheet(90));
  await put(lenient.client, 4, fullSheet(70));
  return { w, harsh, lenient, chair };
}

/** The desk round's results (the presentation round, last in the timeline, would be the default). */
const results = async (w: World, query = '') => {
  const res = await w.admin.get(`/api/contests/${w.contest.id}/results?roundId=${w.rounds.desk.id}${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Results;
};
const order = (r: Results) => r.categories[0]!.ranking.map((e) => e.title);

describe('results', () => {
  it('ranks by normalised scores so harsh and lenient judges weigh alike, and by raw means when asked', async () => {
    const { w, chair, harsh } = await judgedContest();
    const normalised = await results(w);
    expect(normalised).toMatchObject({ contestId: w.contest.id, roundId: w.rounds.desk.id, normalised: true, tieBreak: 'kriteria_berurutan', publishedAt: null });
    expect(order(normalised)).toEqual(['Karya Satu', 'Karya Empat', 'Karya Dua', 'Karya Lima', 'Karya Tiga']);
    const [first, second, third, fourth] = normalised.categories[0]!.ranking;
    // Pooled mean 50 and sd √680 ≈ 26.08; entry 1 is 1.22 sd above its judge's mean, entry 4 one sd above.
    expect(first).toMatchObject({ rank: 1, number: 'IGA-2026-001', entrantName: w.entries[0]!.entrant.name, rawTotal: 40, total: 81.94, normalisedTotal: 81.94, judges: 1, winner: true, tieBrokenBy: null });
    expect(second).toMatchObject({ rank: 2, total: 76.08, rawTotal: 90, winner: true });
    expect(third).toMatchObject({ rank: 3, title: 'Karya Dua', entrantName: 'Kelompok Tani Maju', total: 50, winner: true });
    expect(fourth).toMatchObject({ rank: 4, winner: false });
    expect(first!.criteria[0]).toEqual({ key: 'kebaruan', raw: 40, normalised: 81.94, judges: 1 });

    const raw = await results(w, '&normalised=false');
    expect(raw.normalised).toBe(false);
    expect(order(raw)).toEqual(['Karya Empat', 'Karya Lima', 'Karya Satu', 'Karya Dua', 'Karya Tiga']);
    expect(raw.categories[0]!.ranking.map((e) => e.total)).toEqual([90, 70, 40, 30, 20]);
    expect(raw.categories[0]!.ranking.every((e) => e.normalisedTotal === null)).toBe(true);

    // The chair reads the ranking too; a judge who does not chair may not.
    expect((await chair.client.get(`/api/contests/${w.contest.id}/results?roundId=${w.rounds.desk.id}`)).statusCode).toBe(200);
    expectError(await harsh.client.get(`/api/contests/${w.contest.id}/results?roundId=${w.rounds.desk.id}`), 403, 'FORBIDDEN');
    // Without a round named, the last judging round is read: the presentation, whose panel the chair does not sit on.
    expectError(await chair.client.get(`/api/contests/${w.contest.id}/results`), 404, 'NOT_FOUND');
    const presentation = (await w.admin.get(`/api/contests/${w.contest.id}/results`)).json() as Results;
    expect(presentation.roundId).toBe(w.rounds.presentation.id);
    expect(presentation.categories[0]!.ranking.every((e) => e.judges === 0 && !e.winner)).toBe(true);
  });

  it('breaks an equal total by the first criterion and says so', async () => {
    const w = await contestWorld(t, { entries: [{ title: 'Unggul Kebaruan' }, { title: 'Unggul Manfaat' }, { title: 'Tanpa Nilai' }] });
    const judge = await addJudge(t, w, 'Juri Tunggal');
    expect((await w.admin.post(`/api/contests/${w.contest.id}/rounds/${w.rounds.desk.id}/assignment`)).statusCode).toBe(200);
    // 30×0.80 + 25×0.60 = 39 = 30×0.60 + 25×0.84; the rest alike: equal totals of 61.5.
    const rest = { kewenangan_kolaborasi: 50, replikasi: 50, penguasaan: 50 };
    for (const [i, scores] of [
      [0, { kebaruan: 80, manfaat: 60, ...rest }],
      [1, { kebaruan: 60, manfaat: 84, ...rest }],
    ] as const) {
      const res = await judge.client.put(`/api/judging/${w.rounds.desk.id}/entries/${w.entries[i]!.id}/sheet`, sheetOf(scores));
      expect(res.statusCode, res.body).toBe(200);
    }
    const ranking = (await results(w)).categories[0]!.ranking;
    expect(ranking.map((e) => [e.title, e.rank, e.total, e.tieBrokenBy])).toEqual([
      ['Unggul Kebaruan', 1, 61.5, 'kriteria: Kebaruan'],
      ['Unggul Manfaat', 2, 61.5, 'kriteria: Kebaruan'],
      ['Tanpa Nilai', 3, 0, null],
    ]);
    expect(ranking[2]).toMatchObject({ judges: 0, winner: false });
  });

  it('publishes once: freezes the ranking, finishes the contest, tells every passed entrant and announces the winners', async () => {
    const { w, chair, harsh } = await judgedContest();
    const round = w.rounds.desk.id;
    expectError(await harsh.client.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: round, normalised: true }), 403, 'FORBIDDEN');
    const res = await chair.client.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: round, normalised: true });
    expect(res.statusCode, res.body).toBe(200);
    const published = res.json() as Results;
    expect(published.publishedAt).not.toBeNull();
    expect(order(published)).toEqual(['Karya Satu', 'Karya Empat', 'Karya Dua', 'Karya Lima', 'Karya Tiga']);

    const [stored] = await t.db.select().from(contests).where(eq(contests.id, w.contest.id));
    expect(stored).toMatchObject({ status: 'selesai' });
    expect(stored!.resultsPublishedAt?.toISOString()).toBe(published.publishedAt);
    expect(stored!.results).toEqual(published);
    expect((await results(w)).publishedAt).toBe(published.publishedAt);

    // A second publication is refused and changes nothing.
    expectError(await w.admin.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: round, normalised: false }), 409, 'CONFLICT');
    const [still] = await t.db.select().from(contests).where(eq(contests.id, w.contest.id));
    expect(still!.results).toEqual(published);
    // Scores are final once the results are out.
    expectError(await harsh.client.put(`/api/judging/${round}/entries/${w.entries[0]!.id}/sheet`, fullSheet(99)), 409, 'CONFLICT');

    const entrants = w.entries.map((e) => e.entrant.id);
    const told = await t.db.select().from(notifications).where(inArray(notifications.userId, entrants));
    expect(told.map((n) => n.kind)).toEqual(entrants.map(() => 'judging.results'));
    const winner = await signedIn(t, w.entries[0]!.entrant);
    const list = await winner.get('/api/notifications');
    expect(list.statusCode, list.body).toBe(200);
    expect(list.json().items[0].text).toContain(`Hasil ${w.contest.name} telah diumumkan`);
    // Mailed after the answer, one entrant after the other.
    const mails = await vi.waitFor(async () => {
      const sent = await t.db.select().from(mailMessages).where(eq(mailMessages.regionId, w.region.id));
      expect(sent.filter((m) => m.subject.startsWith('Hasil '))).toHaveLength(5);
      return sent;
    });
    const toWinner = mails.find((m) => m.to === w.entries[0]!.entrant.email)!;
    expect(toWinner.subject).toBe(`Hasil ${w.contest.name} telah diumumkan`);
    expect(toWinner.text).toContain('meraih Juara 1 kategori Umum');
    expect(toWinner.text).toContain(`/lomba-saya/${w.entries[0]!.id}`);
    expect(mails.find((m) => m.to === w.entries[4]!.entrant.email)!.text).toContain('Terima kasih atas keikutsertaan karya Anda "Karya Lima"');

    const [news] = await t.db.select().from(announcements).where(eq(announcements.regionId, w.region.id));
    expect(news).toMatchObject({ kind: 'berita', title: `Pemenang ${w.contest.name}` });
    expect(news!.publishedAt).toBeInstanceOf(Date);
    expect(news!.body).toContain('Juara 1: Karya Satu');
    expect(news!.body).toContain('Juara 3: Karya Dua (Kelompok Tani Maju)');
    expect(news!.body).not.toContain('Karya Lima');

    const [audited] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'judging.results.publish'), eq(auditLog.entityId, w.contest.id)));
    expect(audited!.after).toMatchObject({ status: 'selesai', roundId: round, normalised: true });
    expect((audited!.after as { winners: unknown[] }).winners).toHaveLength(3);
  });

  it('publishes all or nothing: when the winners cannot be announced, nothing is frozen or told, and a retry succeeds', async () => {
    const { w, chair } = await judgedContest();
    const round = w.rounds.desk.id;
    // A real failure in the database (not a mock): announcements of this region are refused.
    await t.db.execute(
      sql.raw(`create or replace function refuse_announcement() returns trigger language plpgsql as $$ begin
        if new.region_id = '${w.region.id}' then raise exception 'announcements are down'; end if; return new; end $$`),
    );
    await t.db.execute(sql.raw('create trigger refuse_announcement before insert on announcements for each row execute function refuse_announcement()'));
    try {
      expect((await chair.client.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: round, normalised: true })).statusCode).toBe(500);
    } finally {
      await t.db.execute(sql.raw('drop trigger refuse_announcement on announcements'));
    }
    const [untouched] = await t.db.select().from(contests).where(eq(contests.id, w.contest.id));
    expect(untouched).toMatchObject({ resultsPublishedAt: null, results: null });
    expect(untouched!.status).not.toBe('selesai');
    expect(await t.db.select().from(notifications).where(inArray(notifications.userId, w.entries.map((e) => e.entrant.id)))).toEqual([]);

    expect((await chair.client.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: round, normalised: true })).statusCode).toBe(200);
    const news = await t.db.select().from(announcements).where(eq(announcements.regionId, w.region.id));
    expect(news).toHaveLength(1);
    expect(news[0]!.publishedAt).toBeInstanceOf(Date);
  });

  it('keeps a desk chair from publishing over a presentation round already being scored; the admin may', async () => {
    const { w, chair } = await judgedContest();
    const presentation = w.rounds.presentation.id;
    await t.db.update(contestRounds).set({ opensAt: new Date(Date.now() - 1000) }).where(eq(contestRounds.id, presentation));
    const presenter = await addJudge(t, w, 'Juri Presentasi', { roundId: presentation });
    expect((await w.admin.post(`/api/contests/${w.contest.id}/rounds/${presentation}/assignment`)).statusCode).toBe(200);
    const scored = await presenter.client.put(`/api/judging/${presentation}/entries/${w.entries[0]!.id}/sheet`, fullSheet(60));
    expect(scored.statusCode, scored.body).toBe(200);
    const refused = expectError(await chair.client.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: w.rounds.desk.id, normalised: true }), 403, 'FORBIDDEN');
    expect(refused.message).toContain(`Babak ${w.rounds.presentation.name} sudah berjalan`);
    expect((await w.admin.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: w.rounds.desk.id, normalised: true })).statusCode).toBe(200);
  });

  it('makes certificates after publication: "Juara" for a winner, "Peserta" for the rest, none for an entry that did not pass', async () => {
    const { w, chair } = await judgedContest();
    const url = (id: string) => `/api/contest-entries/${id}/certificate.pdf`;
    const winner = await signedIn(t, w.entries[0]!.entrant);
    expectError(await winner.get(url(w.entries[0]!.id)), 409, 'CONFLICT');
    expect((await chair.client.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: w.rounds.desk.id, normalised: true })).statusCode).toBe(200);

    const pdf = await winner.get(url(w.entries[0]!.id));
    expect(pdf.statusCode, pdf.body).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toContain('sertifikat-IGA-2026-001.pdf');
    const text = pdfText(pdf.rawPayload);
    for (const part of ['SERTIFIKAT', w.entries[0]!.entrant.name, 'JUARA 1', 'Kategori Umum', '"Karya Satu"', w.contest.name, 'Dr. Sri Penandatangan', 'Kepala Bapperida Uji', w.region.bodyName.toUpperCase()]) {
      expect(text).toContain(part);
    }
    expect(text).toMatch(/\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) 20\d\d/);

    // The group's certificate (third place) names the group and its members.
    const group = await signedIn(t, w.entries[1]!.entrant);
    const groupText = pdfText((await group.get(url(w.entries[1]!.id))).rawPayload);
    expect(groupText).toContain('Kelompok Tani Maju');
    expect(groupText).toContain('Ani Anggota, Budi Anggota');
    expect(groupText).toContain('JUARA 3');

    // Fourth place (Karya Lima): a participant's certificate, downloaded by the admin.
    const participant = await w.admin.get(url(w.entries[4]!.id));
    expect(participant.statusCode).toBe(200);
    const participantText = pdfText(participant.rawPayload);
    expect(participantText).toContain('PESERTA');
    expect(participantText).not.toContain('JUARA');

    // Someone else's entry, or an entry that did not pass: none.
    expectError(await winner.get(url(w.entries[1]!.id)), 404, 'NOT_FOUND');
    const failed = await contestWorld(t, { failed: 1, entries: [{ title: 'Lolos Saja' }] });
    const loser = await signedIn(t, failed.failed[0]!.entrant);
    expectError(await loser.get(url(failed.failed[0]!.id)), 404, 'NOT_FOUND');
    const stranger = await signedIn(t, await buildUser(t.db, { regionId: w.region.id, roles: ['masyarakat'] }));
    expectError(await stranger.get(url(w.entries[0]!.id)), 404, 'NOT_FOUND');
  });

  it('exports every score and the ranking to Excel, and keeps a conflicted chair’s entries out of their copy', async () => {
    const { w, chair } = await judgedContest();
    const res = await w.admin.get(`/api/contests/${w.contest.id}/scores.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = await workbook(res.rawPayload);
    expect(book.names).toEqual(['Nilai', 'Peringkat']);
    const scores = book.rows('Nilai');
    expect(scores[0]).toEqual(['Babak', 'Nomor', 'Judul', 'Juri', 'Kriteria', 'Nilai', 'Nilai ternormalisasi', 'Abstain', 'Komentar', 'Diperbarui']);
    expect(scores).toHaveLength(1 + 5 * 5);
    const first = scores.find((r) => r[1] === 'IGA-2026-001' && r[4] === 'Kebaruan')!;
    expect(first.slice(0, 9)).toEqual(['Penilaian berkas', 'IGA-2026-001', 'Karya Satu', 'Juri Keras', 'Kebaruan', '40', '81.94', 'Tidak', '']);
    expect(first[9]).toMatch(/^20\d\d-\d\d-\d\d \d\d:\d\d$/);
    expect(scores.find((r) => r[1] === 'IGA-2026-001' && r[4] === 'Kemanfaatan')![8]).toBe('Catatan untuk Kemanfaatan');
    const ranking = book.rows('Peringkat');
    expect(ranking[0]).toEqual(['Kategori', 'Peringkat', 'Nomor', 'Judul', 'Peserta', 'Total', 'Total nilai mentah', 'Total ternormalisasi', 'Jumlah juri', 'Pemenang', 'Penentu seri']);
    expect(ranking.slice(1).map((r) => [r[1], r[3], r[9]])).toEqual([
      ['1', 'Karya Satu', 'Ya'],
      ['2', 'Karya Empat', 'Ya'],
      ['3', 'Karya Dua', 'Ya'],
      ['4', 'Karya Lima', 'Tidak'],
      ['5', 'Karya Tiga', 'Tidak'],
    ]);

    // The chair declared a conflict on entry 3: its rows are not in the chair's copy.
    expect((await chair.client.post(`/api/judging/${w.rounds.desk.id}/conflicts`, { entryId: w.entries[2]!.id, type: 'keluarga', note: null })).statusCode).toBe(200);
    const chairBook = await workbook((await chair.client.get(`/api/contests/${w.contest.id}/scores.xlsx`)).rawPayload);
    expect(chairBook.rows('Nilai').slice(1).some((r) => r[2] === 'Karya Tiga')).toBe(false);
    expect(chairBook.rows('Nilai')).toHaveLength(1 + 4 * 5);
  });

  it('lists every revision of a score with before and after in the score audit', async () => {
    const { w, chair, harsh } = await judgedContest();
    const res = await w.admin.get(`/api/contests/${w.contest.id}/score-audit`);
    expect(res.statusCode, res.body).toBe(200);
    const audit = res.json() as ScoreAudit;
    expect(audit.items).toHaveLength(6);
    const revisions = audit.items.filter((i) => i.entryNumber === 'IGA-2026-001');
    expect(revisions).toHaveLength(2);
    // Newest first: the revision from 35 to 40 on novelty.
    expect(revisions[0]).toMatchObject({ judgeName: 'Juri Keras', entryTitle: 'Karya Satu', roundName: 'Penilaian berkas', action: 'judging.score' });
    expect(revisions[0]!.before).toEqual({ roundId: w.rounds.desk.id, scores: { kebaruan: { criterion: 'kebaruan', score: 35, abstain: false, comment: null } } });
    expect(revisions[0]!.after).toEqual({ roundId: w.rounds.desk.id, scores: { kebaruan: { criterion: 'kebaruan', score: 40, abstain: false, comment: null } } });
    expect((revisions[1]!.before as { scores: Record<string, unknown> }).scores).toEqual({ kebaruan: null, manfaat: null, kewenangan_kolaborasi: null, replikasi: null, penguasaan: null });

    expect((await chair.client.get(`/api/contests/${w.contest.id}/score-audit`)).statusCode).toBe(200);
    expectError(await harsh.client.get(`/api/contests/${w.contest.id}/score-audit`), 403, 'FORBIDDEN');
    expectError(await harsh.client.get(`/api/contests/${w.contest.id}/scores.xlsx`), 403, 'FORBIDDEN');
  });
});

describe('what a chair reads of the scores', () => {
  it('gives a judge who chairs another round none of this round’s scores: not in the export, not in the score audit', async () => {
    const { w, harsh } = await judgedContest();
    // The harsh judge is a plain member of the desk panel and chairs the presentation round.
    const seated = await w.admin.post(`/api/contests/${w.contest.id}/rounds/${w.rounds.presentation.id}/panel`, { name: harsh.name, email: harsh.email, chair: true });
    expect(seated.statusCode, seated.body).toBe(200);
    const res = await harsh.client.get(`/api/contests/${w.contest.id}/scores.xlsx`);
    expect(res.statusCode, res.body).toBe(200);
    const book = await workbook(res.rawPayload);
    expect(book.rows('Nilai')).toHaveLength(1);
    // The ranking sheet is the presentation round's (nobody scored there yet), not the desk round's.
    expect(book.rows('Peringkat').slice(1).every((r) => r[8] === '0')).toBe(true);
    const audit = await harsh.client.get(`/api/contests/${w.contest.id}/score-audit`);
    expect(audit.statusCode, audit.body).toBe(200);
    expect((audit.json() as ScoreAudit).items).toEqual([]);
    expectError(await harsh.client.get(`/api/contests/${w.contest.id}/results?roundId=${w.rounds.desk.id}`), 403, 'FORBIDDEN');
    // The admin still reads all of it.
    expect((await w.admin.get(`/api/contests/${w.contest.id}/score-audit`)).json().items).toHaveLength(6);
  });

  it('keeps the breakdown of an entry the chair is conflicted on out of the chair’s ranking, and its totals out of their export', async () => {
    const { w, chair } = await judgedContest();
    expect((await chair.client.post(`/api/judging/${w.rounds.desk.id}/conflicts`, { entryId: w.entries[2]!.id, type: 'keluarga', note: null })).statusCode).toBe(200);
    const mine = (await chair.client.get(`/api/contests/${w.contest.id}/results?roundId=${w.rounds.desk.id}`)).json() as Results;
    const row = (r: Results, title: string) => r.categories[0]!.ranking.find((e) => e.title === title)!;
    expect(row(mine, 'Karya Tiga')).toMatchObject({ rank: 5, total: null, rawTotal: null, normalisedTotal: null, criteria: [] });
    expect(row(mine, 'Karya Satu').total).toEqual(expect.any(Number));
    expect(row(mine, 'Karya Satu').criteria).toHaveLength(5);
    expect(row(await results(w), 'Karya Tiga').criteria).toHaveLength(5);
    const ranking = (await workbook((await chair.client.get(`/api/contests/${w.contest.id}/scores.xlsx`)).rawPayload)).rows('Peringkat');
    expect(ranking.find((r) => r[3] === 'Karya Tiga')!.slice(5, 8)).toEqual(['', '', '']);
    expect(ranking.find((r) => r[3] === 'Karya Satu')![5]).not.toBe('');
    // Published by that chair: the answer is redacted the same way, the frozen ranking is whole.
    const published = await chair.client.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: w.rounds.desk.id, normalised: true });
    expect(published.statusCode, published.body).toBe(200);
    expect(row(published.json() as Results, 'Karya Tiga')).toMatchObject({ total: null, criteria: [] });
    const [stored] = await t.db.select().from(contests).where(eq(contests.id, w.contest.id));
    expect(row(stored!.results as Results, 'Karya Tiga').criteria).toHaveLength(5);
    expect(row(stored!.results as Results, 'Karya Tiga').total).toEqual(expect.any(Number));
    // Read again after publication (the frozen ranking): still redacted for that chair.
    const again = (await chair.client.get(`/api/contests/${w.contest.id}/results?roundId=${w.rounds.desk.id}&normalised=true`)).json() as Results;
    expect(row(again, 'Karya Tiga')).toMatchObject({ total: null, rawTotal: null, criteria: [] });
  });

  it('marks the results news as mailed, so the daily digest does not send it again', async () => {
    const { w } = await judgedContest();
    expect((await w.admin.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: w.rounds.desk.id, normalised: true })).statusCode).toBe(200);
    await vi.waitFor(async () => {
      const told = await t.db.select().from(notifications).where(inArray(notifications.userId, w.entries.map((e) => e.entrant.id)));
      expect(told).toHaveLength(5);
      expect(told.every((n) => n.kind === 'judging.results' && n.emailedAt instanceof Date)).toBe(true);
    });
  });
});

describe('a sheet saved while the results are published', () => {
  it('is either in the frozen ranking or refused, never saved beside it', async () => {
    const { w, harsh } = await judgedContest();
    const round = w.rounds.desk.id;
    const entry = w.entries[0]!.id;
    const saves = [41, 42, 43, 44, 45].map((score) => harsh.client.put(`/api/judging/${round}/entries/${entry}/sheet`, sheetOf({ kebaruan: score })));
    const [published, ...saved] = await Promise.all([w.admin.post(`/api/contests/${w.contest.id}/results/publish`, { roundId: round, normalised: false }), ...saves]);
    expect(published.statusCode, published.body).toBe(200);
    expect(saved.every((r) => r.statusCode === 200 || r.statusCode === 409)).toBe(true);
    const [stored] = await t.db
      .select()
      .from(contestScores)
      .where(and(eq(contestScores.roundId, round), eq(contestScores.entryId, entry), eq(contestScores.userId, harsh.id), eq(contestScores.criterion, 'kebaruan')));
    const frozen = (published.json() as Results).categories[0]!.ranking.find((r) => r.entryId === entry)!;
    expect(frozen.criteria.find((c) => c.key === 'kebaruan')!.raw).toBe(stored!.score);
  });
});

async function workbook(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const out: string[][] = [];
    book.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    return out;
  };
  return { names: book.worksheets.map((s) => s.name), rows };
}
