import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionPlan, CohortDetail, CohortInput, CohortList } from '../../../domain/contracts/lab.js';
import type { ExportJob, LetterSettings } from '../../../domain/contracts/letters.js';
import type { MonitoringReport } from '../../../domain/contracts/monitoring.js';
import { ideas } from '../../db/schema.js';
import { createMailer } from '../../lib/mail.js';
import { pdfText } from '../../lib/pdf.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type SmtpCapture } from '../../test/smtp.js';
import { createInnovation, fakeExe, registryRegion, tinyPdf } from '../innovations/registry.test-support.js';
import { runReminders } from '../reminders/reminders.service.js';

let t: TestApp;
let smtp: SmtpCapture;
let r: Awaited<ReturnType<typeof registryRegion>>;
let operatorC: Client;
let headA: Client;
let adminB: Client;
let innovationA: string;
let innovationB: string;
let innovationC: string;
let ideaPublished: string;
let ideaWaiting: string;

const stages: CohortInput['stages'] = [
  { stage: 'drum_up', startsOn: '2026-01-05', endsOn: '2026-01-31' },
  { stage: 'diagnose', startsOn: '2026-02-01', endsOn: '2026-03-31' },
  { stage: 'design', startsOn: '2026-04-01', endsOn: '2026-12-31' },
  { stage: 'deliver', startsOn: '2027-01-01', endsOn: '2027-09-30' },
  { stage: 'display', startsOn: '2027-10-01', endsOn: '2027-10-31' },
];
const inADay = () => new Date(Date.now() + 86_400_000).toISOString();

