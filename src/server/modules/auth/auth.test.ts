import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authTokens, mailMessages, sessions, users } from '../../db/schema.js';
import { buildRegion, buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { auditRows, expectError, signedIn } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type SmtpCapture } from '../../test/smtp.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function newUser(app: TestApp = t, roles: ('admin' | 'pimpinan')[] = ['pimpinan']) {
  const region = await buildRegion(app.db);
  const user = await buildUser(app.db, { regionId: region.id, roles });
  return { region, user };
}

const sidOf = (res: { cookies: { name: string; value: string }[] }) => res.cookies.find((c) => c.name === 'lumbung_sid')?.value;
const userRow = async (id: string) => (await t.db.select().from(users).where(eq(users.id, id)))[0]!;

describe('POST /api/auth/sign-in', () => {
  it('returns the signed-in account and sets an httpOnly, SameSite session cookie', async () => {
    const { region, user } = await newUser(t, ['admin']);
    const client = t.client();
    const res = await client.signIn(user.email.toUpperCase(), TEST_PASSWORD); // email is case-insensitive
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      id: user.id,
      email: user.email,
      name: user.name,
      roles: ['admin'],
      unitIds: [],
      region: { id: region.id, code: region.code, name: region.name, bodyName: region.bodyName, hasLogo: false },
    });

    const setCookie = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith('lumbung_sid='));
    expect(setCookie).toBeDefined();
    expect(setCookie).toMatch(/;\s*HttpOnly/i);
    expect(setCookie).toMatch(/;\s*SameSite=Lax/i);
    expect(setCookie).toMatch(/;\s*Path=\//i);
    expect(setCookie).not.toMatch(/;\s*Secure/i); // plain http here; 'auto' adds Secure behind https
    expect(setCookie).toMatch(/;\s*Expires=/i);

    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(user.id);
    expect((await userRow(user.id)).lastSignInAt).toBeInstanceOf(Date);
  });

  it('answers a wrong password with 401 INVALID_CREDENTIALS in Indonesian, or English when asked', async () => {
    const { user } = await newUser();
    const id = expectError(await t.client().signIn(user.email, 'salah-sekali-123'), 401, 'INVALID_CREDENTIALS');
    expect(id.message).toBe('Email atau kata sandi salah.');
    const en = expectError(await t.client('en').signIn(user.email, 'salah-sekali-123'), 401, 'INVALID_CREDENTIALS');
    expect(en.message).toBe('Wrong email or password.');
  });

  it('gives an unknown email exactly the same answer as a wrong password', async () => {
    const { user } = await newUser();
    const wrong = await t.client().signIn(user.email, 'salah-sekali-123');
    const unknown = await t.client().signIn('tidak-ada@uji.test', 'salah-sekali-123');
    expect(unknown.statusCode).toBe(wrong.statusCode);
    const strip = (b: { error: Record<string, unknown> }) => ({ ...b.error, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
  });

  it('locks the account after 5 failures, even against the right password, and audits it', async () => {
    const { user } = await newUser();
    const client = t.client();
    for (let i = 1; i <= 5; i++) expectError(await client.signIn(user.email, `salah-${i}-xxxxxx`), 401, 'INVALID_CREDENTIALS');

    const locked = await client.signIn(user.email, TEST_PASSWORD);
    const error = expectError(locked, 423, 'ACCOUNT_LOCKED');
    expect(error.message).toMatch(/^Akun dikunci sementara/);
    // The unlock time is shown on the region's clock (factories' regions are in WIB).
    expect(error.message).toMatch(/\d{2}\.\d{2} WIB/);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(14 * 60);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // A wrong password while locked is refused the same way and does not extend the lock.
    expectError(await client.signIn(user.email, 'salah-lagi-xxxxxx'), 423, 'ACCOUNT_LOCKED');

    const row = await userRow(user.id);
    expect(row.lockedUntil!.getTime()).toBeGreaterThan(Date.now() + 14 * 60_000);
    const entries = await auditRows(t.db, 'user', user.id);
    expect(entries.filter((e) => e.action === 'sign_in_failed').map((e) => e.after)).toEqual([1, 2, 3, 4, 5].map((n) => ({ failedSignIns: n })));
    expect(entries.filter((e) => e.action === 'account_locked')).toHaveLength(1);
    expect(entries.filter((e) => e.action === 'account_locked')[0]).toMatchObject({ regionId: user.regionId, after: { minutes: 15 } });
    expect(entries.some((e) => e.action === 'sign_in')).toBe(false);
  });

  it('lets the account in again once the lock has expired', async () => {
    const { user } = await newUser();
    const client = t.client();
    for (let i = 0; i < 5; i++) await client.signIn(user.email, 'salah-xxxxxxxx');
    expectError(await client.signIn(user.email, TEST_PASSWORD), 423, 'ACCOUNT_LOCKED');

    await t.db.update(users).set({ lockedUntil: new Date(Date.now() - 60_000) }).where(eq(users.id, user.id));
    expect((await client.signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect(await userRow(user.id)).toMatchObject({ failedSignIns: 0, lockedUntil: null });
  });

  it('counts consecutive failures only: a successful sign-in resets the count', async () => {
    const { user } = await newUser();
    for (let i = 0; i < 4; i++) await t.client().signIn(user.email, 'salah-xxxxxxxx');
    expect((await t.client().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expectError(await t.client().signIn(user.email, 'salah-xxxxxxxx'), 401, 'INVALID_CREDENTIALS');
    expect((await t.client().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses an inactive account with the same answer as a wrong password', async () => {
    const { user } = await newUser();
    await t.db.update(users).set({ active: false }).where(eq(users.id, user.id));
    const error = expectError(await t.client().signIn(user.email, TEST_PASSWORD), 401, 'INVALID_CREDENTIALS');
    expect(error.message).toBe('Email atau kata sandi salah.');
  });

  it('refuses an invited account that has no password yet', async () => {
    const { user } = await newUser();
    await t.db.update(users).set({ passwordHash: null }).where(eq(users.id, user.id));
    expectError(await t.client().signIn(user.email, TEST_PASSWORD), 401, 'INVALID_CREDENTIALS');
  });

  it('stores passwords as argon2id hashes, never as the password', async () => {
    const { user } = await newUser();
    const row = await userRow(user.id);
    expect(row.passwordHash).toMatch(/^\$argon2id\$v=19\$/);
    expect(row.passwordHash).not.toContain(TEST_PASSWORD);
  });
});

describe('CSRF protection', () => {
  it('refuses a state-changing request without the token with 403', async () => {
    const { user } = await newUser();
    const client = t.client();
    const res = await client.raw('POST', '/api/auth/sign-in', { body: { email: user.email, password: TEST_PASSWORD }, csrf: false });
    const error = expectError(res, 403, 'CSRF_INVALID');
    expect(error.message).toBe('Sesi formulir kedaluwarsa. Muat ulang halaman lalu coba lagi.');
    expect(sidOf(res)).toBeUndefined(); // no session was started
  });

  it('refuses a signed-in request without the token, with a forged one, or with another session’s token', async () => {
    const { region, user } = await newUser(t, ['admin']);
    const client = await signedIn(t, user);
    const patch = { body: { bodyName: 'Diubah Tanpa Token' } };
    expectError(await client.raw('PATCH', '/api/region', { ...patch, csrf: false }), 403, 'CSRF_INVALID');
    expectError(await client.raw('PATCH', '/api/region', { ...patch, csrf: false, headers: { 'x-csrf-token': 'palsu' } }), 403, 'CSRF_INVALID');
    const other = t.client();
    const otherToken = (await other.get('/api/auth/csrf')).json().token as string;
    expectError(await client.raw('PATCH', '/api/region', { ...patch, csrf: false, headers: { 'x-csrf-token': otherToken } }), 403, 'CSRF_INVALID');
    expect((await client.get('/api/region')).json().bodyName).toBe(region.bodyName);
    // With its own token the same request goes through.
    expect((await client.patch('/api/region', patch.body)).statusCode).toBe(200);
  });
});

describe('sessions', () => {
  it('issues a new session id on sign-in, so a planted id is worth nothing', async () => {
    const { user } = await newUser();
    const client = t.client();
    const before = sidOf(await client.get('/api/auth/csrf'));
    expect(before).toBeDefined();
    const signIn = await client.signIn(user.email, TEST_PASSWORD);
    const after = sidOf(signIn);
    expect(after).toBeDefined();
    expect(after!.split('.')[0]).not.toBe(before!.split('.')[0]);

    const planted = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `lumbung_sid=${before}` } });
    expectError(planted, 401, 'UNAUTHENTICATED');
    const fresh = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `lumbung_sid=${after}` } });
    expect(fresh.statusCode).toBe(200);
  });

  it('ends the session on sign-out, on the server too', async () => {
    const { user } = await newUser();
    const client = t.client();
    const sid = sidOf(await client.signIn(user.email, TEST_PASSWORD))!;
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);

    const out = await client.post('/api/auth/sign-out');
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    expectError(await client.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    // Replaying the old cookie does not bring the session back.
    const replay = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `lumbung_sid=${sid}` } });
    expectError(replay, 401, 'UNAUTHENTICATED');
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
  });

  it('answers /me without a session with 401 in the caller’s language', async () => {
    expect(expectError(await t.client().get('/api/auth/me'), 401, 'UNAUTHENTICATED').message).toBe('Silakan masuk terlebih dahulu.');
    expect(expectError(await t.client('en').get('/api/auth/me'), 401, 'UNAUTHENTICATED').message).toBe('Please sign in first.');
  });
});

