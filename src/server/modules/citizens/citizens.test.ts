import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authTokens, ideas, innovations, mailMessages, notifications, userRoles, users } from '../../db/schema.js';
import { buildRegion, buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type SmtpCapture } from '../../test/smtp.js';
import { createInnovation, registryRegion } from '../innovations/registry.test-support.js';

const PASSWORD = 'kata-sandi-warga-1';
let seq = 0;
const newEmail = () => `warga${++seq}-${Date.now()}@contoh.test`;
const tokenIn = (text: string) => {
  const match = /\/verifikasi-email\?token=([\w-]+)/.exec(text);
  expect(match, text).not.toBeNull();
  return match![1]!;
};

describe('citizen registration through a real SMTP server', () => {
  let smtp: SmtpCapture;
  let m: TestApp;
  let portal: { id: string; bodyName: string };
  beforeAll(async () => {
    smtp = await startSmtpServer();
    m = await startTestApp({ smtpUrl: smtp.url });
    // The first region is the one the portal speaks for; citizens register there.
    portal = await buildRegion(m.db, { bodyName: 'Bapperida Kabupaten Portal' });
    await buildRegion(m.db, { bodyName: 'Bapperida Lain' });
  });
  afterAll(async () => {
    await m?.close();
    await smtp?.close();
  });

  async function register(client: Client, email: string, name = 'Siti Warga') {
    const sent = smtp.messages.length;
    const res = await client.post('/api/citizens/register', { name, email, password: PASSWORD, acceptPrivacy: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const [mail] = (await smtp.waitFor(sent + 1)).slice(sent);
    return mail!;
  }

  it('registers a citizen, mails a single-use link, and the link verifies the address and signs the person in', async () => {
    const email = newEmail();
    const mail = await register(m.client(), email.toUpperCase());
    expect(mail.to).toMatchObject({ value: [{ address: email }] });
    expect(mail.subject).toBe('Verifikasi alamat surel akun Lumbung — Bapperida Kabupaten Portal');
    expect(mail.text).toContain('Yth. Siti Warga,');
    expect(mail.text).toContain(`${m.env.publicUrl}/verifikasi-email?token=`);
    expect(mail.text).toContain('berlaku 48 jam');

    const [stored] = await m.db.select().from(users).where(eq(users.email, email));
    expect(stored).toMatchObject({ regionId: portal.id, name: 'Siti Warga', emailVerifiedAt: null, active: true });
    expect(stored!.privacyAcceptedAt).toBeInstanceOf(Date);
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    expect((await m.db.select().from(userRoles).where(eq(userRoles.userId, stored!.id))).map((r) => r.role)).toEqual(['masyarakat']);

    // Not yet verified: the right password is answered with a clear refusal …
    const refused = expectError(await m.client().signIn(email, PASSWORD), 403, 'EMAIL_NOT_VERIFIED');
    expect(refused.message).toBe('Alamat surel akun ini belum diverifikasi. Buka tautan di surel pendaftaran atau minta tautan baru.');
    const refusedEn = expectError(await m.client('en').signIn(email, PASSWORD), 403, 'EMAIL_NOT_VERIFIED');
    expect(refusedEn.message).toMatch(/^The e-mail address of this account is not verified yet/);
    // … a wrong one reveals nothing about the account.
    expectError(await m.client().signIn(email, 'salah-sekali-123'), 401, 'INVALID_CREDENTIALS');

    const token = tokenIn(mail.text!);
    const browser = m.client();
    const verified = await browser.post('/api/citizens/verify', { token });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({ id: stored!.id, email, name: 'Siti Warga', roles: ['masyarakat'], unitIds: [], region: { id: portal.id, bodyName: 'Bapperida Kabupaten Portal' } });
    expect(verified.cookies.some((c) => c.name === 'lumbung_sid')).toBe(true);
    expect((await browser.get('/api/auth/me')).json().id).toBe(stored!.id);
    const [after] = await m.db.select().from(users).where(eq(users.id, stored!.id));
    expect(after!.emailVerifiedAt).toBeInstanceOf(Date);

    // The link works once.
    const again = expectError(await m.client().post('/api/citizens/verify', { token }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(again)).toEqual({ token: 'Tautan ini tidak berlaku atau sudah dipakai. Minta tautan baru.' });
    // A verification link is not a password-reset link.
    expectError(await m.client().post('/api/auth/set-password', { token, password: 'kata-sandi-lain-2' }), 400, 'VALIDATION_FAILED');
    expect((await m.client().signIn(email, PASSWORD)).statusCode).toBe(200);
    // Only the token's hash is stored; the steps are audited.
    expect((await m.db.select().from(authTokens).where(eq(authTokens.userId, stored!.id))).map((r) => r.tokenHash)).not.toContain(token);
    expect((await auditRows(m.db, 'user', stored!.id)).map((r) => r.action)).toEqual(expect.arrayContaining(['citizen.register', 'citizen.email_verified']));
  });

  it('answers the same for an address that already has an account, and mails its owner instead', async () => {
    const owner = await buildUser(m.db, { regionId: portal.id, roles: ['operator'], name: 'Pemilik Akun' });
    const before = await m.db.select({ n: sql<number>`count(*)::int` }).from(users);
    const mail = await register(m.client(), owner.email, 'Penyusup');
    expect(mail.to).toMatchObject({ value: [{ address: owner.email }] });
    expect(mail.subject).toBe('Pendaftaran akun Lumbung — Bapperida Kabupaten Portal');
    expect(mail.text).toContain('Yth. Pemilik Akun,');
    expect(mail.text).toContain(`${m.env.publicUrl}/lupa-sandi`);
    expect(mail.text).not.toContain('token=');
    expect((await m.db.select({ n: sql<number>`count(*)::int` }).from(users))[0]!.n).toBe(before[0]!.n);
    // Nothing about the account changed: the owner still signs in with the old password.
    expect((await m.client().signIn(owner.email, TEST_PASSWORD)).statusCode).toBe(200);
    expectError(await m.client().signIn(owner.email, PASSWORD), 401, 'INVALID_CREDENTIALS');
  });

  it('requires the privacy notice to be accepted, with an Indonesian field message', async () => {
    const email = newEmail();
    for (const acceptPrivacy of [false, undefined]) {
      const error = expectError(await m.client().post('/api/citizens/register', { name: 'Tanpa Setuju', email, password: PASSWORD, acceptPrivacy }), 400, 'VALIDATION_FAILED');
      expect(fieldsOf(error)).toEqual({ acceptPrivacy: 'Setujui pemberitahuan privasi untuk mendaftar.' });
    }
    const short = expectError(await m.client().post('/api/citizens/register', { name: 'X', email, password: 'pendek', acceptPrivacy: true }), 400, 'VALIDATION_FAILED');
    expect(Object.keys(fieldsOf(short))).toEqual(['password']);
    expect(await m.db.select().from(users).where(eq(users.email, email))).toHaveLength(0);
  });

  it('resends a link only to a registered, unverified citizen; a newer link replaces the older', async () => {
    const email = newEmail();
    const first = await register(m.client('en'), email, 'Budi Warga');
    expect(first.subject).toBe('Verify the e-mail address of your Lumbung account — Bapperida Kabupaten Portal');
    const sent = smtp.messages.length;
    const res = await m.client().post('/api/citizens/resend-verification', { email });
    expect(res.json()).toEqual({ ok: true });
    const [second] = (await smtp.waitFor(sent + 1)).slice(sent);
    expect(second!.subject).toMatch(/^Verifikasi alamat surel/);
    expectError(await m.client().post('/api/citizens/verify', { token: tokenIn(first.text!) }), 400, 'VALIDATION_FAILED');
    expect((await m.client().post('/api/citizens/verify', { token: tokenIn(second!.text!) })).statusCode).toBe(200);

    // Verified, unknown, or staff: the same answer and no mail.
    const staff = await buildUser(m.db, { regionId: portal.id, roles: ['admin'] });
    const outbox = (await m.db.select({ n: sql<number>`count(*)::int` }).from(mailMessages))[0]!.n;
    for (const address of [email, 'tidak-ada@contoh.test', staff.email]) {
      const again = await m.client().post('/api/citizens/resend-verification', { email: address });
      expect(again.statusCode).toBe(200);
      expect(again.json()).toEqual({ ok: true });
    }
    expect((await m.db.select({ n: sql<number>`count(*)::int` }).from(mailMessages))[0]!.n).toBe(outbox);
  });

  it('sends a fresh verification link when an unverified citizen registers again', async () => {
    const email = newEmail();
    const first = await register(m.client(), email);
    const second = await register(m.client(), email, 'Nama Lain');
    expect(second.subject).toMatch(/^Verifikasi alamat surel/);
    expect(second.text).toContain('Yth. Siti Warga,'); // the stored account, not the new form's name
    expect(await m.db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
    expectError(await m.client().post('/api/citizens/verify', { token: tokenIn(first.text!) }), 400, 'VALIDATION_FAILED');
    expect((await m.client().post('/api/citizens/verify', { token: tokenIn(second.text!) })).statusCode).toBe(200);
  });

  it('refuses an expired link', async () => {
    const email = newEmail();
    const mail = await register(m.client(), email);
    const [user] = await m.db.select().from(users).where(eq(users.email, email));
    await m.db.update(authTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(and(eq(authTokens.userId, user!.id)));
    expectError(await m.client().post('/api/citizens/verify', { token: tokenIn(mail.text!) }), 400, 'VALIDATION_FAILED');
    expectError(await m.client().signIn(email, PASSWORD), 403, 'EMAIL_NOT_VERIFIED');
  });

  it('serves the privacy notice naming the portal region’s body', async () => {
    const res = await m.client().get('/api/citizens/privacy');
    expect(res.statusCode).toBe(200);
    const notice = res.json();
    expect(notice).toMatchObject({ title: 'Pemberitahuan privasi', controller: 'Bapperida Kabupaten Portal', version: '2026-11' });
    expect(notice.paragraphs).toHaveLength(5);
    expect(notice.paragraphs[0]).toContain('Bapperida Kabupaten Portal');
    expect((await m.client('en').get('/api/citizens/privacy')).json().title).toBe('Privacy notice');
  });
});

describe('rate limit on registration', () => {
  let r: TestApp;
  beforeAll(async () => {
    r = await startTestApp({ signInLimitPerMinute: 2 });
    await buildRegion(r.db);
  });
  afterAll(() => r?.close());

  it('answers the 3rd registration within a minute with 429, and limits resending too', async () => {
    const client = r.client();
    for (let i = 0; i < 2; i += 1) {
      expect((await client.post('/api/citizens/register', { name: 'Warga', email: newEmail(), password: PASSWORD, acceptPrivacy: true })).statusCode).toBe(200);
    }
    expectError(await client.post('/api/citizens/register', { name: 'Warga', email: newEmail(), password: PASSWORD, acceptPrivacy: true }), 429, 'RATE_LIMITED');
    const other = r.client();
    await other.post('/api/citizens/resend-verification', { email: newEmail() });
    await other.post('/api/citizens/resend-verification', { email: newEmail() });
    expectError(await other.post('/api/citizens/resend-verification', { email: newEmail() }), 429, 'RATE_LIMITED');
  });
});

describe('follows', () => {
  let t: TestApp;
  let reg: Awaited<ReturnType<typeof registryRegion>>;
  let citizen: { id: string; email: string };
  let asCitizen: Client;
  beforeAll(async () => {
    t = await startTestApp();
    reg = await registryRegion(t);
    citizen = await buildUser(t.db, { regionId: reg.region.id, roles: ['masyarakat'], name: 'Pengikut Setia' });
    asCitizen = await signedIn(t, citizen);
  });
  afterAll(() => t?.close());

  async function publishedInnovation(slug: string) {
    const created = await createInnovation(reg.clients.admin, reg.unitA.id, { name: `Inovasi ${slug}` });
    const id = created.innovation.id;
    await t.db.update(innovations).set({ publishedAt: new Date(), slug }).where(eq(innovations.id, id));
    return id;
  }

  async function idea(status: string, regionId = reg.region.id, title = 'Ide Taman Baca') {
    const [row] = await t.db.insert(ideas).values({ regionId, authorId: reg.users.leader.id, title, problem: 'Masalah', solution: 'Solusi', status }).returning();
    return row!;
  }

  const myNotifications = async (userId: string, kind?: string) =>
    t.db.select().from(notifications).where(and(eq(notifications.userId, userId), kind ? eq(notifications.kind, kind) : undefined));

  it('follows a published innovation and a public idea once, lists them with links, and unfollows idempotently', async () => {
    const innovationId = await publishedInnovation('layanan-antar-obat');
    const published = await idea('terbit');
    for (let i = 0; i < 2; i += 1) {
      const res = await asCitizen.post('/api/follows', { subject: 'innovation', subjectId: innovationId });
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toMatchObject({ subject: 'innovation', subjectId: innovationId, title: 'Inovasi layanan-antar-obat', link: '/inovasi/layanan-antar-obat' });
    }
    expect((await asCitizen.post('/api/follows', { subject: 'idea', subjectId: published.id })).json()).toMatchObject({ title: 'Ide Taman Baca', link: `/ide/${published.id}` });

    const list = (await asCitizen.get('/api/follows')).json();
    expect(list.items).toHaveLength(2);
    expect(list.items.map((f: { subject: string }) => f.subject).sort()).toEqual(['idea', 'innovation']);

    for (let i = 0; i < 2; i += 1) expect((await asCitizen.delete(`/api/follows/idea/${published.id}`)).json()).toEqual({ ok: true });
    expect((await asCitizen.get('/api/follows')).json().items.map((f: { subjectId: string }) => f.subjectId)).toEqual([innovationId]);
  });

  it('refuses what is not public with 404: an unpublished innovation, a waiting or rejected idea, another region’s idea', async () => {
    const draft = await createInnovation(reg.clients.admin, reg.unitA.id, { name: 'Inovasi Belum Terbit' });
    const other = await buildRegion(t.db);
    const cases = [
      { subject: 'innovation', subjectId: draft.innovation.id },
      { subject: 'idea', subjectId: (await idea('menunggu')).id },
      { subject: 'idea', subjectId: (await idea('ditolak')).id },
      { subject: 'idea', subjectId: (await idea('terbit', other.id)).id },
      { subject: 'idea', subjectId: draft.innovation.id },
    ];
    for (const body of cases) expectError(await asCitizen.post('/api/follows', body), 404, 'NOT_FOUND');
    expectError(await t.client().post('/api/follows', cases[0]), 401, 'UNAUTHENTICATED');
    expectError(await asCitizen.post('/api/follows', { subject: 'unit', subjectId: draft.innovation.id }), 400, 'VALIDATION_FAILED');
  });

  it('tells followers of a published innovation about a saved profile once a day, and about each new stage', async () => {
    const innovationId = await publishedInnovation('posyandu-digital');
    const second = await buildUser(t.db, { regionId: reg.region.id, roles: ['masyarakat'] });
    await asCitizen.post('/api/follows', { subject: 'innovation', subjectId: innovationId });
    await (await signedIn(t, second)).post('/api/follows', { subject: 'innovation', subjectId: innovationId });
    const operator = reg.clients.operatorA;
    // The operator follows it too but is never told of their own change.
    await operator.post('/api/follows', { subject: 'innovation', subjectId: innovationId });

    for (const [version, goal] of [[1, 'Tujuan baru'], [2, 'Tujuan lebih baru']] as const) {
      const saved = await operator.patch(`/api/innovations/${innovationId}`, { version, goal });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const updated = await myNotifications(citizen.id, 'follow.innovationUpdated');
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ link: '/inovasi/posyandu-digital', params: { title: 'Inovasi posyandu-digital', subjectId: innovationId } });
    expect(await myNotifications(second.id, 'follow.innovationUpdated')).toHaveLength(1);
    expect(await myNotifications(reg.users.operatorA.id, 'follow.innovationUpdated')).toHaveLength(0);

    // Read: the next change of the same kind is news again.
    await asCitizen.post('/api/notifications/read', {});
    expect((await operator.patch(`/api/innovations/${innovationId}`, { version: 3, goal: 'Tujuan ketiga' })).statusCode).toBe(200);
    expect(await myNotifications(citizen.id, 'follow.innovationUpdated')).toHaveLength(2);

    // A proposal record keeps the stage; the trial moves it to uji coba.
    expect((await operator.post(`/api/innovations/${innovationId}/lifecycle`, { step: 'proposal', date: '2026-01-05' })).statusCode).toBe(200);
    expect(await myNotifications(citizen.id, 'follow.innovationStage')).toHaveLength(0);
    expect((await reg.clients.admin.post(`/api/innovations/${innovationId}/lifecycle`, { step: 'feasibility', date: '2026-01-10', feasible: true })).statusCode).toBe(200);
    const designated = await reg.clients.admin.post(`/api/innovations/${innovationId}/lifecycle`, { step: 'designation', date: '2026-01-20', legalBasis: 'sk', number: '100/1/2026' });
    expect(designated.statusCode, designated.body).toBe(200);
    const trial = await operator.post(`/api/innovations/${innovationId}/lifecycle`, { step: 'trial', date: '2026-02-01', plannedEndOn: '2026-05-01' });
    expect(trial.statusCode, trial.body).toBe(200);
    const staged = await myNotifications(citizen.id, 'follow.innovationStage');
    expect(staged).toHaveLength(1);
    const listed = (await asCitizen.get('/api/notifications')).json().items as { kind: string; text: string; link: string }[];
    expect(listed.find((n) => n.kind === 'follow.innovationStage')).toMatchObject({
      text: 'Inovasi yang Anda ikuti, "Inovasi posyandu-digital", memasuki tahap Uji Coba.',
      link: '/inovasi/posyandu-digital',
    });
  });

  it('tells nobody about an unpublished innovation’s changes', async () => {
    const draft = await createInnovation(reg.clients.admin, reg.unitA.id, { name: 'Inovasi Diam' });
    const before = (await t.db.select({ n: sql<number>`count(*)::int` }).from(notifications))[0]!.n;
    expect((await reg.clients.operatorA.patch(`/api/innovations/${draft.innovation.id}`, { version: 1, goal: 'Tujuan' })).statusCode).toBe(200);
    expect((await t.db.select({ n: sql<number>`count(*)::int` }).from(notifications))[0]!.n).toBe(before);
  });
});
