import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InnovationDetail, InnovationList } from '../../../domain/contracts/innovations.js';
import type { Inbox, MentorStatsList, NotificationList, ReviewDetail } from '../../../domain/contracts/review.js';
import { buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { createInnovation, designOf, registryRegion, tinyPdf } from '../innovations/registry.test-support.js';

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;
let head: Client;
let links: http.Server;
let linkBase: string;

beforeAll(async () => {
  // The test's link server is on 127.0.0.1, which production refuses (see link-check.test.ts).
  t = await startTestApp({ linkCheckAllowPrivate: true });
  r = await registryRegion(t);
  const unitHead = await buildUser(t.db, { regionId: r.region.id, roles: ['kepala_unit'], unitIds: [r.unitA.id] });
  head = await signedIn(t, unitHead);
  // The "links alive" checklist item reaches real URLs: a local server answers /ok and refuses the rest.
  links = http.createServer((req, res) => {
    res.statusCode = req.url?.startsWith('/ok') ? 200 : 404;
    res.end();
  });
  await new Promise<void>((done) => links.listen(0, '127.0.0.1', done));
  linkBase = `http://127.0.0.1:${(links.address() as AddressInfo).port}`;
});
afterAll(async () => {
  links.close();
  await t.close();
});

const review = (c: Client, id: string) => c.get(`/api/innovations/${id}/review`);
const act = (c: Client, id: string, action: string, extra: Record<string, unknown> = {}) => c.post(`/api/innovations/${id}/review`, { action, ...extra });
const judge = (c: Client, id: string, code: string, decision: 'accepted' | 'returned', note?: string) =>
  c.put(`/api/innovations/${id}/review/indicators/${code}`, { decision, ...(note !== undefined && { note }) });
const ok = async (res: Awaited<ReturnType<Client['get']>>) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as ReviewDetail;
};

/** Answers the 2026 mandatory innovation indicators at option 1 with evidence of the kind each accepts. */
async function answerMandatory(c: Client, id: string) {
  for (const code of ['16', '17', '32', '33']) {
    const answer = await c.put(`/api/innovations/${id}/indicators/${code}`, code === '33' ? { option: 1, basis: 'a' } : { option: 1 });
    expect(answer.statusCode, answer.body).toBe(200);
    expect((await c.upload(`/api/innovations/${id}/indicators/${code}/evidence`, tinyPdf(code), `bukti-${code}.pdf`)).statusCode).toBe(200);
  }
  expect((await c.put(`/api/innovations/${id}/indicators/35`, { option: 1 })).statusCode).toBe(200);
  const link = await c.post(`/api/innovations/${id}/indicators/35/links`, { url: `${linkBase}/ok/video` });
  expect(link.statusCode, link.body).toBe(200);
}

/** An innovation in implementation since mid-2024 with a 300-word design: eligible once verified. */
async function eligibleInnovation(name: string) {
  const d = await createInnovation(r.clients.operatorA, r.unitA.id, { name, mainAffair: 'kesehatan' });
  const id = d.innovation.id;
  expect((await r.clients.operatorA.patch(`/api/innovations/${id}`, { version: 1, design: designOf(320) })).statusCode).toBe(200);
  const steps = [
    [r.clients.operatorA, { step: 'proposal', date: '2023-01-10' }],
    [r.clients.admin, { step: 'feasibility', date: '2023-02-01', feasible: true }],
    [r.clients.admin, { step: 'designation', date: '2023-03-01', legalBasis: 'sk', number: '100/12/2023' }],
    [r.clients.operatorA, { step: 'trial', date: '2023-04-01', plannedEndOn: '2023-12-31' }],
    [r.clients.operatorA, { step: 'implementation', date: '2024-06-01' }],
  ] as const;
  for (const [client, body] of steps) expect((await client.post(`/api/innovations/${id}/lifecycle`, body)).statusCode).toBe(200);
  await answerMandatory(r.clients.operatorA, id);
  return id;
}

