import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MonitoringReport, PeriodDuties } from '../../../domain/contracts/monitoring.js';
import { readSheet } from '../../lib/spreadsheet.js';
import { periods } from '../../db/schema.js';
import { createMailer } from '../../lib/mail.js';
import { buildUser } from '../../test/factories.js';
import { expectError, fieldsOf } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { startSmtpServer, type SmtpCapture } from '../../test/smtp.js';
import { createInnovation, registryRegion, tinyPdf } from '../innovations/registry.test-support.js';
import { runDigests, runReminders } from '../reminders/reminders.service.js';

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;
let smtp: SmtpCapture;
let periodId: string;
let headB: { email: string };

/** A submitted innovation of unit A (answer with evidence, then submit). */
async function submitted(c: Client, unitId: string, name: string) {
  const d = await createInnovation(c, unitId, { name, mainAffair: 'kesehatan' });
  const id = d.innovation.id;
  await c.put(`/api/innovations/${id}/indicators/16`, { option: 1 });
  await c.upload(`/api/innovations/${id}/indicators/16/evidence`, tinyPdf(name), 'sk.pdf');
  const res = await c.post(`/api/innovations/${id}/review`, { action: 'submit' });
  expect(res.statusCode, res.body).toBe(200);
  return id;
}

beforeAll(async () => {
  smtp = await startSmtpServer();
  t = await startTestApp({ smtpUrl: smtp.url });
  r = await registryRegion(t);
  headB = await buildUser(t.db, { regionId: r.region.id, roles: ['kepala_unit'], unitIds: [r.unitB.id] });
  const [current] = await t.db.select().from(periods).where(eq(periods.isCurrent, true));
  periodId = current!.id;
  await submitted(r.clients.operatorA, r.unitA.id, 'Antar Obat Lansia');
  await createInnovation(r.clients.operatorB, r.unitB.id, { name: 'Draf Sekolah Ramah Anak' });
});
afterAll(async () => {
  await t.close();
  await smtp.close();
});

describe('duties of a period', () => {
  it('starts from the defaults and takes an admin’s rules, audited', async () => {
    const defaults = (await r.clients.admin.get(`/api/periods/${periodId}/duties`)).json() as PeriodDuties;
    expect(defaults).toMatchObject({ obligations: { defaultQuota: 1, basicServiceQuota: 2, regionTarget: 100, deadline: null }, reminderDays: [30, 14, 7, 3, 1] });
    const rules: PeriodDuties = { obligations: { ...defaults.obligations, regionTarget: 4, unitTypeQuotas: { sekolah: 0 } }, reminderDays: [14, 3, 1] };
    const saved = await r.clients.admin.put(`/api/periods/${periodId}/duties`, rules);
    expect(saved.statusCode, saved.body).toBe(200);
    expect(((await r.clients.leader.get(`/api/periods/${periodId}/duties`)).json() as PeriodDuties).reminderDays).toEqual([14, 3, 1]);
    expectError(await r.clients.leader.put(`/api/periods/${periodId}/duties`, rules), 403, 'FORBIDDEN');
  });

  it.each([
    [{ reminderDays: [7, 7] }, 'reminderDays', 'lebih dari sekali'],
    [{ reminderDays: [0] }, 'reminderDays.0', '1–366'],
    [{ obligations: { defaultQuota: -1 } }, 'obligations.defaultQuota', 'Kuota'],
    [{ obligations: { deadline: 'besok' } }, 'obligations.deadline', 'tanggal dan jam'],
  ])('refuses %j in Indonesian', async (patch, field, words) => {
    const body = { obligations: { defaultQuota: 1 }, reminderDays: [3], ...patch };
    const res = await r.clients.admin.put(`/api/periods/${periodId}/duties`, body);
    expect(fieldsOf(expectError(res, 400, 'VALIDATION_FAILED'))[field]).toContain(words);
  });
});

describe('monitoring dashboard', () => {
  it('shows each unit against its quota, the region’s progress and both IID projections', async () => {
    const report = (await r.clients.leader.get('/api/monitoring')).json() as MonitoringReport;
    const byName = Object.fromEntries(report.units.map((u) => [u.name, u]));
    expect(byName['Dinas Kesehatan']).toMatchObject({ quota: 1, registered: 1, submitted: 1, shortfall: 0, below: false });
    expect(byName['Dinas Pendidikan']).toMatchObject({ quota: 1, registered: 1, submitted: 0, shortfall: 1, below: true });
    expect(byName['Dinas Pendidikan']!.byReviewState.draf).toBe(1);
    expect(report.region).toMatchObject({ registered: 2, submitted: 1, target: 4, progressPercent: 25, unitsBelow: 1 });
    expect(report.iid.claimed.iid).toBeGreaterThanOrEqual(report.iid.verified.iid);
    expect(report.trend.map((p) => p.year)).toEqual([2023, 2026]);
    expectError(await r.clients.operatorA.get('/api/monitoring'), 403, 'FORBIDDEN');
  });

  it('raises the quota of a unit that handles a basic-service affair', async () => {
    const res = await r.clients.admin.patch(`/api/units/${r.unitA.id}`, { affairs: ['kesehatan'] });
    expect(res.statusCode, res.body).toBe(200);
    const report = (await r.clients.admin.get('/api/monitoring')).json() as MonitoringReport;
    expect(report.units.find((u) => u.name === 'Dinas Kesehatan')).toMatchObject({ handlesBasicService: true, quota: 2, shortfall: 1, below: true });
    expect(fieldsOf(expectError(await r.clients.admin.patch(`/api/units/${r.unitA.id}`, { affairs: ['bukan_urusan'] }), 400, 'VALIDATION_FAILED'))['affairs.0']).toBeTruthy();
  });

  it('exports the unit table to Excel', async () => {
    const res = await r.clients.admin.get('/api/monitoring/export.xlsx');
    expect(res.statusCode).toBe(200);
    const sheet = await readSheet(res.rawPayload);
    expect(sheet.headings.slice(0, 7)).toEqual(['Unit', 'Jenis Unit', 'Urusan Pelayanan Dasar', 'Kuota', 'Terdaftar', 'Diajukan', 'Kekurangan']);
    expect(sheet.rows.map((row) => row.cells.slice(0, 7))).toEqual([
      ['Dinas Kesehatan', 'Dinas', 'Ya', '2', '1', '1', '1'],
      ['Dinas Pendidikan', 'Dinas', 'Tidak', '1', '1', '0', '1'],
    ]);
  });
});

