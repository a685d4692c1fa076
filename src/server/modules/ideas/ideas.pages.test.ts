import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../domain/portal/personal-data.js';
import { ideaComments, ideas, innovations, users } from '../../db/schema.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { registryRegion } from '../innovations/registry.test-support.js';
import { countPublicIdeas, listPublicIdeas, publicIdeaAddresses } from './ideas.public.js';

/**
 * The idea bank's public pages, fetched like a search engine does: plain GET, no cookies, no
 * JavaScript. Only published and assigned ideas of the portal's region may show, with published
 * comments only and never an e-mail address.
 */

let t: TestApp;
const authorEmail = 'siti.warga@contoh.test';
const ids: Record<'published' | 'popular' | 'waiting' | 'rejected' | 'assigned' | 'foreign', string> = {} as never;
let citizen: Awaited<ReturnType<typeof buildUser>>;

beforeAll(async () => {
  t = await startTestApp();
  // The first region is the one the portal speaks for.
  const region = await buildRegion(t.db, { name: 'Kabupaten Lumbung Ide' });
  const other = await buildRegion(t.db);
  const unit = await buildUnit(t.db, region.id, { name: 'Dinas Kesehatan Uji' });
  citizen = await buildUser(t.db, { regionId: region.id, roles: ['masyarakat'], email: authorEmail, name: 'Siti Warga' });
  // Citizens sign in only once their e-mail address is verified.
  await t.db.update(users).set({ emailVerifiedAt: new Date(), privacyAcceptedAt: new Date() }).where(eq(users.id, citizen.id));
  const commenter = await buildUser(t.db, { regionId: region.id, roles: ['masyarakat'], name: 'Budi Pemberi Komentar' });
  const foreigner = await buildUser(t.db, { regionId: other.id, roles: ['masyarakat'] });
  const idea = async (values: Partial<typeof ideas.$inferInsert> & { title: string }) => {
    const [row] = await t.db
      .insert(ideas)
      .values({ regionId: region.id, authorId: citizen.id, problem: 'Masalah umum.', solution: 'Usulan umum.', ...values })
      .returning();
    return row!.id;
  };
  ids.published = await idea({
    title: 'Antrean puskesmas daring',
    problem: 'Antrean pelayanan di puskesmas sudah panjang sejak subuh. Hubungi saya di 081234567890.',
    solution: 'Nomor antrean diambil lewat ponsel dan dipanggil lewat pesan singkat.',
    affair: 'kesehatan',
    location: 'Kecamatan Sukamaju',
    status: 'terbit',
    supportCount: 2,
    commentCount: 1,
    createdAt: new Date('2026-10-01T03:00:00Z'),
  });
  ids.popular = await idea({ title: 'Taman baca di balai desa', status: 'terbit', supportCount: 9, createdAt: new Date('2026-09-01T03:00:00Z') });
  ids.waiting = await idea({ title: 'Ide yang masih menunggu moderasi' });
  ids.rejected = await idea({ title: 'Ide yang ditolak moderator', status: 'ditolak', rejectReason: 'Bukan kewenangan daerah.' });
  ids.assigned = await idea({ title: 'Posyandu keliling', status: 'ditugaskan', unitId: unit.id, createdAt: new Date('2026-08-01T03:00:00Z') });
  ids.foreign = (await t.db.insert(ideas).values({ regionId: other.id, authorId: foreigner.id, title: 'Ide kabupaten tetangga', problem: 'x', solution: 'y', status: 'terbit' }).returning())[0]!.id;
  await t.db.insert(ideaComments).values([
    { regionId: region.id, ideaId: ids.published, authorId: commenter.id, body: 'Setuju, antrean memang panjang.', status: 'terbit' },
    { regionId: region.id, ideaId: ids.published, authorId: commenter.id, body: 'Komentar yang belum diperiksa.' },
    { regionId: region.id, ideaId: ids.published, authorId: commenter.id, body: 'Komentar yang ditolak.', status: 'ditolak' },
  ]);
});
afterAll(() => t.close());

const get = (url: string) => t.app.inject({ method: 'GET', url });

