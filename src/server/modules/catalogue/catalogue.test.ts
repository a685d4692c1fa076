import { randomUUID } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Publication } from '../../../domain/contracts/catalogue.js';
import { findPersonalData } from '../../../domain/portal/personal-data.js';
import { files, innovations, periods, units } from '../../db/schema.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { auditRows, expectError, signedIn } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { seedMasterData } from '../master-data/master-data.service.js';
import { seedPeriods } from '../periods/periods.seed.js';
import { seedDemo } from '../demo/demo.seed.js';
import { createInnovation, registryRegion } from '../innovations/registry.test-support.js';
import { catalogueSnapshot } from './catalogue.index.js';
import { clearCatalogueCache, searchCatalogue } from './catalogue.query.js';
import { parseCatalogueQuery } from '../../../domain/portal/catalogue-query.js';

/** A visitor: no cookies, asks for HTML like a browser or a search engine. */
const visit = (t: TestApp, url: string) => t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });

/** The visible text of a page (tags dropped), for "does the page say X". */
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/&amp;/g, '&').replace(/\s+/g, ' ');

describe('the public catalogue', () => {
  let t: TestApp;
  let r: Awaited<ReturnType<typeof registryRegion>>;
  const ids: Record<string, string> = {};

  const publish = async (id: string, published = true) => {
    const res = await r.clients.admin.put(`/api/innovations/${id}/publication`, { published });
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as Publication;
  };

  beforeAll(async () => {
    t = await startTestApp();
    r = await registryRegion(t);
    const a = r.clients.admin;
    ids.antrian = (
      await createInnovation(a, r.unitA.id, {
        name: 'Antrean Daring Puskesmas',
        goal: 'Mempercepat pelayanan pasien di puskesmas dengan nomor antrean dari rumah.',
        mainAffair: 'kesehatan',
        form: 'pelayanan_publik',
        kind: 'digital',
      })
    ).innovation.id;
    ids.sekolah = (
      await createInnovation(a, r.unitB.id, {
        name: 'Sekolah Ramah Anak',
        goal: 'Lingkungan belajar yang aman bagi murid sekolah dasar.',
        mainAffair: 'pendidikan',
        form: 'tata_kelola',
        kind: 'non_digital',
      })
    ).innovation.id;
    ids.rahasia = (await createInnovation(a, r.unitA.id, { name: 'Konsep Belum Terbit Zeta', goal: 'Masih disusun.' })).innovation.id;
    await publish(ids.antrian);
    await publish(ids.sekolah);
  });
  afterAll(() => t.close());

  it('lists published innovations by name to a visitor without cookies, and not unpublished ones', async () => {
    const res = await visit(t, '/inovasi');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const text = textOf(res.body);
    expect(text).toContain('Antrean Daring Puskesmas');
    expect(text).toContain('Sekolah Ramah Anak');
    expect(text).not.toContain('Konsep Belum Terbit Zeta');
    expect(res.body).toContain('href="/inovasi/antrean-daring-puskesmas"');
    // The form works without a script: a GET form with a labelled search field and a submit button.
    const form = res.body.match(/<form[^>]*>/)![0];
    expect(form).toContain('method="get"');
    expect(form).toContain('action="/inovasi"');
    expect(form).toContain('data-autosubmit');
    expect(res.body).toContain('<label for="cari">');
    expect(res.body).not.toContain('noindex');
  });

  it('finds "pelayanan" when searching "layanan" (Indonesian stemming), and not innovations without it', async () => {
    const res = await visit(t, '/inovasi?q=layanan');
    const text = textOf(res.body);
    expect(text).toContain('Antrean Daring Puskesmas');
    expect(text).not.toContain('Sekolah Ramah Anak');
    expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    expect(res.body).toContain('value="layanan"');
  });

  it('narrows by a filter, and the count shown beside an option is what choosing it gives', async () => {
    const all = await searchCatalogue(t.db, parseCatalogueQuery({}));
    expect(all.total).toBe(2);
    const unitOption = all.facets.unit.find((o) => o.value === r.unitB.id)!;
    expect(unitOption).toMatchObject({ label: 'Dinas Pendidikan', count: 1 });
    expect(all.facets.form.map((o) => o.value).sort()).toEqual(['pelayanan_publik', 'tata_kelola']);
    expect(all.facets.year).toEqual([{ value: '2026', label: '2026', count: 2 }]);

    const page = await visit(t, `/inovasi?unit=${r.unitB.id}`);
    const text = textOf(page.body);
    expect(text).toContain('Sekolah Ramah Anak');
    expect(text).not.toContain('Antrean Daring Puskesmas');
    expect(text).toContain('1 inovasi ditemukan');
    expect(page.body).toContain('Dinas Pendidikan (1)');
    // The unit facet keeps the other unit selectable (its count is what switching to it gives).
    expect(page.body).toContain('Dinas Kesehatan (1)');

    const both = await visit(t, `/inovasi?unit=${r.unitB.id}&bentuk=pelayanan_publik`);
    expect(textOf(both.body)).toContain('Tidak ada inovasi yang cocok');

    // An invalid filter value is ignored, not an error.
    const odd = await visit(t, '/inovasi?unit=bukan-id&tahun=abc&halaman=-3&urut=acak');
    expect(odd.statusCode).toBe(200);
    expect(textOf(odd.body)).toContain('2 inovasi ditemukan');
  });

  it('shows one innovation at its slug, with its unit, and answers 404 for unknown or unpublished ones', async () => {
    const res = await visit(t, '/inovasi/antrean-daring-puskesmas');
    expect(res.statusCode).toBe(200);
    const text = textOf(res.body);
    expect(text).toContain('Antrean Daring Puskesmas');
    expect(text).toContain('Dinas Kesehatan');
    expect(res.body).toContain('<meta property="og:type" content="article"/>');
    expect(res.body).toContain('data-portal-action="POST /api/follows"');
    expect(res.body).toContain(`data-body="{&quot;subject&quot;:&quot;innovation&quot;,&quot;subjectId&quot;:&quot;${ids.antrian}&quot;}"`);
    expect(res.body).toContain('/masuk?kembali=%2Finovasi%2Fantrean-daring-puskesmas');

    const unknown = await visit(t, '/inovasi/tidak-ada-inovasi-ini');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.body).toContain('noindex');

    const unpublished = await t.db.query.innovations.findFirst({ where: eq(innovations.id, ids.rahasia) });
    expect(unpublished!.slug).toBeNull();
    expect((await visit(t, `/inovasi/${ids.rahasia}`)).statusCode).toBe(404);
  });

  it('publishes for the region admin only, keeps the slug when withdrawn and republished, and audits each change once', async () => {
    const id = (await createInnovation(r.clients.admin, r.unitA.id, { name: 'Sekolah Ramah Anak' })).innovation.id;
    expectError(await r.clients.operatorA.put(`/api/innovations/${id}/publication`, { published: true }), 403, 'FORBIDDEN');
    expectError(await r.clients.leader.put(`/api/innovations/${id}/publication`, { published: true }), 403, 'FORBIDDEN');

    const other = await buildRegion(t.db);
    const foreignAdmin = await signedIn(t, await buildUser(t.db, { regionId: other.id, roles: ['admin'] }));
    expectError(await foreignAdmin.put(`/api/innovations/${id}/publication`, { published: true }), 404, 'NOT_FOUND');
    expectError(await foreignAdmin.get(`/api/innovations/${id}/publication`), 404, 'NOT_FOUND');

    const before = (await r.clients.operatorA.get(`/api/innovations/${id}/publication`)).json() as Publication;
    expect(before).toMatchObject({ published: false, slug: null, publicUrl: null, mayPublish: false });
    // A publication patches the search snapshot with that one row; it does not reload the catalogue.
    const snapshot = await catalogueSnapshot(t.db);

    // The same name as a published one: a short suffix keeps both addresses.
    const first = await publish(id);
    expect(first.published).toBe(true);
    expect(first.slug).toMatch(/^sekolah-ramah-anak-[0-9a-f]{5}$/);
    expect(first.publicUrl).toBe(`${t.env.publicUrl.replace(/\/$/, '')}/inovasi/${first.slug}`);
    // A double submit changes nothing.
    const again = await publish(id);
    expect(again).toEqual(first);

    expect((await visit(t, `/inovasi/${first.slug}`)).statusCode).toBe(200);
    const withdrawn = await publish(id, false);
    expect(withdrawn).toMatchObject({ published: false, slug: first.slug });
    expect((await visit(t, `/inovasi/${first.slug}`)).statusCode).toBe(404);
    expect(textOf((await visit(t, '/inovasi')).body).match(/Sekolah Ramah Anak/g)).toHaveLength(1);

    const back = await publish(id);
    expect(back.slug).toBe(first.slug);
    expect(await catalogueSnapshot(t.db)).toBe(snapshot);

    const rows = (await auditRows(t.db, 'innovation', id)).filter((a) => a.action.startsWith('innovation.'));
    const publications = rows.filter((a) => a.action === 'innovation.publish' || a.action === 'innovation.unpublish');
    expect(publications.map((a) => a.action)).toEqual(['innovation.publish', 'innovation.unpublish', 'innovation.publish']);
    expect(publications[0]).toMatchObject({ before: { publishedAt: null, slug: null }, after: { slug: first.slug } });
    expect(publications[1]).toMatchObject({ before: { slug: first.slug }, after: { publishedAt: null, slug: first.slug } });
    await publish(id, false);
  });

  it('refuses to publish a version carried into the next period', async () => {
    const id = (await createInnovation(r.clients.admin, r.unitA.id, { name: 'Versi Lama' })).innovation.id;
    await t.db.update(innovations).set({ status: 'diajukan_kembali' }).where(eq(innovations.id, id));
    const error = expectError(await r.clients.admin.put(`/api/innovations/${id}/publication`, { published: true }), 409, 'CONFLICT');
    expect(error.message).toContain('aktif');
  });

  it('keeps the public address when a published innovation is carried into the next period: the new version is shown there', async () => {
    const list = (await r.clients.admin.get('/api/periods')).json() as { items: { id: string; year: number }[] };
    const id = (await createInnovation(r.clients.admin, r.unitA.id, { name: 'Layanan Jemput Bola Kependudukan' })).innovation.id;
    await t.db.update(innovations).set({ periodId: list.items.find((p) => p.year === 2023)!.id }).where(eq(innovations.id, id));
    const { slug } = await publish(id);
    const snapshot = await catalogueSnapshot(t.db);
    const carried = await r.clients.admin.post(`/api/innovations/${id}/carry-over`, { note: 'Diperluas ke semua kecamatan dengan mobil layanan keliling.' });
    expect(carried.statusCode, carried.body).toBe(201);
    const copyId = carried.json().innovation.id as string;
    const [copy] = await t.db.select().from(innovations).where(eq(innovations.id, copyId));
    const [old] = await t.db.select().from(innovations).where(eq(innovations.id, id));
    expect(copy).toMatchObject({ slug, publishedAt: expect.any(Date) });
    expect(old).toMatchObject({ slug: null, publishedAt: null });
    const page = await visit(t, `/inovasi/${slug}`);
    expect(page.statusCode).toBe(200);
    expect(textOf((await visit(t, '/inovasi?q=jemput')).body).match(/Layanan Jemput Bola Kependudukan/g)).toHaveLength(1);
    // Both rows were patched into the same snapshot: the old version left the search, the copy joined it.
    const found = await searchCatalogue(t.db, parseCatalogueQuery({ q: 'jemput' }));
    expect(found.items.map((i) => i.id)).toEqual([copyId]);
    expect(found.total).toBe(1);
    expect(await catalogueSnapshot(t.db)).toBe(snapshot);
  });

  it('never shows NIP, NIK, e-mail or phone on a public page, even when the texts and the unit head contain them', async () => {
    await t.db.update(units).set({ headName: 'dr. Kepala', headNip: '198001012005011002', email: 'kepala@dinkes.go.id', phone: '081234567890' }).where(eq(units.id, r.unitA.id));
    const id = (
      await createInnovation(r.clients.admin, r.unitA.id, {
        name: 'Data Pribadi Bocor',
        goal: 'Hubungi operator di budi@contoh.go.id atau 0812-3456-7890.',
        benefits: 'NIK warga 3201234567890123 tidak pernah tampil.',
        results: 'Penanggung jawab NIP 19800101 200501 1 002.',
        design: '<p>Kontak: <a href="mailto:siti@contoh.go.id">siti@contoh.go.id</a>, NIP 198001012005011002</p><ul><li>HP +62 812 3456 7890</li></ul><script>alert(1)</script>',
        mainAffair: 'kesehatan',
      })
    ).innovation.id;
    const { slug } = await publish(id);
    for (const url of [`/inovasi/${slug}`, '/inovasi', '/inovasi?q=data+pribadi', `/inovasi/antrean-daring-puskesmas`]) {
      const res = await visit(t, url);
      expect(res.statusCode, url).toBe(200);
      expect(findPersonalData(res.body), url).toEqual([]);
      expect(res.body).not.toContain('<script>alert');
    }
    const page = textOf((await visit(t, `/inovasi/${slug}`)).body);
    expect(page).toContain('Kontak:');
    expect(page).toContain('•••');
    await publish(id, false);
  });

  it('streams a stored video only while the innovation is published', async () => {
    const id = (await createInnovation(r.clients.admin, r.unitA.id, { name: 'Video Inovasi Uji' })).innovation.id;
    const bytes = Buffer.from('bukan video sungguhan');
    const tmp = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-video-')), 'v');
    await fs.writeFile(tmp, bytes);
    await t.storage.putFile(`${r.region.id}/vi/video-uji`, tmp);
    const [file] = await t.db
      .insert(files)
      .values({ regionId: r.region.id, sha256: 'f'.repeat(64), size: bytes.length, mime: 'video/mp4', originalName: 'video.mp4', storageKey: `${r.region.id}/vi/video-uji` })
      .returning();
    await t.db.update(innovations).set({ videoFileId: file!.id, videoUrl: 'https://video.contoh.go.id/inovasi' }).where(eq(innovations.id, id));
    expect((await visit(t, `/inovasi/video-inovasi-uji/video`)).statusCode).toBe(404);
    await publish(id);
    const page = await visit(t, '/inovasi/video-inovasi-uji');
    expect(page.body).toContain('href="/inovasi/video-inovasi-uji/video"');
    expect(page.body).toContain('href="https://video.contoh.go.id/inovasi"');
    const video = await visit(t, '/inovasi/video-inovasi-uji/video');
    expect(video.statusCode).toBe(200);
    expect(video.headers['content-type']).toBe('video/mp4');
    expect(video.rawPayload).toEqual(bytes);
    await publish(id, false);
    expect((await visit(t, '/inovasi/video-inovasi-uji/video')).statusCode).toBe(404);
  });

  it('pages through results 20 at a time with rel=prev/next links that keep the search', async () => {
    const region = await buildRegion(t.db, { name: 'Kabupaten Halaman' });
    await seedPeriods(t.db, region.id);
    await seedMasterData(t.db, region.id);
    const unit = await buildUnit(t.db, region.id, { name: 'Dinas Halaman' });
    const [period] = await t.db.select().from(periods).where(eq(periods.regionId, region.id)).limit(1);
    const at = Date.now();
    await t.db.insert(innovations).values(
      Array.from({ length: 45 }, (_, i) => ({
        regionId: region.id,
        unitId: unit.id,
        periodId: period!.id,
        name: `Inovasi Halaman ${String(i + 1).padStart(2, '0')}`,
        goal: 'Pengujian halaman katalog.',
        slug: `inovasi-halaman-${i + 1}-${randomUUID().slice(0, 4)}`,
        publishedAt: new Date(at - i * 1000),
      })),
    );
    clearCatalogueCache(t.db);
    const first = await visit(t, `/inovasi?wilayah=${region.id}&urut=nama`);
    expect(textOf(first.body)).toContain('45 inovasi ditemukan');
    expect(first.body.match(/class="card"/g)).toHaveLength(20);
    expect(first.body).toContain(`href="/inovasi?wilayah=${region.id}&amp;urut=nama&amp;halaman=2" rel="next"`);
    expect(first.body).not.toContain('rel="prev"');
    // Several regions: the region filter appears.
    expect(first.body).toContain('name="wilayah"');

    const third = await visit(t, `/inovasi?wilayah=${region.id}&urut=nama&halaman=3`);
    expect(third.body.match(/class="card"/g)).toHaveLength(5);
    expect(textOf(third.body)).toContain('Inovasi Halaman 45');
    expect(third.body).toContain('rel="prev"');
    expect(third.body).not.toContain('rel="next"');
    expect(third.body).toContain('<meta name="robots" content="noindex"/>');
    // Beyond the last page: an empty list, not an error.
    expect((await visit(t, `/inovasi?wilayah=${region.id}&halaman=9`)).statusCode).toBe(200);
  });
});

