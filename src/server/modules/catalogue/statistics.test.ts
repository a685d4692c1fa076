import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predicateNames, type Predicate } from '../../../domain/iid/engine.js';
import { findPersonalData } from '../../../domain/portal/personal-data.js';
import { innovations, periods } from '../../db/schema.js';
import { buildUnit } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { registryRegion } from '../innovations/registry.test-support.js';
import { clearCatalogueCache } from './catalogue.query.js';
import { clearIidHistoryCache } from './catalogue.stats.js';

/*
 * /statistik against a real database: one figure per chart, each with an SVG hidden from assistive
 * technology and a table whose numbers are the published innovations' counts (unpublished ones
 * left out); the IID history matches the monitoring dashboard's trend.
 */

type Figure = { caption: string; svgHidden: boolean; tableCaption: string | null; colHeaders: string[]; rows: [string, string, ...string[]][] };

const unescape = (s: string) => s.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'");

/** The figures of the page: caption, whether the drawing is hidden, and the table's rows (row header, cells). */
function figuresOf(html: string): Figure[] {
  return [...html.matchAll(/<figure[^>]*>([\s\S]*?)<\/figure>/g)].map(([, inner]) => ({
    caption: unescape(/<figcaption[^>]*>([\s\S]*?)<\/figcaption>/.exec(inner!)?.[1] ?? ''),
    svgHidden: /<svg[^>]*aria-hidden="true"/.test(inner!),
    tableCaption: /<table[^>]*>\s*<caption>([\s\S]*?)<\/caption>/.exec(inner!)?.[1] ?? null,
    colHeaders: [...inner!.matchAll(/<th scope="col">([\s\S]*?)<\/th>/g)].map((m) => unescape(m[1]!)),
    rows: [...inner!.matchAll(/<tr[^>]*><th scope="row">([\s\S]*?)<\/th>([\s\S]*?)<\/tr>/g)].map(
      (m) => [unescape(m[1]!), ...[...m[2]!.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((c) => unescape(c[1]!))] as [string, string, ...string[]],
    ),
  }));
}

describe('the statistics page', () => {
  let t: TestApp;
  let r: Awaited<ReturnType<typeof registryRegion>>;
  let figures: Figure[];
  let html: string;
  const extraUnits: string[] = [];

  beforeAll(async () => {
    t = await startTestApp();
    r = await registryRegion(t);
    const current = (await t.db.query.periods.findFirst({ where: and(eq(periods.regionId, r.region.id), eq(periods.isCurrent, true)) }))!;
    const older = (await t.db.select().from(periods).where(and(eq(periods.regionId, r.region.id), eq(periods.isCurrent, false))))[0]!;
    // 17 more units, so the unit chart needs its "others" row (top 15).
    for (let i = 1; i <= 17; i++) extraUnits.push((await buildUnit(t.db, r.region.id, { name: `Kecamatan Statistik ${String(i).padStart(2, '0')}`, headNip: '198001012005011001', email: 'camat@contoh.go.id' })).id);
    const at = Date.now();
    let n = 0;
    const row = (unitId: string, o: Partial<typeof innovations.$inferInsert> = {}, published = true) => ({
      id: randomUUID(),
      regionId: r.region.id,
      unitId,
      periodId: current.id,
      name: `Inovasi Statistik ${++n}`,
      slug: published ? `inovasi-statistik-${n}` : null,
      publishedAt: published ? new Date(at - n * 1000) : null,
      ...o,
    });
    await t.db.insert(innovations).values([
      // Unit A: 5 health innovations in three stages; unit B: 3 education ones, one of an older year.
      row(r.unitA.id, { mainAffair: 'kesehatan', stage: 'penerapan', kind: 'digital' }),
      row(r.unitA.id, { mainAffair: 'kesehatan', stage: 'penerapan', kind: 'digital' }),
      row(r.unitA.id, { mainAffair: 'kesehatan', stage: 'uji_coba', kind: 'non_digital' }),
      row(r.unitA.id, { mainAffair: 'kesehatan', stage: 'inisiatif', kind: 'digital' }),
      row(r.unitA.id, { mainAffair: 'kesehatan', stage: 'penerapan', kind: null }),
      row(r.unitB.id, { mainAffair: 'pendidikan', stage: 'penerapan', kind: 'non_digital' }),
      row(r.unitB.id, { mainAffair: 'pendidikan', stage: 'uji_coba', kind: 'non_digital' }),
      row(r.unitB.id, { mainAffair: 'pendidikan', stage: 'penerapan', kind: 'digital', periodId: older.id }),
      // One each in the 17 small units; two of them twice so the top 15 has a clear order.
      ...extraUnits.map((u) => row(u, { mainAffair: 'pmd', stage: 'penerapan', kind: 'non_digital' })),
      row(extraUnits[0]!, { mainAffair: 'pmd', stage: 'penerapan', kind: 'non_digital' }),
      row(extraUnits[1]!, { mainAffair: null, stage: 'inisiatif', kind: 'digital' }),
      // Unpublished: must count nowhere.
      row(r.unitA.id, { mainAffair: 'kesehatan', stage: 'penerapan', kind: 'digital' }, false),
      row(r.unitA.id, { mainAffair: 'pariwisata', stage: 'inisiatif', kind: 'digital' }, false),
    ]);
    clearCatalogueCache(t.db);
    clearIidHistoryCache(t.db);
    const res = await t.app.inject({ method: 'GET', url: '/statistik', headers: { accept: 'text/html' } });
    expect(res.statusCode, res.body).toBe(200);
    html = res.body;
    figures = figuresOf(html);
  });
  afterAll(() => t.close());

  const figure = (caption: string) => {
    const found = figures.find((f) => f.caption.startsWith(caption));
    expect(found, `a figure "${caption}" among ${figures.map((f) => f.caption).join(' | ')}`).toBeDefined();
    return found!;
  };
  const counts = (f: Figure) => Object.fromEntries(f.rows.map((row) => [row[0], Number(row[1])]));

  it('has one figure per chart, each a hidden drawing plus a captioned table with scoped headers', () => {
    expect(figures.map((f) => f.caption)).toEqual([
      'Menurut urusan pemerintahan',
      'Menurut perangkat daerah (15 terbanyak)',
      'Menurut tahapan',
      'Menurut jenis',
      'Menurut tahun',
      `Riwayat Indeks Inovasi Daerah ${r.region.name}`,
    ]);
    for (const f of figures) {
      expect(f.svgHidden, f.caption).toBe(true);
      expect(f.tableCaption, f.caption).toBe(f.caption);
      expect(f.colHeaders.length, f.caption).toBeGreaterThanOrEqual(3);
      expect(f.rows.length, f.caption).toBeGreaterThan(0);
    }
    expect(html).toContain('<p>27 inovasi telah terbit di portal ini.');
  });

  it('counts published innovations by affair, leaving unpublished ones out', () => {
    expect(counts(figure('Menurut urusan'))).toEqual({ 'Pemberdayaan Masyarakat dan Desa': 18, Kesehatan: 5, Pendidikan: 3, 'Tidak diisi': 1 });
    expect(html).not.toContain('Pariwisata');
  });

  it('shows the 15 busiest units and sums the rest as "Lainnya"', () => {
    const units = figure('Menurut perangkat daerah');
    expect(units.rows).toHaveLength(16);
    expect(units.rows.slice(0, 2).map((row) => [row[0], row[1]])).toEqual([
      ['Dinas Kesehatan', '5'],
      ['Dinas Pendidikan', '3'],
    ]);
    expect(units.rows[2]!.slice(0, 2)).toEqual(['Kecamatan Statistik 01', '2']);
    expect(units.rows[3]!.slice(0, 2)).toEqual(['Kecamatan Statistik 02', '2']);
    // 5, 3, 2, 2 and fifteen units of 1: eleven of those make the top 15, four are summed.
    expect(units.rows.at(-1)!.slice(0, 2)).toEqual(['Lainnya', '4']);
    const sum = units.rows.reduce((s, row) => s + Number(row[1]), 0);
    expect(sum).toBe(27);
  });

  it('counts by stage in lifecycle order, by kind and by year, with shares', () => {
    expect(figure('Menurut tahapan').rows.map((row) => [row[0], row[1]])).toEqual([
      ['Inisiatif', '2'],
      ['Uji Coba', '2'],
      ['Penerapan', '23'],
    ]);
    expect(counts(figure('Menurut jenis'))).toEqual({ 'Non digital': 21, Digital: 5, 'Tidak diisi': 1 });
    expect(figure('Menurut jenis').rows.find((row) => row[0] === 'Digital')![2]).toBe('19 %');
    expect(figure('Menurut tahun').rows.map((row) => [row[0], row[1]])).toEqual([
      ['2023', '1'],
      ['2026', '26'],
    ]);
  });

  it('shows the region’s IID per period as the monitoring dashboard computes it, with predicates', async () => {
    const iid = figure('Riwayat Indeks Inovasi Daerah');
    const trend = (await r.clients.admin.get('/api/monitoring')).json().trend as { year: number; claimedIid: number; verifiedIid: number }[];
    // Each period's predicates are the ones the dashboard gives that period (under its own bounds).
    const list = (await r.clients.admin.get('/api/periods')).json() as { items: { id: string; year: number }[] };
    for (const period of list.items) {
      const report = (await r.clients.admin.get(`/api/monitoring?periodId=${period.id}`)).json() as { iid: Record<'claimed' | 'verified', { predicate: Predicate }> };
      const row = iid.rows.find((cells) => cells[0] === String(period.year));
      expect(row, String(period.year)).toBeDefined();
      expect([row![2], row![4]], String(period.year)).toEqual([predicateNames[report.iid.claimed.predicate], predicateNames[report.iid.verified.predicate]]);
    }
    expect(trend.length).toBeGreaterThan(0);
    expect(iid.rows.map((row) => row[0])).toEqual(trend.map((p) => String(p.year)));
    const indexText = (v: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(v);
    for (const [i, p] of trend.entries()) {
      expect(iid.rows[i]![1]).toBe(indexText(p.claimedIid));
      expect(iid.rows[i]![3]).toBe(indexText(p.verifiedIid));
      expect(['Sangat Inovatif', 'Inovatif', 'Kurang Inovatif', 'Tidak Dapat Dinilai']).toContain(iid.rows[i]![2]);
    }
  });

  it('carries no personal data (unit heads’ NIP and e-mail stay out)', () => {
    expect(findPersonalData(html)).toEqual([]);
  });

  it('reads in English and stays a public, cacheable page', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/statistik', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const en = figuresOf(res.body);
    expect(en.map((f) => f.caption)[0]).toBe('By government affair');
    expect(counts(en[0]!)['Not given']).toBe(1);
  });

  it('says so when nothing is published', async () => {
    const empty = await startTestApp();
    try {
      const res = await empty.app.inject({ method: 'GET', url: '/statistik' });
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('Belum ada inovasi yang terbit.');
      expect(figuresOf(res.body)).toEqual([]);
    } finally {
      await empty.close();
    }
  });
});