describe('public idea pages', () => {
  it('/ide explains the idea bank and lists published and assigned ideas only', async () => {
    const res = await get('/ide');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('Cara kerja bank ide');
    expect(res.body).toContain('href="/ide-saya"');
    expect(res.body).toContain('Antrean puskesmas daring');
    expect(res.body).toContain('Taman baca di balai desa');
    expect(res.body).toContain('Posyandu keliling');
    expect(res.body).toContain('Sudah ditugaskan ke Dinas Kesehatan Uji');
    expect(res.body).toContain('Kesehatan'); // the affair by name, not its code
    expect(res.body).not.toContain('Ide yang masih menunggu moderasi');
    expect(res.body).not.toContain('Ide yang ditolak moderator');
    expect(res.body).not.toContain('Ide kabupaten tetangga');
    expect(res.body).toContain('Jumlah ide: 3');
  });

  it('counts the public ideas and lists their addresses for the home page and the sitemap, as /ide does', async () => {
    const regionId = (await t.db.select({ regionId: ideas.regionId }).from(ideas).where(eq(ideas.id, ids.published)))[0]!.regionId;
    expect(await countPublicIdeas(t.db, regionId)).toBe(3);
    // Newest first, every public idea (no page size), none waiting, rejected or of another region.
    expect(await publicIdeaAddresses(t.db, regionId)).toEqual([
      { path: `/ide/${ids.published}`, lastmod: new Date('2026-10-01T03:00:00Z') },
      { path: `/ide/${ids.popular}`, lastmod: new Date('2026-09-01T03:00:00Z') },
      { path: `/ide/${ids.assigned}`, lastmod: new Date('2026-08-01T03:00:00Z') },
    ]);
    expect((await listPublicIdeas(t.db, regionId, { q: '', sort: 'terbaru', page: 1 })).total).toBe(3);
  });

  it('/ide?q= searches with Indonesian stemming, and sorts by support', async () => {
    const found = await get('/ide?q=layanan');
    expect(found.body).toContain('Antrean puskesmas daring');
    expect(found.body).not.toContain('Taman baca di balai desa');
    expect(found.body).toContain('name="robots" content="noindex"');
    const none = await get('/ide?q=jembatan');
    expect(none.body).toContain('Tidak ada ide yang cocok');
    const bySupport = (await get('/ide?urut=dukungan')).body;
    expect(bySupport.indexOf('Taman baca di balai desa')).toBeLessThan(bySupport.indexOf('Antrean puskesmas daring'));
    const newest = (await get('/ide')).body;
    expect(newest.indexOf('Antrean puskesmas daring')).toBeLessThan(newest.indexOf('Taman baca di balai desa'));
    // Odd addresses fall back to the defaults instead of an error page.
    expect((await get('/ide?halaman=abc&urut=acak')).statusCode).toBe(200);
    expect((await get('/ide?halaman=9')).body).toContain('Belum ada ide yang tampil.');
  });

  it('/ide/<id> shows problem, solution and published comments, never an e-mail or phone number', async () => {
    const res = await get(`/ide/${ids.published}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Antrean pelayanan di puskesmas sudah panjang sejak subuh.');
    expect(res.body).toContain('Nomor antrean diambil lewat ponsel');
    expect(res.body).toContain('Kecamatan Sukamaju');
    expect(res.body).toContain('Siti Warga');
    expect(res.body).toContain('Setuju, antrean memang panjang.');
    expect(res.body).toContain('Budi Pemberi Komentar');
    expect(res.body).not.toContain('Komentar yang belum diperiksa.');
    expect(res.body).not.toContain('Komentar yang ditolak.');
    expect(res.body).not.toContain(authorEmail);
    expect(res.body).not.toContain('081234567890');
    expect(findPersonalData(res.body)).toEqual([]);
    // Support and follow are enhanced buttons; signed out, the comment form is a sign-in link.
    expect(res.body).toContain(`data-portal-action="POST /api/ideas/${ids.published}/support"`);
    expect(res.body).toContain('data-portal-action="POST /api/follows"');
    expect(res.body).toContain(`data-body="{&quot;subject&quot;:&quot;idea&quot;,&quot;subjectId&quot;:&quot;${ids.published}&quot;}"`);
    expect(res.body).not.toContain('data-portal-form');
    expect(res.body).toContain(`href="/masuk?kembali=%2Fide%2F${ids.published}"`);
    expect(res.body).toContain('property="og:type" content="article"');
  });

  it('/ide/<id> offers the comment form to a signed-in visitor', async () => {
    const client = await signedIn(t, citizen);
    const res = await client.get(`/ide/${ids.published}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(`data-portal-form="POST /api/ideas/${ids.published}/comments"`);
    expect(res.body).toMatch(/<label for="komentar-isi">Komentar Anda<\/label><textarea id="komentar-isi" name="body"/);
    expect(res.headers['cache-control']).toContain('private');
    // The author cannot support their own idea, so their copy offers no support button.
    expect(res.body).not.toContain(`/api/ideas/${ids.published}/support`);
  });

  it.each([
    ['waiting', () => ids.waiting],
    ['rejected', () => ids.rejected],
    ['another region’s', () => ids.foreign],
    ['unknown', () => '00000000-0000-4000-8000-000000000000'],
    ['malformed', () => 'bukan-id'],
  ])('answers 404 (noindex) for a %s idea', async (_label, id) => {
    const res = await get(`/ide/${id()}`);
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('Ide tidak ditemukan');
    expect(res.body).toContain('name="robots" content="noindex"');
  });

  it('pages the list in the address, keeping search and sort', async () => {
    const regionId = (await t.db.select({ regionId: ideas.regionId }).from(ideas).where(eq(ideas.id, ids.published)))[0]!.regionId;
    await t.db.insert(ideas).values(
      Array.from({ length: 21 }, (_, i) => ({ regionId, authorId: citizen.id, title: `Ide pelayanan nomor ${i + 1}`, problem: 'Pelayanan lambat.', solution: 'Percepat.', status: 'terbit' })),
    );
    const first = await get('/ide?q=pelayanan&urut=dukungan');
    expect(first.body).toContain('href="/ide?q=pelayanan&amp;urut=dukungan&amp;halaman=2"');
    const second = await get('/ide?q=pelayanan&urut=dukungan&halaman=2');
    expect(second.statusCode).toBe(200);
    expect(second.body).toContain('Halaman 2 dari 2');
    expect(second.body).toContain('href="/ide?q=pelayanan&amp;urut=dukungan"');
    expect(second.body).toContain('name="robots" content="noindex"');
  });

  it('links an assigned idea to its unit', async () => {
    const res = await get(`/ide/${ids.assigned}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Sudah ditugaskan ke Dinas Kesehatan Uji');
    // No support button once assigned.
    expect(res.body).not.toContain(`/api/ideas/${ids.assigned}/support`);
  });
});

/**
 * The same pages fed through the idea bank's API (citizen submits, admin moderates, another
 * citizen supports and comments, admin assigns): what the API decides is what the pages show.
 */
describe('public idea pages follow the API’s moderation', () => {
  let app: TestApp;
  let r: Awaited<ReturnType<typeof registryRegion>>;
  let author: Client;
  let neighbour: Client;
  let ideaId: string;
  const page = (url: string) => app.app.inject({ method: 'GET', url });

  beforeAll(async () => {
    app = await startTestApp();
    r = await registryRegion(app);
    const citizen = async (name: string) => {
      const user = await buildUser(app.db, { regionId: r.region.id, roles: ['masyarakat'], name });
      await app.db.update(users).set({ emailVerifiedAt: new Date(), privacyAcceptedAt: new Date() }).where(eq(users.id, user.id));
      return signedIn(app, user);
    };
    author = await citizen('Rina Pengusul');
    neighbour = await citizen('Joko Tetangga');
  });
  afterAll(() => app.close());

  it('shows a submitted idea only once an admin publishes it', async () => {
    const res = await author.post('/api/ideas', {
      title: 'Jadwal bus sekolah di papan desa',
      problem: 'Anak-anak menunggu bus sekolah tanpa tahu jadwalnya.',
      solution: 'Papan jadwal di balai desa dan pesan singkat ke orang tua.',
      affair: 'perhubungan',
      location: 'Desa Sukamaju',
    });
    expect(res.statusCode, res.body).toBe(201);
    ideaId = (res.json() as { id: string }).id;
    expect((await page(`/ide/${ideaId}`)).statusCode).toBe(404);
    expect((await page('/ide')).body).not.toContain('Jadwal bus sekolah di papan desa');

    const published = await r.clients.admin.post(`/api/ideas/${ideaId}/moderation`, { decision: 'publish' });
    expect(published.statusCode, published.body).toBe(200);
    const list = await page('/ide');
    expect(list.body).toContain('Jadwal bus sekolah di papan desa');
    expect(list.body).toContain('Perhubungan');
    const one = await page(`/ide/${ideaId}`);
    expect(one.statusCode).toBe(200);
    expect(one.body).toContain('Papan jadwal di balai desa');
    expect(one.body).toContain('Rina Pengusul');
  });

  it('counts a support and shows a comment only once it is published', async () => {
    expect((await neighbour.post(`/api/ideas/${ideaId}/support`)).statusCode).toBe(200);
    const comment = await neighbour.post(`/api/ideas/${ideaId}/comments`, { body: 'Sangat membantu anak kami.' });
    expect(comment.statusCode, comment.body).toBe(201);
    let body = (await page(`/ide/${ideaId}`)).body;
    expect(body).toContain('Didukung 1 orang');
    expect(body).not.toContain('Sangat membantu anak kami.');
    // The supporter's own copy says so instead of offering the button again.
    expect((await neighbour.get(`/ide/${ideaId}`)).body).toContain('Anda sudah mendukung ide ini.');

    const commentId = (comment.json() as { id: string }).id;
    expect((await r.clients.admin.post(`/api/idea-comments/${commentId}/moderation`, { decision: 'publish' })).statusCode).toBe(200);
    body = (await page(`/ide/${ideaId}`)).body;
    expect(body).toContain('Sangat membantu anak kami.');
    expect(body).toContain('Joko Tetangga');
    expect(findPersonalData(body)).toEqual([]);
  });

  it('says where an assigned idea went', async () => {
    const res = await r.clients.admin.post(`/api/ideas/${ideaId}/assignment`, { unitId: r.unitA.id });
    expect(res.statusCode, res.body).toBe(200);
    const list = (await page('/ide')).body;
    expect(list).toContain(`Sudah ditugaskan ke ${r.unitA.name}`);
    // The proposal is not published in the catalogue yet, so there is no link to it.
    expect(list).not.toContain('href="/inovasi/');
    expect((await page(`/ide/${ideaId}`)).body).not.toContain(`/api/ideas/${ideaId}/support`);
    // Once an admin publishes the innovation it became, the idea links to it.
    const { innovationId } = res.json() as { innovationId: string };
    await app.db.update(innovations).set({ publishedAt: new Date(), slug: 'jadwal-bus-sekolah' }).where(eq(innovations.id, innovationId));
    expect((await page(`/ide/${ideaId}`)).body).toContain('href="/inovasi/jadwal-bus-sekolah"');
  });
});
