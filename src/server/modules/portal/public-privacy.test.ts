import { and, eq, isNotNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findPersonalData } from '../../../domain/portal/personal-data.js';
import { announcements, ideaComments, ideas, innovations, units, users } from '../../db/schema.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { portalRegion } from './portal-region.js';
import { seedDemo } from '../demo/demo.seed.js';

/*
 * No personal data on any public page or open-data file. The demo region gets NIP, NIK, e-mail
 * addresses and phone numbers planted everywhere people could type them (unit heads, innovation
 * texts, ideas, comments, announcements); then every address of the sitemap, the open-data files,
 * the RSS feed and the public API are fetched without a session and scanned with the patterns of
 * domain/portal/personal-data.ts.
 */
const nip = '198001012006041001';
const nik = '3201010101010001';
const email = 'rahasia.pribadi@contoh.go.id';
const phone = '0812-3456-7890';
const planted = ` Hubungi ${email} atau ${phone}; NIP ${nip}; NIK ${nik}.`;

let t: TestApp;
/** Pages that carry the planted data: one innovation and the idea. */
let plantedSlug: string;
let plantedIdea: string;

beforeAll(async () => {
  t = await startTestApp();
  await seedDemo(t.db, t.storage);
  const region = (await portalRegion(t.db))!;
  await t.db.update(units).set({ headNip: nip, phone, email, headName: 'Kepala Berdata' }).where(eq(units.regionId, region.id));
  const published = await t.db.select().from(innovations).where(isNotNull(innovations.publishedAt));
  expect(published.length).toBeGreaterThan(10);
  plantedSlug = published[0]!.slug!;
  for (const row of published.slice(0, 5)) {
    await t.db
      .update(innovations)
      .set({
        goal: `${row.goal ?? ''}${planted}`,
        benefits: `${row.benefits ?? ''}${planted}`,
        results: `${row.results ?? ''}${planted}`,
        design: `${row.design}<p>${planted}</p>`,
        designText: `${row.designText}${planted}`,
        initiatorName: `Inisiator${planted}`,
      })
      .where(eq(innovations.id, row.id));
  }
  const [author] = await t.db.select().from(users).where(eq(users.regionId, region.id)).limit(1);
  const [idea] = await t.db
    .insert(ideas)
    .values({ regionId: region.id, authorId: author!.id, title: 'Ide bank sampah digital', problem: `Sampah menumpuk.${planted}`, solution: `Aplikasi setoran.${planted}`, location: `Desa Maju${planted}`, status: 'terbit', moderatedAt: new Date() })
    .returning();
  plantedIdea = idea!.id;
  await t.db.insert(ideaComments).values({ regionId: region.id, ideaId: idea!.id, authorId: author!.id, body: `Setuju sekali.${planted}`, status: 'terbit', moderatedAt: new Date() });
  await t.db.update(ideas).set({ commentCount: 1 }).where(eq(ideas.id, idea!.id));
  await t.db.insert(announcements).values({ regionId: region.id, kind: 'berita', title: 'Pengumuman berdata', slug: 'pengumuman-berdata', summary: `Ringkas.${planted}`, body: `Isi.${planted}`, publishedAt: new Date() });
});
afterAll(() => t?.close());

async function publicAddresses(): Promise<string[]> {
  const sitemap = await t.client().get('/sitemap.xml');
  expect(sitemap.statusCode).toBe(200);
  const base = t.env.publicUrl.replace(/\/$/, '');
  const pages = [...sitemap.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!.replace(base, '') || '/');
  const [first] = await t.db.select({ slug: innovations.slug }).from(innovations).where(and(isNotNull(innovations.publishedAt), isNotNull(innovations.slug))).limit(1);
  return [
    ...pages,
    '/inovasi?q=hubungi',
    '/ide?q=sampah',
    '/data/inovasi.csv',
    '/data/inovasi.json',
    '/pengumuman/rss.xml',
    '/api/public/innovations',
    `/api/public/innovations/${first!.slug}`,
  ];
}

describe('personal data on the public side', () => {
  it('never appears on a public page, in open data, RSS or the public API', async () => {
    const addresses = await publicAddresses();
    expect(addresses.length).toBeGreaterThan(40);
    expect(addresses).toEqual(expect.arrayContaining(['/', '/inovasi', '/statistik', '/ide', '/data', '/pengumuman/pengumuman-berdata', `/inovasi/${plantedSlug}`, `/ide/${plantedIdea}`]));
    const problems: string[] = [];
    for (const address of addresses) {
      const res = await t.client().get(address);
      if (res.statusCode !== 200) problems.push(`${address} → ${res.statusCode}`);
      const found = findPersonalData(res.body);
      if (found.length) problems.push(`${address}: ${found.map((f) => `${f.kind} ${f.value}`).join(', ')}`);
    }
    expect(problems).toEqual([]);
  });

  it('still shows the texts around the masked data', async () => {
    const idea = await t.client().get('/ide?q=sampah');
    expect(idea.body).toContain('Ide bank sampah digital');
    const page = await t.client().get('/pengumuman/pengumuman-berdata');
    expect(page.body).toContain('Isi.');
    expect(page.body).toContain('•••');
    // The planted texts reach the pages (masked), so the scan above did look at them.
    for (const address of [`/inovasi/${plantedSlug}`, `/ide/${plantedIdea}`]) {
      const res = await t.client().get(address);
      expect(res.body, address).toContain('•••');
      expect(res.body, address).toContain('Hubungi');
    }
  });
});
