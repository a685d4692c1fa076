import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions, users } from '../../db/schema.js';
import { buildRegion, buildUnit, buildUser, TEST_PASSWORD } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function adminRegion() {
  const region = await buildRegion(t.db, { bodyName: 'Bapperida Kabupaten Undangan' });
  const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
  return { region, admin, client: await signedIn(t, admin) };
}

type MailItem = { to: string; subject: string; text: string; status: string };
async function mailTo(admin: Client, email: string): Promise<MailItem[]> {
  const res = await admin.get('/api/mail?pageSize=200');
  expect(res.statusCode).toBe(200);
  return (res.json().items as MailItem[]).filter((m) => m.to === email);
}
const tokenIn = (text: string) => /\/atur-sandi\?token=([\w-]+)/.exec(text)?.[1];

describe('inviting users', () => {
  it('creates an invited account, mails a link, and the link lets the user in', async () => {
    const { client, region, admin } = await adminRegion();
    const unit = await buildUnit(t.db, region.id);
    const res = await client.post('/api/users', { email: ' Operator.Baru@Contoh.go.id ', name: 'Operator Baru', roles: ['operator'], unitIds: [unit.id] });
    expect(res.statusCode, res.body).toBe(201);
    const user = res.json();
    expect(user).toEqual({
      id: expect.any(String),
      email: 'operator.baru@contoh.go.id',
      name: 'Operator Baru',
      roles: ['operator'],
      unitIds: [unit.id],
      active: true,
      invited: true,
      lockedUntil: null,
      lastSignInAt: null,
    });

    const [mail, ...more] = await mailTo(client, 'operator.baru@contoh.go.id');
    expect(more).toEqual([]);
    expect(mail).toMatchObject({ subject: 'Undangan ke Lumbung — Bapperida Kabupaten Undangan', status: 'outbox' });
    expect(mail!.text).toContain('Yth. Operator Baru,');
    expect(mail!.text).toContain('berlaku 72 jam');
    expect(mail!.text).toContain(`${t.env.publicUrl}/atur-sandi?token=`);

    // Nobody can sign in to an invited account before the invitation is accepted.
    expectError(await t.client().signIn('operator.baru@contoh.go.id', 'sandi-operator-baru'), 401, 'INVALID_CREDENTIALS');
    const accept = await t.client().post('/api/auth/set-password', { token: tokenIn(mail!.text), password: 'sandi-operator-baru' });
    expect(accept.statusCode, accept.body).toBe(200);
    const operator = t.client();
    const signIn = await operator.signIn('operator.baru@contoh.go.id', 'sandi-operator-baru');
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json()).toMatchObject({ id: user.id, roles: ['operator'], unitIds: [unit.id], region: { id: region.id } });
    expect((await operator.get('/api/units')).json().items.map((u: { id: string }) => u.id)).toEqual([unit.id]);

    expect((await client.get(`/api/users/${user.id}`)).json()).toMatchObject({ invited: false, lastSignInAt: expect.any(String) });
    const actions = (await auditRows(t.db, 'user', user.id)).map((e) => e.action);
    expect(actions).toEqual(['invite', 'invitation_accepted', 'sign_in']);
    const [invite] = await auditRows(t.db, 'user', user.id);
    expect(invite).toMatchObject({ actorId: admin.id, after: { email: 'operator.baru@contoh.go.id', roles: ['operator'], unitIds: [unit.id] } });
  });

  it('writes the invitation in English when the admin works in English', async () => {
    const { admin } = await adminRegion();
    const en = await signedIn(t, admin, 'en');
    expect((await en.post('/api/users', { email: 'juri.en@uji.test', name: 'Juri', roles: ['juri'] })).statusCode).toBe(201);
    expect((await mailTo(en, 'juri.en@uji.test'))[0]?.subject).toBe('Invitation to Lumbung — Bapperida Kabupaten Undangan');
  });

  it('refuses an email that is already taken, in any region and any case', async () => {
    const { client } = await adminRegion();
    const other = await buildRegion(t.db);
    const existing = await buildUser(t.db, { regionId: other.id, roles: ['pimpinan'] });
    const error = expectError(await client.post('/api/users', { email: existing.email.toUpperCase(), name: 'Kembar', roles: ['pimpinan'] }), 409, 'CONFLICT');
    expect(fieldsOf(error)).toEqual({ email: 'Email ini sudah dipakai akun lain.' });
    expect(await t.db.select().from(users).where(eq(users.email, existing.email))).toHaveLength(1);
    expect(await mailTo(client, existing.email)).toEqual([]);
  });

  it('asks for units when a role needs them', async () => {
    const { client } = await adminRegion();
    for (const role of ['operator', 'pendamping', 'kepala_unit']) {
      const error = expectError(await client.post('/api/users', { email: `${role}@tanpa-unit.test`, name: 'Tanpa Unit', roles: [role] }), 400, 'VALIDATION_FAILED');
      expect(fieldsOf(error), role).toEqual({ unitIds: 'Peran ini perlu sedikitnya satu unit.' });
    }
    expect(await t.db.select().from(users).where(eq(users.email, 'operator@tanpa-unit.test'))).toHaveLength(0);
  });

  it('refuses a unit of another region or an unknown unit', async () => {
    const { client, region } = await adminRegion();
    const own = await buildUnit(t.db, region.id);
    const foreign = await buildUnit(t.db, (await buildRegion(t.db)).id);
    for (const unitIds of [[foreign.id], [own.id, foreign.id], ['00000000-0000-4000-8000-000000000000']]) {
      const error = expectError(await client.post('/api/users', { email: 'salah-unit@uji.test', name: 'Salah Unit', roles: ['operator'], unitIds }), 400, 'VALIDATION_FAILED');
      expect(fieldsOf(error)).toEqual({ unitIds: 'Unit tidak ditemukan di pemda Anda.' });
    }
    expect(await t.db.select().from(users).where(eq(users.email, 'salah-unit@uji.test'))).toHaveLength(0);
  });

  it('takes a role or unit listed twice as listed once', async () => {
    const { client, region } = await adminRegion();
    const unit = await buildUnit(t.db, region.id);
    const res = await client.post('/api/users', { email: 'ganda@uji.test', name: 'Ganda', roles: ['operator', 'operator'], unitIds: [unit.id, unit.id] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ roles: ['operator'], unitIds: [unit.id] });
    const patch = await client.patch(`/api/users/${res.json().id}`, { roles: ['juri', 'operator', 'juri'], unitIds: [unit.id, unit.id] });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(patch.json()).toMatchObject({ roles: ['juri', 'operator'], unitIds: [unit.id] });
  });

  it('validates the form', async () => {
    const { client } = await adminRegion();
    const error = expectError(await client.post('/api/users', { email: 'x', name: '', roles: ['raja'], unitIds: ['satu'], extra: 1 }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(error)).toMatchObject({
      email: 'Alamat email tidak sah.',
      name: 'Wajib diisi.',
      'roles.0': expect.stringMatching(/^Pilihan tidak sah/),
      'unitIds.0': 'Pengenal tidak sah.',
      extra: 'Kolom ini tidak dikenal.',
    });
    expect(fieldsOf(expectError(await client.post('/api/users', { email: 'y@uji.test', name: 'Y', roles: [] }), 400, 'VALIDATION_FAILED'))).toEqual({
      roles: 'Pilih minimal 1.',
    });
  });
});

