import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Innovation, InnovationDetail, InnovationList } from '../../../domain/contracts/innovations.js';
import { catalogueFromPeriod } from '../../../domain/iid/period-catalogue.js';
import { simulate } from '../../../domain/iid/simulate.js';
import { auditRows, expectError, fieldsOf } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createInnovation, designOf, registryRegion } from './registry.test-support.js';

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;

beforeAll(async () => {
  t = await startTestApp();
  r = await registryRegion(t);
});
afterAll(() => t.close());

describe('innovation profile', () => {
  it('creates a draft in the current period for the operator’s unit and audits it', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    expect(d.innovation).toMatchObject({ unitId: r.unitA.id, unitName: 'Dinas Kesehatan', periodYear: 2026, stage: 'inisiatif', status: 'aktif', readOnly: false, version: 1 });
    expect(d.lifecycle.nextSteps).toEqual(['proposal']);
    expect(d.assessment.claimed).toMatchObject({ maturity: 0, eligible: false });
    expect(d.assessment.completeness.complete).toBe(false);
    expect((await auditRows(t.db, 'innovation', d.innovation.id)).map((a) => a.action)).toEqual(['innovation.create']);
  });

  it('refuses a unit the operator does not belong to, and hides other units’ innovations', async () => {
    expectError(await r.clients.operatorA.post('/api/innovations', { unitId: r.unitB.id, name: 'Inovasi orang lain' }), 403, 'FORBIDDEN');
    const other = await createInnovation(r.clients.operatorB, r.unitB.id);
    expectError(await r.clients.operatorA.get(`/api/innovations/${other.innovation.id}`), 404, 'NOT_FOUND');
    expectError(await r.clients.operatorA.patch(`/api/innovations/${other.innovation.id}`, { version: 1, name: 'Ambil alih' }), 404, 'NOT_FOUND');
    // Mentors read their units; leadership reads all; neither writes.
    expect((await r.clients.leader.get(`/api/innovations/${other.innovation.id}`)).statusCode).toBe(200);
    expectError(await r.clients.mentorA.get(`/api/innovations/${other.innovation.id}`), 404, 'NOT_FOUND');
    expectError(await r.clients.leader.patch(`/api/innovations/${other.innovation.id}`, { version: 1, name: 'x' }), 403, 'FORBIDDEN');
  });

  it.each([
    [{ mainAffair: 'bukan_urusan' }, 'mainAffair', 'tidak ada di data master'],
    [{ latitude: 40.7, longitude: -74 }, 'latitude', 'luar wilayah Indonesia'],
    [{ videoUrl: 'javascript:alert(1)' }, 'videoUrl', 'http://'],
    [{ budgetAmount: 12.5 }, 'budgetAmount', 'Jenis isian salah'],
    [{ theme: 'digitalisasi_layanan', kind: 'analog' }, 'kind', 'data master'],
  ])('refuses %j with an Indonesian message on %s', async (patch, field, words) => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const res = await r.clients.operatorA.patch(`/api/innovations/${d.innovation.id}`, { version: d.innovation.version, ...patch });
    expect(fieldsOf(expectError(res, 400, 'VALIDATION_FAILED'))[field]).toContain(words);
  });

  it('counts design words and keeps the plain text out of the HTML', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const res = await r.clients.operatorA.patch(`/api/innovations/${d.innovation.id}`, { version: 1, design: designOf(300), mainAffair: 'kesehatan', kind: 'digital' });
    expect(res.statusCode, res.body).toBe(200);
    const after = (res.json() as InnovationDetail).innovation;
    expect(after).toMatchObject({ designWords: 300, mainAffair: 'kesehatan', kind: 'digital', version: 2 });
  });

  it('refuses a save over a newer version and hands back the stored one', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const first = await r.clients.operatorA.patch(`/api/innovations/${d.innovation.id}`, { version: 1, goal: 'Tujuan versi pertama.' });
    expect(first.statusCode).toBe(200);
    const second = await r.clients.admin.patch(`/api/innovations/${d.innovation.id}`, { version: 1, goal: 'Tujuan versi kedua.' });
    const error = expectError(second, 409, 'VERSION_CONFLICT') as { message: string; details?: { current: Innovation } };
    expect(error.message).toContain('diubah orang lain');
    expect(error.details?.current).toMatchObject({ goal: 'Tujuan versi pertama.', version: 2 });
    const stored = (await r.clients.admin.get(`/api/innovations/${d.innovation.id}`)).json() as InnovationDetail;
    expect(stored.innovation.goal).toBe('Tujuan versi pertama.');
    // Saving again on top of the stored version is how the editor keeps "my version".
    expect((await r.clients.admin.patch(`/api/innovations/${d.innovation.id}`, { version: 2, goal: 'Tujuan versi kedua.' })).statusCode).toBe(200);
    const trail = await auditRows(t.db, 'innovation', d.innovation.id);
    expect(trail.filter((a) => a.action === 'innovation.update').map((a) => a.after)).toEqual([{ goal: 'Tujuan versi pertama.' }, { goal: 'Tujuan versi kedua.' }]);
  });
});

