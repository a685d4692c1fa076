import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataKeys, openDataLicence } from '../../../domain/portal/open-data-columns.js';
import { findPersonalData } from '../../../domain/portal/personal-data.js';
import { innovations, periods, units } from '../../db/schema.js';
import { expectError } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { createInnovation, registryRegion } from '../innovations/registry.test-support.js';
import { clearCatalogueCache } from './catalogue.query.js';

/*
 * Open data, the public API, the sitemap and robots.txt against a real database (PGlite, or
 * PostgreSQL with LUMBUNG_TEST_PG=1): what is published is there, what is not is absent, and no
 * personal data reaches any file even when the design and the unit's head carry it.
 */

const publicUrl = 'https://inovasi.contoh.go.id';

/** RFC 4180 records (quoted fields with doubled quotes, CRLF or LF line ends). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field || record.length) {
    record.push(field);
    records.push(record);
  }
  return records;
}

/** Tags balanced, only the five XML entities, one root: enough to catch an unescaped `&` or `<`. */
function expectWellFormedXml(xml: string) {
  expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
  const body = xml.replace(/^<\?xml[^>]*\?>/, '');
  expect(body.replace(/&(lt|gt|amp|apos|quot);/g, '')).not.toMatch(/&/);
  const stack: string[] = [];
  for (const m of body.matchAll(/<(\/?)([a-zA-Z][\w:]*)[^>]*?(\/?)>|</g)) {
    expect(m[2], `a bare < in ${m.input.slice(m.index, m.index + 40)}`).toBeDefined();
    if (m[3]) continue;
    if (m[1]) expect(stack.pop()).toBe(m[2]);
    else stack.push(m[2]!);
  }
  expect(stack).toEqual([]);
}

/** One public API call from a given address (the rate limit counts per address). */
const api = (t: TestApp, url: string, from = '10.0.0.1') => t.app.inject({ method: 'GET', url, remoteAddress: from, headers: { accept: 'application/json' } });

