import { eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answers, evidence, exportJobs, indicators, regionEvidence, innovations, masterItems, periods, regions, units, users } from '../db/schema.js';
import { seedMasterData } from '../modules/master-data/master-data.service.js';
import { seedPeriods } from '../modules/periods/periods.seed.js';
import { buildRegion, buildUnit, buildUser } from './factories.js';
import { expectError, signedIn, tinyPng } from './fixtures.js';
import { startTestApp, type Client, type TestApp } from './harness.js';
import { scopingParts, type Call, type Ids, type Row } from './scoping-parts.js';

/*
 * The access matrix over every route of the OpenAPI document. Region A holds the data; region B's
 * operator and admin try every route with A's ids (in the path and in bodies). A route added to
 * the API without a row here fails the first test, so the matrix grows with the API.
 */

let seq = 0;
const unique = (prefix: string) => `${prefix} ${++seq}`;
const csv = (text: string) => ({ content: Buffer.from(text, 'utf8'), fileName: 'unit.csv' });
const pdf = () => ({ content: Buffer.from(`%PDF-1.4\n% ${unique('bukti')}\n%%EOF\n`), fileName: 'bukti.pdf' });

const baseMatrix: Record<string, Row> = {
  'GET /api/health': { public: true, call: () => ({ method: 'GET', url: '/api/health' }) },
  'GET /api/auth/csrf': { public: true, call: () => ({ method: 'GET', url: '/api/auth/csrf' }) },
  'POST /api/auth/sign-in': {
    public: true,
    call: () => ({ method: 'POST', url: '/api/auth/sign-in', body: { email: 'tidak-terdaftar@uji.test', password: 'salah-sekali-123' } }),
  },
  'POST /api/auth/sign-out': { public: true, endsSession: true, call: () => ({ method: 'POST', url: '/api/auth/sign-out' }) },
  'GET /api/auth/me': { call: () => ({ method: 'GET', url: '/api/auth/me' }) },
  'POST /api/auth/forgot-password': {
    public: true,
    call: (ids) => ({ method: 'POST', url: '/api/auth/forgot-password', body: { email: ids.operatorAEmail } }),
  },
  'POST /api/auth/set-password': {
    public: true,
    call: () => ({ method: 'POST', url: '/api/auth/set-password', body: { token: 'x'.repeat(43), password: 'kata-sandi-baru-1' } }),
  },
  'GET /api/auth/demo-accounts': { public: true, call: () => ({ method: 'GET', url: '/api/auth/demo-accounts' }) },
  'GET /api/setup': { public: true, call: () => ({ method: 'GET', url: '/api/setup' }) },
  'POST /api/setup': {
    public: true,
    call: () => ({
      method: 'POST',
      url: '/api/setup',
      body: { regionCode: '33.14', bodyName: 'Bapperida Penyusup', adminName: 'Penyusup', adminEmail: 'penyusup@uji.test', adminPassword: 'kata-sandi-penyusup' },
    }),
  },
  'GET /api/regions/options': { public: true, call: () => ({ method: 'GET', url: '/api/regions/options' }) },
  'GET /api/region': { call: () => ({ method: 'GET', url: '/api/region' }) },
  'PATCH /api/region': { call: () => ({ method: 'PATCH', url: '/api/region', body: { address: unique('Jl. Beta') } }) },
  'PUT /api/region/logo': { call: () => ({ method: 'PUT', url: '/api/region/logo', upload: { content: tinyPng([0, 0, 200]), fileName: 'logo.png' } }) },
  'GET /api/regions/{id}/logo': { public: true, publicData: true, call: (ids) => ({ method: 'GET', url: `/api/regions/${ids.regionA}/logo` }) },
  'GET /api/units': { call: () => ({ method: 'GET', url: '/api/units?active=all&pageSize=200' }) },
  'POST /api/units': {
    foreign: true,
    adminB: 400,
    call: (ids) => ({ method: 'POST', url: '/api/units', body: { name: unique('Dinas Beta'), type: 'dinas', parentId: ids.unitA1 } }),
  },
  'GET /api/units/import-template': { call: () => ({ method: 'GET', url: '/api/units/import-template' }) },
  'POST /api/units/import': {
    // Parents are matched by name within the caller's region only: A's unit is "not found".
    call: () => ({ method: 'POST', url: '/api/units/import', upload: csv(`Nama,Jenis,Induk\n${unique('Dinas Beta Impor')},dinas,Dinas Alfa Satu\n`) }),
  },
  'GET /api/units/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/units/${ids.unitA1}` }) },
  'PATCH /api/units/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/units/${ids.unitA1}`, body: { name: 'Dibajak Beta', active: false } }) },
  'DELETE /api/units/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'DELETE', url: `/api/units/${ids.unitA2}?reason=dibajak` }) },
  'GET /api/users': { call: () => ({ method: 'GET', url: '/api/users?pageSize=200' }) },
  'POST /api/users': {
    foreign: true,
    adminB: 400,
    call: (ids) => ({ method: 'POST', url: '/api/users', body: { email: `${unique('beta').replace(' ', '-')}@uji.test`, name: 'Operator Beta', roles: ['operator'], unitIds: [ids.unitA1] } }),
  },
  'GET /api/users/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/users/${ids.userA}` }) },
  'PATCH /api/users/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/users/${ids.userA}`, body: { active: false, roles: ['admin'] } }) },
  'POST /api/users/{id}/resend-invite': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/users/${ids.userA}/resend-invite` }) },
  'POST /api/users/{id}/unlock': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/users/${ids.userA}/unlock` }) },
  'GET /api/periods': { call: () => ({ method: 'GET', url: '/api/periods' }) },
  'GET /api/periods/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/periods/${ids.periodA}` }) },
  'PATCH /api/periods/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/periods/${ids.periodA}`, body: { minDivisor: 7 } }) },
  'POST /api/periods/{id}/current': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/periods/${ids.periodA}/current` }) },
  'POST /api/periods/{id}/clone': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/periods/${ids.periodA}/clone`, body: { year: 2031 } }) },
  'PATCH /api/periods/{id}/indicators/{code}': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'PATCH', url: `/api/periods/${ids.periodA}/indicators/${encodeURIComponent(ids.indicatorA)}`, body: { weight: 1 } }),
  },
  'GET /api/periods/{id}/indicators/{code}/versions': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'GET', url: `/api/periods/${ids.periodA}/indicators/${encodeURIComponent(ids.indicatorA)}/versions` }),
  },
  'POST /api/iid/calculate': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'POST', url: '/api/iid/calculate', body: { periodId: ids.periodA, region: { answers: {} }, innovations: [] } }),
  },
  'GET /api/audit': { call: (ids) => ({ method: 'GET', url: `/api/audit?pageSize=200&entityId=${ids.unitA1}` }) },
  'GET /api/mail': { call: () => ({ method: 'GET', url: '/api/mail?pageSize=200' }) },
  'GET /api/iid/registry': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/iid/registry?periodId=${ids.periodA}` }) },
  'GET /api/master-data': { call: () => ({ method: 'GET', url: '/api/master-data' }) },
  'POST /api/master-data': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: '/api/master-data', body: { list: 'theme', name: unique('Tema Beta'), periodId: ids.periodA } }) },
  'PATCH /api/master-data/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/master-data/${ids.masterItemA}`, body: { name: 'Dibajak Beta' } }) },
  'GET /api/innovations': { call: () => ({ method: 'GET', url: '/api/innovations?pageSize=200' }) },
  'GET /api/innovations/export.xlsx': { call: () => ({ method: 'GET', url: '/api/innovations/export.xlsx' }) },
  'GET /api/innovations/import/template.xlsx': { call: () => ({ method: 'GET', url: '/api/innovations/import/template.xlsx' }) },
  'POST /api/innovations/import': {
    // Units are matched by name within the caller's region only: A's unit is "not found".
    call: () => ({ method: 'POST', url: '/api/innovations/import?dryRun=false', upload: csv(`Nama Inovasi,Perangkat Daerah\n${unique('Inovasi Beta')},Dinas Alfa Satu\n`) }),
  },
  'POST /api/innovations': { foreign: true, adminB: 400, call: (ids) => ({ method: 'POST', url: '/api/innovations', body: { unitId: ids.unitA1, name: unique('Inovasi Beta') } }) },
  'GET /api/innovations/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}` }) },
  'PATCH /api/innovations/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/innovations/${ids.innovationA}`, body: { version: 1, name: 'Dibajak Beta' } }) },
  'POST /api/innovations/{id}/lifecycle': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/innovations/${ids.innovationA}/lifecycle`, body: { step: 'proposal', date: '2026-01-05' } }) },
  'PUT /api/innovations/{id}/indicators/{code}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PUT', url: `/api/innovations/${ids.innovationA}/indicators/17`, body: { option: 1 } }) },
  'POST /api/innovations/{id}/indicators/{code}/evidence': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/innovations/${ids.innovationA}/indicators/17/evidence`, upload: pdf() }) },
  'POST /api/innovations/{id}/indicators/{code}/links': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/innovations/${ids.innovationA}/indicators/17/links`, body: { url: 'https://beta.go.id/x' } }) },
  'DELETE /api/innovations/{id}/evidence/{evidenceId}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'DELETE', url: `/api/innovations/${ids.innovationA}/evidence/${ids.evidenceA}` }) },
  'GET /api/innovations/{id}/evidence/{evidenceId}/file': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}/evidence/${ids.evidenceA}/file` }) },
  'POST /api/innovations/{id}/files': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/innovations/${ids.innovationA}/files`, upload: pdf() }) },
  'GET /api/innovations/{id}/files/{fileId}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}/files/${ids.fileA}` }) },
  'GET /api/innovations/{id}/history': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}/history` }) },
  'POST /api/innovations/{id}/carry-over': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/innovations/${ids.innovationA}/carry-over`, body: { note: 'Dibajak oleh region Beta tanpa izin.' } }) },
  'GET /api/innovations/{id}/review': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}/review` }) },
  'POST /api/innovations/{id}/review': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/innovations/${ids.innovationA}/review`, body: { action: 'submit' } }) },
  'PUT /api/innovations/{id}/review/indicators/{code}': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'PUT', url: `/api/innovations/${ids.innovationA}/review/indicators/16`, body: { decision: 'accepted' } }),
  },
  'GET /api/review/inbox': { call: () => ({ method: 'GET', url: '/api/review/inbox' }) },
  'GET /api/review/mentors': { call: () => ({ method: 'GET', url: '/api/review/mentors' }) },
  'GET /api/monitoring': { call: () => ({ method: 'GET', url: '/api/monitoring' }) },
  'GET /api/monitoring/export.xlsx': { call: () => ({ method: 'GET', url: '/api/monitoring/export.xlsx' }) },
  'GET /api/periods/{id}/duties': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/periods/${ids.periodA}/duties` }) },
  'PUT /api/periods/{id}/duties': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'PUT', url: `/api/periods/${ids.periodA}/duties`, body: { obligations: { regionTarget: 1 }, reminderDays: [2] } }),
  },
  'GET /api/letters/settings': { call: () => ({ method: 'GET', url: '/api/letters/settings' }) },
  'PUT /api/letters/settings': {
    call: () => ({
      method: 'PUT',
      url: '/api/letters/settings',
      body: { government: 'PEMERINTAH KOTA BETA', place: 'Beta', numberPattern: '1/{seq}/{year}', signatory: { title: 'Kepala', name: 'Penyusup' }, headOffice: 'Wali Kota Beta' },
    }),
  },
  'POST /api/letters/quota': { call: () => ({ method: 'POST', url: '/api/letters/quota', body: { kind: 'pemberitahuan' } }) },
  'POST /api/letters/decree': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: '/api/letters/decree', body: { innovationIds: [ids.innovationA] } }) },
  'GET /api/exports': { call: () => ({ method: 'GET', url: '/api/exports' }) },
  'GET /api/exports/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/exports/${ids.exportA}` }) },
  'GET /api/exports/{id}/file': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/exports/${ids.exportA}/file` }) },
  'POST /api/reports': { call: () => ({ method: 'POST', url: '/api/reports', body: { kind: 'report.recap' } }) },
  'GET /api/innovations/{id}/dossier.pdf': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}/dossier.pdf` }) },
  'GET /api/innovations/{id}/evidence.zip': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}/evidence.zip` }) },
  'GET /api/periods/{id}/region-aspect': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/periods/${ids.periodA}/region-aspect` }) },
  'PUT /api/periods/{id}/region-aspect/{code}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PUT', url: `/api/periods/${ids.periodA}/region-aspect/1`, body: { option: 3 } }) },
  'POST /api/periods/{id}/region-aspect/{code}/evidence': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/periods/${ids.periodA}/region-aspect/1/evidence`, upload: pdf() }) },
  'POST /api/periods/{id}/region-aspect/{code}/links': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'POST', url: `/api/periods/${ids.periodA}/region-aspect/1/links`, body: { url: 'https://beta.go.id/bukti' } }),
  },
  'PUT /api/periods/{id}/region-aspect/{code}/review': {
    foreign: true,
    call: (ids) => ({ method: 'PUT', url: `/api/periods/${ids.periodA}/region-aspect/1/review`, body: { decision: 'accepted' } }),
  },
  'DELETE /api/periods/{id}/region-aspect/evidence/{evidenceId}': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'DELETE', url: `/api/periods/${ids.currentPeriodA}/region-aspect/evidence/${ids.regionEvidenceA}` }),
  },
  'GET /api/periods/{id}/region-aspect/evidence/{evidenceId}/file': {
    foreign: true,
    adminB: 404,
    call: (ids) => ({ method: 'GET', url: `/api/periods/${ids.currentPeriodA}/region-aspect/evidence/${ids.regionEvidenceA}/file` }),
  },
  'GET /api/notifications': { call: () => ({ method: 'GET', url: '/api/notifications' }) },
  'POST /api/notifications/read': { call: () => ({ method: 'POST', url: '/api/notifications/read', body: {} }) },
};

// Later features keep their rows (and the region-A data they need) in scoping/<feature>.ts.
const matrix: Record<string, Row> = Object.assign({}, baseMatrix, ...scopingParts.map((part) => part.rows));

function send(client: Client, call: Call): Promise<LightMyRequestResponse> {
  if (call.upload) return client.upload(call.url, call.upload.content, call.upload.fileName, call.method as 'POST' | 'PUT');
  return client.raw(call.method, call.url, call.body === undefined ? {} : { body: call.body });
}

let t: TestApp;
let ids: Ids;
let markers: string[];
let admin: { A: Client; B: Client };
let operator: { A: Client; B: Client };
let people: { operatorB: { email: string }; adminB: { email: string } };
let periodsBefore: { id: string; isCurrent: boolean; parameters: unknown }[];

beforeAll(async () => {
  t = await startTestApp();
  const regionA = await buildRegion(t.db, { name: 'Kabupaten Alfa', bodyName: 'Bapperida Alfa Raya' });
  const regionB = await buildRegion(t.db, { name: 'Kota Beta', bodyName: 'Bapperida Beta' });
  const [a1, a2, b1] = [
    await buildUnit(t.db, regionA.id, { name: 'Dinas Alfa Satu', headName: 'Kepala Alfa Satu' }),
    await buildUnit(t.db, regionA.id, { name: 'Dinas Alfa Dua' }),
    await buildUnit(t.db, regionB.id, { name: 'Dinas Beta Satu' }),
  ];
  const adminA = await buildUser(t.db, { regionId: regionA.id, roles: ['admin'], name: 'Admin Alfa', email: 'admin@alfa.test' });
  const operatorA = await buildUser(t.db, { regionId: regionA.id, roles: ['operator'], unitIds: [a1.id], name: 'Operator Alfa', email: 'operator@alfa.test' });
  const adminB = await buildUser(t.db, { regionId: regionB.id, roles: ['admin'], name: 'Admin Beta', email: 'admin@beta.test' });
  const operatorB = await buildUser(t.db, { regionId: regionB.id, roles: ['operator'], unitIds: [b1.id], name: 'Operator Beta', email: 'operator@beta.test' });
  people = { operatorB, adminB };
  admin = { A: await signedIn(t, adminA), B: await signedIn(t, adminB) };
  operator = { A: await signedIn(t, operatorA), B: await signedIn(t, operatorB) };

  // Region A's own activity: a logo, an invited user (with a mail in A's outbox), audit entries.
  expect((await admin.A.upload('/api/region/logo', tinyPng([200, 0, 0]), 'logo.png', 'PUT')).statusCode).toBe(200);
  const invited = await admin.A.post('/api/users', { email: 'pimpinan@alfa.test', name: 'Pimpinan Alfa', roles: ['pimpinan'] });
  expect(invited.statusCode).toBe(201);
  expect((await admin.A.patch(`/api/units/${a1.id}`, { headTitle: 'Kepala Dinas Alfa' })).statusCode).toBe(200);

  await seedPeriods(t.db, regionA.id);
  await seedPeriods(t.db, regionB.id);
  await seedMasterData(t.db, regionA.id);
  await seedMasterData(t.db, regionB.id);
  // Region A's innovation with an evidence file and a budget document.
  const created = await admin.A.post('/api/innovations', { unitId: a1.id, name: 'Inovasi Alfa Rahasia', goal: 'Tujuan Alfa Rahasia' });
  expect(created.statusCode, created.body).toBe(201);
  const innovationA = created.json().innovation.id as string;
  const withEvidence = await admin.A.upload(`/api/innovations/${innovationA}/indicators/16/evidence`, Buffer.from('%PDF-1.4\n% alfa\n%%EOF\n'), 'sk-alfa.pdf');
  expect(withEvidence.statusCode, withEvidence.body).toBe(200);
  const evidenceA = withEvidence.json().assessment.answers[0].evidence[0].id as string;
  const budget = await admin.A.upload(`/api/innovations/${innovationA}/files`, Buffer.from('%PDF-1.4\n% anggaran alfa\n%%EOF\n'), 'dpa-alfa.pdf');
  expect(budget.statusCode, budget.body).toBe(201);
  const fileA = budget.json().id as string;
  expect((await admin.A.patch(`/api/innovations/${innovationA}`, { version: 1, budgetFileId: fileA })).statusCode).toBe(200);
  const [masterItemA] = await t.db.select().from(masterItems).where(eq(masterItems.regionId, regionA.id)).limit(1);
  const periodsA = await t.db.select().from(periods).where(eq(periods.regionId, regionA.id));
  const currentA = periodsA.find((p) => p.isCurrent) ?? periodsA[0]!;
  const [indicator] = await t.db.select().from(indicators).where(eq(indicators.periodId, currentA.id)).limit(1);
  // An export of A's admin (its status and file are A's admin's alone).
  // A piece of A's region-aspect (SPD) evidence: a link on indicator 1 of the current period.
  const [regionEvidenceA] = await t.db.insert(regionEvidence).values({ regionId: regionA.id, periodId: currentA.id, code: '1', kind: 'link', url: 'https://alfa.go.id/perda' }).returning();
  const [exportA] = await t.db.insert(exportJobs).values({ regionId: regionA.id, userId: adminA.id, kind: 'letters.pemberitahuan', status: 'failed' }).returning();

  ids = {
    regionA: regionA.id,
    periodA: periodsA.find((p) => !p.isCurrent)?.id ?? currentA.id, // making it current would be visible
    indicatorA: indicator!.code,
    unitA1: a1.id,
    unitA2: a2.id,
    userA: invited.json().id,
    operatorAEmail: operatorA.email,
    innovationA,
    evidenceA,
    fileA,
    masterItemA: masterItemA!.id,
    exportA: exportA!.id,
    regionEvidenceA: regionEvidenceA!.id,
    currentPeriodA: currentA.id,
  };
  markers = [...periodsA.map((p) => p.id), regionA.id, regionA.code, 'Kabupaten Alfa', 'Bapperida Alfa Raya', a1.id, a2.id, 'Dinas Alfa', 'Kepala Alfa', adminA.id, operatorA.id, ids.userA, '@alfa.test', 'Admin Alfa', 'Operator Alfa', 'Pimpinan Alfa', innovationA, 'Alfa Rahasia', evidenceA, fileA];
  for (const part of scopingParts) {
    const extra = await part.seed({ t, regionA: regionA.id, unitA1: a1.id, unitA2: a2.id, adminA: admin.A, operatorA: operator.A, ids });
    Object.assign(ids, extra.ids);
    markers.push(...(extra.markers ?? []));
  }
  periodsBefore = periodsA.map((p) => ({ id: p.id, isCurrent: p.isCurrent, parameters: p.parameters })).sort((a, b) => a.id.localeCompare(b.id));
});
afterAll(() => t.close());

function documentedRoutes(): string[] {
  const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
  return Object.entries(doc.paths)
    .filter(([path]) => !path.startsWith('/api/docs'))
    .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
    .sort();
}

function leaks(res: LightMyRequestResponse): string[] {
  return markers.filter((m) => res.body.includes(m));
}

describe('the access matrix', () => {
  it('covers every route of the OpenAPI document', () => {
    const documented = documentedRoutes();
    expect(documented.length).toBeGreaterThan(20);
    const missing = documented.filter((r) => !(r in matrix));
    const stale = Object.keys(matrix).filter((r) => !documented.includes(r));
    expect(missing, `routes without a row in the scoping matrix (add them): ${missing.join(', ')}`).toEqual([]);
    expect(stale, `rows for routes that no longer exist: ${stale.join(', ')}`).toEqual([]);
  });
});

describe('(a) signed out', () => {
  it('answers every non-public route with 401, whatever the body', async () => {
    const problems: string[] = [];
    for (const [route, row] of Object.entries(matrix)) {
      if (row.public) continue;
      const call = row.call(ids);
      const variants: Call[] = [call];
      if (call.body !== undefined) variants.push({ ...call, body: {} }, { ...call, body: { unknown: ['x'] } });
      for (const variant of variants) {
        const res = await send(t.client(), variant);
        if (res.statusCode !== 401) problems.push(`${route} ${JSON.stringify(variant.body ?? null)} → ${res.statusCode} ${res.body.slice(0, 200)}`);
        else expectError(res, 401, 'UNAUTHENTICATED');
      }
    }
    expect(problems).toEqual([]);
  });

  it('answers the public routes without a session, never with a 5xx', async () => {
    for (const [route, row] of Object.entries(matrix)) {
      if (!row.public) continue;
      const res = await send(t.client(), row.call(ids));
      expect(res.statusCode, `${route}: ${res.body.slice(0, 200)}`).toBeLessThan(500);
      if (res.statusCode >= 400) expect(expectError(res, res.statusCode, res.json().error.code).code, route).not.toBe('UNAUTHENTICATED');
    }
  });
});

describe.each([
  ['operator', () => operator.B, () => people.operatorB],
  ['admin', () => admin.B, () => people.adminB],
] as const)('(b, d) region B’s %s against region A', (role, clientOf, person) => {
  it('never succeeds with A’s ids and never sees A’s data', async () => {
    const problems: string[] = [];
    for (const [route, row] of Object.entries(matrix)) {
      const client = row.endsSession ? await signedIn(t, person()) : clientOf();
      const res = await send(client, row.call(ids));
      const status = res.statusCode;
      if (status >= 500) problems.push(`${route} → ${status}`);
      if (row.foreign && status < 300) problems.push(`${route} with A's id → ${status} ${res.body.slice(0, 200)}`);
      if (role === 'admin' && row.adminB !== undefined && status !== row.adminB) problems.push(`${route} → ${status}, expected ${row.adminB}`);
      if (role === 'operator' && row.foreign && ![403, 404].includes(status)) problems.push(`${route} → ${status}, expected 403 or 404`);
      if (!row.publicData && leaks(res).length) problems.push(`${route} leaked ${leaks(res).join(', ')}`);
      if (status >= 400) expectError(res, status, res.json().error.code);
    }
    expect(problems).toEqual([]);
    // The session survived every call (sign-out ran on its own client).
    expect((await clientOf().get('/api/auth/me')).statusCode).toBe(200);
  });

  it('left region A exactly as it was', async () => {
    const [innovationA] = await t.db.select().from(innovations).where(eq(innovations.id, ids.innovationA));
    expect(innovationA).toMatchObject({ name: 'Inovasi Alfa Rahasia', version: 2, status: 'aktif', stage: 'inisiatif' });
    expect(await t.db.select().from(evidence).where(eq(evidence.innovationId, ids.innovationA))).toHaveLength(1);
    expect(await t.db.select().from(answers).where(eq(answers.innovationId, ids.innovationA))).toHaveLength(0);
    expect(await t.db.select().from(regionEvidence).where(eq(regionEvidence.id, ids.regionEvidenceA))).toHaveLength(1);
    const [a1] = await t.db.select().from(units).where(eq(units.id, ids.unitA1));
    expect(a1).toMatchObject({ name: 'Dinas Alfa Satu', active: true, headTitle: 'Kepala Dinas Alfa' });
    expect(await t.db.select().from(units).where(eq(units.id, ids.unitA2))).toHaveLength(1);
    expect(await t.db.select().from(units).where(eq(units.parentId, ids.unitA1))).toHaveLength(0);
    const [userA] = await t.db.select().from(users).where(eq(users.id, ids.userA));
    expect(userA).toMatchObject({ active: true, passwordHash: null });
    const periodsNow = await t.db.select().from(periods).where(eq(periods.regionId, ids.regionA));
    expect(periodsNow.map((p) => ({ id: p.id, isCurrent: p.isCurrent, parameters: p.parameters })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(periodsBefore);
    const [regionA] = await t.db.select().from(regions).where(eq(regions.id, ids.regionA));
    expect(regionA).toMatchObject({ bodyName: 'Bapperida Alfa Raya', address: null });
    // Region A's outbox holds only mail to A's people (B's forgot-password call for A's operator included).
    const mail = (await admin.A.get('/api/mail')).json().items as { to: string }[];
    expect(mail.every((m) => m.to.endsWith('@alfa.test'))).toBe(true);
  });
});

