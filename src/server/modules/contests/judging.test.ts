import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { JudgeEntry, JudgeRound, JudgeRounds, Panel } from '../../../domain/contracts/contests.js';
import { auditLog, contestAssignments, contestConflicts, contestRounds, contestScores, userRoles, users } from '../../db/schema.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type SmtpCapture } from '../../test/smtp.js';
import { addJudge, contestWorld, fullSheet, igaCriteria, sheetOf, type World } from './judging.test-support.js';

/*
 * Panels, assignment and judging through the API (issue 7's API demands): a judge cannot read or
 * change another judge's scores, nor any entry they are conflicted on; scores cannot change after
 * the round closes. Mail goes through a real SMTP server.
 */

let t: TestApp;
let smtp: SmtpCapture;
beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url });
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const tokenIn = (text: string) => /\/atur-sandi\?token=([\w-]+)/.exec(text)?.[1];
const panelUrl = (w: World, roundId = w.rounds.desk.id) => `/api/contests/${w.contest.id}/rounds/${roundId}/panel`;
const assign = async (w: World, roundId = w.rounds.desk.id) => {
  const res = await w.admin.post(`/api/contests/${w.contest.id}/rounds/${roundId}/assignment`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Panel;
};
const sheetUrl = (roundId: string, entryId: string) => `/api/judging/${roundId}/entries/${entryId}/sheet`;
const storedLines = (roundId: string, entryId: string, userId: string) =>
  t.db
    .select({ criterion: contestScores.criterion, score: contestScores.score, abstain: contestScores.abstain, comment: contestScores.comment })
    .from(contestScores)
    .where(and(eq(contestScores.roundId, roundId), eq(contestScores.entryId, entryId), eq(contestScores.userId, userId)));

describe('panels', () => {
  it('invites a new address as a juri account with a set-password mail and a mail naming the contest and round', async () => {
    const w = await contestWorld(t);
    const sent = smtp.messages.length;
    const email = `juri-baru-${Date.now()}@uji.test`;
    const res = await w.admin.post(panelUrl(w), { name: 'Prof. Juri Baru', email: email.toUpperCase(), chair: true });
    expect(res.statusCode, res.body).toBe(200);
    const panel = res.json() as Panel;
    expect(panel.members).toEqual([expect.objectContaining({ name: 'Prof. Juri Baru', email, chair: true, progress: { assigned: 0, scored: 0 }, conflicts: 0 })]);
    expect(panel.round).toMatchObject({ id: w.rounds.desk.id, kind: 'penjurian', state: 'buka' });
    expect(panel.entries).toBe(3);

    const [account] = await t.db.select().from(users).where(eq(users.email, email));
    expect(account).toMatchObject({ regionId: w.region.id, passwordHash: null, active: true });
    expect((await t.db.select().from(userRoles).where(eq(userRoles.userId, account!.id))).map((r) => r.role)).toEqual(['juri']);

    const mails = (await smtp.waitFor(sent + 2)).slice(sent).filter((m) => m.to && JSON.stringify(m.to).includes(email));
    expect(mails).toHaveLength(2);
    const invitation = mails.find((m) => tokenIn(m.text ?? ''))!;
    const judging = mails.find((m) => m !== invitation)!;
    expect(judging.subject).toBe(`Undangan menjadi juri ${w.contest.name}`);
    expect(judging.text).toContain('Yth. Prof. Juri Baru');
    expect(judging.text).toContain(`juri ${w.contest.name} pada babak Penilaian berkas`);
    expect(judging.text).toContain('sebagai ketua panel');
    expect(judging.text).toMatch(/\d{1,2} \w+ 20\d\d pukul \d\d\.\d\d WIB sampai/);
    expect(judging.text).toContain(`${t.env.publicUrl}/penjurian/${w.rounds.desk.id}`);

    // The invitation link sets a password; the judge then sees the round.
    expect((await t.client().post('/api/auth/set-password', { token: tokenIn(invitation.text!), password: 'sandi-juri-baru-1' })).statusCode).toBe(200);
    const judge = t.client();
    expect((await judge.signIn(email, 'sandi-juri-baru-1')).statusCode).toBe(200);
    const rounds = (await judge.get('/api/judging')).json() as JudgeRounds;
    expect(rounds.items).toEqual([expect.objectContaining({ contestId: w.contest.id, contestName: w.contest.name, chair: true, progress: { assigned: 0, scored: 0 }, zone: 'Asia/Jakarta' })]);

    const [entry] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'judging.panel.invite'), eq(auditLog.entityId, w.contest.id)));
    expect(entry!.after).toMatchObject({ roundId: w.rounds.desk.id, userId: account!.id, chair: true, newAccount: true });
  });

  it('gives an existing account of the region the juri role, keeps one chair per panel, and refuses another region’s address', async () => {
    const w = await contestWorld(t);
    const citizen = await buildUser(t.db, { regionId: w.region.id, roles: ['masyarakat'], name: 'Warga Jadi Juri' });
    const first = await w.admin.post(panelUrl(w), { name: 'diabaikan', email: citizen.email, chair: true });
    expect(first.statusCode, first.body).toBe(200);
    expect((await t.db.select().from(userRoles).where(eq(userRoles.userId, citizen.id))).map((r) => r.role).sort()).toEqual(['juri', 'masyarakat']);
    // The account keeps its own name.
    expect((first.json() as Panel).members[0]).toMatchObject({ userId: citizen.id, name: 'Warga Jadi Juri', chair: true });

    const second = await addJudge(t, w, 'Juri Kedua', { chair: true });
    const panel = (await w.admin.get(panelUrl(w))).json() as Panel;
    expect(panel.members.filter((m) => m.chair).map((m) => m.userId)).toEqual([second.id]);

    const other = await buildRegion(t.db);
    const stranger = await buildUser(t.db, { regionId: other.id, roles: ['masyarakat'] });
    const refused = expectError(await w.admin.post(panelUrl(w), { name: 'Orang Lain', email: stranger.email, chair: false }), 409, 'CONFLICT');
    expect(fieldsOf(refused).email).toBe('Alamat surel ini sudah dipakai akun di daerah lain.');

    // Only the admin invites; the chair reads the panel, a plain judge may not.
    expectError(await second.client.post(panelUrl(w), { name: 'Titipan', email: 'titipan@uji.test', chair: false }), 403, 'FORBIDDEN');
    const chairs = await second.client.get(panelUrl(w));
    expect(chairs.statusCode).toBe(200);
    // The chair reads who sits on the panel, not their e-mail addresses (the admin does).
    expect((chairs.json() as Panel).members.map((m) => m.email)).toEqual(['', '']);
    expect(panel.members.map((m) => m.email).sort()).toEqual([citizen.email, second.email].sort());
    const plain = await signedIn(t, citizen);
    expectError(await plain.get(panelUrl(w)), 403, 'FORBIDDEN');
    // A round that is not a judging round has no panel.
    expectError(await w.admin.get(panelUrl(w, w.rounds.registration.id)), 404, 'NOT_FOUND');
  });

  it('removes a judge without scores, and refuses one who has scored', async () => {
    const w = await contestWorld(t);
    const a = await addJudge(t, w, 'Juri Satu');
    const b = await addJudge(t, w, 'Juri Dua');
    await assign(w);
    expect((await a.client.put(sheetUrl(w.rounds.desk.id, w.entries[0]!.id), sheetOf({ kebaruan: 70 }))).statusCode).toBe(200);
    const refused = expectError(await w.admin.delete(`${panelUrl(w)}/${a.id}`), 409, 'CONFLICT');
    expect(refused.message).toContain('sudah memberi nilai');
    const removed = await w.admin.delete(`${panelUrl(w)}/${b.id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    expect((removed.json() as Panel).members.map((m) => m.userId)).toEqual([a.id]);
    expect(await t.db.select().from(contestAssignments).where(eq(contestAssignments.userId, b.id))).toHaveLength(0);
    expectError(await b.client.get(`/api/judging/${w.rounds.desk.id}`), 404, 'NOT_FOUND');
  });
});

describe('assignment', () => {
  it('spreads entries with the minimum of judges, never to a conflicted judge, and reports what stays short', async () => {
    const w = await contestWorld(t, { mode: 'sebar', minPerEntry: 2, entries: [{ title: 'Karya A' }, { title: 'Karya B' }, { title: 'Karya C' }, { title: 'Karya D' }] });
    const [j1, j2, j3] = [await addJudge(t, w, 'Juri A'), await addJudge(t, w, 'Juri B'), await addJudge(t, w, 'Juri C')];
    // A conflict before the run: the run must route around it.
    expect((await j1.client.post(`/api/judging/${w.rounds.desk.id}/conflicts`, { entryId: w.entries[0]!.id, type: 'keluarga', note: null })).statusCode).toBe(200);

    const panel = await assign(w);
    expect(panel).toMatchObject({ mode: 'sebar', minPerEntry: 2, entries: 4, assignments: 8, short: [] });
    const pairs = await t.db.select().from(contestAssignments).where(eq(contestAssignments.roundId, w.rounds.desk.id));
    expect(pairs).toHaveLength(8);
    for (const e of w.entries) expect(pairs.filter((p) => p.entryId === e.id)).toHaveLength(2);
    expect(pairs.some((p) => p.entryId === w.entries[0]!.id && p.userId === j1.id)).toBe(false);
    const loads = [j1, j2, j3].map((j) => pairs.filter((p) => p.userId === j.id).length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);

    // A second judge conflicted on entry A: only one judge is left free for it.
    const second = pairs.find((p) => p.entryId === w.entries[0]!.id && p.userId === j2.id) ? j2 : j3;
    expect((await second.client.post(`/api/judging/${w.rounds.desk.id}/conflicts`, { entryId: w.entries[0]!.id, type: 'satu_unit', note: null })).statusCode).toBe(200);
    const again = await assign(w);
    expect(again.short).toEqual([{ entryId: w.entries[0]!.id, number: w.entries[0]!.number, title: 'Karya A', assigned: 1, wanted: 2 }]);
    const after = await t.db.select().from(contestAssignments).where(eq(contestAssignments.roundId, w.rounds.desk.id));
    expect(after.filter((p) => p.entryId === w.entries[0]!.id).map((p) => p.userId)).toEqual([[j1, j2, j3].find((j) => j !== second && j !== j1)!.id]);
    // Existing pairs are kept: nothing assigned earlier (and still valid) moved.
    for (const p of pairs.filter((p) => p.entryId !== w.entries[0]!.id)) expect(after.some((a) => a.entryId === p.entryId && a.userId === p.userId)).toBe(true);

    const [audited] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'judging.assign'), eq(auditLog.entityId, w.contest.id)));
    expect(audited!.after).toMatchObject({ roundId: w.rounds.desk.id, added: 8, removed: 0, total: 8, entries: 4, judges: 3 });
  });

  it('gives every free judge every entry in `semua` mode, and only passed entries', async () => {
    const w = await contestWorld(t, { mode: 'semua', failed: 1 });
    const judges = [await addJudge(t, w, 'Juri P'), await addJudge(t, w, 'Juri Q')];
    const panel = await assign(w);
    expect(panel).toMatchObject({ entries: 3, assignments: 6, short: [] });
    expect(panel.members.map((m) => m.progress)).toEqual([
      { assigned: 3, scored: 0 },
      { assigned: 3, scored: 0 },
    ]);
    const round = (await judges[0]!.client.get(`/api/judging/${w.rounds.desk.id}`)).json() as JudgeRound;
    expect(round.entries.map((e) => e.entryId)).toEqual(w.entries.map((e) => e.id));
    expect(round.entries.every((e) => e.assigned && e.sheet === 'belum')).toBe(true);
    // The categories' names, so a judge reads "Umum" rather than a key.
    expect(round.categories).toEqual([{ key: 'umum', name: 'Umum' }]);
    expect(JSON.stringify(round)).not.toContain(w.failed[0]!.id);
  });
});

describe('judging', () => {
  async function panelOfThree(w: World) {
    const a = await addJudge(t, w, 'Juri Alfa');
    const b = await addJudge(t, w, 'Juri Beta');
    const chair = await addJudge(t, w, 'Ketua Gama', { chair: true });
    await assign(w);
    return { a, b, chair };
  }

  it('shows each judge only their own sheet; PUT writes only the caller’s lines; the scores of others are for the chair only', async () => {
    const w = await contestWorld(t);
    const { a, b, chair } = await panelOfThree(w);
    const round = w.rounds.desk.id;
    const entry = w.entries[0]!.id;
    const secret = { scores: [{ criterion: 'kebaruan', score: 91, abstain: false, comment: 'Catatan rahasia Alfa' }, { criterion: 'manfaat', score: 77, abstain: false, comment: 'Manfaat rahasia Alfa' }] };
    const saved = await a.client.put(sheetUrl(round, entry), secret);
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as JudgeEntry).sheet).toEqual(secret.scores);

    // B sees the entry with an empty sheet of their own; nothing of A's anywhere B can read.
    const seen = await b.client.get(`/api/judging/${round}/entries/${entry}`);
    expect(seen.statusCode).toBe(200);
    expect((seen.json() as JudgeEntry).sheet).toEqual([]);
    for (const url of [`/api/judging/${round}/entries/${entry}`, `/api/judging/${round}`, '/api/judging']) {
      const body = (await b.client.get(url)).body;
      expect(body, url).not.toContain('rahasia Alfa');
      expect(body, url).not.toContain('"score":91');
    }
    expectError(await b.client.get(`/api/judging/${round}/entries/${entry}/scores`), 403, 'FORBIDDEN');
    expectError(await a.client.get(`/api/judging/${round}/entries/${entry}/scores`), 403, 'FORBIDDEN');

    // B's PUT on the same entry changes B's lines and nothing of A's.
    expect((await b.client.put(sheetUrl(round, entry), { scores: [{ criterion: 'kebaruan', score: 10, abstain: false, comment: null }] })).statusCode).toBe(200);
    expect(await storedLines(round, entry, a.id)).toEqual(
      expect.arrayContaining([
        { criterion: 'kebaruan', score: 91, abstain: false, comment: 'Catatan rahasia Alfa' },
        { criterion: 'manfaat', score: 77, abstain: false, comment: 'Manfaat rahasia Alfa' },
      ]),
    );
    expect(await storedLines(round, entry, b.id)).toEqual([{ criterion: 'kebaruan', score: 10, abstain: false, comment: null }]);
    // The body has no field that names a judge: an attempt to smuggle one in is refused.
    const smuggled = await b.client.put(sheetUrl(round, entry), { scores: [], userId: a.id });
    expectError(smuggled, 400, 'VALIDATION_FAILED');

    // The chair sees every judge's sheet on the entry.
    const all = await chair.client.get(`/api/judging/${round}/entries/${entry}/scores`);
    expect(all.statusCode, all.body).toBe(200);
    expect(all.json().items).toEqual([
      { judgeName: 'Juri Alfa', sheet: secret.scores },
      { judgeName: 'Juri Beta', sheet: [{ criterion: 'kebaruan', score: 10, abstain: false, comment: null }] },
      { judgeName: 'Ketua Gama', sheet: [] },
    ]);
    // … and everyone's progress, never their scores.
    const chairRound = (await chair.client.get(`/api/judging/${round}`)).json() as JudgeRound;
    expect(chairRound.team?.map((m) => [m.name, m.progress])).toEqual([
      ['Juri Alfa', { assigned: 3, scored: 0 }],
      ['Juri Beta', { assigned: 3, scored: 0 }],
      ['Ketua Gama', { assigned: 3, scored: 0 }],
    ]);
    expect((await a.client.get(`/api/judging/${round}`)).json().team).toBeNull();

    // Every change is audited with before and after of the lines that changed.
    expect((await a.client.put(sheetUrl(round, entry), { scores: [{ criterion: 'kebaruan', score: 85, abstain: false, comment: 'Catatan rahasia Alfa' }, secret.scores[1]] })).statusCode).toBe(200);
    const rows = (await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'judging.score'), eq(auditLog.entityId, entry), eq(auditLog.actorId, a.id)))).sort((x, y) => x.at.getTime() - y.at.getTime());
    expect(rows).toHaveLength(2);
    expect(rows[1]!.before).toEqual({ roundId: round, scores: { kebaruan: { criterion: 'kebaruan', score: 91, abstain: false, comment: 'Catatan rahasia Alfa' } } });
    expect(rows[1]!.after).toEqual({ roundId: round, scores: { kebaruan: { criterion: 'kebaruan', score: 85, abstain: false, comment: 'Catatan rahasia Alfa' } } });
  });

  it('hides an entry a judge is conflicted on (entry, sheet and scores, the chair included) and drops their scores on it', async () => {
    const w = await contestWorld(t);
    const { a, chair } = await panelOfThree(w);
    const round = w.rounds.desk.id;
    const [e1, e2] = [w.entries[0]!.id, w.entries[1]!.id];
    expect((await a.client.put(sheetUrl(round, e2), fullSheet(60))).statusCode).toBe(200);

    const note = expectError(await a.client.post(`/api/judging/${round}/conflicts`, { entryId: e2, type: 'lainnya', note: '  ' }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(note).note).toBe('Tuliskan keterangannya.');
    const declared = await a.client.post(`/api/judging/${round}/conflicts`, { entryId: e2, type: 'kolaborator', note: 'Pernah satu tim' });
    expect(declared.statusCode, declared.body).toBe(200);
    const view = declared.json() as JudgeRound;
    expect(view.entries.find((e) => e.entryId === e2)).toMatchObject({ assigned: false, conflict: { type: 'kolaborator', note: 'Pernah satu tim' }, sheet: 'belum' });
    expect(view.progress).toEqual({ assigned: 2, scored: 0 });

    expectError(await a.client.get(`/api/judging/${round}/entries/${e2}`), 404, 'NOT_FOUND');
    expectError(await a.client.put(sheetUrl(round, e2), fullSheet(99)), 404, 'NOT_FOUND');
    expect(await storedLines(round, e2, a.id)).toEqual([]);
    expect(await t.db.select().from(contestConflicts).where(eq(contestConflicts.userId, a.id))).toHaveLength(1);
    const [audited] = await t.db.select().from(auditLog).where(and(eq(auditLog.action, 'judging.conflict'), eq(auditLog.entityId, e2)));
    expect(audited!.after).toEqual({ conflict: { type: 'kolaborator', note: 'Pernah satu tim' } });
    expect((audited!.before as { scores: unknown[] }).scores).toHaveLength(5);
    // Running the assignment again does not give it back.
    await assign(w);
    expectError(await a.client.get(`/api/judging/${round}/entries/${e2}`), 404, 'NOT_FOUND');

    // The chair, conflicted on e1, loses e1's content, sheet and everyone's scores on it.
    expect((await chair.client.get(`/api/judging/${round}/entries/${e1}/scores`)).statusCode).toBe(200);
    expect((await chair.client.post(`/api/judging/${round}/conflicts`, { entryId: e1, type: 'mundur', note: 'Mengundurkan diri' })).statusCode).toBe(200);
    expectError(await chair.client.get(`/api/judging/${round}/entries/${e1}/scores`), 404, 'NOT_FOUND');
    expectError(await chair.client.get(`/api/judging/${round}/entries/${e1}`), 404, 'NOT_FOUND');
    expectError(await chair.client.put(sheetUrl(round, e1), fullSheet(50)), 404, 'NOT_FOUND');
    // An entry that is not one of the contest's passed entries cannot be declared on.
    expectError(await a.client.post(`/api/judging/${round}/conflicts`, { entryId: '00000000-0000-4000-8000-000000000000', type: 'keluarga', note: null }), 404, 'NOT_FOUND');
  });

  it('checks scores against the rubric with Indonesian field errors: range, required comment, abstain', async () => {
    const w = await contestWorld(t);
    const { a } = await panelOfThree(w);
    const url = sheetUrl(w.rounds.desk.id, w.entries[0]!.id);
    const out = expectError(
      await a.client.put(url, {
        scores: [
          { criterion: 'kebaruan', score: 101, abstain: false, comment: null },
          { criterion: 'manfaat', score: 80, abstain: false, comment: null },
          { criterion: 'replikasi', score: 50, abstain: true, comment: null },
          { criterion: 'tidak_ada', score: 50, abstain: false, comment: null },
        ],
      }),
      400,
      'VALIDATION_FAILED',
    );
    const fields = fieldsOf(out);
    expect(Object.keys(fields).sort()).toEqual(['scores.0.score', 'scores.1.comment', 'scores.2.abstain', 'scores.3.criterion']);
    for (const message of Object.values(fields)) expect(message).not.toMatch(/^validation\./);
    expect(fields['scores.0.score']).toBe('Nilai harus antara 0 dan 100.');
    expect(fields['scores.1.comment']).toBe('Kriteria ini memerlukan komentar.');
    expect(fields['scores.2.abstain']).toBe('Isi nilai atau pilih abstain, tidak keduanya.');
    expect(await storedLines(w.rounds.desk.id, w.entries[0]!.id, a.id)).toEqual([]);

    // A negative score is refused by the contract itself.
    expectError(await a.client.put(url, { scores: [{ criterion: 'kebaruan', score: -1, abstain: false, comment: null }] }), 400, 'VALIDATION_FAILED');

    // An abstention counts as done; a partial sheet saves.
    const partial = await a.client.put(url, sheetOf({ kebaruan: 80, manfaat: 'abstain' }));
    expect(partial.statusCode, partial.body).toBe(200);
    expect((await a.client.get(`/api/judging/${w.rounds.desk.id}`)).json().entries[0].sheet).toBe('sebagian');
    const full = await a.client.put(url, sheetOf({ kebaruan: 80, manfaat: 'abstain', kewenangan_kolaborasi: 70, replikasi: 60, penguasaan: 90 }));
    expect(full.statusCode).toBe(200);
    expect((full.json() as JudgeEntry).sheet.find((l) => l.criterion === 'manfaat')).toEqual({ criterion: 'manfaat', score: null, abstain: true, comment: null });
    const round = (await a.client.get(`/api/judging/${w.rounds.desk.id}`)).json() as JudgeRound;
    expect(round.entries[0]!.sheet).toBe('selesai');
    expect(round.progress).toEqual({ assigned: 3, scored: 1 });
    expect(round.criteria.map((c) => c.weight)).toEqual([30, 25, 15, 20, 10]);
  });

  it('locks scores from the round’s close instant on, and refuses them before it opens', async () => {
    const w = await contestWorld(t);
    const { a, b } = await panelOfThree(w);
    const round = w.rounds.desk.id;
    const url = sheetUrl(round, w.entries[0]!.id);
    const closesAt = new Date(Date.now() + 1500);
    await t.db.update(contestRounds).set({ closesAt }).where(eq(contestRounds.id, round));
    const saved = await a.client.put(url, fullSheet(70));
    expect(saved.statusCode, saved.body).toBe(200);
    expect((saved.json() as JudgeEntry).locked).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, closesAt.getTime() - Date.now()) + 50));

    const refused = expectError(await a.client.put(url, fullSheet(20)), 409, 'ROUND_CLOSED');
    expect(refused.message).toMatch(/ditutup pada \w+, \d{1,2} \w+ 20\d\d pukul \d\d\.\d\d\.\d\d WIB; nilai/);
    // In the caller's language too, to the second.
    expect(expectError(await a.client.raw('PUT', url, { body: fullSheet(20), headers: { 'accept-language': 'en' } }), 409, 'ROUND_CLOSED').message).toMatch(/closed on \w+, \d{1,2} \w+ 20\d\d at \d\d:\d\d:\d\d WIB/);
    expect((await storedLines(round, w.entries[0]!.id, a.id)).map((l) => l.score)).toEqual([70, 70, 70, 70, 70]);
    const view = (await a.client.get(`/api/judging/${round}/entries/${w.entries[0]!.id}`)).json() as JudgeEntry;
    expect(view.locked).toBe(true);
    expect(view.sheet.map((l) => l.score)).toEqual([70, 70, 70, 70, 70]);
    // Nor can a conflict after the close take scores away.
    expectError(await a.client.post(`/api/judging/${round}/conflicts`, { entryId: w.entries[0]!.id, type: 'keluarga', note: null }), 409, 'ROUND_CLOSED');
    expect(await storedLines(round, w.entries[0]!.id, a.id)).toHaveLength(5);

    // The presentation round opens later: its sheets wait.
    const presenter = await addJudge(t, w, 'Juri Presentasi', { roundId: w.rounds.presentation.id });
    await assign(w, w.rounds.presentation.id);
    const early = expectError(await presenter.client.put(sheetUrl(w.rounds.presentation.id, w.entries[0]!.id), fullSheet(70)), 409, 'CONFLICT');
    expect(early.message).toContain('belum dibuka');

    // The closed round's panel is final: no judge in or out, no new chair, no reassignment.
    const desk = `/api/contests/${w.contest.id}/rounds/${round}`;
    const closedPanel = expectError(await w.admin.post(`${desk}/panel`, { name: 'Juri Telat', email: `telat@${w.domain}`, chair: true }), 409, 'ROUND_CLOSED');
    expect(closedPanel.message).toMatch(/^Babak penjurian ini sudah ditutup pada .* WIB; panel juri/);
    expectError(await w.admin.delete(`${desk}/panel/${b.id}`), 409, 'ROUND_CLOSED');
    expectError(await w.admin.post(`${desk}/assignment`), 409, 'ROUND_CLOSED');

    // The presentation round opens. A conflict declared there cannot reach back into the closed
    // round's locked scores: refused for the entry A scored, accepted for one A did not.
    await t.db.update(contestRounds).set({ opensAt: new Date(Date.now() - 1000) }).where(eq(contestRounds.id, w.rounds.presentation.id));
    expect((await w.admin.post(`/api/contests/${w.contest.id}/rounds/${w.rounds.presentation.id}/panel`, { name: 'Juri Alfa', email: a.email, chair: false })).statusCode).toBe(200);
    const late = expectError(await a.client.post(`/api/judging/${w.rounds.presentation.id}/conflicts`, { entryId: w.entries[0]!.id, type: 'kolaborator', note: null }), 409, 'CONFLICT');
    expect(late.message).toContain('Hubungi admin lomba');
    expect(await storedLines(round, w.entries[0]!.id, a.id)).toHaveLength(5);
    expect((await a.client.post(`/api/judging/${w.rounds.presentation.id}/conflicts`, { entryId: w.entries[1]!.id, type: 'kolaborator', note: null })).statusCode).toBe(200);
  });
});

describe('region scoping', () => {
  it('answers region B’s admin and judge with 404 on every panel, judging and results route of region A', async () => {
    const w = await contestWorld(t);
    const a = await addJudge(t, w, 'Juri Alfa Region');
    await assign(w);
    expect((await a.client.put(sheetUrl(w.rounds.desk.id, w.entries[0]!.id), fullSheet(70))).statusCode).toBe(200);
    const regionB = await buildRegion(t.db);
    const adminB = await signedIn(t, await buildUser(t.db, { regionId: regionB.id, roles: ['admin'] }));
    const judgeB = await signedIn(t, await buildUser(t.db, { regionId: regionB.id, roles: ['juri'] }));
    const c = w.contest.id;
    const r = w.rounds.desk.id;
    const e = w.entries[0]!.id;
    const calls: [Client, 'GET' | 'POST' | 'PUT' | 'DELETE', string, unknown?][] = [
      [adminB, 'GET', `/api/contests/${c}/rounds/${r}/panel`],
      [adminB, 'POST', `/api/contests/${c}/rounds/${r}/panel`, { name: 'Penyusup', email: 'penyusup-b@uji.test', chair: true }],
      [adminB, 'DELETE', `/api/contests/${c}/rounds/${r}/panel/${a.id}`],
      [adminB, 'POST', `/api/contests/${c}/rounds/${r}/assignment`],
      [adminB, 'GET', `/api/contests/${c}/results`],
      [adminB, 'POST', `/api/contests/${c}/results/publish`, { roundId: r, normalised: false }],
      [adminB, 'GET', `/api/contests/${c}/scores.xlsx`],
      [adminB, 'GET', `/api/contests/${c}/score-audit`],
      [adminB, 'GET', `/api/contest-entries/${e}/certificate.pdf`],
      [judgeB, 'GET', `/api/judging/${r}`],
      [judgeB, 'GET', `/api/judging/${r}/entries/${e}`],
      [judgeB, 'PUT', `/api/judging/${r}/entries/${e}/sheet`, fullSheet(1)],
      [judgeB, 'POST', `/api/judging/${r}/conflicts`, { entryId: e, type: 'keluarga', note: null }],
      [judgeB, 'GET', `/api/judging/${r}/entries/${e}/scores`],
      [judgeB, 'GET', `/api/contests/${c}/results`],
      [judgeB, 'GET', `/api/contests/${c}/scores.xlsx`],
    ];
    for (const [client, method, url, body] of calls) {
      const res = await client.raw(method, url, body === undefined ? {} : { body });
      expectError(res, 404, 'NOT_FOUND');
      expect(res.body).not.toContain(w.contest.name);
    }
    expect(((await judgeB.get('/api/judging')).json() as JudgeRounds).items).toEqual([]);
    // Nothing changed in region A.
    expect(await storedLines(r, e, a.id)).toHaveLength(5);
    expect(await t.db.select().from(users).where(eq(users.email, 'penyusup-b@uji.test'))).toHaveLength(0);
    expect(igaCriteria).toHaveLength(5);
  });
});

describe('a sheet saved while its judge declares a conflict on the entry', () => {
  it('never leaves the conflicted judge’s lines behind, whichever lands first', async () => {
    const w = await contestWorld(t, { entries: [{ title: 'Karya Berebut' }] });
    const judges = [await addJudge(t, w, 'Juri Cepat A'), await addJudge(t, w, 'Juri Cepat B'), await addJudge(t, w, 'Juri Cepat C')];
    await assign(w);
    const round = w.rounds.desk.id;
    const entry = w.entries[0]!.id;
    // Each client fetches its CSRF token once, before the race.
    for (const j of judges) expect((await j.client.put(`/api/judging/${round}/entries/${entry}/sheet`, fullSheet(50))).statusCode).toBe(200);
    const outcomes = await Promise.all(
      judges.flatMap((j) => [
        j.client.put(`/api/judging/${round}/entries/${entry}/sheet`, fullSheet(60)),
        j.client.post(`/api/judging/${round}/conflicts`, { entryId: entry, type: 'kolaborator', note: null }),
      ]),
    );
    // The save either landed before the conflict (then was removed with it) or found no assignment.
    expect(outcomes.filter((r) => r.statusCode !== 200 && r.statusCode !== 404).map((r) => r.body)).toEqual([]);
    const left = await t.db.select().from(contestScores).where(and(eq(contestScores.roundId, round), eq(contestScores.entryId, entry)));
    expect(left).toEqual([]);
    expect(await t.db.select().from(contestConflicts).where(eq(contestConflicts.entryId, entry))).toHaveLength(3);
  });
});
