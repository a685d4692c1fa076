import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contest } from '../../../domain/contracts/contests.js';
import { contestTemplates } from '../../../domain/contests/contests.js';
import { contestEntries, contestJudges, contestRounds, contests, contestScores, regions } from '../../db/schema.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { registryRegion } from '../innovations/registry.test-support.js';
import { createContest, setupOf } from './contests.test-support.js';

let t: TestApp;
let reg: Awaited<ReturnType<typeof registryRegion>>;
let adminB: Client;

beforeAll(async () => {
  t = await startTestApp();
  reg = await registryRegion(t);
  const regionB = await buildRegion(t.db, { name: 'Kota Tetangga' });
  adminB = await signedIn(t, await buildUser(t.db, { regionId: regionB.id, roles: ['admin'] }));
});
afterAll(() => t?.close());

describe('contest setup', () => {
  it.each(contestTemplates)('creates a draft from the %s template, with a timeline starting today in the region’s zone', async (template) => {
    const before = Date.now();
    const contest = await createContest(reg.clients.admin, template, `Lomba ${template} 2026`);
    const expected = { krenova: { kind: 'komunitas', rounds: 5, entrants: ['perorangan', 'kelompok'] }, internal: { kind: 'internal', rounds: 5, entrants: ['unit'] }, iga: { kind: 'iga', rounds: 4, entrants: ['unit'] } }[template];
    expect(contest).toMatchObject({ status: 'draf', kind: expected.kind, name: `Lomba ${template} 2026`, slug: `lomba-${template}-2026`, zone: 'Asia/Jakarta', version: 1, publishedAt: null, counts: { drafts: 0, submitted: 0, passed: 0, failed: 0 } });
    expect(contest.eligibility.entrants).toEqual(expected.entrants);
    expect(contest.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(contest.rounds).toHaveLength(expected.rounds);
    expect(contest.rounds.map((r) => r.kind)[0]).toBe('pendaftaran');
    // Registration opened at today's midnight WIB and is open now; later rounds have not opened.
    const registration = contest.rounds[0]!;
    expect(registration.state).toBe('buka');
    expect(Date.parse(registration.opensAt)).toBeLessThanOrEqual(before);
    expect(new Date(Date.parse(registration.opensAt) + 7 * 3600_000).toISOString().slice(11, 19)).toBe('00:00:00');
    expect(contest.rounds.slice(1).every((r) => r.state === 'belum')).toBe(true);
    expect((await auditRows(t.db, 'contest', contest.id)).map((r) => r.action)).toEqual(['contest.create']);
    // The region's contests list it.
    const list = (await reg.clients.admin.get('/api/contests')).json();
    expect(list.items).toContainEqual(expect.objectContaining({ id: contest.id, status: 'draf', entries: 0, registrationClosesAt: registration.closesAt }));
  });

  it('makes the slug once: a second contest with the same name gets its own, a rename keeps it', async () => {
    const first = await createContest(reg.clients.admin, 'krenova', 'Krenova Sama');
    const second = await createContest(reg.clients.admin, 'krenova', 'Krenova Sama');
    expect([first.slug, second.slug]).toEqual(['krenova-sama', 'krenova-sama-2']);
    const renamed = await reg.clients.admin.patch(`/api/contests/${first.id}`, { ...setupOf(first), name: 'Krenova Berganti Nama' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ name: 'Krenova Berganti Nama', slug: 'krenova-sama', version: 2 });
  });

  it('saves with the version read; an older version is refused with the stored contest', async () => {
    const contest = await createContest(reg.clients.admin, 'krenova', 'Krenova Versi');
    const saved = await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setupOf(contest), description: 'Deskripsi baru.', winnersPerCategory: 2 });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ description: 'Deskripsi baru.', winnersPerCategory: 2, version: 2 });
    const stale = expectError(await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setupOf(contest), description: 'Tertimpa?' }), 409, 'VERSION_CONFLICT');
    expect(stale.message).toBe('Pengaturan lomba ini sudah diubah orang lain. Muat ulang untuk melihat versi terbaru, lalu simpan lagi.');
    expect((stale as unknown as { details: { current: Contest } }).details.current).toMatchObject({ version: 2, description: 'Deskripsi baru.' });
    const [row] = await t.db.select().from(contests).where(eq(contests.id, contest.id));
    expect(row).toMatchObject({ description: 'Deskripsi baru.', version: 2 });
    const update = (await auditRows(t.db, 'contest', contest.id)).find((r) => r.action === 'contest.update');
    expect(update).toMatchObject({ before: { description: contest.description, winnersPerCategory: 3 }, after: { description: 'Deskripsi baru.', winnersPerCategory: 2 } });
  });

  it('refuses a setup that breaks the rules, with field errors in Indonesian', async () => {
    const contest = await createContest(reg.clients.admin, 'krenova', 'Krenova Salah');
    const setup = setupOf(contest);
    const criteria = setup.criteria.map((c, i) => (i === 0 ? { ...c, weight: 30 } : i === 1 ? { ...c, min: 10, max: 5 } : c));
    const rounds = setup.rounds.map((r, i) => (i === 0 ? { ...r, closesAt: r.opensAt } : r));
    const form = [...setup.form, { key: 'pilih', label: 'Pilih satu', kind: 'pilihan' as const, required: false, help: null, options: ['Satu'] }];
    const res = expectError(await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setup, criteria, rounds, form }), 400, 'VALIDATION_FAILED');
    const fields = fieldsOf(res);
    expect(fields['rounds.0.closesAt']).toBe('Waktu tutup harus sesudah waktu buka.');
    expect(fields['criteria.1.max']).toBe('Nilai tertinggi (5) harus lebih besar daripada nilai terendah (10).');
    expect(Object.values(fields)).toContain('Jumlah bobot kriteria harus 100 %, sekarang 110 %.');
    expect(Object.values(fields)).toContain('Isian pilihan memerlukan paling sedikit dua pilihan yang berbeda.');
    // Nothing was saved.
    expect((await reg.clients.admin.get(`/api/contests/${contest.id}`)).json()).toMatchObject({ version: 1 });
    // The schema's own checks are worded too (English for an English reader).
    const english = await signedIn(t, reg.users.admin, 'en');
    const missing = expectError(await english.patch(`/api/contests/${contest.id}`, { ...setup, name: '' }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(missing).name).toBeDefined();
  });

  it('replaces the timeline keeping the rounds sent with their ids; a round with judging work cannot go', async () => {
    const contest = await createContest(reg.clients.admin, 'krenova', 'Krenova Jadwal');
    const setup = setupOf(contest);
    // Drop the presentation round (the fourth): allowed while nothing hangs on it.
    const shorter = setup.rounds.filter((_, i) => i !== 3);
    const saved = await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setup, rounds: shorter });
    expect(saved.statusCode, saved.body).toBe(200);
    const after = saved.json() as Contest;
    expect(after.rounds.map((r) => r.id)).toEqual(shorter.map((r) => r.id));
    expect(await t.db.select().from(contestRounds).where(eq(contestRounds.contestId, contest.id))).toHaveLength(4);
    // Add a new presentation round (no id) after the desk round.
    const desk = after.rounds[2]!;
    const announcement = after.rounds[3]!;
    const presentation = { kind: 'penjurian' as const, name: 'Presentasi', opensAt: desk.closesAt, closesAt: new Date(Date.parse(desk.closesAt) + 86_400_000).toISOString(), mode: 'presentasi' as const };
    const withNew = setupOf(after);
    withNew.rounds = [...withNew.rounds.slice(0, 3), presentation, { ...withNew.rounds[3]!, opensAt: presentation.closesAt, closesAt: new Date(Date.parse(announcement.closesAt) + 86_400_000).toISOString() }];
    const added = await reg.clients.admin.patch(`/api/contests/${contest.id}`, withNew);
    expect(added.statusCode, added.body).toBe(200);
    const five = added.json() as Contest;
    expect(five.rounds.map((r) => r.name)).toEqual([...after.rounds.slice(0, 3).map((r) => r.name), 'Presentasi', announcement.name]);
    expect(five.rounds[4]!.id).toBe(announcement.id);

    // A panel on the new round: it can no longer be removed.
    await t.db.insert(contestJudges).values({ roundId: five.rounds[3]!.id, userId: reg.users.leader.id });
    const refused = expectError(await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setupOf(five), rounds: setupOf(after).rounds.map((r, i) => (i === 3 ? { ...r, opensAt: five.rounds[4]!.opensAt, closesAt: five.rounds[4]!.closesAt } : r)) }), 409, 'CONFLICT');
    expect(refused.message).toBe('Tahap "Presentasi" sudah memiliki panel juri, penugasan, atau nilai; tahap itu tidak dapat dihapus atau diubah jenisnya.');
    // A round id of another contest is not this contest's.
    const other = await createContest(reg.clients.admin, 'iga', 'Gladi Lain');
    const foreign = setupOf(five);
    foreign.rounds[0] = { ...foreign.rounds[0]!, id: other.rounds[0]!.id };
    expect(fieldsOf(expectError(await reg.clients.admin.patch(`/api/contests/${contest.id}`, foreign), 400, 'VALIDATION_FAILED'))['rounds.0.id']).toBe('Tahap ini bukan bagian dari lomba ini.');
  });

  it('freezes the criteria once a score exists', async () => {
    const contest = await createContest(reg.clients.admin, 'iga', 'Gladi Kriteria');
    const setup = setupOf(contest);
    const judging = contest.rounds.find((r) => r.kind === 'penjurian')!;
    const [entry] = await t.db.insert(contestEntries).values({ contestId: contest.id, regionId: reg.region.id, entrantId: reg.users.operatorA.id, entrantKind: 'unit', status: 'lolos' }).returning();
    await t.db.insert(contestScores).values({ roundId: judging.id, entryId: entry!.id, userId: reg.users.leader.id, criterion: 'kebaruan', score: 70 });
    const renamedKey = setup.criteria.map((c, i) => (i === 0 ? { ...c, key: 'kebaruan_baru' } : c));
    const refused = expectError(await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setup, criteria: renamedKey }), 409, 'CONFLICT');
    expect(refused.message).toBe('Kriteria penilaian (kunci, urutan, dan rentang nilai) tidak dapat diubah setelah juri memberi nilai.');
    const rescaled = setup.criteria.map((c, i) => (i === 0 ? { ...c, max: 10 } : c));
    expectError(await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setup, criteria: rescaled }), 409, 'CONFLICT');
    // Names and guidance may still be worded better.
    const reworded = setup.criteria.map((c, i) => (i === 0 ? { ...c, name: 'Kebaruan inovasi', guidance: 'Lebih jelas.' } : c));
    expect((await reg.clients.admin.patch(`/api/contests/${contest.id}`, { ...setup, criteria: reworded })).statusCode).toBe(200);
  });

  it('publishes a draft once, audited; the portal then has it', async () => {
    const contest = await createContest(reg.clients.admin, 'krenova', 'Krenova Terbit');
    const res = await reg.clients.admin.post(`/api/contests/${contest.id}/publish`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'terbit', version: 2, publishedAt: expect.any(String) });
    expect(expectError(await reg.clients.admin.post(`/api/contests/${contest.id}/publish`), 409, 'CONFLICT').message).toBe('Lomba ini sudah diterbitkan.');
    const audits = (await auditRows(t.db, 'contest', contest.id)).filter((r) => r.action === 'contest.publish');
    expect(audits).toMatchObject([{ before: { status: 'draf' }, after: { status: 'terbit', slug: 'krenova-terbit' } }]);
  });

  it('refuses to publish a setup that no longer passes the rules', async () => {
    const contest = await createContest(reg.clients.admin, 'krenova', 'Krenova Rusak');
    // A timeline broken behind the form's back (e.g. an older version's data).
    await t.db.update(contestRounds).set({ closesAt: new Date(Date.parse(contest.rounds[0]!.opensAt)) }).where(eq(contestRounds.id, contest.rounds[0]!.id));
    expect(fieldsOf(expectError(await reg.clients.admin.post(`/api/contests/${contest.id}/publish`), 400, 'VALIDATION_FAILED'))['rounds.0.closesAt']).toBe('Waktu tutup harus sesudah waktu buka.');
  });

  it('shows instants for the region’s zone', async () => {
    const wita = await buildRegion(t.db, { name: 'Kota Waktu Tengah', timeZone: 'Asia/Makassar' });
    const admin = await signedIn(t, await buildUser(t.db, { regionId: wita.id, roles: ['admin'] }));
    const contest = await createContest(admin, 'krenova', 'Krenova Tengah');
    expect(contest.zone).toBe('Asia/Makassar');
    // Registration opens at midnight WITA (16:00 UTC the day before).
    expect(contest.rounds[0]!.opensAt.slice(11, 19)).toBe('16:00:00');
    await t.db.update(regions).set({ timeZone: 'Asia/Makassar' }).where(eq(regions.id, wita.id));
  });

  it('keeps contests in their region (404) and to admins (403)', async () => {
    const contest = await createContest(reg.clients.admin, 'krenova', 'Krenova Rahasia Daerah');
    expectError(await adminB.get(`/api/contests/${contest.id}`), 404, 'NOT_FOUND');
    expectError(await adminB.patch(`/api/contests/${contest.id}`, setupOf(contest)), 404, 'NOT_FOUND');
    expectError(await adminB.post(`/api/contests/${contest.id}/publish`), 404, 'NOT_FOUND');
    expectError(await adminB.get(`/api/contests/${contest.id}/entries`), 404, 'NOT_FOUND');
    expect((await adminB.get('/api/contests')).json().items.map((c: { id: string }) => c.id)).not.toContain(contest.id);
    for (const client of [reg.clients.operatorA, reg.clients.leader]) {
      expectError(await client.get('/api/contests'), 403, 'FORBIDDEN');
      expectError(await client.post('/api/contests', { template: 'krenova', name: 'Bukan Admin' }), 403, 'FORBIDDEN');
      expectError(await client.get(`/api/contests/${contest.id}`), 403, 'FORBIDDEN');
      expectError(await client.post(`/api/contests/${contest.id}/publish`), 403, 'FORBIDDEN');
    }
    expect((await reg.clients.admin.get(`/api/contests/${contest.id}`)).json()).toMatchObject({ status: 'draf' });
  });
});