describe('answers and live maturity', () => {
  it('scores an answer only once the chosen option’s evidence is present', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const id = d.innovation.id;
    const answered = (await r.clients.operatorA.put(`/api/innovations/${id}/indicators/17`, { option: 2 })).json() as InnovationDetail;
    expect(answered.assessment.answers.find((a) => a.code === '17')).toMatchObject({ option: 2, present: false, score: 0, accepts: ['pdf'] });
    expect(answered.assessment.claimed.maturity).toBe(0);
    const link = await r.clients.operatorA.post(`/api/innovations/${id}/indicators/17/links`, { url: 'https://contoh.go.id/sk-tim.pdf', letterNumber: '800/12/2025' });
    expect(link.statusCode, link.body).toBe(200);
    // A link does not satisfy an option that asks for a PDF.
    expect((link.json() as InnovationDetail).assessment.claimed.maturity).toBe(0);
    const withPdf = (await r.clients.operatorA.upload(`/api/innovations/${id}/indicators/17/evidence`, Buffer.from('%PDF-1.4\n%%EOF\n'), 'sk.pdf')).json() as InnovationDetail;
    expect(withPdf.assessment.answers.find((a) => a.code === '17')).toMatchObject({ present: true, score: 4 });
    expect(withPdf.assessment.claimed.maturity).toBe(4);
    expect(withPdf.assessment.verified.maturity).toBe(0); // nothing accepted by a mentor yet
    const list = (await r.clients.operatorA.get(`/api/innovations?q=${encodeURIComponent('Antar Obat')}&pageSize=200`)).json() as InnovationList;
    expect(list.items.find((i) => i.id === id)?.maturityClaimed).toBe(4);
  });

  it('needs a basis for indicator 33 and refuses one elsewhere', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const id = d.innovation.id;
    expect(fieldsOf(expectError(await r.clients.operatorA.put(`/api/innovations/${id}/indicators/33`, { option: 3 }), 400, 'VALIDATION_FAILED')).basis).toContain('basis');
    expectError(await r.clients.operatorA.put(`/api/innovations/${id}/indicators/17`, { option: 3, basis: 'a' }), 400, 'VALIDATION_FAILED');
    expectError(await r.clients.operatorA.put(`/api/innovations/${id}/indicators/1`, { option: 3 }), 404, 'NOT_FOUND'); // a region indicator
    const ok = await r.clients.operatorA.put(`/api/innovations/${id}/indicators/33`, { option: 3, basis: 'a' });
    expect((ok.json() as InnovationDetail).assessment.answers.find((a) => a.code === '33')).toMatchObject({ option: 3, basis: 'a' });
    const cleared = (await r.clients.operatorA.put(`/api/innovations/${id}/indicators/33`, { option: 0 })).json() as InnovationDetail;
    expect(cleared.assessment.answers.find((a) => a.code === '33')).toBeUndefined();
  });
});

