import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportJob, LetterSettings } from '../../../domain/contracts/letters.js';
import { startQueue } from '../../background.js';
import { exportJobs } from '../../db/schema.js';
import { runExport } from '../exports/exports.service.js';
import { pdfText } from '../../lib/pdf.js';
import { auditRows, expectError, fieldsOf } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { createInnovation, registryRegion } from '../innovations/registry.test-support.js';

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;

const settings: LetterSettings = {
  government: 'PEMERINTAH KABUPATEN UJI',
  place: 'Kalianda',
  numberPattern: '800/{seq:3}/BAPPERIDA/{year}',
  signatory: { title: 'Kepala Bapperida', name: 'Ir. Hendra Wijaya, M.Si.', rank: 'Pembina Utama Muda (IV/c)', nip: '197804122003122004', onBehalfOf: null },
  headOffice: 'Bupati Uji',
  headName: null,
};

beforeAll(async () => {
  t = await startTestApp();
  r = await registryRegion(t);
  await createInnovation(r.clients.operatorB, r.unitB.id, { name: 'Draf Sekolah Ramah Anak' });
  // The real queue (pg-boss on the test database), as in production.
  await startQueue(t.database, t.jobs, (err) => {
    throw err;
  });
});
afterAll(() => t.close());

async function finished(c: Client, id: string): Promise<ExportJob> {
  for (let i = 0; i < 200; i += 1) {
    const job = (await c.get(`/api/exports/${id}`)).json() as ExportJob;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('export did not finish');
}

describe('letter settings', () => {
  it('suggests settings from the region until saved, and checks the number pattern', async () => {
    const suggested = (await r.clients.admin.get('/api/letters/settings')).json();
    expect(suggested).toMatchObject({ saved: false, numberPattern: '000/{seq}/BAPPERIDA/{year}' });
    expect(suggested.government).toMatch(/^PEMERINTAH /);
    const bad = await r.clients.admin.put('/api/letters/settings', { ...settings, numberPattern: '800/BAPPERIDA/{tahun}' });
    expect(fieldsOf(expectError(bad, 400, 'VALIDATION_FAILED')).numberPattern).toContain('{seq}');
    expectError(await r.clients.operatorA.put('/api/letters/settings', settings), 403, 'FORBIDDEN');
  });

  it('refuses letters before settings exist, saying where to set them', async () => {
    expect(expectError(await r.clients.admin.post('/api/letters/quota', { kind: 'pemberitahuan' }), 409, 'CONFLICT').message).toContain('Pengaturan Pemda');
  });
});

describe('letters to units below quota', () => {
  it('writes one numbered PDF per unit below quota into a ZIP, with the unit’s numbers, audited', async () => {
    const saved = await r.clients.admin.put('/api/letters/settings', settings);
    expect(saved.statusCode, saved.body).toBe(200);
    const started = await r.clients.admin.post('/api/letters/quota', { kind: 'teguran', date: '2026-11-23' });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finished(r.clients.admin, (started.json() as ExportJob).id);
    expect(job).toMatchObject({ status: 'done', done: 2, total: 2, fileName: 'surat-teguran-2026.zip' });

    // Only the one who asked may follow and download it.
    expectError(await r.clients.leader.get(`/api/exports/${job.id}`), 404, 'NOT_FOUND');
    const file = await r.clients.admin.get(`/api/exports/${job.id}/file`);
    expect(file.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(file.rawPayload);
    const names = Object.keys(zip.files).sort();
    expect(names).toEqual(['01-teguran-dinas-kesehatan.pdf', '02-teguran-dinas-pendidikan.pdf']);
    const text = pdfText(Buffer.from(await zip.file('02-teguran-dinas-pendidikan.pdf')!.async('uint8array')));
    expect(text).toContain('PEMERINTAH KABUPATEN UJI');
    expect(text).toContain('800/002/BAPPERIDA/2026');
    expect(text).toContain('Kalianda, 23 November 2026');
    expect(text).toContain('Dinas Pendidikan');
    expect(text).toContain('NIP. 197804122003122004');
    expect(text).not.toMatch(/0271|NIK/);

    // The next run continues the year's numbering.
    const again = await finished(r.clients.admin, ((await r.clients.admin.post('/api/letters/quota', { kind: 'pemberitahuan', date: '2026-11-24' })).json() as ExportJob).id);
    const next = await JSZip.loadAsync((await r.clients.admin.get(`/api/exports/${again.id}/file`)).rawPayload);
    expect(pdfText(Buffer.from(await next.file('01-pemberitahuan-dinas-kesehatan.pdf')!.async('uint8array')))).toContain('800/003/BAPPERIDA/2026');
    const issued = (await auditRows(t.db, 'period', (await r.clients.admin.get('/api/monitoring')).json().period.id)).filter((a) => a.action === 'letters.teguran');
    expect((issued[0]!.after as { letters: { number: string }[] }).letters.map((l) => l.number)).toEqual(['800/001/BAPPERIDA/2026', '800/002/BAPPERIDA/2026']);
    expect(((await r.clients.admin.get('/api/exports')).json() as { items: ExportJob[] }).items.map((e) => e.kind)).toEqual(['letters.pemberitahuan', 'letters.teguran']);
  });

  it('records a failed export with its reason when no unit is below quota', async () => {
    await t.db.execute(`update periods set duties = '{"obligations":{"defaultQuota":0,"basicServiceQuota":0}}'::jsonb where is_current` as never);
    const job = await finished(r.clients.admin, ((await r.clients.admin.post('/api/letters/quota', { kind: 'pemberitahuan' })).json() as ExportJob).id);
    expect(job).toMatchObject({ status: 'failed', error: 'error.noUnitsBelowQuota' });
    expectError(await r.clients.admin.get(`/api/exports/${job.id}/file`), 409, 'CONFLICT');
  });
});

describe('an interrupted export', () => {
  it('ends as failed instead of running again with new numbers', async () => {
    const [row] = await t.db.insert(exportJobs).values({ regionId: r.region.id, userId: r.users.admin.id, kind: 'letters.pemberitahuan', params: { kind: 'pemberitahuan' }, status: 'running' }).returning();
    await runExport({ db: t.db, storage: t.storage }, row!.id, {});
    const job = (await r.clients.admin.get(`/api/exports/${row!.id}`)).json() as ExportJob;
    expect(job).toMatchObject({ status: 'failed', error: 'error.exportInterrupted' });
  });
});

describe('designation decree draft', () => {
  it('lists the chosen innovations with their units in a draft PDF', async () => {
    const a = await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Layanan Antar Obat' });
    const res = await r.clients.admin.post('/api/letters/decree', { innovationIds: [a.innovation.id], executors: { [a.innovation.id]: ['Kepala Puskesmas Sukamaju'] } });
    expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Layanan Antar Obat');
    expect(text).toContain('Kepala Puskesmas Sukamaju');
    expect(text).toContain('DRAF');
    expect(fieldsOf(expectError(await r.clients.admin.post('/api/letters/decree', { innovationIds: [] }), 400, 'VALIDATION_FAILED')).innovationIds).toContain('sedikitnya satu');
    expectError(await r.clients.admin.post('/api/letters/decree', { innovationIds: ['00000000-0000-4000-8000-000000000000'] }), 404, 'NOT_FOUND');
  });
});
