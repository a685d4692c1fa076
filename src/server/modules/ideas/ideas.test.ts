import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ideas, innovations, lifecycleRecords, notifications } from '../../db/schema.js';
import { createMailer } from '../../lib/mail.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn, tinyPng } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type SmtpCapture } from '../../test/smtp.js';
import { fakeExe, registryRegion, tinyPdf } from '../innovations/registry.test-support.js';
import { runDigests } from '../reminders/reminders.service.js';

const PASSWORD = 'kata-sandi-warga-1';
const anIdea = {
  title: 'Antar jemput lansia ke posyandu',
  problem: 'Banyak lansia di desa terpencil tidak datang ke posyandu karena tidak ada kendaraan.',
  solution: 'Relawan desa menjemput lansia dengan kendaraan desa pada hari posyandu, dijadwalkan lewat pesan singkat.',
  affair: 'kesehatan',
  location: 'Kecamatan Sukamaju',
};

const notificationsOf = (t: TestApp, userId: string, kind: string) => t.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

describe('the idea bank, end to end through a real SMTP server', () => {
  let smtp: SmtpCapture;
  let m: TestApp;
  let reg: Awaited<ReturnType<typeof registryRegion>>;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    m = await startTestApp({ smtpUrl: smtp.url });
    reg = await registryRegion(m); // the first region: the one the portal speaks for
  });
  afterAll(async () => {
    await m?.close();
    await smtp?.close();
  });

  it('register → verify → submit with a PDF → publish → support → comment → assign → the unit’s operator sees the linked proposal', async () => {
    // A citizen registers and verifies by the mailed link, which signs her in.
    const citizen = m.client();
    const sent = smtp.messages.length;
    expect((await citizen.post('/api/citizens/register', { name: 'Siti Warga', email: 'siti@warga.test', password: PASSWORD, acceptPrivacy: true })).statusCode).toBe(200);
    const [verifyMail] = (await smtp.waitFor(sent + 1)).slice(sent);
    const token = /\/verifikasi-email\?token=([\w-]+)/.exec(verifyMail!.text!)![1]!;
    const me = await citizen.post('/api/citizens/verify', { token });
    expect(me.statusCode, me.body).toBe(200);
    // The session was regenerated (like a sign-in): the page fetches a new CSRF token, as the client does here.
    (citizen as unknown as { csrf: string | null }).csrf = null;
    const sitiId = me.json().id as string;

    // She submits an idea with a PDF attachment.
    const submitted = await citizen.post('/api/ideas', anIdea);
    expect(submitted.statusCode, submitted.body).toBe(201);
    const idea = submitted.json();
    expect(idea).toMatchObject({ ...anIdea, status: 'menunggu', authorId: sitiId, authorName: 'Siti Warga', supportCount: 0, commentCount: 0, files: [], innovationId: null, may: { edit: true, moderate: false, assign: false, support: false } });
    const upload = await citizen.upload(`/api/ideas/${idea.id}/files`, tinyPdf('usulan lansia'), 'usulan.pdf');
    expect(upload.statusCode, upload.body).toBe(201);
    expect(upload.json()).toMatchObject({ name: 'usulan.pdf', mime: 'application/pdf' });
    const fileId = upload.json().id as string;
    // Unpublished: only the author (and admins) may download it.
    expect((await citizen.get(`/api/ideas/${idea.id}/files/${fileId}`)).statusCode).toBe(200);
    expectError(await m.client().get(`/api/ideas/${idea.id}/files/${fileId}`), 404, 'NOT_FOUND');
    expect((await citizen.get('/api/ideas/mine')).json().items).toMatchObject([{ id: idea.id, status: 'menunggu', fileCount: 1 }]);

    // The admin sees it in the queue and publishes it.
    const queue = (await reg.clients.admin.get('/api/ideas?status=menunggu')).json();
    expect(queue).toMatchObject({ total: 1, counts: { menunggu: 1, terbit: 0, ditolak: 0, ditugaskan: 0 }, items: [{ id: idea.id, authorName: 'Siti Warga' }] });
    expect((await reg.clients.admin.get(`/api/ideas/${idea.id}/files/${fileId}`)).statusCode).toBe(200);
    const published = await reg.clients.admin.post(`/api/ideas/${idea.id}/moderation`, { decision: 'publish' });
    expect(published.statusCode, published.body).toBe(200);
    expect(published.json()).toMatchObject({ status: 'terbit', may: { assign: true, moderate: false } });
    // Published: the attachment is public (the /ide page links it).
    const anonymous = await m.client().get(`/api/ideas/${idea.id}/files/${fileId}`);
    expect(anonymous.statusCode).toBe(200);
    expect(anonymous.headers['content-type']).toBe('application/pdf');
    expect((await notificationsOf(m, sitiId, 'ideas.published'))[0]).toMatchObject({ link: `/ide/${idea.id}` });

    // Another citizen supports it — a double click counts once — follows it and comments.
    const budi = await buildUser(m.db, { regionId: reg.region.id, roles: ['masyarakat'], name: 'Budi Pendukung' });
    const asBudi = await signedIn(m, budi);
    // Following first also primes the client's CSRF token, as a loaded page has one before any click.
    expect((await asBudi.post('/api/follows', { subject: 'idea', subjectId: idea.id })).statusCode).toBe(200);
    const [first, second] = await Promise.all([asBudi.post(`/api/ideas/${idea.id}/support`), asBudi.post(`/api/ideas/${idea.id}/support`)]);
    expect([first!.statusCode, second!.statusCode]).toEqual([200, 200]);
    expect(second!.json()).toEqual({ supported: true, supportCount: 1 });
    expect((await m.db.select().from(ideas).where(eq(ideas.id, idea.id)))[0]!.supportCount).toBe(1);
    const comment = await asBudi.post(`/api/ideas/${idea.id}/comments`, { body: 'Setuju, di desa kami juga begitu.' });
    expect(comment.statusCode, comment.body).toBe(201);
    expect(comment.json()).toMatchObject({ status: 'menunggu', authorName: 'Budi Pendukung', ideaTitle: anIdea.title });
    expect((await m.db.select().from(ideas).where(eq(ideas.id, idea.id)))[0]!.commentCount).toBe(0);
    const comments = (await reg.clients.admin.get('/api/idea-comments?status=menunggu')).json();
    expect(comments).toMatchObject({ total: 1, counts: { menunggu: 1 }, items: [{ id: comment.json().id }] });
    const approved = await reg.clients.admin.post(`/api/idea-comments/${comment.json().id}/moderation`, { decision: 'publish' });
    expect(approved.json()).toMatchObject({ status: 'terbit' });
    expect((await m.db.select().from(ideas).where(eq(ideas.id, idea.id)))[0]!.commentCount).toBe(1);
    expectError(await reg.clients.admin.post(`/api/idea-comments/${comment.json().id}/moderation`, { decision: 'publish' }), 409, 'CONFLICT');

    // The admin assigns it to a unit: a proposal appears for that unit's operator, linked both ways.
    const assigned = await reg.clients.admin.post(`/api/ideas/${idea.id}/assignment`, { unitId: reg.unitA.id });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const after = assigned.json();
    expect(after).toMatchObject({ status: 'ditugaskan', unitId: reg.unitA.id, unitName: reg.unitA.name, supportCount: 1, commentCount: 1 });
    const innovationId = after.innovationId as string;
    expect(innovationId).toEqual(expect.any(String));

    const list = (await reg.clients.operatorA.get('/api/innovations?pageSize=200')).json();
    expect(list.items.map((i: { id: string; name: string }) => [i.id, i.name])).toContainEqual([innovationId, anIdea.title]);
    const detail = await reg.clients.operatorA.get(`/api/innovations/${innovationId}`);
    expect(detail.statusCode, detail.body).toBe(200);
    expect(detail.json().innovation).toMatchObject({ ideaId: idea.id, name: anIdea.title, unitId: reg.unitA.id, initiator: 'masyarakat', initiatorName: 'Siti Warga', goal: anIdea.problem, benefits: anIdea.solution, mainAffair: 'kesehatan', stage: 'inisiatif' });
    // The registry's own create made it, and its audit entry names the idea it came from.
    expect(await auditRows(m.db, 'innovation', innovationId)).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'innovation.create', after: expect.objectContaining({ ideaId: idea.id }) })]));
    const records = await m.db.select().from(lifecycleRecords).where(eq(lifecycleRecords.innovationId, innovationId));
    expect(records).toMatchObject([{ step: 'proposal', note: `Dari bank ide: "${anIdea.title}" oleh Siti Warga.` }]);
    // The other unit's operator does not see it.
    expect((await reg.clients.operatorB.get('/api/innovations?pageSize=200')).json().items.map((i: { id: string }) => i.id)).not.toContain(innovationId);

    // Everyone concerned is told.
    expect(await notificationsOf(m, sitiId, 'ideas.assigned')).toMatchObject([{ params: { title: anIdea.title, unit: reg.unitA.name } }]);
    expect(await notificationsOf(m, budi.id, 'follow.ideaAssigned')).toHaveLength(1);
    expect(await notificationsOf(m, reg.users.operatorA.id, 'ideas.proposal')).toMatchObject([{ link: `/registri/${innovationId}` }]);
    expect(await notificationsOf(m, reg.users.operatorB.id, 'ideas.proposal')).toHaveLength(0);
    expect((await auditRows(m.db, 'idea', idea.id)).map((r) => r.action)).toEqual(['idea.submit', 'idea.file.add', 'idea.publish', 'idea.assign']);

    // The author reads her notifications in the app and gets them in the daily digest mail.
    const mine = (await citizen.get('/api/notifications')).json().items as { kind: string; text: string }[];
    expect(mine.map((n) => n.text)).toEqual(
      expect.arrayContaining([`Ide Anda "${anIdea.title}" sudah diterbitkan di bank ide.`, `Ide Anda "${anIdea.title}" ditugaskan kepada ${reg.unitA.name} sebagai usulan inovasi.`]),
    );
    const before = smtp.messages.length;
    const mailer = createMailer(m.db, { smtpUrl: smtp.url, from: m.env.mailFrom });
    await runDigests({ db: m.db, mailer, publicUrl: m.env.publicUrl }, new Date('2030-03-02T03:00:00Z'));
    const digests = (await smtp.waitFor(before + 1)).slice(before);
    const toSiti = digests.find((d) => d.to && 'value' in d.to && d.to.value[0]?.address === 'siti@warga.test');
    expect(toSiti?.text).toContain(`Ide Anda "${anIdea.title}" sudah diterbitkan di bank ide.`);

    // Assigned once: a second assignment is refused.
    expectError(await reg.clients.admin.post(`/api/ideas/${idea.id}/assignment`, { unitId: reg.unitB.id }), 409, 'CONFLICT');
    expect((await m.db.select().from(innovations).where(eq(innovations.ideaId, idea.id))).length).toBe(1);
    expect(expectError(await asBudi.delete(`/api/ideas/${idea.id}/support`), 409, 'CONFLICT').message).toBe('Ide ini sudah ditugaskan ke unit; dukungan sudah ditutup.');
  });
});