describe('the demo catalogue', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemo(t.db);
  });
  afterAll(() => t.close());

  it('lists the published demo innovations and finds "pelayanan" for "layanan", without the unpublished ones', async () => {
    const all = await searchCatalogue(t.db, parseCatalogueQuery({}));
    expect(all.total).toBeGreaterThanOrEqual(40);
    const page = await visit(t, '/inovasi');
    expect(page.statusCode).toBe(200);
    for (const card of all.items) expect(textOf(page.body)).toContain(card.name);

    const unpublished = await t.db.select({ name: innovations.name }).from(innovations).where(isNull(innovations.publishedAt));
    expect(unpublished.length).toBeGreaterThan(0);

    const found = await searchCatalogue(t.db, parseCatalogueQuery({ q: 'layanan' }));
    expect(found.total).toBeGreaterThan(0);
    expect(found.total).toBeLessThan(all.total);
    const withoutIt = await t.db
      .select({ name: innovations.name, slug: innovations.slug })
      .from(innovations)
      .where(and(isNotNull(innovations.publishedAt), sql`not (${innovations.name} || ' ' || coalesce(${innovations.goal}, '') || ' ' || coalesce(${innovations.benefits}, '') || ' ' || coalesce(${innovations.results}, '') || ' ' || ${innovations.designText}) ilike '%layan%'`));
    expect(withoutIt.length).toBeGreaterThan(0);
    const searchPage = textOf((await visit(t, '/inovasi?q=layanan&urut=nama')).body);
    expect(searchPage).not.toContain(withoutIt[0]!.name);

    const detail = await visit(t, `/inovasi/${all.items[0]!.slug}`);
    expect(detail.statusCode).toBe(200);
    expect(textOf(detail.body)).toContain(all.items[0]!.unitName);
    expect(findPersonalData(detail.body)).toEqual([]);
  });
});
