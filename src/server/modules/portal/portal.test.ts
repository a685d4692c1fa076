import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Announcement } from '../../../domain/contracts/announcements.js';
import { findPersonalData } from '../../../domain/portal/personal-data.js';
import { seedDemo } from '../demo/demo.seed.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';

let t: TestApp;
let admin: Client;
let adminB: Client;
const soon = new Date(Date.now() + 3 * 86_400_000 + 3_600_000);

/** A small XML well-formedness check: every tag closed in order, no stray `<` or bare `&` in text. */
function wellFormed(xml: string): string[] {
  const problems: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: string[] = [];
  const tag = /<(\/?)([A-Za-z][\w:.-]*)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>/g;
  let last = 0;
  for (const m of body.matchAll(tag)) {
    const text = body.slice(last, m.index);
    if (text.includes('<') || text.includes('>')) problems.push(`stray bracket in ${JSON.stringify(text.slice(0, 40))}`);
    if (/&(?!(?:amp|lt|gt|quot|apos|#\d+);)/.test(text)) problems.push(`bare & in ${JSON.stringify(text.slice(0, 40))}`);
    last = m.index + m[0].length;
    const [, closing, name, , selfClosing] = m;
    if (selfClosing) continue;
    if (closing) {
      if (stack.pop() !== name) problems.push(`</${name}> closes the wrong element`);
    } else stack.push(name!);
  }
  if (body.slice(last).trim()) problems.push('text after the root element');
  if (stack.length) problems.push(`unclosed: ${stack.join(', ')}`);
  return problems;
}

async function publish(client: Client, input: Record<string, unknown>): Promise<Announcement> {
  const res = await client.post('/api/announcements', input);
  expect(res.statusCode, res.body).toBe(201);
  const a = res.json() as Announcement;
  expect((await client.put(`/api/announcements/${a.id}/published`, { published: true })).statusCode).toBe(200);
  return a;
}

beforeAll(async () => {
  t = await startTestApp();
  // The first region is the one the portal speaks for.
  const a = await buildRegion(t.db, { name: 'Kabupaten Portal', bodyName: 'Bapperida Kabupaten Portal' });
  const b = await buildRegion(t.db, { name: 'Kota Tetangga', bodyName: 'Bapperida Tetangga' });
  admin = await signedIn(t, await buildUser(t.db, { regionId: a.id, roles: ['admin'] }));
  adminB = await signedIn(t, await buildUser(t.db, { regionId: b.id, roles: ['admin'] }));
  await publish(admin, { kind: 'berita', title: 'Berita Lama Portal', body: 'Isi lama.' });
  await publish(admin, {
    kind: 'sosialisasi',
    title: 'Sosialisasi Inovasi & Lab',
    summary: 'Sosialisasi untuk perangkat daerah & kecamatan.',
    body: 'Hubungi panitia di panitia@kabupaten-portal.go.id atau 0812-3456-7890.\n\nMembawa laptop.',
    eventStartsAt: soon.toISOString(),
    eventPlace: 'Aula <Utama>',
  });
  await publish(admin, { kind: 'berita', title: 'Berita Terbaru Portal', body: 'Baris satu.\nBaris dua.\n\nParagraf dua.' });
  const draft = await admin.post('/api/announcements', { kind: 'berita', title: 'Draf Rahasia Portal', body: 'Belum terbit.' });
  expect(draft.statusCode).toBe(201);
  await publish(adminB, { kind: 'berita', title: 'Berita Kota Tetangga', body: 'Bukan untuk portal ini.' });
});
afterAll(() => t.close());

describe('the portal home page', () => {
  it('is complete HTML for a plain GET: region, figures, the latest published announcements, the event countdown', async () => {
    const res = await t.client().get('/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const html = res.body;
    expect(html.startsWith('<!doctype html><html lang="id">')).toBe(true);
    expect(html).toContain('<h1>Kabupaten Portal</h1>');
    expect(html).toContain('Bapperida Kabupaten Portal');
    expect(html).toContain('<title>Inovasi Kabupaten Portal</title>');
    expect(html).toMatch(/<meta property="og:url" content="[^"]+\/"\/>/);
    expect(html).toContain('href="/pengumuman/berita-terbaru-portal"');
    expect(html).toContain('href="/pengumuman/sosialisasi-inovasi-dan-lab"');
    expect(html).not.toContain('Draf Rahasia Portal');
    expect(html).not.toContain('Berita Kota Tetangga');
    // The upcoming event: a live countdown with server-rendered text, "3 hari … lagi".
    expect(html).toMatch(new RegExp(`<time class="countdown" dateTime="${soon.toISOString()}" data-countdown="${soon.toISOString()}" data-countdown-done="sudah dimulai"[^>]*>3 hari \\d\\d:\\d\\d:\\d\\d lagi</time>`));
    // Headline figures and the open-contest section (empty until contests exist), linking to /lomba.
    expect(html).toContain('class="stats"');
    expect(html).toContain('Belum ada lomba yang dibuka saat ini.');
    expect(html).toContain('href="/lomba"');
    expect(html).toContain('href="/pengumuman/rss.xml"');
    expect(findPersonalData(html)).toEqual([]);
  });

  it('lists only three latest announcements, newest first', async () => {
    const html = (await t.client().get('/')).body;
    const news = html.slice(html.indexOf('id="pengumuman"'));
    const titles = [...news.matchAll(/href="\/pengumuman\/([a-z0-9-]+)"/g)].map((m) => m[1]);
    expect(titles.slice(0, 3)).toEqual(['berita-terbaru-portal', 'sosialisasi-inovasi-dan-lab', 'berita-lama-portal']);
  });

  it('names the dashboard to a signed-in visitor, in a private copy', async () => {
    const res = await admin.get('/');
    expect(res.headers['cache-control']).toBe('private, no-store');
    expect(res.body).toContain('href="/dasbor"');
  });
});

describe('announcement pages', () => {
  it('shows one published announcement as an article, masked, with paragraphs', async () => {
    const res = await t.client().get('/pengumuman/sosialisasi-inovasi-dan-lab');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<meta property="og:type" content="article"/>');
    expect(html).toContain('<h1>Sosialisasi Inovasi &amp; Lab</h1>');
    expect(html).toContain('Aula &lt;Utama&gt;');
    expect(html).toContain('<p><span>Membawa laptop.</span></p>');
    expect(html).not.toContain('panitia@kabupaten-portal.go.id');
    expect(html).not.toContain('0812-3456-7890');
    expect(findPersonalData(html)).toEqual([]);
    const two = (await t.client().get('/pengumuman/berita-terbaru-portal')).body;
    expect(two).toContain('<p><span>Baris satu.</span><span><br/>Baris dua.</span></p>');
  });

  it('answers 404 for drafts, other regions’ and unknown slugs', async () => {
    for (const slug of ['draf-rahasia-portal', 'berita-kota-tetangga', 'tidak-ada', 'BAD%20slug']) {
      const res = await t.client().get(`/pengumuman/${slug}`);
      expect(res.statusCode, slug).toBe(404);
      expect(res.body).toContain('<meta name="robots" content="noindex"/>');
      expect(res.body).toContain('Halaman tidak ditemukan');
    }
  });

  it('lists the published ones on /pengumuman', async () => {
    const res = await t.client().get('/pengumuman');
    expect(res.statusCode).toBe(200);
    expect([...res.body.matchAll(/<li class="card">/g)]).toHaveLength(3);
    expect(res.body).not.toContain('Draf Rahasia Portal');
    expect((await t.client().get('/pengumuman?halaman=abc')).statusCode).toBe(200);
  });
});

describe('the RSS feed', () => {
  it('is well-formed RSS 2.0 with the published announcements, absolute links and escaped text', async () => {
    const res = await t.client().get('/pengumuman/rss.xml');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/rss+xml; charset=utf-8');
    const xml = res.body;
    expect(wellFormed(xml)).toEqual([]);
    expect(xml).toContain('<rss version="2.0"');
    expect(xml.match(/<item>/g)).toHaveLength(3);
    const base = t.env.publicUrl.replace(/\/$/, '');
    expect(xml).toContain(`<link>${base}/pengumuman/sosialisasi-inovasi-dan-lab</link>`);
    expect(xml).toContain('<title>Sosialisasi Inovasi &amp; Lab</title>');
    expect(xml).toContain('Sosialisasi untuk perangkat daerah &amp; kecamatan.');
    expect(xml).not.toContain('Draf Rahasia Portal');
    expect(xml).not.toContain('Berita Kota Tetangga');
    expect(findPersonalData(xml)).toEqual([]);
  });
});

describe('/lomba and the language switch', () => {
  it('renders the contests placeholder as real HTML, in the menu', async () => {
    const res = await t.client().get('/lomba');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<h1>Lomba</h1>');
    expect(res.body).toContain('<a href="/lomba" aria-current="page">Lomba</a>');
  });

  it('sets the language cookie for a year and returns to the page, which is then English', async () => {
    const visitor = t.client();
    const res = await visitor.get('/bahasa?ke=en&kembali=%2Fpengumuman%3Fhalaman%3D1');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/pengumuman?halaman=1');
    const cookie = res.cookies.find((c) => c.name === 'lumbung_lang');
    expect(cookie).toMatchObject({ value: 'en', path: '/', maxAge: 31_536_000, sameSite: 'Lax' });
    const page = await visitor.get('/');
    expect(page.body.startsWith('<!doctype html><html lang="en">')).toBe(true);
    expect(page.body).toContain('Latest announcements');
    expect(page.body).toContain('3 days ');
    expect((await visitor.get('/bahasa?ke=id&kembali=/')).statusCode).toBe(303);
    expect((await visitor.get('/')).body).toContain('Pengumuman terbaru');
  });

  it('never redirects to another site', async () => {
    for (const target of ['//evil.example/', 'https://evil.example', '/\\evil.example', '']) {
      const res = await t.client().get(`/bahasa?ke=en&kembali=${encodeURIComponent(target)}`);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location, target).toBe('/');
    }
    const bad = await t.client().get('/bahasa?ke=fr&kembali=/lomba');
    expect(bad.headers.location).toBe('/lomba');
    expect(bad.cookies.find((c) => c.name === 'lumbung_lang')).toBeUndefined();
  });
});

describe('the demo region', () => {
  it('shows its three announcements on the home page, the sosialisasi with a running countdown', async () => {
    const demo = await startTestApp();
    try {
      expect((await seedDemo(demo.db, demo.storage)).created).toBe(true);
      const html = (await demo.client().get('/')).body;
      expect(html).toContain('<h1>Kabupaten Contoh</h1>');
      for (const slug of ['sosialisasi-laboratorium-inovasi-daerah-2026', 'bank-ide-dibuka-untuk-seluruh-warga', 'portal-inovasi-kabupaten-contoh-resmi-dibuka']) {
        expect(html).toContain(`href="/pengumuman/${slug}"`);
      }
      expect(html).toMatch(/data-countdown="[^"]+"[^>]*>1[34] hari \d\d:\d\d:\d\d lagi</);
      expect(wellFormed((await demo.client().get('/pengumuman/rss.xml')).body)).toEqual([]);
      expect(findPersonalData(html)).toEqual([]);
    } finally {
      await demo.close();
    }
  });
});