describe('open data, the public API, sitemap and robots', () => {
  let t: TestApp;
  let r: Awaited<ReturnType<typeof registryRegion>>;
  const slugs: Record<string, string> = {};
  const bulk = 21; // more than one page of the API (20)
  // Personal data planted where it must never surface.
  const nip = '19800101 200501 1 001';
  const nik = '3301010101010001';
  const headEmail = 'kepala.dinkes@contoh.go.id';
  const headPhone = '0812-3456-7890';

  const publish = async (id: string, published = true) => {
    const res = await r.clients.admin.put(`/api/innovations/${id}/publication`, { published });
    expect(res.statusCode, res.body).toBe(200);
    return res.json().slug as string;
  };

  beforeAll(async () => {
    t = await startTestApp({ publicUrl });
    r = await registryRegion(t);
    await t.db.update(units).set({ headName: 'Dr. Kepala Dinas', headNip: nip.replace(/ /g, ''), email: headEmail, phone: headPhone }).where(eq(units.id, r.unitA.id));
    const a = r.clients.admin;
    const akta = await createInnovation(a, r.unitA.id, {
      name: 'Layanan Akta Keliling',
      goal: `=HYPERLINK("http://jahat.test","klik") agar pelayanan akta dekat; hubungi ${headEmail} atau NIK ${nik}`,
      benefits: `+62 812 1111 2222 adalah nomor posko; "kutipan", koma`,
      results: '-3 hari waktu tunggu\nbaris kedua',
      design: `<h3>Latar</h3><p>Penanggung jawab NIP ${nip}, surel ${headEmail}.</p>`,
      mainAffair: 'adminduk_capil',
      otherAffairs: ['pmd', 'sosial'],
      form: 'pelayanan_publik',
      kind: 'non_digital',
      latitude: -7.0051,
      longitude: 110.4381,
    });
    const sekolah = await createInnovation(a, r.unitB.id, { name: 'Sekolah Ramah Anak', goal: 'Lingkungan belajar aman.', mainAffair: 'pendidikan', kind: 'digital' });
    const draft = await createInnovation(a, r.unitA.id, { name: 'Konsep Belum Terbit Zeta', goal: 'Rahasia dapur Zeta.' });
    const withdrawn = await createInnovation(a, r.unitA.id, { name: 'Inovasi Ditarik Omega', goal: 'Pernah terbit.' });
    slugs.akta = await publish(akta.innovation.id);
    slugs.sekolah = await publish(sekolah.innovation.id);
    slugs.withdrawn = await publish(withdrawn.innovation.id);
    await publish(withdrawn.innovation.id, false);
    slugs.draft = draft.innovation.id;

    // More published rows, written directly (the API would take seconds for paging data).
    const [period] = await t.db.select().from(periods).where(eq(periods.regionId, r.region.id)).limit(1);
    const current = (await t.db.query.periods.findFirst({ where: (p, { and, eq: is }) => and(is(p.regionId, r.region.id), is(p.isCurrent, true)) })) ?? period!;
    const at = Date.now();
    await t.db.insert(innovations).values(
      Array.from({ length: bulk }, (_, i) => ({
        id: randomUUID(),
        regionId: r.region.id,
        unitId: r.unitB.id,
        periodId: current.id,
        name: `Inovasi Massal ${String(i + 1).padStart(2, '0')}`,
        goal: 'Peningkatan mutu layanan sekolah.',
        mainAffair: 'pendidikan',
        slug: `inovasi-massal-${i + 1}`,
        publishedAt: new Date(at - i * 1000),
      })),
    );
    clearCatalogueCache(t.db);
  });
  afterAll(() => t.close());

  const publishedCount = () => 2 + bulk;

  describe('the CSV file', () => {
    it('has the documented header, one row per published innovation, and none for unpublished ones', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/data/inovasi.csv' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="inovasi.csv"');
      expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf])); // BOM for Excel
      const records = parseCsv(res.body.replace(/^\uFEFF/, ''));
      expect(records[0]).toEqual(openDataKeys);
      const rows = records.slice(1).map((f) => Object.fromEntries(openDataKeys.map((k, i) => [k, f[i]])));
      expect(rows).toHaveLength(publishedCount());
      expect(records.slice(1).every((f) => f.length === openDataKeys.length)).toBe(true);
      const bySlug = new Map(rows.map((row) => [row.slug, row]));
      expect(bySlug.has(slugs.akta!)).toBe(true);
      expect(bySlug.has(slugs.sekolah!)).toBe(true);
      expect(bySlug.has(slugs.withdrawn!)).toBe(false);
      expect(res.body).not.toContain('Zeta');
      expect(res.body).not.toContain('Omega');

      const akta = bySlug.get(slugs.akta!)!;
      expect(akta).toMatchObject({
        url: `${publicUrl}/inovasi/${slugs.akta}`,
        name: 'Layanan Akta Keliling',
        unit: 'Dinas Kesehatan',
        year: expect.stringMatching(/^20\d\d$/),
        mainAffair: 'adminduk_capil',
        mainAffairName: 'Administrasi Kependudukan dan Pencatatan Sipil',
        otherAffairs: 'pmd;sosial',
        kind: 'non_digital',
        latitude: '-7.0051',
        longitude: '110.4381',
      });
      // Quotes, commas and line breaks survive the round trip.
      expect(akta.benefits).toContain('"kutipan", koma');
      expect(akta.results).toBe("'-3 hari waktu tunggu baris kedua");
    });

    it('neutralises formulas: a text cell starting with = + - @ is prefixed with an apostrophe', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/data/inovasi.csv' });
      const records = parseCsv(res.body.replace(/^\uFEFF/, ''));
      const akta = records.find((f) => f[0] === slugs.akta)!;
      const col = (k: string) => akta[openDataKeys.indexOf(k as never)]!;
      expect(col('goal').startsWith(`'=HYPERLINK(`)).toBe(true);
      expect(col('results').startsWith("'-3")).toBe(true);
      // Every text cell of every record: none starts with a formula character unguarded.
      for (const record of records.slice(1)) {
        record.forEach((cell, i) => {
          if (['latitude', 'longitude'].includes(openDataKeys[i]!)) return; // numbers, never formulas
          expect(cell, `${openDataKeys[i]}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
        });
      }
    });
  });

  describe('the JSON file', () => {
    it('carries the licence, the column definitions and the same items as the CSV', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/data/inovasi.json' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(res.headers['content-disposition']).toBe('attachment; filename="inovasi.json"');
      const doc = res.json();
      expect(Object.keys(doc)).toEqual(['licence', 'generatedAt', 'columns', 'items']);
      expect(doc.licence).toEqual({ name: openDataLicence.name, url: openDataLicence.url, attribution: `${r.region.bodyName}, ${r.region.name}` });
      expect(doc.columns.map((c: { name: string }) => c.name)).toEqual(openDataKeys);
      expect(doc.columns.every((c: { meaning: string; type: string }) => c.meaning.length > 5 && c.type)).toBe(true);
      expect(doc.items).toHaveLength(publishedCount());
      for (const item of doc.items) expect(Object.keys(item)).toEqual(openDataKeys);
      const akta = doc.items.find((i: { slug: string }) => i.slug === slugs.akta);
      expect(akta).toMatchObject({ name: 'Layanan Akta Keliling', otherAffairs: ['pmd', 'sosial'], latitude: -7.0051, year: expect.any(Number) });
      // JSON is not a spreadsheet: no apostrophe in front of text.
      expect(akta.goal.startsWith('=HYPERLINK(')).toBe(true);
      const slugsInJson = doc.items.map((i: { slug: string }) => i.slug);
      expect(slugsInJson).not.toContain(slugs.withdrawn);
      expect(res.body).not.toContain('Zeta');
    });

    it('streams 40,000-row-sized output in pages (more rows than one read page are all present)', async () => {
      // 23 rows fit one page; what matters here is that paging by id neither repeats nor drops rows.
      const doc = (await t.app.inject({ method: 'GET', url: '/data/inovasi.json' })).json();
      const seen = new Set(doc.items.map((i: { slug: string }) => i.slug));
      expect(seen.size).toBe(doc.items.length);
    });
  });

  it('never carries NIP, NIK, e-mail or phone in any open-data file or the API, even when the design and unit head contain them', async () => {
    for (const url of ['/data/inovasi.csv', '/data/inovasi.json', '/api/public/innovations', `/api/public/innovations/${slugs.akta}`, '/data']) {
      const res = await api(t, url, '10.0.0.99');
      expect(res.statusCode, url).toBe(200);
      expect(findPersonalData(res.body), url).toEqual([]);
      for (const secret of [nip, nip.replace(/ /g, ''), nik, headEmail, headPhone, 'Dr. Kepala Dinas']) expect(res.body, `${url} ${secret}`).not.toContain(secret);
    }
  });

  describe('the /data page', () => {
    it('documents every column, the licence and the links', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/data', headers: { accept: 'text/html' } });
      expect(res.statusCode).toBe(200);
      for (const key of openDataKeys) expect(res.body).toContain(`<th scope="row"><code>${key}</code></th>`);
      expect(res.body).toContain('href="/data/inovasi.csv"');
      expect(res.body).toContain('href="/data/inovasi.json"');
      expect(res.body).toContain('href="/api/docs"');
      expect(res.body).toContain('GET /api/public/innovations');
      expect(res.body).toContain(`href="${openDataLicence.url}" rel="license"`);
      expect(res.body).toContain('CC BY 4.0');
      expect(res.body).toContain(r.region.bodyName);
      expect(res.body).toContain(`${publishedCount()} inovasi saat ini`);
      expect(res.body).toContain('<caption>');
    });

    it('speaks English when asked', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/data', headers: { 'accept-language': 'en' } });
      expect(res.body).toContain('Open data');
      expect(res.body).toContain('Meaning');
    });
  });

  describe('the public API', () => {
    it('lists published innovations 20 a page, open to any origin and cacheable', async () => {
      const first = await api(t, '/api/public/innovations');
      expect(first.statusCode, first.body).toBe(200);
      expect(first.headers['access-control-allow-origin']).toBe('*');
      expect(first.headers['cache-control']).toBe('public, max-age=60');
      const one = first.json();
      expect(one).toMatchObject({ total: publishedCount(), page: 1, pageSize: 20 });
      expect(one.items).toHaveLength(20);
      expect(one.licence.url).toBe(openDataLicence.url);
      const two = (await api(t, '/api/public/innovations?page=2')).json();
      expect(two.items).toHaveLength(publishedCount() - 20);
      const all = [...one.items, ...two.items].map((i: { slug: string }) => i.slug);
      expect(new Set(all).size).toBe(publishedCount());
      expect(all).not.toContain(slugs.withdrawn);
      const beyond = (await api(t, '/api/public/innovations?page=3')).json();
      expect(beyond).toMatchObject({ items: [], total: publishedCount(), page: 3 });
    });

    it('searches like the catalogue ("layanan" finds "pelayanan") and filters', async () => {
      const found = (await api(t, '/api/public/innovations?q=pelayanan%20akta')).json();
      expect(found.items.map((i: { slug: string }) => i.slug)).toEqual([slugs.akta]);
      const stem = (await api(t, '/api/public/innovations?q=layanan&affair=adminduk_capil')).json();
      expect(stem.items.map((i: { slug: string }) => i.slug)).toEqual([slugs.akta]);
      const byUnit = (await api(t, `/api/public/innovations?unitId=${r.unitA.id}`)).json();
      expect(byUnit.total).toBe(1);
      expect(byUnit.facets.unit.find((o: { value: string }) => o.value === r.unitB.id).count).toBe(bulk + 1);
    });

    it('shows one innovation by slug, and 404 with the error shape for unknown, withdrawn and unpublished ones', async () => {
      const res = await api(t, `/api/public/innovations/${slugs.akta}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ slug: slugs.akta, name: 'Layanan Akta Keliling', unitName: 'Dinas Kesehatan' });
      for (const slug of ['tidak-ada-sama-sekali', slugs.withdrawn, slugs.draft, 'BUKAN slug!']) {
        const missing = await api(t, `/api/public/innovations/${encodeURIComponent(slug!)}`);
        expectError(missing, 404, 'NOT_FOUND');
        expect(missing.headers['access-control-allow-origin']).toBe('*');
        expect(missing.headers['cache-control']).toBe('no-store');
      }
    });

    it('refuses unknown or invalid parameters with the validation error shape', async () => {
      expectError(await api(t, '/api/public/innovations?page=0'), 400, 'VALIDATION_FAILED');
      expectError(await api(t, '/api/public/innovations?sort=random'), 400, 'VALIDATION_FAILED');
      expectError(await api(t, '/api/public/innovations?unitId=bukan-uuid'), 400, 'VALIDATION_FAILED');
      expectError(await api(t, '/api/public/innovations?halaman=2'), 400, 'VALIDATION_FAILED');
    });

    it('answers 429 with the error shape after 60 requests a minute from one address, and others still pass', async () => {
      const from = '192.0.2.77';
      for (let i = 0; i < 60; i++) {
        const res = await api(t, i % 2 ? '/api/public/innovations' : `/api/public/innovations/${slugs.sekolah}`, from);
        expect(res.statusCode, `request ${i + 1}`).toBe(200);
      }
      const limited = await api(t, '/api/public/innovations', from);
      const error = expectError(limited, 429, 'RATE_LIMITED');
      expect(error.message.length).toBeGreaterThan(5);
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
      expect(limited.headers['access-control-allow-origin']).toBe('*');
      expectError(await api(t, `/api/public/innovations/${slugs.sekolah}`, from), 429, 'RATE_LIMITED');
      expect((await api(t, '/api/public/innovations', '192.0.2.78')).statusCode).toBe(200);
    });

    it('appears in the OpenAPI document', () => {
      const doc = t.app.swagger() as { paths: Record<string, Record<string, unknown>> };
      expect(doc.paths['/api/public/innovations']?.get).toBeDefined();
      expect(doc.paths['/api/public/innovations/{slug}']?.get).toBeDefined();
      expect(Object.keys(doc.paths).some((p) => p.startsWith('/data') || p.startsWith('/sitemap') || p === '/statistik')).toBe(false);
    });
  });

  describe('sitemap and robots', () => {
    it('lists the portal pages and published slugs only, with absolute addresses and lastmod, as well-formed XML', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/sitemap.xml' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/xml; charset=utf-8');
      expectWellFormedXml(res.body);
      const locs = [...res.body.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]);
      for (const path of ['/', '/inovasi', '/statistik', '/ide', '/lomba', '/data', '/pengumuman']) expect(locs).toContain(`${publicUrl}${path}`);
      const innovationLocs = locs.filter((l) => l!.startsWith(`${publicUrl}/inovasi/`));
      expect(innovationLocs.sort()).toEqual([slugs.akta, slugs.sekolah, ...Array.from({ length: bulk }, (_, i) => `inovasi-massal-${i + 1}`)].map((s) => `${publicUrl}/inovasi/${s}`).sort());
      expect(res.body).toMatch(new RegExp(`<loc>${publicUrl}/inovasi/${slugs.akta}</loc><lastmod>\\d{4}-\\d{2}-\\d{2}</lastmod>`));
      expect(res.body).not.toContain(slugs.withdrawn);
      expect((await t.app.inject({ method: 'GET', url: '/sitemap/1.xml' })).statusCode).toBe(404); // no index needed
    });

    it('robots.txt allows the portal, keeps crawlers out of the API and the staff app, and names the sitemap', async () => {
      const res = await t.app.inject({ method: 'GET', url: '/robots.txt' });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
      const lines = res.body.split('\n');
      expect(lines).toContain('User-agent: *');
      expect(lines).toContain('Allow: /');
      for (const path of ['/api/', '/dasbor', '/registri']) expect(lines).toContain(`Disallow: ${path}`);
      expect(lines).toContain(`Sitemap: ${publicUrl}/sitemap.xml`);
      expect(lines.filter((l) => /^Disallow: \/(inovasi|data|statistik|ide|lomba|pengumuman)?$/.test(l))).toEqual([]);
    });
  });
});
