import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InnovationDetail } from '../../../domain/contracts/innovations.js';
import { evidence, files } from '../../db/schema.js';
import { auditRows, expectError } from '../../test/fixtures.js';
import { multipartBody, startTestApp, type TestApp } from '../../test/harness.js';
import { createInnovation, fakeExe, registryRegion, tinyPdf } from './registry.test-support.js';

// Upload rules of issue 4: type by bytes, size limits per type, nothing left behind by a refused or
// cut-off upload, safe names and downloads, and unit scoping of evidence files.

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;
let id: string;
const url = () => `/api/innovations/${id}/indicators/16/evidence`;

const storedKeys = async () => {
  const keys: string[] = [];
  for await (const k of t.storage.list()) keys.push(k);
  return keys;
};
const tmpLeft = async () => (await fs.readdir(path.join(t.env.dataDir, 'tmp')).catch(() => [])).length;
const evidenceCount = async () => (await t.db.select().from(evidence).where(eq(evidence.innovationId, id))).length;

beforeAll(async () => {
  // Small limits keep the oversize tests fast; the rule is the same at 10/200 MB.
  t = await startTestApp({ uploadLimits: { documentBytes: 64 * 1024, videoBytes: 256 * 1024 } });
  r = await registryRegion(t);
  id = (await createInnovation(r.clients.operatorA, r.unitA.id)).innovation.id;
});
afterAll(() => t.close());

describe('evidence uploads', () => {
  it('stores a PDF with its letter details and serves it back to the unit with safe headers', async () => {
    const res = await r.clients.operatorA.upload(url(), tinyPdf('perkada'), 'Perbup 12 2025.pdf', 'POST', { letterNumber: '12/2025', letterDate: '2025-03-01', letterSubject: 'Penetapan inovasi' });
    expect(res.statusCode, res.body).toBe(200);
    const ev = (res.json() as InnovationDetail).assessment.answers.find((a) => a.code === '16')!.evidence[0]!;
    expect(ev).toMatchObject({ kind: 'pdf', letterNumber: '12/2025', letterDate: '2025-03-01', letterSubject: 'Penetapan inovasi', status: 'pending', file: { name: 'Perbup_12_2025.pdf', mime: 'application/pdf' } });
    const download = await r.clients.operatorA.get(`/api/innovations/${id}/evidence/${ev.id}/file`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(tinyPdf('perkada'))).toBe(true);
    expect(download.headers).toMatchObject({ 'content-type': 'application/pdf', 'x-content-type-options': 'nosniff' });
    expect(download.headers['content-disposition']).toBe(`attachment; filename="Perbup_12_2025.pdf"; filename*=UTF-8''Perbup_12_2025.pdf`);
    // Mentors of the unit and leadership may read it; an operator of another unit may not even see it.
    expect((await r.clients.mentorA.get(`/api/innovations/${id}/evidence/${ev.id}/file`)).statusCode).toBe(200);
    expect((await r.clients.leader.get(`/api/innovations/${id}/evidence/${ev.id}/file`)).statusCode).toBe(200);
    expectError(await r.clients.operatorB.get(`/api/innovations/${id}/evidence/${ev.id}/file`), 404, 'NOT_FOUND');
    expectError(await r.clients.operatorB.upload(url(), tinyPdf('x'), 'x.pdf'), 404, 'NOT_FOUND');
  });

  it('stores identical bytes once', async () => {
    const before = (await storedKeys()).length;
    const first = await r.clients.operatorA.upload(`/api/innovations/${id}/indicators/17/evidence`, tinyPdf('sama'), 'satu.pdf');
    const second = await r.clients.operatorA.upload(`/api/innovations/${id}/indicators/20/evidence`, tinyPdf('sama'), 'dua.pdf');
    expect([first.statusCode, second.statusCode]).toEqual([200, 200]);
    expect((await storedKeys()).length).toBe(before + 1);
  });

  it('refuses a renamed executable sent as .pdf, leaving no row and no file', async () => {
    const [keys, rows] = [await storedKeys(), await evidenceCount()];
    const error = expectError(await r.clients.operatorA.upload(url(), fakeExe(), 'laporan.pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    expect(error.message).toContain('bukan PDF, JPG, PNG, atau MP4');
    expect(await storedKeys()).toEqual(keys);
    expect(await evidenceCount()).toBe(rows);
    expect(await tmpLeft()).toBe(0);
  });

  it('refuses an oversize document with 413 and an Indonesian message naming the limits', async () => {
    const [keys, rows] = [await storedKeys(), await evidenceCount()];
    const big = Buffer.concat([tinyPdf('besar'), Buffer.alloc(100 * 1024, 32)]);
    const error = expectError(await r.clients.operatorA.upload(url(), big, 'besar.pdf'), 413, 'PAYLOAD_TOO_LARGE');
    expect(error.message).toBe('Berkas terlalu besar. Batas: dokumen dan gambar 0.1 MB, video 0.3 MB.');
    expect(await storedKeys()).toEqual(keys);
    expect(await evidenceCount()).toBe(rows);
    expect(await tmpLeft()).toBe(0);
  });

  it('leaves nothing behind when the upload is cut off halfway', async () => {
    const [keys, rows] = [await storedKeys(), await evidenceCount()];
    const content = Buffer.concat([tinyPdf('terputus'), Buffer.alloc(40 * 1024, 65)]);
    const { body, headers } = multipartBody(content, 'terputus.pdf', {}, 20 * 1024);
    const res = await r.clients.operatorA.raw('POST', url(), { body, headers });
    expect(res.statusCode).toBeGreaterThanOrEqual(400);
    expect(await storedKeys()).toEqual(keys);
    expect(await evidenceCount()).toBe(rows);
    expect(await tmpLeft()).toBe(0);
  });

  it('neutralises a path-traversal file name', async () => {
    const res = await r.clients.operatorA.upload(`/api/innovations/${id}/indicators/18/evidence`, tinyPdf('jalur'), '../../../etc/passwd.pdf');
    expect(res.statusCode, res.body).toBe(200);
    const ev = (res.json() as InnovationDetail).assessment.answers.find((a) => a.code === '18')!.evidence[0]!;
    expect(ev.file!.name).toBe('passwd.pdf');
    const [row] = await t.db.select().from(files).where(eq(files.id, ev.file!.id));
    expect(row!.storageKey).toMatch(/^[0-9a-f-]{36}\/[0-9a-f]{2}\/[0-9a-f]{64}$/);
    expect((await r.clients.operatorA.get(`/api/innovations/${id}/evidence/${ev.id}/file`)).headers['content-disposition']).toContain('filename="passwd.pdf"');
  });

  it('removes evidence only for its own unit, and audits the removal', async () => {
    const d = (await r.clients.operatorA.get(`/api/innovations/${id}`)).json() as InnovationDetail;
    const ev = d.assessment.answers.find((a) => a.code === '18')!.evidence[0]!;
    expectError(await r.clients.operatorB.delete(`/api/innovations/${id}/evidence/${ev.id}`), 404, 'NOT_FOUND');
    const res = await r.clients.operatorA.delete(`/api/innovations/${id}/evidence/${ev.id}`);
    expect(res.statusCode).toBe(200);
    expect((res.json() as InnovationDetail).assessment.answers.find((a) => a.code === '18')).toBeUndefined();
    const trail = await auditRows(t.db, 'innovation', id);
    expect(trail.at(-1)).toMatchObject({ action: 'innovation.evidence.remove', before: expect.objectContaining({ indicator: '18', evidence: ev.id }) });
  });
});
