import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement, AnnouncementList } from '../../../domain/contracts/announcements.js';
import { announcements } from '../../db/schema.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Client;
let adminB: Client;
let operator: Client;
let regionA: string;

const news = (title: string, extra: Record<string, unknown> = {}) => ({ kind: 'berita', title, summary: 'Ringkasan singkat.', body: 'Paragraf satu.\n\nParagraf dua.', ...extra });
const event = (title: string, startsAt: Date, extra: Record<string, unknown> = {}) => ({
  kind: 'sosialisasi',
  title,
  body: 'Acara sosialisasi untuk perangkat daerah.',
  eventStartsAt: startsAt.toISOString(),
  eventPlace: 'Aula Bapperida',
  ...extra,
});
const created = async (res: Awaited<ReturnType<Client['post']>>) => {
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Announcement;
};
const ok = async (res: Awaited<ReturnType<Client['get']>>) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Announcement;
};

beforeAll(async () => {
  t = await startTestApp();
  const a = await buildRegion(t.db, { name: 'Kabupaten Pengumuman', bodyName: 'Bapperida Pengumuman' });
  const b = await buildRegion(t.db, { name: 'Kota Lain', bodyName: 'Bapperida Lain' });
  regionA = a.id;
  admin = await signedIn(t, await buildUser(t.db, { regionId: a.id, roles: ['admin'] }));
  operator = await signedIn(t, await buildUser(t.db, { regionId: a.id, roles: ['operator'] }));
  adminB = await signedIn(t, await buildUser(t.db, { regionId: b.id, roles: ['admin'] }));
});
afterAll(() => t.close());