describe('lifecycle', () => {
  it('follows proposal → feasibility → designation → trial → implementation, with decisions kept to the admin', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const url = `/api/innovations/${d.innovation.id}/lifecycle`;
    expectError(await r.clients.operatorA.post(url, { step: 'trial', date: '2025-01-10', plannedEndOn: '2025-06-10' }), 409, 'CONFLICT');
    expect((await r.clients.operatorA.post(url, { step: 'proposal', date: '2025-01-05', note: 'Usulan awal' })).statusCode).toBe(200);
    expectError(await r.clients.operatorA.post(url, { step: 'feasibility', date: '2025-01-20', feasible: true }), 403, 'FORBIDDEN');
    expect(fieldsOf(expectError(await r.clients.admin.post(url, { step: 'feasibility', date: '2025-01-20', feasible: false }), 400, 'VALIDATION_FAILED')).reasons).toContain('alasan');
    expect((await r.clients.admin.post(url, { step: 'feasibility', date: '2025-01-20', feasible: true })).statusCode).toBe(200);
    expect((await r.clients.admin.post(url, { step: 'designation', date: '2025-02-01', legalBasis: 'sk', number: '188.45/12/2025' })).statusCode).toBe(200);
    const trial = (await r.clients.operatorA.post(url, { step: 'trial', date: '2025-02-10', plannedEndOn: '2026-06-30' })).json() as InnovationDetail;
    expect(trial.innovation).toMatchObject({ stage: 'uji_coba', trialStartedOn: '2025-02-10', trialPlannedEndOn: '2026-06-30' });
    expect(trial.lifecycle).toMatchObject({ trialTooLong: true, maxTrialDays: 365, nextSteps: ['implementation'] });
    const done = (await r.clients.operatorA.post(url, { step: 'implementation', date: '2025-07-01' })).json() as InnovationDetail;
    expect(done.innovation).toMatchObject({ stage: 'penerapan', implementedOn: '2025-07-01' });
    expect(done.lifecycle.records.map((x) => x.step)).toEqual(['proposal', 'feasibility', 'designation', 'trial', 'implementation']);
    expect(done.lifecycle.nextSteps).toEqual([]);
  });

  it('warns about a trial longer than the period’s configurable maximum', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const url = `/api/innovations/${d.innovation.id}/lifecycle`;
    await r.clients.operatorA.post(url, { step: 'proposal', date: '2025-01-05' });
    await r.clients.admin.post(url, { step: 'feasibility', date: '2025-01-20', feasible: true });
    await r.clients.admin.post(url, { step: 'designation', date: '2025-02-01', legalBasis: 'perkada', number: '12' });
    const ninety = (await r.clients.operatorA.post(url, { step: 'trial', date: '2025-02-10', plannedEndOn: '2025-05-11' })).json() as InnovationDetail;
    expect(ninety.lifecycle).toMatchObject({ trialTooLong: false, maxTrialDays: 365 });
    expect((await r.clients.admin.patch(`/api/periods/${d.innovation.periodId}`, { maxTrialDays: 60 })).statusCode).toBe(200);
    const again = (await r.clients.operatorA.get(`/api/innovations/${d.innovation.id}`)).json() as InnovationDetail;
    expect(again.lifecycle).toMatchObject({ trialTooLong: true, maxTrialDays: 60 });
    await r.clients.admin.patch(`/api/periods/${d.innovation.periodId}`, { maxTrialDays: 365 });
  });
});

describe('history and carry-over', () => {
  it('carries an innovation into the next period with a note; the old one turns read-only and linked', async () => {
    // The seeded periods are 2023 and 2026: an innovation of 2023 carries into 2026.
    const periods = (await r.clients.admin.get('/api/periods')).json() as { items: { id: string; year: number }[] };
    const old = periods.items.find((p) => p.year === 2023)!;
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    await t.db.execute(`update innovations set period_id = '${old.id}' where id = '${d.innovation.id}'`);
    await r.clients.operatorA.put(`/api/innovations/${d.innovation.id}/indicators/17`, { option: 2 });
    const url = `/api/innovations/${d.innovation.id}/carry-over`;
    expect(fieldsOf(expectError(await r.clients.operatorA.post(url, { note: 'singkat' }), 400, 'VALIDATION_FAILED')).note).toContain('minimal 20');
    const res = await r.clients.operatorA.post(url, { note: 'Dikembangkan menjadi aplikasi daring dengan 3 kanal baru.' });
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json() as InnovationDetail;
    expect(copy.innovation).toMatchObject({ periodYear: 2026, previousId: d.innovation.id, readOnly: false, name: d.innovation.name });
    expect(copy.assessment.answers.map((a) => a.code)).toEqual(['17']);
    const before = (await r.clients.operatorA.get(`/api/innovations/${d.innovation.id}`)).json() as InnovationDetail;
    expect(before.innovation).toMatchObject({ readOnly: true, status: 'diajukan_kembali', nextId: copy.innovation.id });
    expectError(await r.clients.operatorA.patch(`/api/innovations/${d.innovation.id}`, { version: before.innovation.version, name: 'x' }), 409, 'CONFLICT');
    expectError(await r.clients.operatorA.post(url, { note: 'Dikembangkan menjadi aplikasi daring lagi, kedua kali.' }), 409, 'CONFLICT');
    const history = (await r.clients.operatorA.get(`/api/innovations/${d.innovation.id}/history`)).json() as { items: { action: string; changes: { field: string }[] }[] };
    expect(history.items.map((h) => h.action)).toEqual(['innovation.carryOver', 'innovation.answer', 'innovation.create']);
    expect(history.items[1]!.changes).toEqual([{ field: '17', before: null, after: { option: 2, basis: null } }]);
  });
});

