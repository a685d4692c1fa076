import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJob } from '../../../domain/contracts/letters.js';
import { pdfText } from '../../lib/pdf.js';
import { expectError } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { createInnovation, registryRegion, tinyPdf } from '../innovations/registry.test-support.js';
import { nationalColumns } from './reports.service.js';

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;
let innovationId: string;

beforeAll(async () => {
  t = await startTestApp();
  r = await registryRegion(t);
  const d = await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Antar Obat Lansia', mainAffair: 'kesehatan', goal: 'Obat sampai di rumah lansia.', budgetAmount: 125000000, budgetSource: 'APBD' });
  innovationId = d.innovation.id;
  await r.clients.operatorA.put(`/api/innovations/${innovationId}/indicators/16`, { option: 2 });
  await r.clients.operatorA.upload(`/api/innovations/${innovationId}/indicators/16/evidence`, tinyPdf('sk'), 'SK Bupati 2024.pdf', 'POST', { letterNumber: '100/12/2024' });
  await r.clients.operatorA.put(`/api/innovations/${innovationId}/indicators/35`, { option: 1 });
  await r.clients.operatorA.post(`/api/innovations/${innovationId}/indicators/35/links`, { url: 'https://video.contoh.go.id/antar-obat' });
  await createInnovation(r.clients.operatorB, r.unitB.id, { name: 'Sekolah Ramah Anak', mainAffair: 'pendidikan' });
});
afterAll(() => t.close());

async function download(c: Client, kind: string): Promise<{ job: ExportJob; bytes: Buffer }> {
  const started = await c.post('/api/reports', { kind });
  expect(started.statusCode, started.body).toBe(202);
  let job = started.json() as ExportJob;
  for (let i = 0; i < 100 && job.status !== 'done' && job.status !== 'failed'; i += 1) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    job = (await c.get(`/api/exports/${job.id}`)).json() as ExportJob;
  }
  expect(job.status, job.error ?? '').toBe('done');
  return { job, bytes: (await c.get(`/api/exports/${job.id}/file`)).rawPayload };
}

async function sheets(bytes: Buffer) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows = (name: string) => {
    const out: string[][] = [];
    book.getWorksheet(name)!.eachRow((row) => out.push((row.values as unknown[]).slice(1).map((v) => String(v ?? ''))));
    return out;
  };
  return { names: book.worksheets.map((w) => w.name), rows };
}

describe('reports', () => {
  it('recaps per unit, per affair and per stage in one workbook, for leadership too', async () => {
    const { job, bytes } = await download(r.clients.leader, 'report.recap');
    expect(job).toMatchObject({ done: 3, total: 3, fileName: 'rekap-inovasi-2026.xlsx' });
    const book = await sheets(bytes);
    expect(book.names).toEqual(['Per Unit', 'Per Urusan', 'Per Tahapan']);
    const units = book.rows('Per Unit');
    expect(units[0]!.slice(0, 6)).toEqual(['Unit', 'Jenis Unit', 'Jumlah Inovasi', 'Inisiatif', 'Uji Coba', 'Penerapan']);
    expect(units.slice(1).map((u) => u.slice(0, 4))).toEqual([
      ['Dinas Kesehatan', 'Dinas', '1', '1'],
      ['Dinas Pendidikan', 'Dinas', '1', '1'],
    ]);
    expect(book.rows('Per Urusan').slice(1).map((a) => a.slice(0, 3))).toEqual([
      ['Kesehatan', 'Wajib Pelayanan Dasar', '1'],
      ['Pendidikan', 'Wajib Pelayanan Dasar', '1'],
    ]);
    expect(book.rows('Per Tahapan')[1]!.slice(0, 3)).toEqual(['Inisiatif', '2', '2']);
    expectError(await r.clients.operatorA.post('/api/reports', { kind: 'report.recap' }), 403, 'FORBIDDEN');
  });

  it('lists innovations with the national platform’s profile columns in its order, names not codes', async () => {
    const { bytes } = await download(r.clients.admin, 'report.national');
    const rows = (await sheets(bytes)).rows('Inovasi 2026');
    expect(rows[0]).toEqual([...nationalColumns]);
    const antar = rows.find((row) => row[0] === 'Antar Obat Lansia')!;
    const col = (name: (typeof nationalColumns)[number]) => antar[nationalColumns.indexOf(name)];
    expect([col('Perangkat Daerah'), col('Tahapan Inovasi'), col('Urusan Utama'), col('Tujuan Inovasi'), col('Anggaran (Rp)'), col('Sumber Anggaran')]).toEqual([
      'Dinas Kesehatan',
      'Inisiatif',
      'Kesehatan',
      'Obat sampai di rumah lansia.',
      '125000000',
      'APBD',
    ]);
  });
});

describe('an innovation’s files', () => {
  it('prints a dossier with profile, answers, scores and evidence', async () => {
    const res = await r.clients.mentorA.get(`/api/innovations/${innovationId}/dossier.pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain('dosier-');
    const text = pdfText(res.rawPayload);
    for (const words of ['DOSIER INOVASI DAERAH', 'Antar Obat Lansia', 'Dinas Kesehatan', 'SK_Bupati_2024.pdf', '100/12/2024', 'Inisiatif', 'Kesehatan', 'https://video.contoh.go.id/antar-obat', 'Rp 125.000.000']) expect(text).toContain(words);
    expectError(await r.clients.operatorB.get(`/api/innovations/${innovationId}/dossier.pdf`), 404, 'NOT_FOUND');
  });

  it('zips the evidence files by indicator code, with the links listed', async () => {
    const res = await r.clients.operatorA.get(`/api/innovations/${innovationId}/evidence.zip`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(res.rawPayload);
    expect(Object.keys(zip.files).filter((n) => !zip.files[n]!.dir).sort()).toEqual(['16/01-SK_Bupati_2024.pdf', 'tautan.txt']);
    expect(Buffer.from(await zip.file('16/01-SK_Bupati_2024.pdf')!.async('uint8array')).equals(tinyPdf('sk'))).toBe(true);
    expect(await zip.file('tautan.txt')!.async('string')).toContain('35\thttps://video.contoh.go.id/antar-obat');
    expectError(await r.clients.operatorB.get(`/api/innovations/${innovationId}/evidence.zip`), 404, 'NOT_FOUND');
  });
});
