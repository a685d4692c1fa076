import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InnovationImportReport, InnovationList } from '../../../domain/contracts/innovations.js';
import type { MasterData } from '../../../domain/contracts/master-data.js';
import { readSheet, writeSheet } from '../../lib/spreadsheet.js';
import { expectError, fieldsOf } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createInnovation, registryRegion } from './registry.test-support.js';

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;

beforeAll(async () => {
  t = await startTestApp();
  r = await registryRegion(t);
  await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Pelayanan Kesehatan Keliling', goal: 'Mendekatkan pelayanan kesehatan ke desa terpencil.', mainAffair: 'kesehatan', form: 'pelayanan_publik', kind: 'non_digital' });
  await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Aplikasi Antrean Puskesmas', mainAffair: 'kesehatan', kind: 'digital', otherAffairs: ['kominfo'] });
  await createInnovation(r.clients.operatorB, r.unitB.id, { name: 'Sekolah Ramah Anak', mainAffair: 'pendidikan', kind: 'non_digital' });
});
afterAll(() => t.close());

const names = (list: InnovationList) => list.items.map((i) => i.name).sort();
const list = async (who: keyof typeof r.clients, query = '') => {
  const res = await r.clients[who].get(`/api/innovations${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as InnovationList;
};

describe('lists and search', () => {
  it('scopes the list: operators see their unit, leadership and admins see all', async () => {
    expect(names(await list('operatorA'))).toEqual(['Aplikasi Antrean Puskesmas', 'Pelayanan Kesehatan Keliling']);
    expect(names(await list('operatorB'))).toEqual(['Sekolah Ramah Anak']);
    expect((await list('leader')).total).toBe(3);
    expect((await list('mentorA')).total).toBe(2);
  });

  it.each([
    ['?q=layanan', ['Pelayanan Kesehatan Keliling']], // Indonesian stemming: layanan finds pelayanan
    ['?q=desa', ['Pelayanan Kesehatan Keliling']], // from the goal
    ['?q=antre', ['Aplikasi Antrean Puskesmas']], // a half-typed word
    ['?kind=digital', ['Aplikasi Antrean Puskesmas']],
    ['?affair=kominfo', ['Aplikasi Antrean Puskesmas']], // other affairs count
    ['?affair=pendidikan', ['Sekolah Ramah Anak']],
    ['?form=pelayanan_publik', ['Pelayanan Kesehatan Keliling']],
    ['?stage=penerapan', []],
    ['?complete=true', []],
  ])('filters %s', async (query, expected) => {
    expect(names(await list('admin', query))).toEqual(expected);
  });

  it('sorts and paginates with a total', async () => {
    const page1 = await list('admin', '?sort=name&order=asc&pageSize=2');
    expect(page1.items.map((i) => i.name)).toEqual(['Aplikasi Antrean Puskesmas', 'Pelayanan Kesehatan Keliling']);
    expect(page1.total).toBe(3);
    const page2 = await list('admin', '?sort=name&order=asc&pageSize=2&page=2');
    expect(page2.items.map((i) => i.name)).toEqual(['Sekolah Ramah Anak']);
    expect((await list('admin', '?pageSize=2&page=9')).total).toBe(3);
  });

  it('exports the filtered list to Excel', async () => {
    const res = await r.clients.operatorA.get('/api/innovations/export.xlsx?sort=name&order=asc');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('inovasi.xlsx');
    const sheet = await readSheet(res.rawPayload);
    expect(sheet.headings[0]).toBe('Nama Inovasi');
    expect(sheet.rows.map((row) => row.cells[0])).toEqual(['Aplikasi Antrean Puskesmas', 'Pelayanan Kesehatan Keliling']);
  });
});

describe('import', () => {
  const headings = ['Nama Inovasi', 'Perangkat Daerah', 'Tahapan', 'Urusan Utama', 'Jenis Inovasi', 'Tanggal Penerapan', 'Anggaran (Rp)'];

  it('previews per-row problems and imports nothing while any row is wrong', async () => {
    const file = await writeSheet('Inovasi', headings, [
      ['Si Cepat Akta', 'Dinas Kesehatan', 'Penerapan', 'Kesehatan', 'Digital', '01/06/2024', 'Rp 45.000.000'],
      ['Tanpa Unit', 'Dinas Tidak Ada', 'Inisiatif', '', '', '', ''],
      ['Tanggal Salah', 'Dinas Pendidikan', 'Penerapan', 'Urusan Ngawur', 'Digital', '31/02/2024', 'banyak'],
    ]);
    const preview = await r.clients.admin.upload('/api/innovations/import?dryRun=true', file, 'inovasi.xlsx');
    expect(preview.statusCode, preview.body).toBe(200);
    const report = preview.json() as InnovationImportReport;
    expect(report.rows.map((row) => [row.row, row.errors.map((e) => e.field).sort()])).toEqual([
      [2, []],
      [3, ['Perangkat Daerah']],
      [4, ['Anggaran (Rp)', 'Tanggal Penerapan', 'Urusan Utama']],
    ]);
    expect(report.rows[2]!.errors.find((e) => e.field === 'Urusan Utama')!.message).toContain('"Urusan Ngawur" tidak ada di data master');
    const before = (await list('admin')).total;
    const run = await r.clients.admin.upload('/api/innovations/import?dryRun=false', file, 'inovasi.xlsx');
    expect(expectError(run, 400, 'VALIDATION_FAILED').message).toContain('Tidak ada yang diimpor');
    expect((await list('admin')).total).toBe(before);
  });

  it('imports all rows of a clean file into the current period, and only admins may', async () => {
    const file = await writeSheet('Inovasi', headings, [
      ['Si Cepat Akta', 'Dinas Kesehatan', 'Penerapan', 'Kesehatan', 'Digital', '2024-06-01', '45.000.000'],
      ['Bank Sampah Sekolah', 'Dinas Pendidikan', 'Uji Coba', 'pendidikan', 'Non digital', '', ''],
    ]);
    expectError(await r.clients.operatorA.upload('/api/innovations/import?dryRun=false', file, 'inovasi.xlsx'), 403, 'FORBIDDEN');
    const res = await r.clients.admin.upload('/api/innovations/import?dryRun=false', file, 'inovasi.xlsx');
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as InnovationImportReport).imported).toBe(2);
    const found = await list('admin', '?q=akta');
    expect(found.items).toEqual([expect.objectContaining({ name: 'Si Cepat Akta', stage: 'penerapan', unitName: 'Dinas Kesehatan', periodYear: 2026 })]);
  });
});

describe('master data', () => {
  it('lists the seeded lists with the current period’s themes', async () => {
    const data = (await r.clients.operatorA.get('/api/master-data')).json() as MasterData;
    const codes = (list: string) => data.items.filter((i) => i.list === list).map((i) => i.code);
    expect(codes('affair')).toHaveLength(37);
    expect(data.items.filter((i) => i.list === 'affair' && i.group === 'wajib_pelayanan_dasar')).toHaveLength(6);
    expect(codes('stage')).toEqual(['inisiatif', 'uji_coba', 'penerapan']);
    expect(codes('classification')).toEqual(['perangkat_daerah', 'desa', 'masyarakat']);
    expect(codes('priority')).toHaveLength(8);
  });

  it('lets an admin add and rename items, but not change the fixed lists', async () => {
    const data = (await r.clients.admin.get('/api/master-data')).json() as MasterData;
    expect(fieldsOf(expectError(await r.clients.admin.post('/api/master-data', { list: 'theme', name: 'Stunting' }), 400, 'VALIDATION_FAILED')).periodId).toContain('per periode');
    const created = await r.clients.admin.post('/api/master-data', { list: 'theme', name: 'Penurunan Stunting', periodId: data.periodId });
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json()).toMatchObject({ code: 'penurunan_stunting', active: true });
    expectError(await r.clients.admin.post('/api/master-data', { list: 'theme', name: 'Penurunan Stunting', periodId: data.periodId }), 409, 'CONFLICT');
    expectError(await r.clients.admin.post('/api/master-data', { list: 'stage', name: 'Replikasi' }), 400, 'VALIDATION_FAILED');
    const stage = data.items.find((i) => i.list === 'stage' && i.code === 'penerapan')!;
    expect((await r.clients.admin.patch(`/api/master-data/${stage.id}`, { name: 'Penerapan (implementasi)' })).json()).toMatchObject({ name: 'Penerapan (implementasi)' });
    expectError(await r.clients.admin.patch(`/api/master-data/${stage.id}`, { active: false }), 400, 'VALIDATION_FAILED');
    expectError(await r.clients.operatorA.post('/api/master-data', { list: 'affair', name: 'Urusan Baru' }), 403, 'FORBIDDEN');
    // A deactivated item can no longer be chosen.
    const kominfo = data.items.find((i) => i.list === 'affair' && i.code === 'kominfo')!;
    await r.clients.admin.patch(`/api/master-data/${kominfo.id}`, { active: false });
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const res = await r.clients.operatorA.patch(`/api/innovations/${d.innovation.id}`, { version: 1, otherAffairs: ['kominfo'] });
    expect(fieldsOf(expectError(res, 400, 'VALIDATION_FAILED')).otherAffairs).toContain('kominfo');
  });
});