describe('the simulator’s working set', () => {
  it('gives the stored innovations with claimed and verified flags from their evidence', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Inovasi Untuk Simulasi', mainAffair: 'kesehatan' });
    const id = d.innovation.id;
    await r.clients.operatorA.put(`/api/innovations/${id}/indicators/17`, { option: 3 });
    await r.clients.operatorA.put(`/api/innovations/${id}/indicators/19`, { option: 2 });
    await r.clients.operatorA.upload(`/api/innovations/${id}/indicators/17/evidence`, Buffer.from('%PDF-1.4\n% sdm\n%%EOF\n'), 'sk.pdf');
    const res = await r.clients.admin.get('/api/iid/registry');
    expect(res.statusCode, res.body).toBe(200);
    const report = res.json() as { period: number; innovations: { id: string; mainAffair: string; answers: Record<string, unknown> }[] };
    expect(report.period).toBe(2026);
    const mine = report.innovations.find((i) => i.id === 'Inovasi Untuk Simulasi')!;
    expect(mine).toMatchObject({ mainAffair: 'kesehatan', answers: { '17': { option: 3, evidenced: true, accepted: false }, '19': { option: 2, evidenced: false, accepted: false } } });
    // Names shared by several innovations get their unit to stay apart.
    const shared = report.innovations.filter((i) => i.id.startsWith('Layanan Antar Obat Puskesmas'));
    expect(new Set(shared.map((i) => i.id)).size).toBe(shared.length);
    expectError(await r.clients.operatorA.get('/api/iid/registry'), 403, 'FORBIDDEN');
    // The page feeds it to the engine as a region report: it must score as the server would.
    const period = (await r.clients.admin.get(`/api/periods/${d.innovation.periodId}`)).json() as Parameters<typeof catalogueFromPeriod>[0];
    const simulated = simulate(catalogueFromPeriod(period), { answers: res.json().region.answers, innovations: res.json().innovations }, []);
    expect(simulated.claimed.result.innovations.find((i) => i.id === 'Inovasi Untuk Simulasi')!.maturity).toBe(6);
  });
});

describe('indicators of a period in use', () => {
  it('keep the definition answers were given under, and mark those answers for a second look', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id);
    const id = d.innovation.id;
    await r.clients.operatorA.put(`/api/innovations/${id}/indicators/20`, { option: 2 });
    const period = d.innovation.periodId;
    const before = (await r.clients.admin.get(`/api/periods/${period}`)).json() as { indicators: { code: string; name: string; options: { label: string }[] }[] };
    const old = before.indicators.find((i) => i.code === '20')!;
    const relabelled = old.options.map((o, i) => ({ ...o, label: i === 1 ? 'Dua kali dalam 2 tahun' : o.label }));
    expect((await r.clients.admin.patch(`/api/periods/${period}/indicators/20`, { options: relabelled })).statusCode).toBe(200);
    const history = (await r.clients.operatorA.get(`/api/periods/${period}/indicators/20/versions`)).json() as { items: { version: number; current: boolean; indicator: { options: { label: string }[] } }[] };
    expect(history.items.map((v) => [v.version, v.current])).toEqual([[2, true], [1, false]]);
    expect(history.items[1]!.indicator.options[1]!.label).toBe(old.options[1]!.label);
    expect(history.items[0]!.indicator.options[1]!.label).toBe('Dua kali dalam 2 tahun');
    const detail = (await r.clients.operatorA.get(`/api/innovations/${id}`)).json() as InnovationDetail;
    expect(detail.assessment.answers.find((a) => a.code === '20')!.outdated).toBe(true);
    // Answering again under the new definition clears the mark; an edit nobody answered under adds no version.
    const again = (await r.clients.operatorA.put(`/api/innovations/${id}/indicators/20`, { option: 2 })).json() as InnovationDetail;
    expect(again.assessment.answers.find((a) => a.code === '20')!.outdated).toBe(false);
    await r.clients.admin.patch(`/api/periods/${period}/indicators/26`, { description: 'Pedoman teknis inovasi' });
    const untouched = (await r.clients.admin.get(`/api/periods/${period}/indicators/26/versions`)).json() as { items: unknown[] };
    expect(untouched.items).toHaveLength(1);
  });
});
