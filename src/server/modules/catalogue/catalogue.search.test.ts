import { randomUUID } from 'node:crypto';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCatalogueQuery } from '../../../domain/portal/catalogue-query.js';
import { innovations, periods, units } from '../../db/schema.js';
import { buildRegion, buildUnit } from '../../test/factories.js';
import { startTestApp, type TestApp } from '../../test/harness.js';
import { seedMasterData } from '../master-data/master-data.service.js';
import { seedPeriods } from '../periods/periods.seed.js';
import { catalogueSnapshot, refreshCatalogueSnapshot } from './catalogue.index.js';
import { clearCatalogueCache, searchCatalogue } from './catalogue.query.js';

/*
 * The catalogue's in-memory search (catalogue.index.ts, domain/portal/catalogue-search.ts) against
 * what PostgreSQL's `search @@ websearch_to_tsquery('indonesian', q)` says on the same rows, and
 * how changes reach it: a publication change in this process at once, anything else (another
 * process, a direct edit) with the minute's check.
 */
describe('the catalogue search index', () => {
  let t: TestApp;
  let regionId: string;
  let unitId: string;
  let periodId: string;
  const ids: Record<string, string> = {};
  let at = Date.now() - 3_600_000;

  const insert = async (key: string, fields: { name: string; goal?: string; designText?: string; published?: boolean }) => {
    const id = randomUUID();
    at += 1000;
    await t.db.insert(innovations).values({
      id,
      regionId,
      unitId,
      periodId,
      name: fields.name,
      goal: fields.goal ?? null,
      designText: fields.designText ?? '',
      slug: `cari-${key}-${id.slice(0, 6)}`,
      publishedAt: fields.published === false ? null : new Date(at),
    });
    ids[key] = id;
    return id;
  };

  /** Every match of a search, in the catalogue's order (the fixture stays below one page). */
  const found = async (q: string, urut?: string) => {
    const result = await searchCatalogue(t.db, parseCatalogueQuery({ q, wilayah: regionId, ...(urut ? { urut } : {}) }));
    expect(result.total).toBeLessThanOrEqual(result.pageSize);
    return result.items.map((i) => i.id);
  };
  const keysOf = (list: string[]) => list.map((id) => Object.keys(ids).find((k) => ids[k] === id) ?? id);
  /** What PostgreSQL matches, newest first. */
  const matchedBySql = async (q: string) =>
    (
      await t.db
        .select({ id: innovations.id })
        .from(innovations)
        .where(and(isNotNull(innovations.publishedAt), eq(innovations.regionId, regionId), sql`${innovations.search} @@ websearch_to_tsquery('indonesian', ${q})`))
        .orderBy(sql`${innovations.publishedAt} desc`)
    ).map((r) => r.id);

  beforeAll(async () => {
    t = await startTestApp();
    const region = await buildRegion(t.db, { name: 'Kabupaten Pencarian' });
    regionId = region.id;
    await seedPeriods(t.db, regionId);
    await seedMasterData(t.db, regionId);
    unitId = (await buildUnit(t.db, regionId, { name: 'Dinas Pencarian' })).id;
    [{ id: periodId }] = (await t.db.select({ id: periods.id }).from(periods).where(eq(periods.regionId, regionId)).limit(1)) as [{ id: string }];
    // The word in the name (A), in the goal (B), only in the design (C); other words around it.
    await insert('nama', { name: 'Pelayanan Kesehatan Keliling', goal: 'Dokter datang ke desa terpencil.' });
    await insert('tujuan', { name: 'Mobil Sehat', goal: 'Pelayanan kesehatan ibu dan anak di posyandu.' });
    await insert('rancangan', { name: 'Sekolah Ramah Anak', designText: 'Guru memberi pelayanan konseling bagi murid sekolah dasar.' });
    await insert('terpisah', { name: 'Kesehatan Sekolah', designText: 'Pelayanan rapor digital; kesehatan murid dicatat puskesmas.' });
    await insert('stunting', { name: 'Cegah Stunting Desa', goal: 'Gizi balita di desa.' });
    await insert('url', { name: "Portal O'Brien", designText: 'Lihat https://contoh.go.id/data untuk rincian.' });
    await insert('draf', { name: 'Pelayanan Belum Terbit', published: false });
    clearCatalogueCache(t.db);
  });
  afterAll(() => t.close());

  it.each([
    ['layanan', 'stemming: "layanan" finds "pelayanan"'],
    ['pelayanan kesehatan', 'two words'],
    ['kesehatan -desa', 'an excluded word'],
    ['-kesehatan', 'only an excluded word'],
    ['posyandu or stunting', 'or'],
    ['stunting OR "ramah anak"', 'or with a phrase'],
    ['Sekolah', 'capitals'],
    ["o'brien", 'a quote'],
    ['https://contoh.go.id/data', 'an address'],
    ['(kesehatan) & | !', 'operator characters typed as text'],
    ['yang', 'a word no innovation has'],
    ['!!! ...', 'punctuation only: nothing, as in PostgreSQL'],
  ])('matches what PostgreSQL matches: %s (%s)', async (q) => {
    expect(new Set(keysOf(await found(q)))).toEqual(new Set(keysOf(await matchedBySql(q))));
  });

  it('takes a phrase as all of its words: a superset of PostgreSQL, which also wants them adjacent', async () => {
    const phrase = '"pelayanan kesehatan"';
    const sqlMatches = keysOf(await matchedBySql(phrase));
    expect(sqlMatches.sort()).toEqual(['nama', 'tujuan']);
    expect(keysOf(await found(phrase)).sort()).toEqual(['nama', 'terpisah', 'tujuan']);
  });

  it('ranks like ts_rank: a word in the name before the goal before the design; ties newest first', async () => {
    expect(keysOf(await found('layanan'))).toEqual(['nama', 'tujuan', 'terpisah', 'rancangan']);
    const tsRank = (
      await t.db
        .select({ id: innovations.id })
        .from(innovations)
        .where(and(isNotNull(innovations.publishedAt), eq(innovations.regionId, regionId), sql`${innovations.search} @@ websearch_to_tsquery('indonesian', 'layanan')`))
        .orderBy(sql`ts_rank(${innovations.search}, websearch_to_tsquery('indonesian', 'layanan')) desc`, sql`${innovations.publishedAt} desc`)
    ).map((r) => r.id);
    expect(keysOf(await found('layanan'))).toEqual(keysOf(tsRank));
    // Sorting by name or newest still works on the matches.
    expect(keysOf(await found('layanan', 'nama'))).toEqual(['terpisah', 'tujuan', 'nama', 'rancangan']);
    expect(keysOf(await found('layanan', 'terbaru'))).toEqual(['terpisah', 'rancangan', 'tujuan', 'nama']);
  });

  it('shows a publication change at once, patching the snapshot instead of reloading it', async () => {
    const before = await catalogueSnapshot(t.db);
    const id = await insert('baru', { name: 'Pelayanan Perpustakaan Keliling', published: false });
    expect(await found('perpustakaan')).toEqual([]);

    await t.db.update(innovations).set({ publishedAt: new Date() }).where(eq(innovations.id, id));
    clearCatalogueCache(t.db, id);
    expect(keysOf(await found('perpustakaan'))).toEqual(['baru']);
    expect(keysOf(await found('layanan'))).toContain('baru');

    await t.db.update(innovations).set({ publishedAt: null }).where(eq(innovations.id, id));
    clearCatalogueCache(t.db, [id]);
    expect(await found('perpustakaan')).toEqual([]);
    expect(keysOf(await found('layanan'))).not.toContain('baru');

    const after = await catalogueSnapshot(t.db);
    expect(after).toBe(before); // the same snapshot, patched
    expect(after.index.dead).toBeGreaterThan(0);
  });

  it('shows edits made elsewhere (another process, the database directly) after the check', async () => {
    // A profile edit of a published innovation bumps updated_at.
    await t.db.update(innovations).set({ name: 'Cegah Stunting Dan Anemia', updatedAt: new Date() }).where(eq(innovations.id, ids.stunting!));
    // Another process publishes and withdraws (published_at changes; updated_at may not).
    await t.db.update(innovations).set({ publishedAt: new Date() }).where(eq(innovations.id, ids.draf!));
    await t.db.update(innovations).set({ publishedAt: null }).where(eq(innovations.id, ids.url!));
    await t.db.update(units).set({ name: 'Dinas Pencarian Baru', updatedAt: new Date() }).where(eq(units.id, unitId));
    // Not yet seen: nobody told this process.
    expect(await found('anemia')).toEqual([]);

    expect(await refreshCatalogueSnapshot(t.db)).toBe(true);
    expect(keysOf(await found('anemia'))).toEqual(['stunting']);
    expect(keysOf(await found('belum terbit'))).toEqual(['draf']);
    expect(await found("o'brien")).toEqual([]);
    const all = await searchCatalogue(t.db, parseCatalogueQuery({ wilayah: regionId }));
    expect(all.facets.unit.find((o) => o.value === unitId)?.label).toBe('Dinas Pencarian Baru');

    // Nothing changed since: the check finds nothing to do.
    expect(await refreshCatalogueSnapshot(t.db)).toBe(false);
    for (const q of ['layanan', 'kesehatan -desa', 'anemia']) expect(new Set(await found(q))).toEqual(new Set(await matchedBySql(q)));
  });
});
