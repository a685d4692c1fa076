import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { files, regions, users } from '../../db/schema.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn, tinyPng } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const setupInput = (overrides: Record<string, unknown> = {}) => ({
  regionCode: '33.14',
  bodyName: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah Kabupaten Sragen',
  adminName: 'Admin Bapperida Sragen',
  adminEmail: 'admin@sragenkab.go.id',
  adminPassword: 'kata-sandi-admin-1',
  ...overrides,
});

async function storedKeys(): Promise<string[]> {
  const keys: string[] = [];
  for await (const key of t.storage.list()) keys.push(key);
  return keys.sort();
}
async function tmpFiles(): Promise<string[]> {
  return fs.readdir(path.join(t.env.dataDir, 'tmp')).catch(() => []);
}
const fileCount = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(files))[0]!.n;

describe('GET /api/regions/options', () => {
  it('lists every province and kabupaten/kota with official codes and display names', async () => {
    const res = await t.client().get('/api/regions/options');
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=86400');
    const options = res.json() as { code: string; name: string; province: string }[];
    expect(options.length).toBeGreaterThanOrEqual(540);
    expect(options.length).toBeLessThanOrEqual(560);
    expect(options).toContainEqual({ code: '33.14', name: 'Kabupaten Sragen', province: 'Provinsi Jawa Tengah' });
    expect(options).toContainEqual({ code: '33', name: 'Provinsi Jawa Tengah', province: 'Provinsi Jawa Tengah' });
    expect(options.find((o) => o.code === '31')?.name).toBe('Provinsi DKI Jakarta');
    expect(options.find((o) => o.code === '33.72')?.name).toBe('Kota Surakarta');
    const provinces = options.filter((o) => !o.code.includes('.'));
    expect(provinces.length).toBeGreaterThanOrEqual(34);
    expect(provinces.every((p) => p.name.startsWith('Provinsi '))).toBe(true);
    expect(new Set(options.map((o) => o.code)).size).toBe(options.length);
    expect(options.map((o) => o.code)).toEqual([...options.map((o) => o.code)].sort((a, b) => a.localeCompare(b)));
  });
});

// These run in order on the file's empty database: setup happens once per installation.
describe('first-run setup', () => {
  it('reports that setup is needed on an empty database', async () => {
    const res = await t.client().get('/api/setup');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ needsSetup: true, demo: false });
  });

  it('refuses an unknown region code, naming the field', async () => {
    const notInList = expectError(await t.client().post('/api/setup', setupInput({ regionCode: '33.99' })), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(notInList)).toEqual({ regionCode: 'Kode daerah tidak dikenal.' });
    const malformed = expectError(await t.client('en').post('/api/setup', setupInput({ regionCode: 'Sragen' })), 400, 'VALIDATION_FAILED');
    expect(Object.keys(fieldsOf(malformed))).toEqual(['regionCode']);
    expect(fieldsOf(malformed).regionCode).toBe('Invalid format.');
    expect((await t.client().get('/api/setup')).json().needsSetup).toBe(true);
  });

  it('checks every field of the form', async () => {
    const error = expectError(
      await t.client().post('/api/setup', setupInput({ adminEmail: 'bukan-email', adminPassword: 'pendek', adminName: '   ' })),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(error)).toEqual({
      adminEmail: 'Alamat email tidak sah.',
      adminPassword: 'Minimal 10 karakter.',
      adminName: 'Wajib diisi.',
    });
  });

  it('creates the region and its first admin once, when setups race', async () => {
    const racers = Array.from({ length: 5 }, () => t.client());
    const answers = await Promise.all(
      racers.map((c, i) => c.post('/api/setup', setupInput(i === 0 ? {} : { adminEmail: `admin-${i}@sragenkab.go.id`, adminName: `Admin ${i}` }))),
    );
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409, 409]);
    for (const r of answers.filter((a) => a.statusCode === 409)) expectError(r, 409, 'SETUP_DONE');
    const allUsers = await t.db.select().from(users);
    expect(allUsers).toHaveLength(1);
    expect(await t.db.select().from(regions).where(eq(regions.code, '33.14'))).toHaveLength(1);

    // The winner is signed in straight away; the others are not.
    const won = answers.findIndex((r) => r.statusCode === 200);
    expect(answers[won]!.json()).toMatchObject({ id: allUsers[0]!.id, email: allUsers[0]!.email, roles: ['admin'], region: { code: '33.14', name: 'Kabupaten Sragen' } });
    const me = await racers[won]!.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(allUsers[0]!.id);
    expectError(await racers[(won + 1) % racers.length]!.get('/api/auth/me'), 401, 'UNAUTHENTICATED');
  });

  it('lets the new admin sign in; the region is Kabupaten Sragen in WIB', async () => {
    const client = t.client();
    const res = await client.post('/api/setup', setupInput());
    expectError(res, 409, 'SETUP_DONE');

    const admin = (await t.db.select().from(users))[0]!;
    const signIn = await client.signIn(admin.email, 'kata-sandi-admin-1'); // every racer used this password
    expect(signIn.statusCode).toBe(200);
    expect(admin.passwordHash).toMatch(/^\$argon2id\$/);
    const me = await client.get('/api/auth/me');
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ roles: ['admin'], region: { code: '33.14', name: 'Kabupaten Sragen', hasLogo: false } });
    const region = await client.get('/api/region');
    expect(region.json()).toMatchObject({ code: '33.14', name: 'Kabupaten Sragen', timeZone: 'Asia/Jakarta', address: null });
    expect((await t.client().get('/api/setup')).json().needsSetup).toBe(false);

    const entries = await auditRows(t.db, 'region', region.json().id);
    expect(entries.find((e) => e.action === 'setup')).toMatchObject({ actorId: admin.id, after: { code: '33.14', admin: admin.email } });
  });

  it('answers a setup after the first one with 409 SETUP_DONE and changes nothing', async () => {
    const error = expectError(
      await t.client().post('/api/setup', setupInput({ regionCode: '34.04', adminEmail: 'penyusup@uji.test' })),
      409,
      'SETUP_DONE',
    );
    expect(error.message).toBe('Lumbung sudah disiapkan.');
    expect(await t.db.select().from(users).where(eq(users.email, 'penyusup@uji.test'))).toHaveLength(0);
    expect(await t.db.select().from(regions).where(eq(regions.code, '34.04'))).toHaveLength(0);
  });
});