describe('review workflow', () => {
  it('refuses to submit an innovation without answers or with an answer lacking evidence', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Belum lengkap' });
    const id = d.innovation.id;
    expect(expectError(await act(r.clients.operatorA, id, 'submit'), 409, 'CONFLICT').message).toContain('Belum ada indikator yang dijawab');
    await r.clients.operatorA.put(`/api/innovations/${id}/indicators/16`, { option: 2 });
    expect(expectError(await act(r.clients.operatorA, id, 'submit'), 409, 'CONFLICT').message).toContain('Indikator 16 belum punya bukti');
  });

  it('takes an innovation from draft to reported, per indicator, with roles, notes, notifications and audit', async () => {
    const id = await eligibleInnovation('Layanan Antar Obat Terverifikasi');
    const start = await ok(await review(r.clients.operatorA, id));
    expect(start).toMatchObject({ state: 'draf', actions: ['submit'], mayReviewIndicators: false, checklist: null });

    // Others may not act for the unit: the mentor cannot submit, the other unit's operator cannot see it.
    expectError(await act(r.clients.mentorA, id, 'submit'), 403, 'FORBIDDEN');
    expectError(await act(r.clients.operatorB, id, 'submit'), 404, 'NOT_FOUND');

    expect((await ok(await act(r.clients.operatorA, id, 'submit'))).state).toBe('diajukan');
    // A double click moves it once: the second is refused in words.
    expect(expectError(await act(r.clients.operatorA, id, 'submit'), 409, 'CONFLICT').message).toBe(
      'Tindakan "ajukan" tidak dapat dilakukan saat status inovasi "Diajukan".',
    );

    // The mentor is told and finds it in the inbox.
    const told = (await r.clients.mentorA.get('/api/notifications')).json() as NotificationList;
    expect(told.items[0]).toMatchObject({ kind: 'review.submitted', link: `/registri/${id}` });
    expect(told.items[0]!.text).toContain('Layanan Antar Obat Terverifikasi');
    const box = (await r.clients.mentorA.get('/api/review/inbox')).json() as Inbox;
    expect(box.items.find((i) => i.innovationId === id)).toMatchObject({ state: 'diajukan', pendingIndicators: 5, returnedIndicators: 0, ageDays: 0 });
    expect(((await r.clients.operatorB.get('/api/notifications')).json() as NotificationList).items).toEqual([]);

    // A return needs a note; verifying with open indicators is refused.
    expect(fieldsOf(expectError(await judge(r.clients.mentorA, id, '16', 'returned', ''), 400, 'VALIDATION_FAILED')).note).toContain('diperbaiki');
    expect(expectError(await act(r.clients.mentorA, id, 'verify'), 409, 'CONFLICT').message).toContain('belum diterima');
    expect(expectError(await act(r.clients.mentorA, id, 'return'), 409, 'CONFLICT').message).toContain('Belum ada indikator yang dikembalikan');
    expectError(await judge(r.clients.operatorA, id, '16', 'accepted'), 403, 'FORBIDDEN');

    for (const code of ['17', '32', '33', '35']) await ok(await judge(r.clients.mentorA, id, code, 'accepted'));
    const returned = await ok(await judge(r.clients.mentorA, id, '16', 'returned', 'SK tidak memuat nama inovasi; unggah halaman lampirannya.'));
    expect(returned.indicators.find((i) => i.code === '16')).toMatchObject({ review: 'returned', note: 'SK tidak memuat nama inovasi; unggah halaman lampirannya.' });
    expect((await ok(await act(r.clients.mentorA, id, 'return'))).state).toBe('dikembalikan');

    // The operator sees exactly what to fix, and cannot resubmit before changing it.
    const detail = (await r.clients.operatorA.get(`/api/innovations/${id}`)).json() as InnovationDetail;
    expect(detail.innovation.reviewState).toBe('dikembalikan');
    expect(detail.assessment.answers.find((a) => a.code === '16')).toMatchObject({ review: 'returned', reviewNote: 'SK tidak memuat nama inovasi; unggah halaman lampirannya.' });
    expect(expectError(await act(r.clients.operatorA, id, 'submit'), 409, 'CONFLICT').message).toContain('Indikator 16 masih dikembalikan');
    expect((await r.clients.operatorA.upload(`/api/innovations/${id}/indicators/16/evidence`, tinyPdf('lampiran'), 'lampiran-sk.pdf')).statusCode).toBe(200);
    await ok(await act(r.clients.operatorA, id, 'submit'));

    // Accepted indicators stay accepted across the round; only 16 waits again.
    const second = await ok(await review(r.clients.mentorA, id));
    expect(second.indicators.filter((i) => i.review === 'pending').map((i) => i.code)).toEqual(['16']);
    await ok(await judge(r.clients.mentorA, id, '16', 'accepted'));
    const verified = await ok(await act(r.clients.mentorA, id, 'verify'));
    expect(verified).toMatchObject({ state: 'diverifikasi' });
    const scored = (await r.clients.admin.get(`/api/innovations/${id}`)).json() as InnovationDetail;
    expect(scored.assessment.verified.maturity).toBe(scored.assessment.claimed.maturity);
    expect(scored.assessment.verified.eligible).toBe(true);

    // Only the unit head signs off.
    expectError(await act(r.clients.admin, id, 'signOff'), 403, 'FORBIDDEN');
    expect((await ok(await act(head, id, 'signOff'))).state).toBe('disahkan');

    // The admin's checklist passes (the link answers 200), then ready, then reported.
    const check = await ok(await review(r.clients.admin, id));
    expect(check.checklist?.every((i) => i.ok)).toBe(true);
    expect((await ok(await act(r.clients.admin, id, 'markReady'))).state).toBe('siap_dilaporkan');
    const reported = await ok(await act(r.clients.admin, id, 'markReported', { reportedOn: '2026-08-20' }));
    expect(reported).toMatchObject({ state: 'dilaporkan', reportedOn: '2026-08-20', actions: [] });
    expect(reported.timeline.map((e) => e.action).slice(0, 4)).toEqual(['markReported', 'markReady', 'signOff', 'verify']);

    // The reported version is frozen.
    expect(expectError(await r.clients.operatorA.put(`/api/innovations/${id}/indicators/17`, { option: 2 }), 409, 'CONFLICT').message).toContain('sudah dilaporkan');
    const actions = (await auditRows(t.db, 'innovation', id)).map((a) => a.action).filter((a) => a.startsWith('innovation.review.') && a !== 'innovation.review.indicator');
    expect(actions).toEqual(['innovation.review.submit', 'innovation.review.return', 'innovation.review.submit', 'innovation.review.verify', 'innovation.review.signOff', 'innovation.review.markReady', 'innovation.review.markReported']);
    const operatorNews = ((await r.clients.operatorA.get('/api/notifications')).json() as NotificationList).items.map((n) => n.kind);
    expect(operatorNews).toEqual(expect.arrayContaining(['review.returned', 'review.reported']));

    // Yet it is what the unit carries into next year, where its review starts afresh.
    const periodId = (await r.clients.admin.get(`/api/innovations/${id}`)).json().innovation.periodId as string;
    expect((await r.clients.admin.post(`/api/periods/${periodId}/clone`, { year: 2027 })).statusCode).toBe(201);
    const carried = await r.clients.operatorA.post(`/api/innovations/${id}/carry-over`, { note: 'Layanan diperluas ke tiga kecamatan baru pada 2026.' });
    expect(carried.statusCode, carried.body).toBe(201);
    const copy = carried.json() as InnovationDetail;
    expect(copy.innovation).toMatchObject({ periodYear: 2027, reviewState: 'draf' });
    expect(copy.assessment.answers.every((a) => a.review === 'pending')).toBe(true);
  });

  it('sends a signed-off innovation back to review when the unit answers a further indicator', async () => {
    const id = await eligibleInnovation('Inovasi Dengan Jawaban Baru');
    await ok(await act(r.clients.operatorA, id, 'submit'));
    for (const code of ['16', '17', '32', '33', '35']) await ok(await judge(r.clients.mentorA, id, code, 'accepted'));
    await ok(await act(r.clients.mentorA, id, 'verify'));
    await ok(await act(head, id, 'signOff'));
    expect((await r.clients.operatorA.put(`/api/innovations/${id}/indicators/18`, { option: 1 })).statusCode).toBe(200);
    expect((await ok(await review(r.clients.mentorA, id))).state).toBe('diajukan');
    const auditActions = (await auditRows(t.db, 'innovation', id)).map((a) => a.action);
    expect(auditActions).toContain('innovation.review.backToReview');
    // Back under review, the unit head has nothing to sign or reopen until it is verified again.
    expect((await ok(await review(head, id))).actions).toEqual([]);
  });

  it('sends a changed accepted indicator back to review, and the innovation with it', async () => {
    const id = await eligibleInnovation('Inovasi Diubah Sesudah Verifikasi');
    await ok(await act(r.clients.operatorA, id, 'submit'));
    for (const code of ['16', '17', '32', '33', '35']) await ok(await judge(r.clients.mentorA, id, code, 'accepted'));
    await ok(await act(r.clients.mentorA, id, 'verify'));
    await ok(await act(head, id, 'signOff'));

    const changed = await r.clients.operatorA.post(`/api/innovations/${id}/indicators/35/links`, { url: `${linkBase}/ok/another` });
    expect(changed.statusCode).toBe(200);
    const after = await ok(await review(r.clients.mentorA, id));
    expect(after.state).toBe('diajukan');
    expect(after.indicators.find((i) => i.code === '35')?.review).toBe('pending');
    expect(after.indicators.filter((i) => i.review === 'accepted')).toHaveLength(4);
    const detail = (await r.clients.mentorA.get(`/api/innovations/${id}`)).json() as InnovationDetail;
    expect(detail.assessment.answers.find((a) => a.code === '35')?.evidence.every((e) => e.status === 'pending')).toBe(true);
    const news = ((await r.clients.mentorA.get('/api/notifications')).json() as NotificationList).items;
    expect(news[0]).toMatchObject({ kind: 'review.backToReview' });
    expect(news[0]!.text).toContain('indikator 35');
  });

  it('refuses "ready" while a checklist item fails, and names the count', async () => {
    const d = await createInnovation(r.clients.operatorA, r.unitA.id, { name: 'Belum diterapkan' });
    const id = d.innovation.id;
    await answerMandatory(r.clients.operatorA, id);
    await r.clients.operatorA.post(`/api/innovations/${id}/indicators/35/links`, { url: `${linkBase}/hilang` });
    await ok(await act(r.clients.operatorA, id, 'submit'));
    for (const code of ['16', '17', '32', '33', '35']) await ok(await judge(r.clients.mentorA, id, code, 'accepted'));
    await ok(await act(r.clients.mentorA, id, 'verify'));
    await ok(await act(head, id, 'signOff'));
    const check = await ok(await review(r.clients.admin, id));
    expect(Object.fromEntries(check.checklist!.map((i) => [i.item, i.ok]))).toEqual({ eligible: false, mandatoryVerified: true, designLength: false, linksAlive: false });
    expect(check.checklist!.find((i) => i.item === 'linksAlive')?.detail).toBe(`${linkBase}/hilang`);
    expect(expectError(await act(r.clients.admin, id, 'markReady'), 409, 'CONFLICT').message).toContain('3 butir');
    // The admin may send it back with a reason; the unit is told.
    expect(fieldsOf(expectError(await act(r.clients.admin, id, 'reopen'), 400, 'VALIDATION_FAILED')).note).toBeTruthy();
    expect((await ok(await act(r.clients.admin, id, 'reopen', { note: 'Belum tahap penerapan.' }))).state).toBe('dikembalikan');
  });

  it('lists innovations by review state and shows each mentor’s turnaround and return rate', async () => {
    const list = (await r.clients.admin.get('/api/innovations?reviewState=dilaporkan')).json() as InnovationList;
    expect(list.items.map((i) => i.name)).toEqual(['Layanan Antar Obat Terverifikasi']);
    expect(list.items[0]!.reviewState).toBe('dilaporkan');
    const stats = (await r.clients.admin.get('/api/review/mentors')).json() as MentorStatsList;
    const mentor = stats.items.find((m) => m.mentorId === r.users.mentorA.id)!;
    // Five verdicts (return, then four verifications), one a return.
    expect(mentor).toMatchObject({ units: 1, reviews: 5, returns: 1, returnRate: 0.2 });
    expect(mentor.medianTurnaroundHours).toBeGreaterThanOrEqual(0);
    expect((await r.clients.mentorA.get('/api/review/mentors')).statusCode).toBe(200);
    expectError(await r.clients.operatorA.get('/api/review/mentors'), 403, 'FORBIDDEN');
    expectError(await r.clients.leader.get('/api/review/inbox'), 403, 'FORBIDDEN');
  });

  it('marks notifications read, only one’s own', async () => {
    const before = (await r.clients.mentorA.get('/api/notifications')).json() as NotificationList;
    expect(before.unread).toBeGreaterThan(0);
    await r.clients.operatorA.post('/api/notifications/read', {});
    expect(((await r.clients.mentorA.get('/api/notifications')).json() as NotificationList).unread).toBe(before.unread);
    await r.clients.mentorA.post('/api/notifications/read', { ids: [before.items[0]!.id] });
    expect(((await r.clients.mentorA.get('/api/notifications')).json() as NotificationList).unread).toBe(before.unread - 1);
    await r.clients.mentorA.post('/api/notifications/read', {});
    expect(((await r.clients.mentorA.get('/api/notifications')).json() as NotificationList).unread).toBe(0);
  });
});