const settings: LetterSettings = {
  government: 'PEMERINTAH KABUPATEN UJI',
  place: 'Muara Enim',
  numberPattern: '800/{seq:3}/BAPPERIDA/{year}',
  signatory: { title: 'Kepala Bapperida', name: 'Ir. Hendra Wijaya, M.Si.', rank: null, nip: null, onBehalfOf: null },
  headOffice: 'Bupati Uji',
  headName: null,
};

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url });
  r = await registryRegion(t);
  const unitC = await buildUnit(t.db, r.region.id, { name: 'Dinas Sosial' });
  operatorC = await signedIn(t, await buildUser(t.db, { regionId: r.region.id, roles: ['operator'], unitIds: [unitC.id] }));
  headA = await signedIn(t, await buildUser(t.db, { regionId: r.region.id, roles: ['kepala_unit'], unitIds: [r.unitA.id] }));
  const regionB = await buildRegion(t.db, { name: 'Kota Beta' });
  adminB = await signedIn(t, await buildUser(t.db, { regionId: regionB.id, roles: ['admin'] }));
  innovationA = (await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Antar Obat Lansia' })).innovation.id;
  innovationB = (await createInnovation(r.clients.operatorB, r.unitB.id, { name: 'Sekolah Ramah Anak' })).innovation.id;
  innovationC = (await createInnovation(operatorC, unitC.id, { name: 'Bansos Tepat' })).innovation.id;
  // The ideas module is another helper's: the ideas are written straight into its table.
  const [published, waiting] = await t.db
    .insert(ideas)
    .values([
      { regionId: r.region.id, authorId: r.users.admin.id, title: 'Antrean daring puskesmas', problem: 'Antrean panjang', solution: 'Nomor antrean lewat ponsel', status: 'terbit' },
      { regionId: r.region.id, authorId: r.users.admin.id, title: 'Ide belum dimoderasi', problem: 'Masalah', solution: 'Solusi', status: 'menunggu' },
    ])
    .returning();
  ideaPublished = published!.id;
  ideaWaiting = waiting!.id;
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

async function finished(c: Client, id: string): Promise<ExportJob> {
  for (let i = 0; i < 200; i += 1) {
    const job = (await c.get(`/api/exports/${id}`)).json() as ExportJob;
    if (job.status === 'done' || job.status === 'failed') return job;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('export did not finish');
}

let cohort: CohortDetail;
let planA: ActionPlan;

describe('a lab cohort through its plans', () => {
  it('is built by the admin with its stages, deadline and units, audited', async () => {
    const bad = await r.clients.admin.post('/api/lab/cohorts', { name: 'Labinov 2026', stages: [stages[0], { ...stages[1], startsOn: '2026-01-31' }, ...stages.slice(2)], planDeadline: inADay(), unitIds: [] });
    expect(fieldsOf(expectError(bad, 400, 'VALIDATION_FAILED'))['stages.1.startsOn']).toContain('setelah tahap sebelumnya');
    expectError(await r.clients.operatorA.post('/api/lab/cohorts', { name: 'X', stages, planDeadline: inADay(), unitIds: [] }), 403, 'FORBIDDEN');
    const foreignUnit = await adminB.post('/api/lab/cohorts', { name: 'Beta', stages, planDeadline: inADay(), unitIds: [r.unitA.id] });
    expect(fieldsOf(expectError(foreignUnit, 400, 'VALIDATION_FAILED')).unitIds).toBeTruthy();

    const res = await r.clients.admin.post('/api/lab/cohorts', { name: 'Labinov 2026', description: 'Laboratorium Inovasi angkatan pertama', stages, planDeadline: inADay(), unitIds: [r.unitA.id, r.unitB.id] });
    expect(res.statusCode, res.body).toBe(201);
    cohort = res.json() as CohortDetail;
    // Today (December 2026) lies in the design stage.
    expect(cohort).toMatchObject({ name: 'Labinov 2026', current: { phase: 'during', stage: 'design' }, units: 2, handedIn: 0, withoutPlan: 0, mayEdit: true });
    expect(cohort.participants.map((p) => [p.name, p.status])).toEqual([
      ['Dinas Kesehatan', 'missing'],
      ['Dinas Pendidikan', 'missing'],
    ]);
    expect((await auditRows(t.db, 'lab_cohort', cohort.id)).map((a) => a.action)).toEqual(['lab.cohort.create']);
    const list = (await r.clients.leader.get('/api/lab/cohorts')).json() as CohortList;
    expect(list.items.map((c) => c.name)).toEqual(['Labinov 2026']);
    expect(list.mayCreate).toBe(false);
  });

  it('takes published ideas into the diagnose stage, never unpublished ones', async () => {
    const added = await r.clients.admin.post(`/api/lab/cohorts/${cohort.id}/ideas`, { ideaId: ideaPublished });
    expect(added.statusCode, added.body).toBe(200);
    expect((added.json() as CohortDetail).ideasInDiagnose.map((i) => i.title)).toEqual(['Antrean daring puskesmas']);
    expectError(await r.clients.admin.post(`/api/lab/cohorts/${cohort.id}/ideas`, { ideaId: ideaWaiting }), 409, 'CONFLICT');
    expectError(await r.clients.operatorA.post(`/api/lab/cohorts/${cohort.id}/ideas`, { ideaId: ideaPublished }), 403, 'FORBIDDEN');
    const removed = await r.clients.admin.delete(`/api/lab/cohorts/${cohort.id}/ideas/${ideaPublished}`);
    expect((removed.json() as CohortDetail).ideasInDiagnose).toEqual([]);
    expect((removed.json() as CohortDetail).ideaOptions.map((i) => i.title)).toEqual(['Antrean daring puskesmas']);
    await r.clients.admin.post(`/api/lab/cohorts/${cohort.id}/ideas`, { ideaId: ideaPublished });
  });

  it('lets the operator of a participating unit plan its own innovation only', async () => {
    const seen = (await r.clients.operatorA.get(`/api/lab/cohorts/${cohort.id}`)).json() as CohortDetail;
    expect(seen.participants.map((p) => p.name)).toEqual(['Dinas Kesehatan']);
    expect(seen.plannable.map((i) => i.name)).toEqual(['Antar Obat Lansia']);
    expect(seen).toMatchObject({ mayEdit: false, ideaOptions: [] });
    expect(fieldsOf(expectError(await r.clients.operatorA.post(`/api/lab/cohorts/${cohort.id}/plans`, { innovationId: innovationB }), 400, 'VALIDATION_FAILED')).innovationId).toBeTruthy();
    const res = await r.clients.operatorA.post(`/api/lab/cohorts/${cohort.id}/plans`, { innovationId: innovationA });
    expect(res.statusCode, res.body).toBe(201);
    planA = res.json() as ActionPlan;
    expect(planA).toMatchObject({ innovationName: 'Antar Obat Lansia', unitName: 'Dinas Kesehatan', version: 1, submittedAt: null, mayEdit: true, incomplete: ['planNoMilestones'] });
    expectError(await r.clients.operatorA.post(`/api/lab/cohorts/${cohort.id}/plans`, { innovationId: innovationA }), 409, 'CONFLICT');
    // An innovation with a plan is no longer offered for another.
    expect(((await r.clients.operatorA.get(`/api/lab/cohorts/${cohort.id}`)).json() as CohortDetail).plannable).toEqual([]);
  });

  it('edits milestones with a version guard and evidence checked by its bytes', async () => {
    let res = await r.clients.operatorA.post(`/api/lab/plans/${planA.id}/milestones`, { version: 1, title: 'Uji coba di 3 puskesmas', owner: 'Kepala Bidang Yankes', dueOn: '2027-03-31', status: 'berjalan' });
    expect(res.statusCode, res.body).toBe(200);
    planA = res.json() as ActionPlan;
    expect(planA).toMatchObject({ version: 2, incomplete: [], progress: { total: 1, running: 1, done: 0 } });
    // Someone still holding version 1 is refused, with the stored plan to compare.
    const stale = await r.clients.operatorA.post(`/api/lab/plans/${planA.id}/milestones`, { version: 1, title: 'Peluncuran', owner: 'Kadis', dueOn: '2027-10-15' });
    expectError(stale, 409, 'VERSION_CONFLICT');
    expect((stale.json() as { error: { details: { current: ActionPlan } } }).error.details.current.version).toBe(2);
    const milestoneId = planA.milestones[0]!.id;
    const url = `/api/lab/plans/${planA.id}/milestones/${milestoneId}`;

    expectError(await r.clients.operatorA.upload(`${url}/evidence`, fakeExe(), 'laporan.pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE');
    res = await r.clients.operatorA.upload(`${url}/evidence`, tinyPdf('laporan uji coba'), 'laporan.pdf');
    expect(res.statusCode, res.body).toBe(200);
    planA = res.json() as ActionPlan;
    expect(planA.milestones[0]!.evidenceFile).toMatchObject({ name: 'laporan.pdf', mime: 'application/pdf' });
    const file = await headA.get(`${url}/evidence`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('application/pdf');

    res = await r.clients.operatorA.put(url, { version: planA.version, title: 'Uji coba di 3 puskesmas', owner: 'Kepala Bidang Yankes', dueOn: '2027-03-31', status: 'selesai', evidenceUrl: 'https://dinkes.uji.go.id/laporan', note: 'Selesai lebih cepat' });
    expect(res.statusCode, res.body).toBe(200);
    planA = res.json() as ActionPlan;
    expect(planA.milestones[0]).toMatchObject({ status: 'selesai', evidenceUrl: 'https://dinkes.uji.go.id/laporan', note: 'Selesai lebih cepat', late: false });
    expect(planA.progress).toMatchObject({ done: 1, percent: 100 });

    // A second milestone, then deleted again.
    res = await r.clients.operatorA.post(`/api/lab/plans/${planA.id}/milestones`, { version: planA.version, title: 'Sementara', owner: 'Kasubag', dueOn: '2027-05-01' });
    planA = res.json() as ActionPlan;
    res = await r.clients.operatorA.delete(`/api/lab/plans/${planA.id}/milestones/${planA.milestones[1]!.id}?version=${planA.version}`);
    expect(res.statusCode, res.body).toBe(200);
    planA = res.json() as ActionPlan;
    expect(planA.milestones.map((m) => m.title)).toEqual(['Uji coba di 3 puskesmas']);
    const actions = (await auditRows(t.db, 'action_plan', planA.id)).map((a) => a.action);
    expect(actions).toEqual(['lab.plan.create', 'lab.milestone.add', 'lab.milestone.evidence', 'lab.milestone.update', 'lab.milestone.add', 'lab.milestone.remove']);
  });

  it('hands the plan in; an incomplete plan is refused', async () => {
    const planB = (await r.clients.operatorB.post(`/api/lab/cohorts/${cohort.id}/plans`, { innovationId: innovationB })).json() as ActionPlan;
    expect(expectError(await r.clients.operatorB.post(`/api/lab/plans/${planB.id}/submit`, { version: planB.version }), 409, 'CONFLICT').message).toContain('paling sedikit satu tonggak');
    // Another unit's plan is not even confirmed to exist.
    expectError(await r.clients.operatorB.post(`/api/lab/plans/${planA.id}/submit`, { version: planA.version }), 404, 'NOT_FOUND');
    const res = await r.clients.operatorA.post(`/api/lab/plans/${planA.id}/submit`, { version: planA.version });
    expect(res.statusCode, res.body).toBe(200);
    planA = res.json() as ActionPlan;
    expect(planA).toMatchObject({ submittedLate: false });
    expect(planA.submittedAt).toBeTruthy();
    expectError(await r.clients.operatorA.post(`/api/lab/plans/${planA.id}/submit`, { version: planA.version }), 409, 'CONFLICT');
  });

  it('keeps plans from units outside the cohort and from other regions', async () => {
    expect(((await operatorC.get('/api/lab/cohorts')).json() as CohortList).items).toEqual([]);
    expectError(await operatorC.get(`/api/lab/cohorts/${cohort.id}`), 404, 'NOT_FOUND');
    expectError(await operatorC.post(`/api/lab/cohorts/${cohort.id}/plans`, { innovationId: innovationC }), 404, 'NOT_FOUND');
    expectError(await operatorC.get(`/api/lab/plans/${planA.id}`), 404, 'NOT_FOUND');
    // The mentor and the head of unit A read its plan; the mentor sees only unit A.
    expect(((await r.clients.mentorA.get(`/api/lab/cohorts/${cohort.id}`)).json() as CohortDetail).plans.map((p) => p.unitName)).toEqual(['Dinas Kesehatan']);
    expect((await headA.get(`/api/lab/plans/${planA.id}`)).json()).toMatchObject({ id: planA.id, mayEdit: false });
    expectError(await r.clients.mentorA.post(`/api/lab/plans/${planA.id}/milestones`, { version: planA.version, title: 'X', owner: 'Y', dueOn: '2027-01-01' }), 403, 'FORBIDDEN');
    for (const res of [
      await adminB.get(`/api/lab/cohorts/${cohort.id}`),
      await adminB.put(`/api/lab/cohorts/${cohort.id}`, { name: 'Dibajak', stages, planDeadline: inADay(), unitIds: [] }),
      await adminB.get(`/api/lab/plans/${planA.id}`),
      await adminB.post(`/api/lab/plans/${planA.id}/submit`, { version: planA.version }),
    ]) {
      expectError(res, 404, 'NOT_FOUND');
    }
    expect(((await adminB.get('/api/lab/cohorts')).json() as CohortList).items).toEqual([]);
  });

  it('shows the unit that missed the deadline in the cohort and on the monitoring dashboard', async () => {
    const deadline = new Date(Date.now() + 800).toISOString();
    const res = await r.clients.admin.put(`/api/lab/cohorts/${cohort.id}`, { name: 'Labinov 2026', description: null, stages, planDeadline: deadline, unitIds: [r.unitA.id, r.unitB.id] });
    expect(res.statusCode, res.body).toBe(200);
    // A unit with a plan cannot be taken out of the cohort.
    expectError(await r.clients.admin.put(`/api/lab/cohorts/${cohort.id}`, { name: 'Labinov 2026', stages, planDeadline: deadline, unitIds: [r.unitB.id] }), 409, 'CONFLICT');
    await new Promise((resolve) => setTimeout(resolve, 1000));
    cohort = (await r.clients.admin.get(`/api/lab/cohorts/${cohort.id}`)).json() as CohortDetail;
    expect(cohort).toMatchObject({ deadlinePassed: true, handedIn: 1, withoutPlan: 1 });
    expect(cohort.unitsWithoutPlan).toEqual([{ unitId: r.unitB.id, name: 'Dinas Pendidikan', status: 'missing' }]);
    expect(cohort.participants.map((p) => [p.name, p.status])).toEqual([
      ['Dinas Kesehatan', 'handedIn'],
      ['Dinas Pendidikan', 'missing'],
    ]);
    const report = (await r.clients.leader.get('/api/monitoring')).json() as MonitoringReport;
    expect(report.labPlans).toEqual([{ cohortId: cohort.id, name: 'Labinov 2026', planDeadline: deadline, deadlinePassed: true, units: [{ unitId: r.unitB.id, name: 'Dinas Pendidikan', status: 'missing' }] }]);
  });

  it('sends the reprimand letters to exactly the units without a plan', async () => {
    expect((await r.clients.admin.put('/api/letters/settings', settings)).statusCode).toBe(200);
    expect(fieldsOf(expectError(await r.clients.admin.post('/api/letters/quota', { kind: 'teguran', reason: 'actionPlan' }), 400, 'VALIDATION_FAILED')).cohortId).toContain('kohort');
    expectError(await adminB.post('/api/letters/quota', { kind: 'teguran', reason: 'actionPlan', cohortId: cohort.id }), 409, 'CONFLICT'); // B has no letter settings…
    await adminB.put('/api/letters/settings', { ...settings, government: 'PEMERINTAH KOTA BETA' });
    expectError(await adminB.post('/api/letters/quota', { kind: 'teguran', reason: 'actionPlan', cohortId: cohort.id }), 404, 'NOT_FOUND'); // …and never A's cohort.

    const started = await r.clients.admin.post('/api/letters/quota', { kind: 'teguran', reason: 'actionPlan', cohortId: cohort.id, date: '2026-12-02' });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finished(r.clients.admin, (started.json() as ExportJob).id);
    expect(job).toMatchObject({ status: 'done', done: 1, total: 1, fileName: 'surat-teguran-rai-labinov-2026.zip' });
    const zip = await JSZip.loadAsync((await r.clients.admin.get(`/api/exports/${job.id}/file`)).rawPayload);
    expect(Object.keys(zip.files)).toEqual(['01-teguran-rai-dinas-pendidikan.pdf']);
    const text = pdfText(Buffer.from(await zip.file('01-teguran-rai-dinas-pendidikan.pdf')!.async('uint8array')));
    expect(text).toContain('Kepala Dinas Pendidikan');
    expect(text).toContain('Labinov 2026');
    expect(text).toContain('Rencana Aksi Inovasi');
    expect(text).toContain('800/001/BAPPERIDA/2026');
    expect(text).not.toContain('Dinas Kesehatan');
    const issued = (await auditRows(t.db, 'lab_cohort', cohort.id)).filter((a) => a.action === 'letters.teguran');
    expect((issued[0]!.after as { letters: { unit: string }[] }).letters.map((l) => l.unit)).toEqual(['Dinas Pendidikan']);
    // The quota letters keep working beside them.
    const quota = await finished(r.clients.admin, ((await r.clients.admin.post('/api/letters/quota', { kind: 'pemberitahuan', date: '2026-12-02' })).json() as ExportJob).id);
    expect(quota).toMatchObject({ status: 'done', fileName: 'surat-pemberitahuan-2026.zip' });
  });

  it('accepts a late hand-in but shows it as late', async () => {
    let planB = (await r.clients.operatorB.get(`/api/lab/cohorts/${cohort.id}`)).json().plans[0] as ActionPlan;
    planB = (await r.clients.operatorB.post(`/api/lab/plans/${planB.id}/milestones`, { version: planB.version, title: 'Sosialisasi', owner: 'Kabid Dikdas', dueOn: '2027-02-01' })).json() as ActionPlan;
    const res = await r.clients.operatorB.post(`/api/lab/plans/${planB.id}/submit`, { version: planB.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ submittedLate: true });
    const detail = (await r.clients.admin.get(`/api/lab/cohorts/${cohort.id}`)).json() as CohortDetail;
    expect(detail.unitsWithoutPlan).toEqual([{ unitId: r.unitB.id, name: 'Dinas Pendidikan', status: 'late' }]);
  });

  it('sends the notice letter to the late unit, saying it handed in after the deadline', async () => {
    const started = await r.clients.admin.post('/api/letters/quota', { kind: 'pemberitahuan', reason: 'actionPlan', cohortId: cohort.id, date: '2026-12-03' });
    expect(started.statusCode, started.body).toBe(202);
    const job = await finished(r.clients.admin, (started.json() as ExportJob).id);
    expect(job).toMatchObject({ status: 'done', done: 1, total: 1, fileName: 'surat-pemberitahuan-rai-labinov-2026.zip' });
    const zip = await JSZip.loadAsync((await r.clients.admin.get(`/api/exports/${job.id}/file`)).rawPayload);
    expect(Object.keys(zip.files)).toEqual(['01-pemberitahuan-rai-dinas-pendidikan.pdf']);
    const text = pdfText(Buffer.from(await zip.file('01-pemberitahuan-rai-dinas-pendidikan.pdf')!.async('uint8array')));
    expect(text).toContain('Pemberitahuan Penyerahan Rencana Aksi Inovasi Labinov 2026');
    expect(text).toContain('Dinas Pendidikan baru menyerahkan Rencana Aksi Inovasi setelah batas waktu tersebut');
    expect(text).not.toContain('belum menyerahkan');
    const issued = (await auditRows(t.db, 'lab_cohort', cohort.id)).filter((a) => a.action === 'letters.pemberitahuan');
    expect(issued.map((a) => (a.after as { reason: string; letters: { unit: string; status: string }[] }))).toEqual([
      expect.objectContaining({ reason: 'actionPlan', date: '2026-12-03', letters: [expect.objectContaining({ unit: 'Dinas Pendidikan', status: 'late' })] }),
    ]);
  });
});

describe('action plan reminders', () => {
  it('reminds the operators of units without a handed-in plan before the deadline, once', async () => {
    // Deadline 10 March 2027, 23:59 WIB; the 3-day reminder is due from 7 March 08:00 WIB.
    const created = await r.clients.admin.post('/api/lab/cohorts', { name: 'Labinov Susulan', stages, planDeadline: '2027-03-10T23:59:00+07:00', unitIds: [r.unitA.id, r.unitB.id] });
    expect(created.statusCode, created.body).toBe(201);
    const second = created.json() as CohortDetail;
    // Unit A hands in; unit B does not.
    let plan = (await r.clients.operatorA.post(`/api/lab/cohorts/${second.id}/plans`, { innovationId: innovationA })).json() as ActionPlan;
    plan = (await r.clients.operatorA.post(`/api/lab/plans/${plan.id}/milestones`, { version: plan.version, title: 'Uji coba', owner: 'Kabid', dueOn: '2027-04-01' })).json() as ActionPlan;
    expect((await r.clients.operatorA.post(`/api/lab/plans/${plan.id}/submit`, { version: plan.version })).statusCode).toBe(200);

    const deps = { db: t.db, mailer: createMailer(t.db, { smtpUrl: smtp.url, from: 'lumbung@uji.test' }), publicUrl: 'https://lumbung.uji.test' };
    const before = smtp.messages.length;
    // Before the first schedule day (30 days before: 8 February) nothing is due.
    expect(await runReminders(deps, new Date('2027-02-07T23:00:00Z'))).toEqual({ sent: 0 });
    const at = new Date('2027-03-07T02:00:00Z');
    expect(await runReminders(deps, at)).toEqual({ sent: 1 });
    const [mail] = (await smtp.waitFor(before + 1)).slice(before);
    expect((Array.isArray(mail!.to) ? mail!.to[0] : mail!.to)!.text).toBe(r.users.operatorB.email);
    expect(mail!.subject).toBe('Pengingat Lumbung: 3 hari lagi batas penyerahan rencana aksi Labinov Susulan');
    expect(mail!.text).toContain('Dinas Pendidikan belum menyerahkan rencana aksi');
    expect(mail!.text).toContain('10 Maret 2027 pukul 23.59 WIB');
    expect(mail!.text).toContain(`https://lumbung.uji.test/lab/${second.id}`);
    // Once only, whatever the number of runs.
    expect(await runReminders(deps, at)).toEqual({ sent: 0 });
    const notes = (await r.clients.operatorB.get('/api/notifications')).json() as { items: { text: string; link: string }[] };
    expect(notes.items[0]).toMatchObject({ link: `/lab/${second.id}` });
    expect(notes.items[0]!.text).toContain('Labinov Susulan');
    // After the deadline there is nothing to remind of.
    expect(await runReminders(deps, new Date('2027-03-11T02:00:00Z'))).toEqual({ sent: 0 });
  });
});