describe('changing users', () => {
  it('changes roles and units, audited with before and after', async () => {
    const { client, region, admin } = await adminRegion();
    const [a, b] = [await buildUnit(t.db, region.id), await buildUnit(t.db, region.id)];
    const user = await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [a.id] });
    const res = await client.patch(`/api/users/${user.id}`, { roles: ['pendamping', 'kepala_unit'], unitIds: [a.id, b.id], name: 'Nama Baru' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Nama Baru', roles: ['kepala_unit', 'pendamping'] });
    expect([...res.json().unitIds].sort()).toEqual([a.id, b.id].sort());

    const [entry] = (await auditRows(t.db, 'user', user.id)).filter((e) => e.action === 'update');
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorName: admin.name,
      regionId: region.id,
      before: { name: user.name, roles: ['operator'], unitIds: [a.id] },
      after: { name: 'Nama Baru', roles: ['pendamping', 'kepala_unit'] },
    });
    expect([...(entry!.after as { unitIds: string[] }).unitIds].sort()).toEqual([a.id, b.id].sort());

    // The new reach applies to the user's next request.
    const userClient = await signedIn(t, user);
    expect((await userClient.get('/api/units')).json().total).toBe(2);
  });

  it('refuses to leave a unit-scoped role without units, or to use another region’s unit', async () => {
    const { client, region } = await adminRegion();
    const unit = await buildUnit(t.db, region.id);
    const foreign = await buildUnit(t.db, (await buildRegion(t.db)).id);
    const user = await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [unit.id] });
    expect(fieldsOf(expectError(await client.patch(`/api/users/${user.id}`, { unitIds: [] }), 400, 'VALIDATION_FAILED'))).toEqual({
      unitIds: 'Peran ini perlu sedikitnya satu unit.',
    });
    expect(fieldsOf(expectError(await client.patch(`/api/users/${user.id}`, { unitIds: [foreign.id] }), 400, 'VALIDATION_FAILED'))).toEqual({
      unitIds: 'Unit tidak ditemukan di pemda Anda.',
    });
    expect((await client.get(`/api/users/${user.id}`)).json().unitIds).toEqual([unit.id]);
  });

  it('ends the sessions of a user who is deactivated, and keeps them out', async () => {
    const { client, region } = await adminRegion();
    const user = await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] });
    const [phone, laptop] = [await signedIn(t, user), await signedIn(t, user)];
    expect((await phone.get('/api/auth/me')).statusCode).toBe(200);

    const res = await client.patch(`/api/users/${user.id}`, { active: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().active).toBe(false);
    // Revoked on the server at once, not only refused on the next request.
    expect(await t.db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(0);
    expectError(await phone.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
    expectError(await laptop.get('/api/units'), 401, 'UNAUTHENTICATED');
    expectError(await t.client().signIn(user.email, TEST_PASSWORD), 401, 'INVALID_CREDENTIALS');
    const [entry] = (await auditRows(t.db, 'user', user.id)).filter((e) => e.action === 'deactivate');
    expect(entry).toMatchObject({ before: { active: true }, after: { active: false } });

    expect((await client.patch(`/api/users/${user.id}`, { active: true })).json().active).toBe(true);
    expect((await t.client().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await auditRows(t.db, 'user', user.id)).map((e) => e.action)).toContain('reactivate');
  });

  it('keeps at least one active admin in the region', async () => {
    const { client, admin, region } = await adminRegion();
    const deactivate = expectError(await client.patch(`/api/users/${admin.id}`, { active: false }), 409, 'CONFLICT');
    expect(deactivate.message).toBe('Tidak bisa: ini admin aktif terakhir di pemda Anda.');
    expectError(await client.patch(`/api/users/${admin.id}`, { roles: ['pimpinan'] }), 409, 'CONFLICT');
    expect((await client.get('/api/auth/me')).json().roles).toEqual(['admin']);

    // An inactive admin or an admin of another region does not count.
    const dormant = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    await t.db.update(users).set({ active: false }).where(eq(users.id, dormant.id));
    await buildUser(t.db, { regionId: (await buildRegion(t.db)).id, roles: ['admin'] });
    expectError(await client.patch(`/api/users/${admin.id}`, { active: false }), 409, 'CONFLICT');
    // Nor does an invited admin who never set a password: they cannot sign in yet.
    expect((await client.post('/api/users', { email: 'admin.undangan@contoh.go.id', name: 'Admin Undangan', roles: ['admin'] })).statusCode).toBe(201);
    expectError(await client.patch(`/api/users/${admin.id}`, { active: false }), 409, 'CONFLICT');

    // With a second active admin, one may step down.
    const second = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const demote = await client.patch(`/api/users/${second.id}`, { roles: ['pimpinan'] });
    expect(demote.statusCode, demote.body).toBe(200);
    expectError(await client.patch(`/api/users/${admin.id}`, { roles: ['pimpinan'] }), 409, 'CONFLICT');
    await client.patch(`/api/users/${second.id}`, { roles: ['admin', 'pimpinan'] });
    const stepDown = await client.patch(`/api/users/${admin.id}`, { roles: ['pimpinan'] });
    expect(stepDown.statusCode, stepDown.body).toBe(200);
    expectError(await client.get('/api/users'), 403, 'FORBIDDEN');
  });

  it('unlocks a locked account', async () => {
    const { client, region } = await adminRegion();
    const user = await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] });
    for (let i = 0; i < 5; i++) await t.client().signIn(user.email, 'salah-xxxxxxxx');
    expectError(await t.client().signIn(user.email, TEST_PASSWORD), 423, 'ACCOUNT_LOCKED');
    expect((await client.get(`/api/users/${user.id}`)).json().lockedUntil).toEqual(expect.any(String));

    const res = await client.post(`/api/users/${user.id}/unlock`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: user.id, lockedUntil: null });
    expect((await t.client().signIn(user.email, TEST_PASSWORD)).statusCode).toBe(200);
    expect((await auditRows(t.db, 'user', user.id)).filter((e) => e.action === 'unlock')).toHaveLength(1);
  });

  it('resends an invitation only to an invited account; the new link replaces the old one', async () => {
    const { client } = await adminRegion();
    const invited = (await client.post('/api/users', { email: 'diundang@uji.test', name: 'Diundang', roles: ['juri'] })).json();
    const res = await client.post(`/api/users/${invited.id}/resend-invite`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    const mails = await mailTo(client, 'diundang@uji.test');
    expect(mails).toHaveLength(2);
    const [newest, oldest] = mails; // newest first
    expect(tokenIn(newest!.text)).not.toBe(tokenIn(oldest!.text));
    expectError(await t.client().post('/api/auth/set-password', { token: tokenIn(oldest!.text), password: 'sandi-juri-baru-1' }), 400, 'VALIDATION_FAILED');
    expect((await t.client().post('/api/auth/set-password', { token: tokenIn(newest!.text), password: 'sandi-juri-baru-1' })).statusCode).toBe(200);

    // Now it is an active account: nothing to resend.
    expectError(await client.post(`/api/users/${invited.id}/resend-invite`), 409, 'CONFLICT');
    expect(await mailTo(client, 'diundang@uji.test')).toHaveLength(2);
    expect((await auditRows(t.db, 'user', invited.id)).filter((e) => e.action === 'resend_invite')).toHaveLength(1);
  });

  it('refuses to resend an invitation of a deactivated account', async () => {
    const { client } = await adminRegion();
    const invited = (await client.post('/api/users', { email: 'batal@uji.test', name: 'Batal', roles: ['juri'] })).json();
    await client.patch(`/api/users/${invited.id}`, { active: false });
    expectError(await client.post(`/api/users/${invited.id}/resend-invite`), 409, 'CONFLICT');
  });
});