describe('announcements (admin)', () => {
  it('creates a draft with a slug from the title, and audits it', async () => {
    const a = await created(await admin.post('/api/announcements', news('Peluncuran Portal Inovasi 2026!')));
    expect(a).toMatchObject({ kind: 'berita', title: 'Peluncuran Portal Inovasi 2026!', slug: 'peluncuran-portal-inovasi-2026', publishedAt: null, eventStartsAt: null, eventPlace: null });
    const entries = await auditRows(t.db, 'announcement', a.id);
    expect(entries.map((e) => e.action)).toEqual(['create']);
    expect(entries[0]!.regionId).toBe(regionA);
  });

  it('gives a second announcement with the same title its own address', async () => {
    const first = await created(await admin.post('/api/announcements', news('Rapat Koordinasi')));
    const second = await created(await admin.post('/api/announcements', news('Rapat Koordinasi')));
    // Another region's admin writing the same title still gets a distinct (installation-wide) slug.
    const third = await created(await adminB.post('/api/announcements', news('Rapat Koordinasi')));
    expect([first.slug, second.slug, third.slug]).toEqual(['rapat-koordinasi', 'rapat-koordinasi-2', 'rapat-koordinasi-3']);
  });

  it('requires the start and place of a sosialisasi, and drops them from news', async () => {
    const error = expectError(await admin.post('/api/announcements', { kind: 'sosialisasi', title: 'Tanpa waktu', body: 'Isi.' }), 400, 'VALIDATION_FAILED');
    expect(Object.keys(fieldsOf(error)).sort()).toEqual(['eventPlace', 'eventStartsAt']);
    expectError(await admin.post('/api/announcements', { ...news('Judul'), body: '   ' }), 400, 'VALIDATION_FAILED');
    expectError(await admin.post('/api/announcements', { ...news('Judul'), extra: 1 }), 400, 'VALIDATION_FAILED');
    const a = await created(await admin.post('/api/announcements', news('Berita dengan tempat', { eventStartsAt: '2030-01-01T09:00:00+07:00', eventPlace: 'Aula' })));
    expect(a).toMatchObject({ eventStartsAt: null, eventPlace: null });
    const e = await created(await admin.post('/api/announcements', event('Sosialisasi Lab Inovasi', new Date('2030-01-01T02:00:00Z'))));
    expect(e).toMatchObject({ kind: 'sosialisasi', eventStartsAt: '2030-01-01T02:00:00.000Z', eventPlace: 'Aula Bapperida' });
  });

  it('follows the title with the slug while a draft, keeps it once published, and audits each step', async () => {
    const a = await created(await admin.post('/api/announcements', news('Judul Sementara')));
    let saved = await ok(await admin.put(`/api/announcements/${a.id}`, news('Judul Akhir Pengumuman')));
    expect(saved.slug).toBe('judul-akhir-pengumuman');
    saved = await ok(await admin.put(`/api/announcements/${a.id}/published`, { published: true }));
    expect(saved.publishedAt).not.toBeNull();
    // Publishing again is a no-op: same time, no second audit entry.
    const again = await ok(await admin.put(`/api/announcements/${a.id}/published`, { published: true }));
    expect(again.publishedAt).toBe(saved.publishedAt);
    saved = await ok(await admin.put(`/api/announcements/${a.id}`, news('Judul Yang Diganti Setelah Terbit')));
    expect(saved).toMatchObject({ title: 'Judul Yang Diganti Setelah Terbit', slug: 'judul-akhir-pengumuman' });
    saved = await ok(await admin.put(`/api/announcements/${a.id}/published`, { published: false }));
    expect(saved.publishedAt).toBeNull();
    const entries = await auditRows(t.db, 'announcement', a.id);
    expect(entries.map((e) => e.action)).toEqual(['create', 'update', 'publish', 'update', 'unpublish']);
    expect(entries[1]).toMatchObject({ before: { title: 'Judul Sementara', slug: 'judul-sementara' }, after: { title: 'Judul Akhir Pengumuman', slug: 'judul-akhir-pengumuman' } });
  });

  it('deletes only drafts', async () => {
    const a = await created(await admin.post('/api/announcements', news('Akan Dihapus')));
    await ok(await admin.put(`/api/announcements/${a.id}/published`, { published: true }));
    expectError(await admin.delete(`/api/announcements/${a.id}`), 409, 'CONFLICT');
    await ok(await admin.put(`/api/announcements/${a.id}/published`, { published: false }));
    expect((await admin.delete(`/api/announcements/${a.id}`)).statusCode).toBe(204);
    expectError(await admin.get(`/api/announcements/${a.id}`), 404, 'NOT_FOUND');
    expect(await t.db.select().from(announcements).where(eq(announcements.id, a.id))).toHaveLength(0);
    expect((await auditRows(t.db, 'announcement', a.id)).map((e) => e.action)).toEqual(['create', 'publish', 'unpublish', 'delete']);
  });

  it('lists the region’s own announcements, drafts first, filtered by status', async () => {
    const all = (await admin.get('/api/announcements?pageSize=200')).json() as AnnouncementList;
    expect(all.total).toBeGreaterThan(3);
    expect(all.items.every((a) => !a.title.includes('Lain'))).toBe(true);
    const firstPublished = all.items.findIndex((a) => a.publishedAt !== null);
    expect(all.items.slice(firstPublished === -1 ? all.items.length : firstPublished).every((a) => a.publishedAt !== null)).toBe(true);
    const drafts = (await admin.get('/api/announcements?status=draft')).json() as AnnouncementList;
    expect(drafts.items.every((a) => a.publishedAt === null)).toBe(true);
    const published = (await admin.get('/api/announcements?status=published')).json() as AnnouncementList;
    expect(published.items.every((a) => a.publishedAt !== null)).toBe(true);
    expect(drafts.total + published.total).toBe(all.total);
    // Region B sees only its own one.
    const b = (await adminB.get('/api/announcements')).json() as AnnouncementList;
    expect(b.items.map((a) => a.slug)).toEqual(['rapat-koordinasi-3']);
  });

  it('is for admins only, and never reaches another region’s rows', async () => {
    const a = await created(await admin.post('/api/announcements', news('Milik Region A')));
    expectError(await operator.get('/api/announcements'), 403, 'FORBIDDEN');
    expectError(await operator.post('/api/announcements', news('Operator menulis')), 403, 'FORBIDDEN');
    expectError(await t.client().get('/api/announcements'), 401, 'UNAUTHENTICATED');
    expectError(await adminB.get(`/api/announcements/${a.id}`), 404, 'NOT_FOUND');
    expectError(await adminB.put(`/api/announcements/${a.id}`, news('Dibajak')), 404, 'NOT_FOUND');
    expectError(await adminB.put(`/api/announcements/${a.id}/published`, { published: true }), 404, 'NOT_FOUND');
    expectError(await adminB.delete(`/api/announcements/${a.id}`), 404, 'NOT_FOUND');
    const [row] = await t.db.select().from(announcements).where(eq(announcements.id, a.id));
    expect(row).toMatchObject({ title: 'Milik Region A', publishedAt: null, regionId: regionA });
  });
});