describe('(c) unit scoping inside region A', () => {
  it('hides unit A2 from the operator of unit A1', async () => {
    expect((await operator.A.get(`/api/units/${ids.unitA1}`)).statusCode).toBe(200);
    expectError(await operator.A.get(`/api/units/${ids.unitA2}`), 404, 'NOT_FOUND');
    const list = (await operator.A.get('/api/units?active=all&pageSize=200')).json();
    expect(list.items.map((u: { id: string }) => u.id)).toEqual([ids.unitA1]);
    expect(list.total).toBe(1);
    expect((await operator.A.get(`/api/units?q=${encodeURIComponent('Alfa Dua')}`)).json().total).toBe(0);
    expectError(await operator.A.patch(`/api/units/${ids.unitA2}`, { name: 'Diambil' }), 403, 'FORBIDDEN');
  });

  it('lets region A’s admin reach everything that B could not', async () => {
    for (const url of [`/api/units/${ids.unitA1}`, `/api/units/${ids.unitA2}`, `/api/users/${ids.userA}`]) {
      expect((await admin.A.get(url)).statusCode, url).toBe(200);
    }
  });
});

describe('(d) region B’s admin, one request at a time', () => {
  it('gets 404 for A’s unit and user on read, change and delete', async () => {
    expectError(await admin.B.get(`/api/units/${ids.unitA1}`), 404, 'NOT_FOUND');
    expectError(await admin.B.patch(`/api/units/${ids.unitA1}`, { name: 'Dibajak' }), 404, 'NOT_FOUND');
    expectError(await admin.B.delete(`/api/units/${ids.unitA2}`), 404, 'NOT_FOUND');
    expectError(await admin.B.get(`/api/users/${ids.userA}`), 404, 'NOT_FOUND');
    expectError(await admin.B.patch(`/api/users/${ids.userA}`, { name: 'Dibajak' }), 404, 'NOT_FOUND');
    expectError(await admin.B.post(`/api/users/${ids.userA}/unlock`), 404, 'NOT_FOUND');
    expectError(await admin.B.post(`/api/users/${ids.userA}/resend-invite`), 404, 'NOT_FOUND');
    // The same answer as for an id that exists nowhere: B cannot tell A's ids apart.
    expectError(await admin.B.get('/api/units/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
  });

});
