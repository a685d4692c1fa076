import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contest, Entry } from '../../../domain/contracts/contests.js';
import { contestAssignments, contestEntries, contestRounds, contests, notifications, userUnits } from '../../db/schema.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type SmtpCapture } from '../../test/smtp.js';
import { createInnovation, fakeExe, registryRegion, tinyPdf } from '../innovations/registry.test-support.js';
import { deadlineText } from './contests.mail.js';
import { asUpdate, groupEntry, publishedContest, setRound, tinyMp4 } from './contests.test-support.js';

let smtp: SmtpCapture;
let t: TestApp;
let reg: Awaited<ReturnType<typeof registryRegion>>;
let adminB: Client;

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url });
  reg = await registryRegion(t);
  const regionB = await buildRegion(t.db, { name: 'Kota Tetangga' });
  adminB = await signedIn(t, await buildUser(t.db, { regionId: regionB.id, roles: ['admin'] }));
});
afterAll(async () => {
  await t?.close();
  await smtp?.close();
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const mailTo = (address: string) => smtp.messages.filter((m) => m.to && 'value' in m.to && m.to.value[0]?.address === address);

async function citizen(name: string, regionId = reg.region.id) {
  const user = await buildUser(t.db, { regionId, roles: ['masyarakat'], name });
  return { user, client: await signedIn(t, user) };
}

async function enter(client: Client, contest: Contest, body: Record<string, unknown> = { entrantKind: 'kelompok' }): Promise<Entry> {
  const res = await client.post(`/api/contests/${contest.id}/entries`, body);
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Entry;
}

/** A group entry with its proposal uploaded and everything filled in, still a draft. */
async function readyDraft(client: Client, contest: Contest): Promise<Entry> {
  const entry = await enter(client, contest);
  expect((await client.upload(`/api/contest-entries/${entry.id}/files?field=proposal`, tinyPdf(`proposal ${entry.id}`), 'proposal.pdf')).statusCode).toBe(201);
  const saved = await client.patch(`/api/contest-entries/${entry.id}`, groupEntry(entry.version));
  expect(saved.statusCode, saved.body).toBe(200);
  return saved.json() as Entry;
}

describe('a citizen enters Krenova as a group', () => {
  let contest: Contest;
  let siti: Awaited<ReturnType<typeof citizen>>;
  let entry: Entry;

  beforeAll(async () => {
    contest = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Warga 2026');
    siti = await citizen('Siti Warga');
  });

  it('starts a draft that knows its contest and the close instant', async () => {
    entry = await enter(siti.client, contest);
    const registration = contest.rounds[0]!;
    expect(entry).toMatchObject({
      contestId: contest.id,
      contestName: 'Krenova Warga 2026',
      contestSlug: contest.slug,
      status: 'draf',
      number: null,
      entrantKind: 'kelompok',
      entrantName: 'Siti Warga',
      closesAt: registration.closesAt,
      zone: 'Asia/Jakarta',
      files: [],
      result: null,
      selection: null,
      may: { edit: true, submit: true, select: false },
      contest: { kind: 'komunitas', categories: contest.categories, fieldsOfWork: contest.fieldsOfWork, form: contest.form },
    });
    // One personal entry per contest: a second click finds the first.
    const again = expectError(await siti.client.post(`/api/contests/${contest.id}/entries`, { entrantKind: 'perorangan' }), 409, 'CONFLICT');
    expect(again).toMatchObject({ message: 'Anda sudah memiliki entri pada lomba ini; lanjutkan entri tersebut.', details: { entryId: entry.id } });
    // Krenova takes people and groups, not units.
    expect(fieldsOf(expectError(await siti.client.post(`/api/contests/${contest.id}/entries`, { entrantKind: 'unit' }), 400, 'VALIDATION_FAILED')).entrantKind).toBe(
      'Lomba ini tidak menerima peserta dengan jenis ini.',
    );
  });

  it('takes files by their bytes for the form’s file fields only', async () => {
    const pdf = await siti.client.upload(`/api/contest-entries/${entry.id}/files?field=proposal`, tinyPdf('proposal kompor'), 'proposal kompor.pdf');
    expect(pdf.statusCode, pdf.body).toBe(201);
    expect(pdf.json()).toMatchObject({ field: 'proposal', name: 'proposal_kompor.pdf', mime: 'application/pdf' });
    const video = await siti.client.upload(`/api/contest-entries/${entry.id}/files?field=proposal`, tinyMp4(), 'peragaan.mp4');
    expect(video.statusCode, video.body).toBe(201);
    expect(video.json()).toMatchObject({ mime: 'video/mp4' });
    expectError(await siti.client.upload(`/api/contest-entries/${entry.id}/files?field=proposal`, fakeExe(), 'proposal.pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    const huge = Buffer.concat([tinyPdf('besar'), Buffer.alloc(10 * 1024 * 1024, 32)]);
    expect(expectError(await siti.client.upload(`/api/contest-entries/${entry.id}/files?field=proposal`, huge, 'besar.pdf'), 413, 'PAYLOAD_TOO_LARGE').message).toBe('Berkas paling besar 10 MB.');
    expect(fieldsOf(expectError(await siti.client.upload(`/api/contest-entries/${entry.id}/files?field=video`, tinyPdf('x'), 'x.pdf'), 400, 'VALIDATION_FAILED')).field).toBe(
      'Kolom "video" bukan kolom berkas pada formulir lomba ini.',
    );
    const removed = await siti.client.delete(`/api/contest-entries/${entry.id}/files/${video.json().id}`);
    expect(removed.statusCode, removed.body).toBe(200);
    const read = (await siti.client.get(`/api/contest-entries/${entry.id}`)).json() as Entry;
    expect(read.files.map((f) => f.name)).toEqual(['proposal_kompor.pdf']);
    const download = await siti.client.get(`/api/contest-entries/${entry.id}/files/${pdf.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    entry = read;
  });

  it('saves a draft as it is, checking only the answers’ types', async () => {
    const partial = await siti.client.patch(`/api/contest-entries/${entry.id}`, { ...groupEntry(entry.version), title: '', members: [{ name: 'Siti Rahayu', role: 'Ketua' }], groupName: null });
    expect(partial.statusCode, partial.body).toBe(200);
    expect(partial.json()).toMatchObject({ status: 'draf', title: '', version: entry.version + 1 });
    entry = partial.json();
    const badLink = expectError(await siti.client.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(entry), answers: { video: 'bukan tautan' } }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(badLink)['answers.video']).toBe('Isi dengan alamat tautan yang diawali http:// atau https://.');
    // An older version is refused with the stored entry.
    const stale = expectError(await siti.client.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(entry), version: entry.version - 1 }), 409, 'VERSION_CONFLICT');
    expect((stale as unknown as { details: { current: Entry } }).details.current).toMatchObject({ id: entry.id, version: entry.version });
  });

  it('refuses to send with what is missing, field by field', async () => {
    const refused = expectError(await siti.client.post(`/api/contest-entries/${entry.id}/submit`), 400, 'VALIDATION_FAILED');
    const fields = fieldsOf(refused);
    expect(fields.title).toBe('Judul karya wajib diisi.');
    expect(fields.groupName).toBe('Nama kelompok wajib diisi.');
    expect(fields.members).toBe('Kelompok paling sedikit 2 orang; tuliskan semua anggota, termasuk ketua.');
    expect(fields['answers.proposal']).toBeUndefined(); // the proposal is uploaded
    // A group of six is one too many for Krenova (five at most).
    const six = Array.from({ length: 6 }, (_, i) => ({ name: `Anggota ${i + 1}`, role: null }));
    const crowded = await siti.client.patch(`/api/contest-entries/${entry.id}`, groupEntry(entry.version, { members: six }));
    expect(crowded.statusCode, crowded.body).toBe(200);
    entry = crowded.json();
    expect(fieldsOf(expectError(await siti.client.post(`/api/contest-entries/${entry.id}/submit`), 400, 'VALIDATION_FAILED')).members).toMatch(/5/);
    expect((await t.db.select().from(contestEntries).where(eq(contestEntries.id, entry.id)))[0]).toMatchObject({ status: 'draf', number: null });
  });

  it('sends: a number, a receipt by e-mail naming the close time, a notification; then revisable until the close', async () => {
    const complete = await siti.client.patch(`/api/contest-entries/${entry.id}`, groupEntry(entry.version));
    expect(complete.statusCode, complete.body).toBe(200);
    const before = smtp.messages.length;
    const sent = await siti.client.post(`/api/contest-entries/${entry.id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    const year = new Date(Date.now() + 7 * 3600_000).getUTCFullYear();
    entry = sent.json();
    expect(entry).toMatchObject({ status: 'terkirim', number: `KRN-${year}-001`, entrantName: 'Kelompok Tani Maju Bersama', submittedAt: expect.any(String), may: { edit: true, submit: false } });
    const [receipt] = (await smtp.waitFor(before + 1)).slice(before);
    expect(receipt!.subject).toBe(`Tanda terima entri KRN-${year}-001 — Krenova Warga 2026`);
    const closes = deadlineText(new Date(contest.rounds[0]!.closesAt), 'Asia/Jakarta');
    expect(closes).toMatch(/pukul 23\.59\.59 WIB$/);
    expect(receipt!.text).toContain(`sampai pendaftaran ditutup pada ${closes}`);
    expect(receipt!.text).toContain(`/lomba-saya/${entry.id}`);
    const [note] = await t.db.select().from(notifications).where(and(eq(notifications.userId, siti.user.id), eq(notifications.kind, 'contests.entrySubmitted')));
    // Mailed already: the daily digest leaves it out.
    expect(note).toMatchObject({ link: `/lomba-saya/${entry.id}`, emailedAt: expect.any(Date) });
    expect((await siti.client.get('/api/notifications')).json().items[0].text).toBe(`Entri Anda "Kompor biomassa sekam padi" pada Krenova Warga 2026 sudah diterima dengan nomor KRN-${year}-001.`);
    // Sending again changes nothing and mails nothing.
    expect((await siti.client.post(`/api/contest-entries/${entry.id}/submit`)).json()).toMatchObject({ number: `KRN-${year}-001`, version: entry.version });
    await sleep(200);
    expect(smtp.messages.length).toBe(before + 1);
    // Revised before the close, but only into something that could still be sent.
    const revised = await siti.client.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(entry), title: 'Kompor biomassa sekam padi hemat' });
    expect(revised.statusCode, revised.body).toBe(200);
    expect(revised.json()).toMatchObject({ status: 'terkirim', title: 'Kompor biomassa sekam padi hemat', number: `KRN-${year}-001` });
    entry = revised.json();
    expect(fieldsOf(expectError(await siti.client.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(entry), summary: '' }), 400, 'VALIDATION_FAILED')).summary).toBe('Ringkasan karya wajib diisi.');
    // The next entry takes the next number.
    const budi = await citizen('Budi Peserta');
    const second = await readyDraft(budi.client, contest);
    expect((await budi.client.post(`/api/contest-entries/${second.id}/submit`)).json()).toMatchObject({ number: `KRN-${year}-002` });
    // Her list.
    const mine = (await siti.client.get('/api/contest-entries/mine')).json();
    expect(mine.entries).toEqual([expect.objectContaining({ id: entry.id, number: `KRN-${year}-001`, status: 'terkirim', contestSlug: contest.slug, closesAt: contest.rounds[0]!.closesAt })]);
    expect(mine.open).toContainEqual({ id: contest.id, slug: contest.slug, name: contest.name, kind: 'komunitas', closesAt: contest.rounds[0]!.closesAt, entrants: ['perorangan', 'kelompok'] });
    expect(mine.zone).toBe('Asia/Jakarta');
    expect((await auditRows(t.db, 'contest_entry', entry.id)).map((r) => r.action)).toEqual([
      'contest.entry.create',
      'contest.entry.file.add',
      'contest.entry.file.add',
      'contest.entry.file.remove',
      'contest.entry.update',
      'contest.entry.update',
      'contest.entry.update',
      'contest.entry.submit',
      'contest.entry.update',
    ]);
  });

  it('keeps the entry to its entrant (404 for others) and lets the admin read it', async () => {
    const other = await citizen('Warga Lain');
    expectError(await other.client.get(`/api/contest-entries/${entry.id}`), 404, 'NOT_FOUND');
    expectError(await other.client.patch(`/api/contest-entries/${entry.id}`, asUpdate(entry)), 404, 'NOT_FOUND');
    expectError(await other.client.post(`/api/contest-entries/${entry.id}/submit`), 404, 'NOT_FOUND');
    expectError(await other.client.get(`/api/contest-entries/${entry.id}/files/${entry.files[0]!.id}`), 404, 'NOT_FOUND');
    expectError(await other.client.delete(`/api/contest-entries/${entry.id}/files/${entry.files[0]!.id}`), 404, 'NOT_FOUND');
    expectError(await other.client.upload(`/api/contest-entries/${entry.id}/files?field=proposal`, tinyPdf('asing'), 'asing.pdf'), 404, 'NOT_FOUND');
    expect((await other.client.get('/api/contest-entries/mine')).json().entries).toEqual([]);
    expectError(await adminB.get(`/api/contest-entries/${entry.id}`), 404, 'NOT_FOUND');
    const asAdmin = await reg.clients.admin.get(`/api/contest-entries/${entry.id}`);
    expect(asAdmin.statusCode).toBe(200);
    expect(asAdmin.json()).toMatchObject({ id: entry.id, may: { edit: false, submit: false, select: true } });
    expect((await reg.clients.admin.get(`/api/contest-entries/${entry.id}/files/${entry.files[0]!.id}`)).statusCode).toBe(200);
    expectError(await reg.clients.admin.patch(`/api/contest-entries/${entry.id}`, asUpdate(entry)), 403, 'FORBIDDEN');
    const [row] = await t.db.select().from(contestEntries).where(eq(contestEntries.id, entry.id));
    expect(row).toMatchObject({ title: 'Kompor biomassa sekam padi hemat', version: entry.version });
  });

  it('runs the administrative selection: reasons, mail, audit, locked after the first judging round opens', async () => {
    const list = (await reg.clients.admin.get(`/api/contests/${contest.id}/entries`)).json();
    expect(list.items.map((i: { number: string }) => i.number)).toEqual([entry.number, expect.stringMatching(/-002$/)]);
    expect(list.items[0]).toMatchObject({ id: entry.id, entrantName: 'Kelompok Tani Maju Bersama', entrantKind: 'kelompok', category: 'umum', status: 'terkirim', selection: null });
    const draft = await enter((await citizen('Warga Draf')).client, contest);
    expect((await reg.clients.admin.get(`/api/contests/${contest.id}/entries`)).json().items.map((i: { id: string }) => i.id)).not.toContain(draft.id);
    expect((await reg.clients.admin.get(`/api/contests/${contest.id}/entries?status=draf`)).json().items.map((i: { id: string }) => i.id)).toContain(draft.id);
    expect(expectError(await reg.clients.admin.post(`/api/contest-entries/${draft.id}/selection`, { decision: 'lolos', version: draft.version }), 409, 'CONFLICT').message).toBe('Hanya entri yang sudah dikirim yang dapat diseleksi.');

    const noReason = expectError(await reg.clients.admin.post(`/api/contest-entries/${entry.id}/selection`, { decision: 'tidak_lolos', reason: '  ', version: entry.version }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(noReason).reason).toBe('Tuliskan alasan entri tidak lolos; peserta perlu tahu mengapa.');
    expectError(await adminB.post(`/api/contest-entries/${entry.id}/selection`, { decision: 'lolos', version: entry.version }), 404, 'NOT_FOUND');
    expectError(await siti.client.post(`/api/contest-entries/${entry.id}/selection`, { decision: 'lolos', version: entry.version }), 403, 'FORBIDDEN');

    const before = smtp.messages.length;
    // A double click: one decision, one notice.
    const [passed, again] = await Promise.all([0, 1].map(() => reg.clients.admin.post(`/api/contest-entries/${entry.id}/selection`, { decision: 'lolos', version: entry.version })));
    expect(passed!.statusCode, passed!.body).toBe(200);
    expect(again!.statusCode, again!.body).toBe(200);
    expect(again!.json().version).toBe(passed!.json().version);
    expect(passed!.json()).toMatchObject({ status: 'lolos', selection: { decision: 'lolos', reason: null, decidedAt: expect.any(String) } });
    const [passedMail] = (await smtp.waitFor(before + 1)).slice(before);
    expect(passedMail!.subject).toBe(`Entri ${entry.number} lolos seleksi administrasi — Krenova Warga 2026`);
    expect(mailTo(siti.user.email)).toContain(passedMail);
    // Decided: the entrant can no longer change it, even while registration is open.
    expect(expectError(await siti.client.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(entry), version: passed!.json().version }), 409, 'CONFLICT').message).toBe(
      'Entri ini sudah diputuskan pada seleksi administrasi dan tidak dapat diubah lagi.',
    );
    expectError(await siti.client.upload(`/api/contest-entries/${entry.id}/files?field=proposal`, tinyPdf('telat'), 'telat.pdf'), 409, 'CONFLICT');
    expect((await siti.client.get(`/api/contest-entries/${entry.id}`)).json()).toMatchObject({ status: 'lolos', may: { edit: false, submit: false, select: false } });

    // Another admin's decision made from the version read before it: refused, with the current entry.
    const stale = expectError(await reg.clients.admin.post(`/api/contest-entries/${entry.id}/selection`, { decision: 'tidak_lolos', reason: 'Terlambat.', version: entry.version }), 409, 'VERSION_CONFLICT');
    expect((stale as unknown as { details: { current: Entry } }).details.current.status).toBe('lolos');

    // A judge placed on the entry before the round opens loses it when the entry fails after all.
    const [desk] = await t.db.select().from(contestRounds).where(and(eq(contestRounds.contestId, contest.id), eq(contestRounds.kind, 'penjurian')));
    const judge = await buildUser(t.db, { regionId: reg.region.id, roles: ['juri'] });
    await t.db.insert(contestAssignments).values({ roundId: desk!.id, entryId: entry.id, userId: judge.id });
    const judgeClient = await signedIn(t, judge);
    expect((await judgeClient.get(`/api/contest-entries/${entry.id}/files/${entry.files[0]!.id}`)).statusCode).toBe(200);

    // Changed, with a reason, until the first judging round opens.
    const failed = await reg.clients.admin.post(`/api/contest-entries/${entry.id}/selection`, { decision: 'tidak_lolos', reason: 'Karya belum diterapkan di masyarakat.', version: passed!.json().version });
    expect(failed.json()).toMatchObject({ status: 'tidak_lolos', selection: { decision: 'tidak_lolos', reason: 'Karya belum diterapkan di masyarakat.' } });
    expect(await t.db.select().from(contestAssignments).where(eq(contestAssignments.entryId, entry.id))).toEqual([]);
    expectError(await judgeClient.get(`/api/contest-entries/${entry.id}/files/${entry.files[0]!.id}`), 404, 'NOT_FOUND');
    const [failedMail] = (await smtp.waitFor(before + 2)).slice(before + 1);
    expect(failedMail!.text).toContain('Alasan: Karya belum diterapkan di masyarakat.');
    const notes = await t.db.select().from(notifications).where(eq(notifications.userId, siti.user.id));
    expect(notes.map((n) => n.kind).sort()).toEqual(['contests.entryFailed', 'contests.entryPassed', 'contests.entrySubmitted']);
    const decisions = (await auditRows(t.db, 'contest_entry', entry.id)).filter((r) => r.action === 'contest.entry.selection');
    expect(decisions).toMatchObject([
      { before: { status: 'terkirim' }, after: { status: 'lolos', reason: null } },
      { before: { status: 'lolos' }, after: { status: 'tidak_lolos', reason: 'Karya belum diterapkan di masyarakat.' }, reason: 'Karya belum diterapkan di masyarakat.' },
    ]);
    const counts = (await reg.clients.admin.get(`/api/contests/${contest.id}`)).json().counts;
    expect(counts).toEqual({ drafts: 1, submitted: 2, passed: 0, failed: 1 });

    await setRound(t, contest.id, 'penjurian', { opensAt: new Date(Date.now() - 1000) });
    expect(expectError(await reg.clients.admin.post(`/api/contest-entries/${entry.id}/selection`, { decision: 'lolos', version: failed.json().version }), 409, 'CONFLICT').message).toBe(
      'Keputusan seleksi tidak dapat diubah lagi: tahap penjurian pertama sudah dibuka.',
    );
    expect((await reg.clients.admin.get(`/api/contest-entries/${entry.id}`)).json().may.select).toBe(false);
  });
});

describe('the registration’s close instant, at the API', () => {
  it('accepts a send just before the close and refuses save, send, files and new entries from it on', async () => {
    const contest = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Tenggat');
    const ani = await citizen('Ani Tepat Waktu');
    const late = await citizen('Lia Terlambat');
    const onTime = await readyDraft(ani.client, contest);
    const lateDraft = await readyDraft(late.client, contest);
    const closesAt = new Date(Date.now() + 1500);
    await setRound(t, contest.id, 'pendaftaran', { closesAt });

    const sent = await ani.client.post(`/api/contest-entries/${onTime.id}/submit`);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(Date.now()).toBeLessThan(closesAt.getTime());
    await sleep(closesAt.getTime() - Date.now() + 50);

    const expected = `Pendaftaran ditutup pada ${deadlineText(closesAt, 'Asia/Jakarta')}. Entri tidak dapat lagi dibuat, diubah, atau dikirim.`;
    expect(expected).toMatch(/pukul \d{2}\.\d{2}\.\d{2} WIB\./);
    const details = { closesAt: closesAt.toISOString(), zone: 'Asia/Jakarta' };
    for (const res of [
      await ani.client.patch(`/api/contest-entries/${onTime.id}`, asUpdate(sent.json())),
      await late.client.post(`/api/contest-entries/${lateDraft.id}/submit`),
      await late.client.patch(`/api/contest-entries/${lateDraft.id}`, asUpdate(lateDraft)),
      await late.client.upload(`/api/contest-entries/${lateDraft.id}/files?field=proposal`, tinyPdf('telat'), 'telat.pdf'),
      await late.client.delete(`/api/contest-entries/${lateDraft.id}/files/${lateDraft.files[0]!.id}`),
      await (await citizen('Warga Baru')).client.post(`/api/contests/${contest.id}/entries`, { entrantKind: 'perorangan' }),
    ]) {
      const error = expectError(res, 409, 'CONTEST_CLOSED');
      expect(error).toMatchObject({ message: expected, details });
    }
    // The sent entry is final as it was; the draft never became an entry.
    const rows = await t.db.select().from(contestEntries).where(eq(contestEntries.contestId, contest.id));
    expect(rows.map((r) => [r.id, r.status]).sort()).toEqual(
      [
        [onTime.id, 'terkirim'],
        [lateDraft.id, 'draf'],
      ].sort(),
    );
    expect((await ani.client.get(`/api/contest-entries/${onTime.id}`)).json().may).toEqual({ edit: false, submit: false, select: false });
    expect((await ani.client.get('/api/contest-entries/mine')).json().open.map((c: { id: string }) => c.id)).not.toContain(contest.id);
  });

  it('names the close time in the region’s own zone (WITA), in either language', async () => {
    const wita = await buildRegion(t.db, { name: 'Kota Makassar Uji', timeZone: 'Asia/Makassar' });
    const admin = await signedIn(t, await buildUser(t.db, { regionId: wita.id, roles: ['admin'] }));
    const contest = await publishedContest(admin, 'krenova', 'Krenova Tengah');
    const person = await buildUser(t.db, { regionId: wita.id, roles: ['masyarakat'], name: 'Warga Tengah' });
    const client = await signedIn(t, person);
    const entry = await enter(client, contest);
    const closesAt = new Date('2026-11-30T15:59:59Z'); // 23:59:59 WITA
    await setRound(t, contest.id, 'pendaftaran', { closesAt });
    const error = expectError(await client.patch(`/api/contest-entries/${entry.id}`, groupEntry(entry.version)), 409, 'CONTEST_CLOSED');
    expect(error.message).toBe('Pendaftaran ditutup pada Senin, 30 November 2026 pukul 23.59.59 WITA. Entri tidak dapat lagi dibuat, diubah, atau dikirim.');
    expect(error).toMatchObject({ details: { closesAt: '2026-11-30T15:59:59.000Z', zone: 'Asia/Makassar' } });
    const english = await signedIn(t, person, 'en');
    expect(expectError(await english.post(`/api/contest-entries/${entry.id}/submit`), 409, 'CONTEST_CLOSED').message).toBe(
      'Registration closed on Monday, 30 November 2026 at 23:59:59 WITA. Entries can no longer be created, changed or sent.',
    );
    expect(deadlineText(closesAt, 'Asia/Jayapura')).toBe('Selasa, 1 Desember 2026 pukul 00.59.59 WIT');
    expect(deadlineText(closesAt, 'Asia/Jakarta', 'en')).toBe('Monday, 30 November 2026 at 22:59:59 WIB');
  });

  it('refuses entries before registration opens', async () => {
    const contest = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Nanti');
    await setRound(t, contest.id, 'pendaftaran', { opensAt: new Date(Date.now() + 3600_000) });
    expect(expectError(await (await citizen('Warga Cepat')).client.post(`/api/contests/${contest.id}/entries`, { entrantKind: 'perorangan' }), 409, 'CONFLICT').message).toBe(
      'Pendaftaran lomba ini belum dibuka.',
    );
  });

  it('does not show a draft contest to entrants', async () => {
    const draft = await reg.clients.admin.post('/api/contests', { template: 'krenova', name: 'Krenova Belum Terbit' });
    expectError(await (await citizen('Warga Penasaran')).client.post(`/api/contests/${draft.json().id}/entries`, { entrantKind: 'perorangan' }), 404, 'NOT_FOUND');
  });
});

describe('a unit enters the internal award with one of its innovations', () => {
  it('prefills from the innovation for its own operator; another unit’s operator cannot', async () => {
    const contest = await publishedContest(reg.clients.admin, 'internal', 'Penghargaan Inovasi 2026');
    const innovation = await createInnovation(reg.clients.operatorA, reg.unitA.id, {
      name: 'Antar Obat ke Rumah Lansia',
      goal: 'Lansia menerima obat rutin tanpa antre.',
      benefits: 'Kunjungan ulang turun 40 %.',
      mainAffair: 'kesehatan',
    });
    const innovationId = innovation.innovation.id;
    const body = { entrantKind: 'unit', unitId: reg.unitA.id, innovationId };
    const entry = await enter(reg.clients.operatorA, contest, body);
    expect(entry).toMatchObject({
      entrantKind: 'unit',
      unitId: reg.unitA.id,
      unitName: 'Dinas Kesehatan',
      entrantName: 'Dinas Kesehatan',
      innovationId,
      title: 'Antar Obat ke Rumah Lansia',
      summary: 'Lansia menerima obat rutin tanpa antre.\n\nKunjungan ulang turun 40 %.',
      fieldOfWork: 'Kesehatan',
      may: { edit: true, submit: true },
    });
    expect(expectError(await reg.clients.operatorA.post(`/api/contests/${contest.id}/entries`, body), 409, 'CONFLICT').message).toBe('Inovasi ini sudah didaftarkan pada lomba ini.');
    // The other unit's operator: not their unit; their own unit with A's innovation: unknown there.
    expect(expectError(await reg.clients.operatorB.post(`/api/contests/${contest.id}/entries`, body), 403, 'FORBIDDEN').message).toBe('Anda hanya dapat mendaftarkan unit tempat Anda menjadi operator.');
    expect(fieldsOf(expectError(await reg.clients.operatorB.post(`/api/contests/${contest.id}/entries`, { ...body, unitId: reg.unitB.id }), 400, 'VALIDATION_FAILED')).innovationId).toBe(
      'Inovasi ini tidak ditemukan pada unit tersebut.',
    );
    expectError(await reg.clients.operatorB.get(`/api/contest-entries/${entry.id}`), 404, 'NOT_FOUND');
    // A citizen is not a unit's operator, and the award takes units only.
    const warga = await citizen('Warga Unit');
    expectError(await warga.client.post(`/api/contests/${contest.id}/entries`, body), 403, 'FORBIDDEN');
    expectError(await warga.client.post(`/api/contests/${contest.id}/entries`, { entrantKind: 'perorangan' }), 400, 'VALIDATION_FAILED');
    // The implementation window is asked for on sending.
    expect((await reg.clients.operatorA.upload(`/api/contest-entries/${entry.id}/files?field=profil`, tinyPdf('profil'), 'profil.pdf')).statusCode).toBe(201);
    const saved = await reg.clients.operatorA.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(entry), category: 'perangkat_daerah', declarations: { resident: false, notAwardedElsewhere: false, implementedOn: '2010-01-01' } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(fieldsOf(expectError(await reg.clients.operatorA.post(`/api/contest-entries/${entry.id}/submit`), 400, 'VALIDATION_FAILED'))['declarations.implementedOn']).toBeDefined();
    const year = Number(contest.eligibility.implementedTo!.slice(0, 4));
    const fixed = await reg.clients.operatorA.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(saved.json()), declarations: { resident: false, notAwardedElsewhere: false, implementedOn: `${year}-06-01` } });
    const sent = await reg.clients.operatorA.post(`/api/contest-entries/${entry.id}/submit`);
    expect(sent.statusCode, `${fixed.body} ${sent.body}`).toBe(200);
    expect(sent.json().number).toMatch(/^PIN-\d{4}-001$/);
  });

  it('belongs to the unit: its other operator reads, lists and edits it; its mentor reads it; a citizen’s entry stays the citizen’s', async () => {
    const contest = await publishedContest(reg.clients.admin, 'internal', 'Penghargaan Unit Bersama');
    const innovation = await createInnovation(reg.clients.operatorA, reg.unitA.id, { name: 'Posyandu Digital', goal: 'Data balita tercatat sekali.' });
    const entry = await enter(reg.clients.operatorA, contest, { entrantKind: 'unit', unitId: reg.unitA.id, innovationId: innovation.innovation.id });
    const colleague = await signedIn(t, await buildUser(t.db, { regionId: reg.region.id, roles: ['operator'], unitIds: [reg.unitA.id] }));

    const read = await colleague.get(`/api/contest-entries/${entry.id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toMatchObject({ title: 'Posyandu Digital', may: { edit: true } });
    expect((await colleague.get('/api/contest-entries/mine')).json().entries.map((e: { id: string }) => e.id)).toContain(entry.id);
    const renamed = await colleague.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(read.json()), title: 'Posyandu Digital Terpadu' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect((await reg.clients.operatorA.get(`/api/contest-entries/${entry.id}`)).json().title).toBe('Posyandu Digital Terpadu');

    // The unit's mentor reads it but does not speak for the unit; the other unit sees nothing.
    const mentor = await reg.clients.mentorA.get(`/api/contest-entries/${entry.id}`);
    expect(mentor.statusCode, mentor.body).toBe(200);
    expect(mentor.json().may.edit).toBe(false);
    expectError(await reg.clients.mentorA.patch(`/api/contest-entries/${entry.id}`, { ...asUpdate(mentor.json()), title: 'Diubah Pendamping' }), 403, 'FORBIDDEN');
    expectError(await reg.clients.operatorB.get(`/api/contest-entries/${entry.id}`), 404, 'NOT_FOUND');
    expect((await reg.clients.operatorB.get('/api/contest-entries/mine')).json().entries.map((e: { id: string }) => e.id)).not.toContain(entry.id);

    // An operator who started a unit's entry and then left the unit no longer reads or changes it.
    const starterUser = await buildUser(t.db, { regionId: reg.region.id, roles: ['operator'], unitIds: [reg.unitA.id] });
    const starter = await signedIn(t, starterUser);
    const other = await createInnovation(starter, reg.unitA.id, { name: 'Klinik Keliling', goal: 'Layanan sampai ke dusun.' });
    const started = await enter(starter, contest, { entrantKind: 'unit', unitId: reg.unitA.id, innovationId: other.innovation.id });
    await t.db.delete(userUnits).where(eq(userUnits.userId, starterUser.id));
    expectError(await starter.get(`/api/contest-entries/${started.id}`), 404, 'NOT_FOUND');
    expect((await starter.get('/api/contest-entries/mine')).json().entries).toEqual([]);
    expect((await colleague.get(`/api/contest-entries/${started.id}`)).json().may.edit).toBe(true);

    // A person's entry made by an operator account is still that person's alone.
    const krenova = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Pribadi');
    const own = await enter(reg.clients.operatorA, krenova, { entrantKind: 'perorangan' });
    expectError(await colleague.get(`/api/contest-entries/${own.id}`), 404, 'NOT_FOUND');
    expect((await colleague.get('/api/contest-entries/mine')).json().entries.map((e: { id: string }) => e.id)).not.toContain(own.id);
  });
});

describe('numbers under concurrency', () => {
  it('gives each of several entries sent at once its own number, without gaps', async () => {
    const contest = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Serentak');
    const people = await Promise.all([1, 2, 3, 4].map((i) => citizen(`Peserta Serentak ${i}`)));
    const drafts: Entry[] = [];
    for (const p of people) drafts.push(await readyDraft(p.client, contest));
    const sent = await Promise.all(people.map((p, i) => p.client.post(`/api/contest-entries/${drafts[i]!.id}/submit`)));
    expect(sent.map((r) => r.statusCode)).toEqual([200, 200, 200, 200]);
    expect(sent.map((r) => r.json().number.slice(-3)).sort()).toEqual(['001', '002', '003', '004']);
    const [row] = await t.db.select().from(contests).where(eq(contests.id, contest.id));
    expect(row!.lastEntryNumber).toBe(4);
    expect(await t.db.select().from(contestRounds).where(eq(contestRounds.contestId, contest.id))).toHaveLength(5);
  });
});

describe('a sent entry keeps what sending it required', () => {
  it('refuses to remove the last file of a required field from a sent entry, allows it with a replacement and on a draft', async () => {
    const contest = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Berkas Wajib');
    const ani = await citizen('Ani Berkas');
    const draft = await readyDraft(ani.client, contest);
    const sent = (await ani.client.post(`/api/contest-entries/${draft.id}/submit`)).json() as Entry;
    expect(sent.status).toBe('terkirim');
    const only = sent.files.find((f) => f.field === 'proposal')!;
    const refused = expectError(await ani.client.delete(`/api/contest-entries/${sent.id}/files/${only.id}`), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(refused)['answers.proposal']).toBe('Unggah berkas untuk isian ini.');
    // Still there, and nothing audited.
    expect((await ani.client.get(`/api/contest-entries/${sent.id}`)).json().files.map((f: { id: string }) => f.id)).toEqual([only.id]);
    expect((await auditRows(t.db, 'contest_entry', sent.id)).filter((r) => r.action === 'contest.entry.file.remove')).toEqual([]);
    // With the new file uploaded first, the old one may go.
    expect((await ani.client.upload(`/api/contest-entries/${sent.id}/files?field=proposal`, tinyPdf('proposal baru'), 'proposal-baru.pdf')).statusCode).toBe(201);
    expect((await ani.client.delete(`/api/contest-entries/${sent.id}/files/${only.id}`)).statusCode).toBe(200);

    // A draft is saved as it is: its only file may go.
    const budi = await citizen('Budi Berkas');
    const other = await readyDraft(budi.client, contest);
    expect((await budi.client.delete(`/api/contest-entries/${other.id}/files/${other.files[0]!.id}`)).statusCode).toBe(200);
  });
});