describe('outbox (no SMTP server configured)', () => {
  it('keeps a password-reset e-mail in the outbox, where the region’s admin reads it', async () => {
    const { region, user } = await newUser();
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const res = await t.client().post('/api/auth/forgot-password', { email: user.email });
    expect(res.statusCode).toBe(200);

    const mail = await (await signedIn(t, admin)).get('/api/mail');
    expect(mail.statusCode).toBe(200);
    const body = mail.json();
    expect(body.total).toBe(1);
    expect(body.items[0]).toMatchObject({ to: user.email, subject: 'Atur ulang kata sandi Lumbung', status: 'outbox' });
    expect(body.items[0].text).toContain(`${t.env.publicUrl}/atur-sandi?token=`);

    // Another region's admin does not see it, and a non-admin may not read the outbox.
    const other = await newUser(t, ['admin']);
    const otherMail = await (await signedIn(t, other.user)).get('/api/mail');
    expect(otherMail.json()).toMatchObject({ items: [], total: 0 });
    expectError(await (await signedIn(t, user)).get('/api/mail'), 403, 'FORBIDDEN');
  });
});

describe('password reset through a real SMTP server', () => {
  let smtp: SmtpCapture;
  let m: TestApp;
  beforeAll(async () => {
    smtp = await startSmtpServer();
    m = await startTestApp({ smtpUrl: smtp.url });
  });
  afterAll(async () => {
    await m?.close();
    await smtp?.close();
  });

  const tokenIn = (text: string) => {
    const match = /\/atur-sandi\?token=([\w-]+)/.exec(text);
    expect(match, text).not.toBeNull();
    return match![1]!;
  };

  it('mails a single-use link that sets a new password', async () => {
    const region = await buildRegion(m.db, { bodyName: 'Bapperida Kabupaten Surel' });
    const user = await buildUser(m.db, { regionId: region.id, roles: ['pimpinan'] });
    const elsewhere = m.client();
    expect((await elsewhere.signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);

    const sent = smtp.messages.length;
    const res = await m.client().post('/api/auth/forgot-password', { email: user.email });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const [mail] = (await smtp.waitFor(sent + 1)).slice(sent);
    expect(smtp.messages).toHaveLength(sent + 1);
    expect(mail!.to).toMatchObject({ value: [{ address: user.email }] });
    expect(mail!.from?.value[0]?.address).toBe('lumbung@localhost');
    expect(mail!.subject).toBe('Atur ulang kata sandi Lumbung');
    expect(mail!.text).toContain(`Yth. ${user.name},`);
    expect(mail!.text).toContain(`${m.env.publicUrl}/atur-sandi?token=`);
    const token = tokenIn(mail!.text!);
    const [row] = await m.db.select().from(mailMessages).where(eq(mailMessages.to, user.email));
    expect(row).toMatchObject({ status: 'sent', subject: 'Atur ulang kata sandi Lumbung' });

    const newPassword = 'kata-sandi-baru-456';
    const set = await m.client().post('/api/auth/set-password', { token, password: newPassword });
    expect(set.statusCode, set.body).toBe(200);
    const again = expectError(await m.client().post('/api/auth/set-password', { token, password: 'yang-lain-lagi-789' }), 400, 'VALIDATION_FAILED');
    expect(again.fields).toEqual([{ path: 'token', message: 'Tautan ini tidak berlaku atau sudah dipakai. Minta tautan baru.' }]);

    expectError(await m.client().signIn(user.email, TEST_PASSWORD), 401, 'INVALID_CREDENTIALS');
    expect((await m.client().signIn(user.email, newPassword)).statusCode).toBe(200);
    const [stored] = await m.db.select().from(users).where(eq(users.id, user.id));
    expect(stored!.passwordHash).toMatch(/^\$argon2id\$/);
    // Sessions opened before the reset are ended by it.
    expectError(await elsewhere.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    // Only the token's hash is kept.
    const tokens = await m.db.select().from(authTokens).where(eq(authTokens.userId, user.id));
    expect(tokens.map((r) => r.tokenHash)).not.toContain(token);
    const actions = (await auditRows(m.db, 'user', user.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['password_reset_requested', 'password_reset']));
  });

  it('sends nothing for an unknown email, with the same 200 answer', async () => {
    const sent = smtp.messages.length;
    const rows = await m.db.select({ n: sql<number>`count(*)::int` }).from(mailMessages);
    const res = await m.client().post('/api/auth/forgot-password', { email: 'belum-terdaftar@uji.test' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    await new Promise((r) => setTimeout(r, 200));
    expect(smtp.messages).toHaveLength(sent);
    expect((await m.db.select({ n: sql<number>`count(*)::int` }).from(mailMessages))[0]!.n).toBe(rows[0]!.n);
  });

  it('writes in English when the request asks for it, and a newer link replaces an older one', async () => {
    const region = await buildRegion(m.db);
    const user = await buildUser(m.db, { regionId: region.id, roles: ['pimpinan'] });
    const sent = smtp.messages.length;
    await m.client('en').post('/api/auth/forgot-password', { email: user.email });
    await m.client().post('/api/auth/forgot-password', { email: user.email });
    const [first, second] = (await smtp.waitFor(sent + 2)).slice(sent);
    expect(first!.subject).toBe('Reset your Lumbung password');
    expect(second!.subject).toBe('Atur ulang kata sandi Lumbung');

    const stale = expectError(await m.client().post('/api/auth/set-password', { token: tokenIn(first!.text!), password: 'kata-sandi-baru-456' }), 400, 'VALIDATION_FAILED');
    expect(stale.fields?.[0]?.path).toBe('token');
    expect((await m.client().post('/api/auth/set-password', { token: tokenIn(second!.text!), password: 'kata-sandi-baru-456' })).statusCode).toBe(200);
  });

  it('refuses an expired link', async () => {
    const region = await buildRegion(m.db);
    const user = await buildUser(m.db, { regionId: region.id, roles: ['pimpinan'] });
    const sent = smtp.messages.length;
    await m.client().post('/api/auth/forgot-password', { email: user.email });
    const [mail] = (await smtp.waitFor(sent + 1)).slice(sent);
    await m.db
      .update(authTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(and(eq(authTokens.userId, user.id)));
    const error = expectError(await m.client().post('/api/auth/set-password', { token: tokenIn(mail!.text!), password: 'kata-sandi-baru-456' }), 400, 'VALIDATION_FAILED');
    expect(error.fields?.[0]?.path).toBe('token');
    expect((await m.client().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
  });
});

describe('rate limit on sign-in', () => {
  let r: TestApp;
  beforeAll(async () => {
    r = await startTestApp({ signInLimitPerMinute: 3 });
  });
  afterAll(() => r?.close());

  it('answers the 4th attempt within a minute with 429 RATE_LIMITED', async () => {
    const region = await buildRegion(r.db);
    const user = await buildUser(r.db, { regionId: region.id, roles: ['pimpinan'] });
    const client = r.client();
    expectError(await client.signIn(user.email, 'salah-xxxxxxxx'), 401, 'INVALID_CREDENTIALS');
    expectError(await client.signIn(user.email, 'salah-xxxxxxxx'), 401, 'INVALID_CREDENTIALS');
    expect((await client.signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    const limited = await r.client().signIn(user.email, TEST_PASSWORD);
    const error = expectError(limited, 429, 'RATE_LIMITED');
    expect(error.message).toBe('Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    // Only the sign-in endpoints are limited.
    expect((await client.get('/api/auth/me')).statusCode).toBe(200);
  });
});