const submittedAgain = () => submitted(r.clients.operatorA, r.unitA.id, 'Cek Kesehatan Sekolah');

describe('reminders and digests', () => {
  const mailer = () => createMailer(t.db, { smtpUrl: smtp.url, from: 'lumbung@uji.test' });
  const deps = () => ({ db: t.db, mailer: mailer(), publicUrl: 'https://lumbung.uji.test' });
  // The 2026 window closes 23 Aug 23:59 WIB; the 3-days reminder is due from 20 Aug 08:00 WIB.
  const threeDaysBefore = new Date('2026-08-20T02:00:00Z');

  it('sends the due reminder once to units below quota and to mentors with waiting reviews, even across restarts', async () => {
    const before = smtp.messages.length;
    // The schedule is 14, 3, 1 days: nothing before 9 Aug 08:00 WIB.
    expect(await runReminders(deps(), new Date('2026-08-09T00:30:00Z'))).toEqual({ sent: 0 });
    const first = await runReminders(deps(), threeDaysBefore);
    // Both units are below quota now (A needs 2): operators A and B, B's head, and mentor A with one waiting submission.
    expect(first.sent).toBe(4);
    const mails = (await smtp.waitFor(before + 4)).slice(before);
    const to = (m: (typeof mails)[number]) => (Array.isArray(m.to) ? m.to[0] : m.to)!.text;
    const operatorB = mails.find((m) => to(m) === r.users.operatorB.email)!;
    expect(operatorB.subject).toBe('Pengingat Lumbung: 3 hari lagi jendela input IID 2026 ditutup');
    expect(operatorB.text).toContain('Dinas Pendidikan baru mengajukan 0 dari kuota 1 inovasi');
    expect(operatorB.text).toContain('23 Agustus 2026 pukul 23.59 WIB');
    expect(mails.find((m) => to(m) === r.users.mentorA.email)!.text).toContain('1 inovasi menunggu pemeriksaan Anda');
    expect(mails.find((m) => to(m) === headB.email)!.text).toContain('Dinas Pendidikan baru mengajukan 0 dari kuota 1 inovasi');
    // Again, and with a fresh mailer as after a restart: nothing new.
    expect(await runReminders(deps(), threeDaysBefore)).toEqual({ sent: 0 });
    expect(await runReminders(deps(), new Date('2026-08-21T05:00:00Z'))).toEqual({ sent: 0 });
    // The next schedule entry (1 day) is a new reminder; after the close there is none.
    expect((await runReminders(deps(), new Date('2026-08-22T03:00:00Z'))).sent).toBe(4);
    expect(await runReminders(deps(), new Date('2026-08-24T03:00:00Z'))).toEqual({ sent: 0 });
  });

  it('mails one morning digest per person per day with what they have not read', async () => {
    const before = smtp.messages.length;
    expect(await runDigests(deps(), new Date('2026-08-25T23:00:00Z'))).toEqual({ sent: 0 }); // 06:00 WIB
    const morning = new Date('2026-08-26T01:00:00Z'); // 08:00 WIB
    const { sent } = await runDigests(deps(), morning);
    // The mentor (one submission) and the operators (the quota reminders were mailed already, nothing else).
    expect(sent).toBe(1);
    const mails = (await smtp.waitFor(before + sent)).slice(before);
    const mentor = mails.find((m) => (Array.isArray(m.to) ? m.to[0] : m.to)!.text === r.users.mentorA.email)!;
    expect(mentor.subject).toMatch(/^Ringkasan Lumbung: \d+ pemberitahuan baru$/);
    expect(mentor.text).toContain('"Antar Obat Lansia" (Dinas Kesehatan) diajukan dan menunggu pemeriksaan Anda.');
    // Reminders were mailed already; they are not repeated in the digest.
    expect(mentor.text).not.toContain('jendela input');
    // A new event the same day waits for tomorrow's digest: one e-mail per person per day.
    await submittedAgain();
    expect(await runDigests(deps(), new Date('2026-08-26T09:00:00Z'))).toEqual({ sent: 0 });
    const nextMorning = await runDigests(deps(), new Date('2026-08-27T01:00:00Z'));
    expect(nextMorning.sent).toBe(1);
    const [last] = (await smtp.waitFor(before + sent + 1)).slice(-1);
    expect(last!.text).toContain('"Cek Kesehatan Sekolah" (Dinas Kesehatan) diajukan');
  });
});
