import ExcelJS from 'exceljs';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unitImportColumns } from '../../../domain/contracts/units.js';
import { auditLog, units } from '../../db/schema.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn, tinyPng } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const VALID_NIP = '197804122003122004';

/** A fresh region with its admin signed in: each test works in its own region. */
async function adminRegion() {
  const region = await buildRegion(t.db);
  const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
  return { region, admin, client: await signedIn(t, admin) };
}

const unitsIn = async (regionId: string) => t.db.select().from(units).where(eq(units.regionId, regionId));

async function xlsx(rows: (string | number | null)[][], headings: string[] = unitImportColumns.map((c) => c.heading)): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Unit');
  sheet.addRow(headings);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const importFile = (client: Client, content: Buffer | string, name = 'unit.xlsx') =>
  client.upload('/api/units/import', Buffer.isBuffer(content) ? content : Buffer.from(content, 'utf8'), name);

describe('unit CRUD as admin', () => {
  it('creates, reads, updates and lists a unit', async () => {
    const { client, admin } = await adminRegion();
    const create = await client.post('/api/units', {
      name: '  Dinas Kesehatan  ',
      type: 'dinas',
      headName: 'dr. Bambang Hartono',
      headTitle: 'Kepala Dinas',
      headNip: VALID_NIP,
      email: 'DINKES@Contoh.go.id',
      phone: '(0271) 891-234',
      address: 'Jl. Veteran No. 3',
      affairs: ['kesehatan'],
    });
    expect(create.statusCode, create.body).toBe(201);
    const unit = create.json();
    expect(unit).toEqual({
      id: expect.any(String),
      name: 'Dinas Kesehatan',
      type: 'dinas',
      parentId: null,
      parentName: null,
      headName: 'dr. Bambang Hartono',
      headTitle: 'Kepala Dinas',
      headNip: VALID_NIP,
      email: 'dinkes@contoh.go.id',
      phone: '(0271) 891-234',
      address: 'Jl. Veteran No. 3',
      affairs: ['kesehatan'],
      active: true,
      updatedAt: expect.any(String),
    });

    const got = await client.get(`/api/units/${unit.id}`);
    expect(got.statusCode).toBe(200);
    expect(got.json()).toEqual(unit);

    const child = await client.post('/api/units', { name: 'UPTD Puskesmas Sukamaju', type: 'uptd_puskesmas', parentId: unit.id });
    expect(child.statusCode, child.body).toBe(201);
    expect(child.json()).toMatchObject({ parentId: unit.id, parentName: 'Dinas Kesehatan' });

    const patch = await client.patch(`/api/units/${unit.id}`, { headName: 'dr. Siti Rahmawati', phone: null });
    expect(patch.statusCode, patch.body).toBe(200);
    expect(patch.json()).toMatchObject({ name: 'Dinas Kesehatan', headName: 'dr. Siti Rahmawati', phone: null });
    expect(new Date(patch.json().updatedAt).getTime()).toBeGreaterThanOrEqual(new Date(unit.updatedAt).getTime());

    const list = await client.get('/api/units');
    expect(list.json()).toMatchObject({ total: 2, page: 1, pageSize: 50 });
    expect(list.json().items.map((u: { name: string }) => u.name)).toEqual(['Dinas Kesehatan', 'UPTD Puskesmas Sukamaju']);

    const created = (await auditRows(t.db, 'unit', unit.id)).find((e) => e.action === 'create');
    expect(created).toMatchObject({ actorId: admin.id, before: null, after: { name: 'Dinas Kesehatan', type: 'dinas', headNip: VALID_NIP } });
    const updated = (await auditRows(t.db, 'unit', unit.id)).find((e) => e.action === 'update');
    expect(updated).toMatchObject({
      before: { headName: 'dr. Bambang Hartono', phone: '(0271) 891-234' },
      after: { headName: 'dr. Siti Rahmawati', phone: null },
    });
    expect(Object.keys(updated!.after as object).sort()).toEqual(['headName', 'phone']);
  });

  it('filters the list by q, type and active, and pages it with totals', async () => {
    const { region, client } = await adminRegion();
    for (let i = 1; i <= 7; i++) await buildUnit(t.db, region.id, { name: `Kecamatan Nomor ${i}`, type: 'kecamatan' });
    await buildUnit(t.db, region.id, { name: 'Dinas Pertanian', type: 'dinas' });
    await buildUnit(t.db, region.id, { name: 'Dinas Pangan Lama', type: 'dinas', active: false });
    await buildUnit(t.db, region.id, { name: 'Badan 100% Persen_Uji', type: 'badan' });

    const names = async (query: string) => {
      const res = await client.get(`/api/units${query}`);
      expect(res.statusCode, res.body).toBe(200);
      return { ...res.json(), names: res.json().items.map((u: { name: string }) => u.name) };
    };
    expect((await names('')).total).toBe(9);
    expect((await names('?q=PERTANIAN')).names).toEqual(['Dinas Pertanian']);
    expect((await names('?q=dinas')).names).toEqual(['Dinas Pertanian']);
    expect((await names('?q=dinas&active=all')).names).toEqual(['Dinas Pangan Lama', 'Dinas Pertanian']);
    expect((await names('?active=false')).names).toEqual(['Dinas Pangan Lama']);
    expect((await names('?type=kecamatan')).total).toBe(7);
    expect((await names('?type=badan')).names).toEqual(['Badan 100% Persen_Uji']);
    // LIKE wildcards in q are literal characters.
    expect((await names(`?q=${encodeURIComponent('%')}`)).names).toEqual(['Badan 100% Persen_Uji']);
    expect((await names('?q=_')).names).toEqual(['Badan 100% Persen_Uji']);

    const page1 = await names('?type=kecamatan&pageSize=3');
    const page3 = await names('?type=kecamatan&pageSize=3&page=3');
    expect(page1).toMatchObject({ total: 7, page: 1, pageSize: 3, names: ['Kecamatan Nomor 1', 'Kecamatan Nomor 2', 'Kecamatan Nomor 3'] });
    expect(page3).toMatchObject({ total: 7, page: 3, pageSize: 3, names: ['Kecamatan Nomor 7'] });
    expect((await names('?type=kecamatan&pageSize=3&page=4')).names).toEqual([]);

    const bad = expectError(await client.get('/api/units?type=kantor&pageSize=500&active=ya'), 400, 'VALIDATION_FAILED');
    expect(Object.keys(fieldsOf(bad)).sort()).toEqual(['active', 'pageSize', 'type']);
    expect(fieldsOf(bad).pageSize).toBe('Maksimal 200.');
  });

  it('checks the head’s NIP and says what is wrong with it, in the caller’s language', async () => {
    const { client } = await adminRegion();
    const cases: [string, string][] = [
      ['12345', 'NIP harus 18 angka.'],
      ['19780412200312200A', 'NIP hanya boleh berisi angka.'],
      ['197813122003122004', 'Tanggal lahir pada NIP (8 angka pertama) tidak sah.'],
      ['197804121990122004', 'TMT pengangkatan pada NIP (angka 9–14) tidak sah.'],
      ['197804122003123004', 'Kode jenis kelamin pada NIP (angka ke-15) harus 1 atau 2.'],
      ['197804122003122000', 'Nomor urut pada NIP (3 angka terakhir) tidak boleh 000.'],
    ];
    for (const [nip, message] of cases) {
      const error = expectError(await client.post('/api/units', { name: `Dinas NIP ${nip}`, type: 'dinas', headNip: nip }), 400, 'VALIDATION_FAILED');
      expect(fieldsOf(error), nip).toEqual({ headNip: message });
    }
    const en = t.client('en');
    const { admin } = await adminRegion();
    await en.signIn(admin.email, 'kata-sandi-uji-123');
    const error = expectError(await en.post('/api/units', { name: 'Dinas X', type: 'dinas', headNip: '12345' }), 400, 'VALIDATION_FAILED');
    expect(error.message).toBe('Some fields are not right. Check the marked fields.');
    expect(fieldsOf(error)).toEqual({ headNip: 'A NIP has 18 digits.' });
  });

  it('names an unknown field and every invalid one', async () => {
    const { region, client } = await adminRegion();
    const error = expectError(await client.post('/api/units', { name: 'Dinas Baru', type: 'dinas', warna: 'merah' }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(error)).toEqual({ warna: 'Kolom ini tidak dikenal.' });
    const many = expectError(await client.post('/api/units', { name: '', type: 'kantor', email: 'x@', phone: 'telepon' }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(many)).toEqual({
      name: 'Wajib diisi.',
      type: expect.stringMatching(/^Pilihan tidak sah\. Pilihan yang ada: dinas, badan, /),
      email: 'Alamat email tidak sah.',
      phone: 'Format tidak sah.',
    });
    expect(await unitsIn(region.id)).toHaveLength(0);
  });

  it('refuses a duplicate name in the region, ignoring case, but allows it in another region', async () => {
    const { client, region } = await adminRegion();
    expect((await client.post('/api/units', { name: 'Dinas Sosial', type: 'dinas' })).statusCode).toBe(201);
    const error = expectError(await client.post('/api/units', { name: 'DINAS SOSIAL', type: 'dinas' }), 409, 'CONFLICT');
    expect(error.message).toBe('Nama unit ini sudah ada di pemda Anda.');
    expect(fieldsOf(error)).toEqual({ name: 'Nama unit ini sudah ada di pemda Anda.' });
    expect(await unitsIn(region.id)).toHaveLength(1);

    // Renaming onto an existing name is refused the same way.
    const other = (await client.post('/api/units', { name: 'Dinas Sosial Lain', type: 'dinas' })).json();
    expectError(await client.patch(`/api/units/${other.id}`, { name: 'dinas sosial' }), 409, 'CONFLICT');
    expect((await client.get(`/api/units/${other.id}`)).json().name).toBe('Dinas Sosial Lain');

    const elsewhere = await adminRegion();
    expect((await elsewhere.client.post('/api/units', { name: 'Dinas Sosial', type: 'dinas' })).statusCode).toBe(201);
  });

  it('takes a parent only from the same region, and never the unit itself', async () => {
    const { client, region } = await adminRegion();
    const foreignRegion = await buildRegion(t.db);
    const foreign = await buildUnit(t.db, foreignRegion.id);
    const fromElsewhere = expectError(await client.post('/api/units', { name: 'Bagian Hukum', type: 'bagian', parentId: foreign.id }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(fromElsewhere)).toEqual({ parentId: 'Unit induk tidak ditemukan.' });
    const unknown = expectError(
      await client.post('/api/units', { name: 'Bagian Hukum', type: 'bagian', parentId: '00000000-0000-4000-8000-000000000000' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(unknown)).toEqual({ parentId: 'Unit induk tidak ditemukan.' });
    expect(fieldsOf(expectError(await client.post('/api/units', { name: 'Bagian Hukum', type: 'bagian', parentId: 'bukan-uuid' }), 400, 'VALIDATION_FAILED'))).toEqual({
      parentId: 'Pengenal tidak sah.',
    });

    const unit = (await client.post('/api/units', { name: 'Sekretariat Daerah', type: 'sekretariat' })).json();
    const self = expectError(await client.patch(`/api/units/${unit.id}`, { parentId: unit.id }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(self)).toEqual({ parentId: 'Unit tidak boleh menjadi induk dirinya sendiri.' });
    expectError(await client.patch(`/api/units/${unit.id}`, { parentId: foreign.id }), 400, 'VALIDATION_FAILED');
    expect((await unitsIn(region.id))[0]!.parentId).toBeNull();
  });

  it('refuses a parent that sits below the unit, so the tree never loops', async () => {
    const { client } = await adminRegion();
    const dinkes = (await client.post('/api/units', { name: 'Dinas Kesehatan', type: 'dinas' })).json();
    const pkm = (await client.post('/api/units', { name: 'UPTD Puskesmas Kota', type: 'uptd_puskesmas', parentId: dinkes.id })).json();
    const pustu = (await client.post('/api/units', { name: 'Pustu Kota 1', type: 'lainnya', parentId: pkm.id })).json();
    const loop = expectError(await client.patch(`/api/units/${dinkes.id}`, { parentId: pustu.id }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(loop)).toEqual({ parentId: 'Unit induk ini berada di bawah unit ini sendiri; susunan unit akan berputar.' });
    expect((await client.get(`/api/units/${dinkes.id}`)).json().parentId).toBeNull();
    // Moving a branch elsewhere is fine.
    const setda = (await client.post('/api/units', { name: 'Sekretariat Daerah', type: 'sekretariat' })).json();
    expect((await client.patch(`/api/units/${pkm.id}`, { parentId: setda.id })).json().parentName).toBe('Sekretariat Daerah');
  });

  it('writes no audit entry for a PATCH that changes nothing', async () => {
    const { client } = await adminRegion();
    const unit = (await client.post('/api/units', { name: 'Dinas Tetap', type: 'dinas' })).json();
    expect((await client.patch(`/api/units/${unit.id}`, {})).statusCode).toBe(200);
    expect((await client.patch(`/api/units/${unit.id}`, { name: 'Dinas Tetap' })).statusCode).toBe(200);
    expect((await auditRows(t.db, 'unit', unit.id)).map((r) => r.action)).toEqual(['create']);
  });

  it('deactivates a unit with PATCH active=false, audited as deactivate with before and after', async () => {
    const { client, admin, region } = await adminRegion();
    const unit = await buildUnit(t.db, region.id, { name: 'Dinas Yang Dilebur' });
    const res = await client.patch(`/api/units/${unit.id}`, { active: false });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().active).toBe(false);
    expect((await client.get('/api/units')).json().items).toEqual([]);
    expect((await client.get('/api/units?active=false')).json().items.map((u: { id: string }) => u.id)).toEqual([unit.id]);
    expect((await client.get(`/api/units/${unit.id}`)).json().active).toBe(false);

    const entries = await auditRows(t.db, 'unit', unit.id);
    expect(entries.map((e) => e.action)).toEqual(['deactivate']);
    expect(entries[0]).toMatchObject({ actorId: admin.id, actorName: admin.name, regionId: region.id, before: { active: true }, after: { active: false } });

    expect((await client.patch(`/api/units/${unit.id}`, { active: true })).json().active).toBe(true);
    expect((await auditRows(t.db, 'unit', unit.id)).map((e) => e.action)).toEqual(['deactivate', 'reactivate']);
  });

  it('refuses to delete a unit that has a member account or a child unit, and keeps it', async () => {
    const { client, region } = await adminRegion();
    const withMember = await buildUnit(t.db, region.id);
    await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [withMember.id] });
    const withChild = await buildUnit(t.db, region.id);
    await buildUnit(t.db, region.id, { parentId: withChild.id });

    for (const unit of [withMember, withChild]) {
      const error = expectError(await client.delete(`/api/units/${unit.id}`), 409, 'CONFLICT');
      expect(error.message).toBe('Unit ini masih memiliki data (akun atau unit bawahan), jadi tidak dapat dihapus. Nonaktifkan saja.');
      expect((await client.get(`/api/units/${unit.id}`)).statusCode).toBe(200);
      expect((await auditRows(t.db, 'unit', unit.id)).filter((e) => e.action === 'delete')).toEqual([]);
    }
  });

  it('deletes an empty unit with 204 and audits it with the reason', async () => {
    const { client, admin, region } = await adminRegion();
    const unit = await buildUnit(t.db, region.id, { name: 'Unit Salah Ketik' });
    const res = await client.delete(`/api/units/${unit.id}?reason=${encodeURIComponent('Salah ketik saat input')}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(res.body).toBe('');
    expectError(await client.get(`/api/units/${unit.id}`), 404, 'NOT_FOUND');
    expect(await unitsIn(region.id)).toHaveLength(0);
    const [entry] = await auditRows(t.db, 'unit', unit.id);
    expect(entry).toMatchObject({ action: 'delete', actorId: admin.id, reason: 'Salah ketik saat input', before: { id: unit.id, name: 'Unit Salah Ketik' }, after: null });
    expectError(await client.delete(`/api/units/${unit.id}`), 404, 'NOT_FOUND');
  });
});

describe('unit import', () => {
  it('imports every row of a good .xlsx, parents by name even when listed after the child', async () => {
    const { client, region } = await adminRegion();
    await buildUnit(t.db, region.id, { name: 'Sekretariat Daerah', type: 'sekretariat' });
    const file = await xlsx([
      ['UPTD Puskesmas Sukamaju', 'UPTD Puskesmas', 'dinas kesehatan', 'dr. Rina', 'Kepala UPTD', VALID_NIP, 'pkm@contoh.go.id', '0271-1234', 'Jl. Mawar 1'],
      ['Dinas Kesehatan', 'Dinas', '', 'dr. Bambang', 'Kepala Dinas', '', '', '', ''],
      ['Bagian Hukum', 'bagian', 'Sekretariat Daerah', '', '', '', '', '', ''],
      ['Desa Mekarsari', 'Desa', 'Kecamatan Mekarsari', '', '', '1978 0412 2003 12 2 004', '', '', ''],
      ['Kecamatan Mekarsari', 'kecamatan', '', '', '', '', '', '', ''],
    ]);
    const res = await importFile(client, file, 'daftar unit.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ imported: 5, rows: 5, errors: [] });

    const list = (await client.get('/api/units?pageSize=200')).json().items as { name: string; type: string; parentName: string | null; headNip: string | null }[];
    const byName = Object.fromEntries(list.map((u) => [u.name, u]));
    expect(list).toHaveLength(6);
    expect(byName['UPTD Puskesmas Sukamaju']).toMatchObject({ type: 'uptd_puskesmas', parentName: 'Dinas Kesehatan', headNip: VALID_NIP });
    expect(byName['Desa Mekarsari']).toMatchObject({ type: 'kelurahan_desa', parentName: 'Kecamatan Mekarsari', headNip: VALID_NIP });
    expect(byName['Bagian Hukum']).toMatchObject({ type: 'bagian', parentName: 'Sekretariat Daerah' });
    expect(byName['Dinas Kesehatan']).toMatchObject({ parentName: null });

    const [entry] = await t.db.select().from(auditLog).where(sql`${auditLog.regionId} = ${region.id} and ${auditLog.action} = 'import'`);
    expect(entry).toMatchObject({ entity: 'unit', after: { count: 5 } });
  });

  it('writes nothing when some rows are wrong, and names each row and column', async () => {
    const { client, region } = await adminRegion();
    await buildUnit(t.db, region.id, { name: 'Dinas Sosial' });
    const before = (await unitsIn(region.id)).length;
    const file = await xlsx([
      ['Dinas Pendidikan', 'dinas', '', '', '', '', '', '', ''],
      ['Dinas Pertanian', 'kantor', '', '', '', '', '', '', ''],
      ['Dinas Perhubungan', 'dinas', '', '', '', '', '', '', ''],
      ['Dinas Pariwisata', 'dinas', '', '', '', '12345', 'bukan-email', '', ''],
      ['Dinas Koperasi', 'dinas', 'Dinas Pendidikan', '', '', '', '', '', ''],
    ]);
    const res = await importFile(client, file);
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json();
    expect(report.imported).toBe(0);
    expect(report.rows).toBe(5);
    expect(report.errors).toEqual([
      { row: 3, field: 'Jenis', message: expect.stringMatching(/^Pilihan tidak sah/) },
      { row: 5, field: 'NIP Kepala', message: 'NIP harus 18 angka.' },
      { row: 5, field: 'Email', message: 'Alamat email tidak sah.' },
    ]);
    expect(await unitsIn(region.id)).toHaveLength(before);
  });

  it('reports duplicate names, unknown parents and missing columns', async () => {
    const { client, region } = await adminRegion();
    await buildUnit(t.db, region.id, { name: 'Dinas Sosial' });
    const res = await importFile(
      client,
      await xlsx([
        ['dinas sosial', 'dinas', '', '', '', '', '', '', ''],
        ['Dinas Baru', 'dinas', 'Induk Tak Ada', '', '', '', '', '', ''],
        ['Dinas Kembar', 'dinas', '', '', '', '', '', '', ''],
        ['DINAS KEMBAR', 'dinas', '', '', '', '', '', '', ''],
      ]),
    );
    expect(res.json()).toEqual({
      imported: 0,
      rows: 4,
      errors: [
        { row: 2, field: 'Nama', message: 'Nama unit ini sudah ada di pemda Anda.' },
        { row: 3, field: 'Induk', message: 'Unit induk tidak ditemukan.' },
        { row: 5, field: 'Nama', message: 'Nama unit ini sudah ada di pemda Anda.' },
      ],
    });
    const noType = await importFile(client, await xlsx([['Dinas Baru']], ['Nama']));
    expect(noType.json()).toEqual({ imported: 0, rows: 1, errors: [{ row: 1, field: 'Jenis', message: 'Wajib diisi.' }] });
    expect(await unitsIn(region.id)).toHaveLength(1);
  });

  it('refuses a unit that names itself as its parent', async () => {
    const { client, region } = await adminRegion();
    const res = await importFile(client, await xlsx([['Dinas Melingkar', 'dinas', 'Dinas Melingkar', '', '', '', '', '', '']]));
    expect(res.json()).toEqual({ imported: 0, rows: 1, errors: [{ row: 2, field: 'Induk', message: 'Unit tidak boleh menjadi induk dirinya sendiri.' }] });
    expect(await unitsIn(region.id)).toHaveLength(0);
  });

  it('refuses parents that loop among the rows of the file', async () => {
    const { client, region } = await adminRegion();
    const res = await importFile(
      client,
      await xlsx([
        ['Bagian A', 'bagian', 'Bagian B', '', '', '', '', '', ''],
        ['Bagian B', 'bagian', 'Bagian A', '', '', '', '', '', ''],
        ['Bagian C', 'bagian', '', '', '', '', '', '', ''],
      ]),
    );
    const loop = 'Unit induk ini berada di bawah unit ini sendiri; susunan unit akan berputar.';
    expect(res.json()).toEqual({ imported: 0, rows: 3, errors: [{ row: 2, field: 'Induk', message: loop }, { row: 3, field: 'Induk', message: loop }] });
    expect(await unitsIn(region.id)).toHaveLength(0);
  });

  it('offers a template whose NIP and phone columns are text, so Excel keeps every digit', async () => {
    const { client } = await adminRegion();
    const res = await client.get('/api/units/import-template');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const col = (key: string) => sheet.getColumn(unitImportColumns.findIndex((c) => c.key === key) + 1);
    expect(col('headNip').numFmt).toBe('@');
    expect(col('phone').numFmt).toBe('@');
    expect(col('name').numFmt).toBeFalsy();
  });

  it('refuses a PNG or random bytes named .xlsx with 400 notSpreadsheet', async () => {
    const { client, region } = await adminRegion();
    const random = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256));
    for (const content of [tinyPng(), random, Buffer.from('PK\u0003\u0004 bukan zip sungguhan')]) {
      const error = expectError(await importFile(client, content, 'unit.xlsx'), 400, 'VALIDATION_FAILED');
      expect(error.message).toBe('Berkas bukan lembar kerja Excel (.xlsx) atau CSV.');
      expect(fieldsOf(error)).toEqual({ file: 'Berkas bukan lembar kerja Excel (.xlsx) atau CSV.' });
    }
    expect(await unitsIn(region.id)).toHaveLength(0);
  });

  it('refuses a spreadsheet without data rows with 400', async () => {
    const { client } = await adminRegion();
    const headingsOnly = await xlsx([]);
    const noSheet = Buffer.from(await new ExcelJS.Workbook().xlsx.writeBuffer());
    for (const content of [headingsOnly, noSheet, 'Nama,Jenis\n', await xlsx([['', '']])]) {
      const error = expectError(await importFile(client, content), 400, 'VALIDATION_FAILED');
      expect(fieldsOf(error)).toEqual({ file: 'Lembar kerja tidak berisi baris data.' });
    }
  });

  it('reads comma- and semicolon-separated CSV', async () => {
    const { client } = await adminRegion();
    const semicolon = 'Nama;Jenis;Induk;Alamat\r\nKecamatan Sukamaju;Kecamatan;;Jl. Sukamaju, No. 2\r\nKelurahan Sukamaju;Kelurahan;Kecamatan Sukamaju;\r\n';
    expect((await importFile(client, semicolon, 'unit.csv')).json()).toEqual({ imported: 2, rows: 2, errors: [] });
    // NIP and phone stay text: not a float, no lost leading zero.
    const comma = '\uFEFFNama,Jenis,NIP Kepala,Telepon\n"Dinas Kominfo, Statistik dan Persandian",dinas,' + VALID_NIP + ',081234567890\n';
    expect((await importFile(client, comma, 'unit.csv')).json()).toEqual({ imported: 1, rows: 1, errors: [] });

    const items = (await client.get('/api/units')).json().items as { name: string; address: string | null; parentName: string | null }[];
    expect(items.find((u) => u.name === 'Kecamatan Sukamaju')?.address).toBe('Jl. Sukamaju, No. 2');
    expect(items.find((u) => u.name === 'Kelurahan Sukamaju')?.parentName).toBe('Kecamatan Sukamaju');
    expect(items.find((u) => u.name === 'Dinas Kominfo, Statistik dan Persandian')).toMatchObject({ headNip: VALID_NIP, phone: '081234567890' });
  });

  it('offers a template that is a valid .xlsx with the column headings', async () => {
    const { client } = await adminRegion();
    const res = await client.get('/api/units/import-template');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(res.headers['content-disposition']).toBe('attachment; filename="templat-unit.xlsx"');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual(['Nama', 'Jenis', 'Induk', 'Nama Kepala', 'Jabatan Kepala', 'NIP Kepala', 'Email', 'Telepon', 'Alamat']);
    expect(sheet.rowCount).toBe(1);
    // The template, filled in, imports.
    sheet.addRow(['Dinas Dari Templat', 'Dinas']);
    const filled = Buffer.from(await workbook.xlsx.writeBuffer());
    expect((await importFile(client, filled)).json()).toEqual({ imported: 1, rows: 1, errors: [] });
  });

  it('lets only admins import or download the template', async () => {
    const region = await buildRegion(t.db);
    const leader = await signedIn(t, await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] }));
    expectError(await importFile(leader, await xlsx([['Dinas X', 'dinas']])), 403, 'FORBIDDEN');
    expectError(await leader.get('/api/units/import-template'), 403, 'FORBIDDEN');
    expect(await unitsIn(region.id)).toHaveLength(0);
  });
});

describe('who sees which units', () => {
  it('shows an operator only their own units', async () => {
    const region = await buildRegion(t.db);
    const own = await buildUnit(t.db, region.id, { name: 'Dinas Milik Operator' });
    const other = await buildUnit(t.db, region.id, { name: 'Dinas Orang Lain' });
    const operator = await signedIn(t, await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [own.id] }));

    const list = await operator.get('/api/units?active=all');
    expect(list.statusCode).toBe(200);
    expect(list.json()).toMatchObject({ total: 1, items: [{ id: own.id }] });
    expect((await operator.get(`/api/units?q=${encodeURIComponent('Orang Lain')}`)).json().total).toBe(0);
    expect((await operator.get(`/api/units/${own.id}`)).statusCode).toBe(200);
    expectError(await operator.get(`/api/units/${other.id}`), 404, 'NOT_FOUND');
    expectError(await operator.patch(`/api/units/${own.id}`, { name: 'Diganti Operator' }), 403, 'FORBIDDEN');
    expectError(await operator.post('/api/units', { name: 'Unit Operator', type: 'dinas' }), 403, 'FORBIDDEN');
    expectError(await operator.delete(`/api/units/${own.id}`), 403, 'FORBIDDEN');
    expect((await unitsIn(region.id)).map((u) => u.name).sort()).toEqual(['Dinas Milik Operator', 'Dinas Orang Lain']);
  });

  it('lets pimpinan list and read every unit of the region but not create, change or delete', async () => {
    const region = await buildRegion(t.db);
    const a = await buildUnit(t.db, region.id);
    await buildUnit(t.db, region.id);
    await buildUnit(t.db, (await buildRegion(t.db)).id); // another region's unit stays out of sight
    const leader = await signedIn(t, await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] }));
    expect((await leader.get('/api/units')).json().total).toBe(2);
    expect((await leader.get(`/api/units/${a.id}`)).statusCode).toBe(200);
    expectError(await leader.post('/api/units', { name: 'Unit Pimpinan', type: 'dinas' }), 403, 'FORBIDDEN');
    expectError(await leader.patch(`/api/units/${a.id}`, { active: false }), 403, 'FORBIDDEN');
    expectError(await leader.delete(`/api/units/${a.id}`), 403, 'FORBIDDEN');
    expect(await unitsIn(region.id)).toHaveLength(2);
  });

  it('gives a role without unit access (juri) 403 on the unit list', async () => {
    const region = await buildRegion(t.db);
    const juri = await signedIn(t, await buildUser(t.db, { regionId: region.id, roles: ['juri'] }));
    expectError(await juri.get('/api/units'), 403, 'FORBIDDEN');
  });

  it('shows an operator without units nothing', async () => {
    const region = await buildRegion(t.db);
    const unit = await buildUnit(t.db, region.id);
    const user = await buildUser(t.db, { regionId: region.id, roles: ['kepala_unit'] });
    const client = await signedIn(t, user);
    expect((await client.get('/api/units')).json()).toMatchObject({ total: 0, items: [] });
    expectError(await client.get(`/api/units/${unit.id}`), 404, 'NOT_FOUND');
  });
});