describe('listing users', () => {
  it('lists only the region’s users, with search, role filter and paging', async () => {
    const { client, region, admin } = await adminRegion();
    const unit = await buildUnit(t.db, region.id);
    await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [unit.id], name: 'Budi Santoso', email: 'budi@contoh.go.id' });
    await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'], name: 'Citra Lestari' });
    await buildUser(t.db, { regionId: (await buildRegion(t.db)).id, roles: ['pimpinan'], name: 'Budi Luar Daerah' });

    const all = (await client.get('/api/users')).json();
    expect(all.total).toBe(3);
    expect(all.items.map((u: { id: string }) => u.id)).toContain(admin.id);
    expect((await client.get('/api/users?q=budi')).json().items.map((u: { name: string }) => u.name)).toEqual(['Budi Santoso']);
    expect((await client.get('/api/users?q=CONTOH.GO')).json().total).toBe(1);
    expect((await client.get('/api/users?role=pimpinan')).json().items.map((u: { name: string }) => u.name)).toEqual(['Citra Lestari']);
    expect((await client.get('/api/users?pageSize=2&page=2')).json()).toMatchObject({ total: 3, page: 2, pageSize: 2, items: [expect.any(Object)] });
    expectError(await client.get('/api/users?role=raja'), 400, 'VALIDATION_FAILED');
  });

  it('is for admins only', async () => {
    const region = await buildRegion(t.db);
    const unit = await buildUnit(t.db, region.id);
    const operator = await signedIn(t, await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [unit.id] }));
    const target = await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] });
    expectError(await operator.get('/api/users'), 403, 'FORBIDDEN');
    expectError(await operator.get(`/api/users/${target.id}`), 403, 'FORBIDDEN');
    expectError(await operator.patch(`/api/users/${target.id}`, { active: false }), 403, 'FORBIDDEN');
    expectError(await operator.post('/api/users', { email: 'z@uji.test', name: 'Z', roles: ['admin'] }), 403, 'FORBIDDEN');
    expect((await t.db.select().from(users).where(eq(users.id, target.id)))[0]!.active).toBe(true);
  });
});
