import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Contest, Results } from '../../../domain/contracts/contests.js';
import { findPersonalData } from '../../../domain/portal/personal-data.js';
import { contestEntries, contestRounds, contests } from '../../db/schema.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { signedIn } from '../../test/fixtures.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { registryRegion } from '../innovations/registry.test-support.js';
import { formatInstant } from '../portal/format.js';
import { openContests, publicContestAddresses } from './contests.public.js';
import { createContest, publishedContest, setRound } from './contests.test-support.js';

/**
 * The contests' public pages, fetched like a search engine does: plain GET, no cookies. Only
 * published contests of the portal's region show; the winners appear by name and title once the
 * results are published, and never with an e-mail address, NIK or phone number.
 */

let t: TestApp;
let reg: Awaited<ReturnType<typeof registryRegion>>;
let open: Contest;
let upcoming: Contest;
let draft: Contest;
let foreign: Contest;

const nik = '3201010101010001';
const phone = '0812-3456-7890';
const email = 'juara.rahasia@contoh.test';

beforeAll(async () => {
  t = await startTestApp();
  reg = await registryRegion(t); // the first region: the one the portal speaks for
  open = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Portal 2026');
  upcoming = await publishedContest(reg.clients.admin, 'iga', 'Gladi IGA Mendatang');
  await setRound(t, upcoming.id, 'pendaftaran', { opensAt: new Date(Date.now() + 3 * 86_400_000) });
  draft = await createContest(reg.clients.admin, 'internal', 'Penghargaan Draf Rahasia');
  const other = await buildRegion(t.db, { name: 'Kota Tetangga' });
  foreign = await publishedContest(await signedIn(t, await buildUser(t.db, { regionId: other.id, roles: ['admin'] })), 'krenova', 'Krenova Kota Tetangga');
});
afterAll(() => t?.close());

describe('/lomba', () => {
  it('lists open contests with a live countdown, upcoming ones with their opening, never drafts or other regions’', async () => {
    const res = await t.client().get('/lomba');
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<h1>Lomba</h1>');
    expect(html).toContain('<a href="/lomba" aria-current="page">Lomba</a>');
    expect(html).toContain('Pendaftaran dibuka</h2>');
    expect(html).toContain(`<a href="/lomba/${open.slug}">Krenova Portal 2026</a>`);
    expect(html).toContain(`data-countdown="${open.rounds[0]!.closesAt}"`);
    expect(html).toContain('Segera dibuka</h2>');
    expect(html).toContain('Gladi IGA Mendatang');
    const [row] = await t.db.select().from(contestRounds).where(and(eq(contestRounds.contestId, upcoming.id), eq(contestRounds.kind, 'pendaftaran')));
    expect(html).toContain(`Pendaftaran dibuka ${formatInstant(row!.opensAt, 'id', 'Asia/Jakarta', true)}.`);
    expect(html).not.toContain('Penghargaan Draf Rahasia');
    expect(html).not.toContain('Krenova Kota Tetangga');
  });

  it('feeds the home page’s open contests and the sitemap', async () => {
    const home = (await t.client().get('/')).body;
    expect(home).toContain(`<a href="/lomba/${open.slug}">Krenova Portal 2026</a>`);
    expect(home).toContain(`data-countdown="${new Date(open.rounds[0]!.closesAt).toISOString()}"`);
    expect(home).not.toContain('Gladi IGA Mendatang'); // not open yet
    expect((await openContests(t.db, reg.region.id, new Date())).map((c) => c.title)).toEqual(['Krenova Portal 2026']);
    const sitemap = (await t.client().get('/sitemap.xml')).body;
    expect(sitemap).toContain(`/lomba/${open.slug}</loc>`);
    expect(sitemap).toContain(`/lomba/${upcoming.slug}</loc>`);
    expect(sitemap).not.toContain(draft.slug);
    expect(sitemap).not.toContain(foreign.slug);
    expect((await publicContestAddresses(t.db, reg.region.id)).map((e) => e.path).sort()).toEqual([`/lomba/${open.slug}`, `/lomba/${upcoming.slug}`].sort());
  });
});