describe('region logo', () => {
  async function adminOfNewRegion() {
    const region = await buildRegion(t.db);
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    return { region, client: await signedIn(t, admin) };
  }

  it('stores a PNG and serves the same bytes publicly', async () => {
    const { region, client } = await adminOfNewRegion();
    expectError(await t.client().get(`/api/regions/${region.id}/logo`), 404, 'NOT_FOUND');

    const png = tinyPng([10, 120, 60]);
    const res = await client.upload('/api/region/logo', png, 'logo pemda.png', 'PUT');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: region.id, hasLogo: true });
    expect((await client.get('/api/auth/me')).json().region.hasLogo).toBe(true);

    const logo = await t.client().get(`/api/regions/${region.id}/logo`);
    expect(logo.statusCode).toBe(200);
    expect(logo.headers['content-type']).toBe('image/png');
    expect(logo.headers['x-content-type-options']).toBe('nosniff');
    expect(logo.rawPayload.equals(png)).toBe(true);

    const [row] = await t.db.select().from(files).where(eq(files.regionId, region.id));
    expect(row).toMatchObject({ mime: 'image/png', size: png.length, originalName: 'logo_pemda.png' });
    expect(await t.storage.has(row!.storageKey)).toBe(true);
    const entry = (await auditRows(t.db, 'region', region.id)).find((e) => e.action === 'update');
    expect(entry).toMatchObject({ before: { logoFileId: null }, after: { logoFileId: row!.id } });
  });

  it('keeps one copy of a logo uploaded twice', async () => {
    const { region, client } = await adminOfNewRegion();
    const png = tinyPng([1, 2, 3]);
    expect((await client.upload('/api/region/logo', png, 'a.png', 'PUT')).statusCode).toBe(200);
    expect((await client.upload('/api/region/logo', png, 'b.png', 'PUT')).statusCode).toBe(200);
    expect(await t.db.select().from(files).where(eq(files.regionId, region.id))).toHaveLength(1);
  });

  it('refuses a text file named logo.png with 415, leaving no row and no file', async () => {
    const { region, client } = await adminOfNewRegion();
    const [rowsBefore, keysBefore] = [await fileCount(), await storedKeys()];
    const res = await client.upload('/api/region/logo', Buffer.from('ini bukan gambar, hanya teks biasa\n'.repeat(20)), 'logo.png', 'PUT');
    const error = expectError(res, 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toBe('Logo harus berupa gambar PNG, JPG, atau WebP.');
    expect(fieldsOf(error)).toEqual({ file: 'Logo harus berupa gambar PNG, JPG, atau WebP.' });
    expect(await fileCount()).toBe(rowsBefore);
    expect(await storedKeys()).toEqual(keysBefore);
    expect(await tmpFiles()).toEqual([]);
    expect((await t.db.select().from(regions).where(eq(regions.id, region.id)))[0]!.logoFileId).toBeNull();
  });

  it('refuses a real image of another type (GIF) the same way', async () => {
    const { client } = await adminOfNewRegion();
    const gif = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    expectError(await client.upload('/api/region/logo', gif, 'logo.png', 'PUT'), 415, 'UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses a logo over 2 MB with 413 and keeps nothing', async () => {
    const { client } = await adminOfNewRegion();
    const [rowsBefore, keysBefore] = [await fileCount(), await storedKeys()];
    const big = Buffer.concat([tinyPng(), randomBytes(2 * 1024 * 1024 + 10)]);
    expectError(await client.upload('/api/region/logo', big, 'besar.png', 'PUT'), 413, 'PAYLOAD_TOO_LARGE');
    expect(await fileCount()).toBe(rowsBefore);
    expect(await storedKeys()).toEqual(keysBefore);
    expect(await tmpFiles()).toEqual([]);
  });

  it('asks for a file when the form has none', async () => {
    const { client } = await adminOfNewRegion();
    const boundary = '----kosong';
    const res = await client.raw('PUT', '/api/region/logo', {
      body: `--${boundary}\r\nContent-Disposition: form-data; name="catatan"\r\n\r\nhalo\r\n--${boundary}--\r\n`,
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
    });
    expect(fieldsOf(expectError(res, 400, 'VALIDATION_FAILED'))).toEqual({ file: 'Berkas belum dipilih.' });
  });

  it('lets only admins change the logo', async () => {
    const region = await buildRegion(t.db);
    const unit = await buildUnit(t.db, region.id);
    for (const roles of [['pimpinan'], ['operator']] as const) {
      const user = await buildUser(t.db, { regionId: region.id, roles: [...roles], unitIds: [unit.id] });
      const client = await signedIn(t, user);
      expectError(await client.upload('/api/region/logo', tinyPng(), 'logo.png', 'PUT'), 403, 'FORBIDDEN');
    }
    expectError(await t.client().upload('/api/region/logo', tinyPng(), 'logo.png', 'PUT'), 401, 'UNAUTHENTICATED');
    expect(await t.db.select().from(files).where(eq(files.regionId, region.id))).toHaveLength(0);
  });
});

describe('PATCH /api/region', () => {
  it('updates the region and audits what changed, before and after', async () => {
    const region = await buildRegion(t.db, { bodyName: 'Bapperida Lama' });
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const client = await signedIn(t, admin);
    const res = await client.patch('/api/region', { bodyName: 'Bapperida Baru', address: 'Jl. Raya No. 1', timeZone: 'Asia/Makassar' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: region.id, bodyName: 'Bapperida Baru', address: 'Jl. Raya No. 1', timeZone: 'Asia/Makassar' });
    expect((await client.get('/api/region')).json()).toMatchObject({ bodyName: 'Bapperida Baru' });

    const entry = (await auditRows(t.db, 'region', region.id)).find((e) => e.action === 'update');
    expect(entry).toMatchObject({
      actorId: admin.id,
      actorName: admin.name,
      regionId: region.id,
      before: { bodyName: 'Bapperida Lama', address: null, timeZone: 'Asia/Jakarta' },
      after: { bodyName: 'Bapperida Baru', address: 'Jl. Raya No. 1', timeZone: 'Asia/Makassar' },
    });
    expect(Object.keys(entry!.before as object).sort()).toEqual(['address', 'bodyName', 'timeZone']);
  });

  it('takes an empty change as no change', async () => {
    const region = await buildRegion(t.db);
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const res = await (await signedIn(t, admin)).patch('/api/region', {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: region.id, bodyName: region.bodyName });
    expect((await auditRows(t.db, 'region', region.id)).filter((e) => e.action === 'update')).toEqual([]);
  });

  it('refuses unknown fields and non-admins', async () => {
    const region = await buildRegion(t.db);
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const leader = await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] });
    const error = expectError(await (await signedIn(t, admin)).patch('/api/region', { code: '11.01' }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(error)).toEqual({ code: 'Kolom ini tidak dikenal.' });
    expectError(await (await signedIn(t, leader)).patch('/api/region', { bodyName: 'Diambil Alih' }), 403, 'FORBIDDEN');
    expect((await t.db.select().from(regions).where(eq(regions.id, region.id)))[0]).toMatchObject({ code: region.code, bodyName: region.bodyName });
  });
});