describe('the idea bank’s refusals', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof registryRegion>>;
  let author: { id: string; email: string };
  let asAuthor: Client;
  let other: Client;
  beforeAll(async () => {
    t = await startTestApp();
    reg = await registryRegion(t);
    author = await buildUser(t.db, { regionId: reg.region.id, roles: ['masyarakat'], name: 'Penulis Ide' });
    asAuthor = await signedIn(t, author);
    other = await signedIn(t, await buildUser(t.db, { regionId: reg.region.id, roles: ['masyarakat'] }));
  });
  afterAll(() => t?.close());

  async function submit(client = asAuthor, extra: Record<string, unknown> = {}) {
    const res = await client.post('/api/ideas', { ...anIdea, ...extra });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id as string;
  }
  async function publishedIdea() {
    const id = await submit();
    expect((await reg.clients.admin.post(`/api/ideas/${id}/moderation`, { decision: 'publish' })).statusCode).toBe(200);
    return id;
  }

  it('refuses to reject without a reason; a reasoned rejection is audited and told to the author', async () => {
    const id = await submit();
    for (const body of [{ decision: 'reject' }, { decision: 'reject', reason: '   ' }]) {
      const error = expectError(await reg.clients.admin.post(`/api/ideas/${id}/moderation`, body), 400, 'VALIDATION_FAILED');
      expect(fieldsOf(error)).toEqual({ reason: 'Tuliskan alasan penolakan; penulis perlu tahu mengapa.' });
    }
    const rejected = await reg.clients.admin.post(`/api/ideas/${id}/moderation`, { decision: 'reject', reason: 'Sudah ada program serupa.' });
    expect(rejected.json()).toMatchObject({ status: 'ditolak', rejectReason: 'Sudah ada program serupa.' });
    const again = expectError(await reg.clients.admin.post(`/api/ideas/${id}/moderation`, { decision: 'reject', reason: 'Sekali lagi.' }), 409, 'CONFLICT');
    expect(again.message).toBe('Keputusan ini sudah tercatat sebelumnya.');
    expect(expectError(await reg.clients.admin.post(`/api/ideas/${id}/moderation`, { decision: 'publish' }), 409, 'CONFLICT').message).toBe(
      'Ide atau komentar ini sudah diputuskan lain dan tidak dapat dimoderasi lagi.',
    );
    const [entry] = (await auditRows(t.db, 'idea', id)).filter((r) => r.action === 'idea.reject');
    expect(entry).toMatchObject({ reason: 'Sudah ada program serupa.', before: { status: 'menunggu' }, after: { status: 'ditolak' } });
    expect(await notificationsOf(t, author.id, 'ideas.rejected')).toMatchObject([{ params: { title: anIdea.title, reason: 'Sudah ada program serupa.' } }]);
    expect((await asAuthor.get('/api/ideas/mine')).json().items.find((i: { id: string }) => i.id === id)).toMatchObject({ status: 'ditolak', rejectReason: 'Sudah ada program serupa.' });
    // A rejected idea stays private.
    expectError(await other.get(`/api/ideas/${id}`), 404, 'NOT_FOUND');
  });

  it('publishes once when the same decision is sent twice at the same time', async () => {
    const id = await submit();
    const results = await Promise.all([reg.clients.admin.post(`/api/ideas/${id}/moderation`, { decision: 'publish' }), reg.clients.admin.post(`/api/ideas/${id}/moderation`, { decision: 'publish' })]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect((await auditRows(t.db, 'idea', id)).filter((r) => r.action === 'idea.publish')).toHaveLength(1);
    expect(await notificationsOf(t, author.id, 'ideas.published').then((rows) => rows.filter((r) => r.link === `/ide/${id}`))).toHaveLength(1);
  });

  it('refuses support of one’s own idea and of an unpublished idea, in Indonesian', async () => {
    const waiting = await submit();
    // Someone else cannot even see a waiting idea; its author is told it is not published.
    expectError(await other.post(`/api/ideas/${waiting}/support`), 404, 'NOT_FOUND');
    expect(expectError(await asAuthor.post(`/api/ideas/${waiting}/support`), 409, 'CONFLICT').message).toBe('Ide ini belum diterbitkan.');
    const published = await publishedIdea();
    expect(expectError(await asAuthor.post(`/api/ideas/${published}/support`), 409, 'CONFLICT').message).toBe('Anda tidak dapat mendukung ide Anda sendiri.');
    expect((await other.post(`/api/ideas/${published}/support`)).json()).toEqual({ supported: true, supportCount: 1 });
    expect((await other.delete(`/api/ideas/${published}/support`)).json()).toEqual({ supported: false, supportCount: 0 });
    expect((await other.delete(`/api/ideas/${published}/support`)).json()).toEqual({ supported: false, supportCount: 0 });
    expectError(await t.client().post(`/api/ideas/${published}/support`), 401, 'UNAUTHENTICATED');
  });

  it('refuses to assign an idea that is not published, or to a unit of another region', async () => {
    const waiting = await submit();
    const error = expectError(await reg.clients.admin.post(`/api/ideas/${waiting}/assignment`, { unitId: reg.unitA.id }), 409, 'CONFLICT');
    expect(error.message).toBe('Hanya ide yang sudah terbit dan belum ditugaskan yang dapat ditugaskan ke unit.');
    const published = await publishedIdea();
    const elsewhere = await buildUnit(t.db, (await buildRegion(t.db)).id);
    expect(fieldsOf(expectError(await reg.clients.admin.post(`/api/ideas/${published}/assignment`, { unitId: elsewhere.id }), 400, 'VALIDATION_FAILED'))).toEqual({
      unitId: 'Unit tidak dikenal atau tidak aktif di daerah ini.',
    });
    expectError(await reg.clients.operatorA.post(`/api/ideas/${published}/assignment`, { unitId: reg.unitA.id }), 403, 'FORBIDDEN');
    expect((await t.db.select().from(ideas).where(eq(ideas.id, published)))[0]).toMatchObject({ status: 'terbit', innovationId: null });
  });

  it('searches the admins’ list by stemmed words and prefixes, with counts per status of the search', async () => {
    await submit(); // one that does not match
    const match = await submit(asAuthor, { title: 'Pelayanan perpustakaan keliling', problem: 'Buku jarang sampai ke desa.', solution: 'Mobil perpustakaan.' });
    const list = (await reg.clients.admin.get('/api/ideas?status=menunggu&q=layanan%20mobi')).json();
    expect(list.items.map((i: { id: string }) => i.id)).toEqual([match]);
    expect(list).toMatchObject({ total: 1, counts: { menunggu: 1, terbit: 0, ditolak: 0, ditugaskan: 0 } });
    // Nothing searchable typed: no filter at all.
    const all = (await reg.clients.admin.get('/api/ideas?status=menunggu&q=%21%21')).json();
    expect(all.total).toBeGreaterThanOrEqual(2);
    expect(all.total).toBe((await reg.clients.admin.get('/api/ideas?status=menunggu')).json().total);
  });

  it('keeps another region’s admin out: no moderation, no listing, no assignment', async () => {
    const id = await submit();
    const regionB = await buildRegion(t.db);
    const adminB = await signedIn(t, await buildUser(t.db, { regionId: regionB.id, roles: ['admin'] }));
    expectError(await adminB.post(`/api/ideas/${id}/moderation`, { decision: 'publish' }), 404, 'NOT_FOUND');
    expectError(await adminB.get(`/api/ideas/${id}`), 404, 'NOT_FOUND');
    expect((await adminB.get('/api/ideas')).json()).toMatchObject({ items: [], total: 0 });
    expect((await t.db.select().from(ideas).where(eq(ideas.id, id)))[0]!.status).toBe('menunggu');
    expectError(await reg.clients.operatorA.post(`/api/ideas/${id}/moderation`, { decision: 'publish' }), 403, 'FORBIDDEN');
    expectError(await asAuthor.get('/api/ideas'), 403, 'FORBIDDEN');
  });

  it('takes PDF, JPG and PNG judged by their bytes, at most 5 MB and 5 files, from the author while waiting', async () => {
    const id = await submit();
    const fake = expectError(await asAuthor.upload(`/api/ideas/${id}/files`, fakeExe(), 'proposal.pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(fake.message).toBe('Lampiran harus berupa PDF, JPG, atau PNG (diperiksa dari isi berkas).');
    const big = Buffer.concat([tinyPdf('besar'), Buffer.alloc(5 * 1024 * 1024 + 10, 0x20)]);
    expect(expectError(await asAuthor.upload(`/api/ideas/${id}/files`, big, 'besar.pdf'), 413, 'PAYLOAD_TOO_LARGE').message).toBe('Lampiran paling besar 5 MB.');
    expectError(await other.upload(`/api/ideas/${id}/files`, tinyPdf('orang lain'), 'lain.pdf'), 404, 'NOT_FOUND');
    for (let i = 0; i < 5; i += 1) expect((await asAuthor.upload(`/api/ideas/${id}/files`, tinyPng([i * 40, 10, 10]), `foto${i}.png`)).statusCode).toBe(201);
    expect(expectError(await asAuthor.upload(`/api/ideas/${id}/files`, tinyPdf('keenam'), 'keenam.pdf'), 409, 'CONFLICT').message).toBe('Sebuah ide paling banyak memiliki 5 lampiran.');
    const idea = (await asAuthor.get(`/api/ideas/${id}`)).json();
    expect(idea.files).toHaveLength(5);
    expect((await asAuthor.delete(`/api/ideas/${id}/files/${idea.files[0].id}`)).json()).toEqual({ ok: true });
    expect((await asAuthor.get(`/api/ideas/${id}`)).json().files).toHaveLength(4);

    // Once moderated, the idea and its files are what was decided on.
    await reg.clients.admin.post(`/api/ideas/${id}/moderation`, { decision: 'publish' });
    expect(expectError(await asAuthor.upload(`/api/ideas/${id}/files`, tinyPdf('terlambat'), 'x.pdf'), 409, 'CONFLICT').message).toBe('Ide hanya dapat diubah penulisnya selama menunggu moderasi.');
    expectError(await asAuthor.patch(`/api/ideas/${id}`, { title: 'Judul baru' }), 409, 'CONFLICT');
    expectError(await other.patch(`/api/ideas/${id}`, { title: 'Judul baru' }), 403, 'FORBIDDEN');
  });

  it('lets the author edit a waiting idea, and checks the affair code', async () => {
    const id = await submit();
    const edited = await asAuthor.patch(`/api/ideas/${id}`, { title: 'Judul yang lebih jelas', location: null });
    expect(edited.json()).toMatchObject({ title: 'Judul yang lebih jelas', location: null, problem: anIdea.problem });
    expect(fieldsOf(expectError(await asAuthor.patch(`/api/ideas/${id}`, { affair: 'tidak_ada' }), 400, 'VALIDATION_FAILED'))).toEqual({ affair: 'Urusan "tidak_ada" tidak dikenal.' });
    expectError(await asAuthor.post('/api/ideas', { ...anIdea, affair: 'tidak_ada' }), 400, 'VALIDATION_FAILED');
    expect((await auditRows(t.db, 'idea', id)).find((r) => r.action === 'idea.update')).toMatchObject({ before: { title: anIdea.title }, after: { title: 'Judul yang lebih jelas' } });
  });

  it('takes comments only on public ideas; comment_count counts published comments only', async () => {
    const waiting = await submit();
    expectError(await other.post(`/api/ideas/${waiting}/comments`, { body: 'Terlalu cepat' }), 404, 'NOT_FOUND');
    expect(expectError(await asAuthor.post(`/api/ideas/${waiting}/comments`, { body: 'Catatan saya' }), 409, 'CONFLICT').message).toBe('Ide ini belum diterbitkan.');
    const id = await publishedIdea();
    const a = (await other.post(`/api/ideas/${id}/comments`, { body: 'Komentar baik' })).json();
    const b = (await other.post(`/api/ideas/${id}/comments`, { body: 'Komentar kasar' })).json();
    expect(fieldsOf(expectError(await reg.clients.admin.post(`/api/idea-comments/${b.id}/moderation`, { decision: 'reject' }), 400, 'VALIDATION_FAILED'))).toHaveProperty('reason');
    expect((await reg.clients.admin.post(`/api/idea-comments/${b.id}/moderation`, { decision: 'reject', reason: 'Tidak sopan' })).json()).toMatchObject({ status: 'ditolak', rejectReason: 'Tidak sopan' });
    expect((await reg.clients.admin.post(`/api/idea-comments/${a.id}/moderation`, { decision: 'publish' })).json()).toMatchObject({ status: 'terbit' });
    expect((await t.db.select().from(ideas).where(eq(ideas.id, id)))[0]!.commentCount).toBe(1);
    expectError(await reg.clients.operatorA.get('/api/idea-comments'), 403, 'FORBIDDEN');
  });
});