describe('/lomba/<slug>', () => {
  it('shows the rules, who may enter, the timeline in the region’s zone, a countdown and the way in', async () => {
    const res = await t.client().get(`/lomba/${open.slug}`);
    expect(res.statusCode).toBe(200);
    const html = res.body;
    expect(html).toContain('<h1>Krenova Portal 2026</h1>');
    expect(html).toContain('Lomba Kreativitas dan Inovasi Masyarakat (Krenova)');
    expect(html).toContain('Peserta: Perorangan, Kelompok.');
    expect(html).toContain('Khusus penduduk daerah ini.');
    expect(html).toContain('Kelompok paling banyak 5 orang, termasuk ketua.');
    expect(html).toContain('Karya belum pernah memperoleh penghargaan pada lomba sejenis.');
    expect(html).toContain('<li>Pelajar SMP/sederajat</li>');
    expect(html).toContain('<li>Teknologi informasi dan komunikasi</li>');
    expect(html).toContain('Semua waktu dalam WIB.');
    for (const round of open.rounds) {
      expect(html).toContain(round.name);
      expect(html).toContain(`<time dateTime="${round.closesAt}">${formatInstant(new Date(round.closesAt), 'id', 'Asia/Jakarta', true)}</time>`);
    }
    expect(html).toContain(`data-countdown="${open.rounds[0]!.closesAt}"`);
    expect(html).toContain(` lagi</time>`);
    // Signed out: the button goes through sign-in and comes back to the entry dialog.
    expect(html).toContain(`href="/masuk?kembali=${encodeURIComponent(`/lomba-saya?ikut=${open.id}`)}">Ikut lomba</a>`);
    const signed = await signedIn(t, await buildUser(t.db, { regionId: reg.region.id, roles: ['masyarakat'] }));
    expect((await signed.get(`/lomba/${open.slug}`)).body).toContain(`href="/lomba-saya?ikut=${open.id}">Ikut lomba</a>`);
    expect((await t.client('en').get(`/lomba/${open.slug}`)).body).toContain('Enter the contest</a>');
  });

  it('answers 404 for a draft, another region’s contest and an unknown slug', async () => {
    for (const slug of [draft.slug, foreign.slug, 'tidak-ada']) {
      const res = await t.client().get(`/lomba/${slug}`);
      expect(res.statusCode, slug).toBe(404);
      expect(res.body).not.toContain('Penghargaan Draf Rahasia');
      expect(res.body).toContain('<meta name="robots" content="noindex"/>');
    }
  });

  it('says when registration has not opened or has closed, without the way in', async () => {
    const soon = (await t.client().get(`/lomba/${upcoming.slug}`)).body;
    expect(soon).toContain('Pendaftaran dibuka ');
    expect(soon).not.toContain('Ikut lomba');
    const closed = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Sudah Tutup');
    const closesAt = new Date(Date.now() - 60_000);
    await setRound(t, closed.id, 'pendaftaran', { opensAt: new Date(Date.now() - 86_400_000), closesAt });
    const html = (await t.client().get(`/lomba/${closed.slug}`)).body;
    expect(html).toContain(`Pendaftaran sudah ditutup pada ${formatInstant(closesAt, 'id', 'Asia/Jakarta', true)}.`);
    expect(html).not.toContain('Ikut lomba');
    expect(html).toContain('Pemenang akan diumumkan di halaman ini.');
  });

  it('shows the winners per category once results are published, by name and title only', async () => {
    const finished = await publishedContest(reg.clients.admin, 'krenova', 'Krenova Selesai');
    const winner = await buildUser(t.db, { regionId: reg.region.id, roles: ['masyarakat'], name: 'Ratna Juara', email });
    const [entry] = await t.db
      .insert(contestEntries)
      .values({
        contestId: finished.id,
        regionId: reg.region.id,
        entrantId: winner.id,
        entrantKind: 'kelompok',
        number: 'KRN-2026-001',
        status: 'lolos',
        category: 'umum',
        title: 'Pengering ikan tenaga surya',
        summary: `Hubungi ${phone}, NIK ${nik}, ${email}.`,
        groupName: 'Kelompok Nelayan Bahari',
        members: [{ name: 'Ratna', role: `HP ${phone}` }],
      })
      .returning();
    const ranked = (entryId: string, rank: number, title: string, entrantName: string, isWinner: boolean) => ({
      rank,
      entryId,
      number: null,
      title,
      entrantName,
      total: 80,
      rawTotal: 80,
      normalisedTotal: null,
      criteria: [],
      judges: 3,
      tieBrokenBy: null,
      winner: isWinner,
    });
    const results: Results = {
      contestId: finished.id,
      roundId: finished.rounds[3]!.id,
      normalised: false,
      tieBreak: 'kriteria_berurutan',
      categories: [
        { key: 'smp', name: 'Pelajar SMP/sederajat', ranking: [] },
        { key: 'umum', name: 'Masyarakat umum', ranking: [ranked(entry!.id, 1, 'Pengering ikan tenaga surya', 'Kelompok Nelayan Bahari', true), ranked(entry!.id, 4, 'Karya Bukan Pemenang', 'Peserta Biasa', false)] },
      ],
      publishedAt: new Date().toISOString(),
    };
    await t.db.update(contests).set({ results, resultsPublishedAt: new Date(), status: 'selesai' }).where(eq(contests.id, finished.id));

    const html = (await t.client().get(`/lomba/${finished.slug}`)).body;
    expect(html).toContain('<h2 id="pemenang">Pemenang</h2>');
    expect(html).toContain('<h3>Masyarakat umum</h3>');
    expect(html).toContain('<strong>Juara 1</strong>: Pengering ikan tenaga surya — Kelompok Nelayan Bahari');
    expect(html).toContain('Tidak ada pemenang pada kategori ini.');
    expect(html).not.toContain('Karya Bukan Pemenang');
    expect(html).not.toContain('Ikut lomba');
    expect(html).not.toContain(email);
    expect(html).not.toContain('Ratna Juara');
    expect(findPersonalData(html)).toEqual([]);
    const list = (await t.client().get('/lomba')).body;
    expect(list).toContain('Pendaftaran ditutup</h2>');
    expect(list).toContain('Pemenang sudah diumumkan.');
    for (const page of ['/', '/lomba', `/lomba/${open.slug}`, `/lomba/${finished.slug}`]) {
      expect(findPersonalData((await t.client().get(page)).body), page).toEqual([]);
    }
  });
});
