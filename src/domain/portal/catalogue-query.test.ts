import { describe, expect, it } from 'vitest';
import { catalogueFacetNames } from '../contracts/catalogue.js';
import { PublicInnovationQuery, toCatalogueQuery } from '../contracts/public-api.js';
import { catalogueFacetParams, catalogueHref, catalogueKey, catalogueSort, chosenFacetValue, hasCatalogueFilters, normaliseSearchText, parseCatalogueQuery, type CatalogueQuery } from './catalogue-query.js';

const unit = '5f60ce72-be8c-4122-b7b8-dad14facedc2';

describe('parseCatalogueQuery', () => {
  it.each<[string, Record<string, unknown> | URLSearchParams, CatalogueQuery]>([
    ['nothing', {}, { halaman: 1 }],
    ['a search', { q: '  layanan   kesehatan ' }, { q: 'layanan kesehatan', halaman: 1 }],
    ['an empty search', { q: '   ' }, { halaman: 1 }],
    ['every filter', { unit, urusan: 'kesehatan', bentuk: 'pelayanan_publik', jenis: 'digital', tahapan: 'uji_coba', tahun: '2026', wilayah: unit, urut: 'nama', halaman: '3' }, { unit, urusan: 'kesehatan', bentuk: 'pelayanan_publik', jenis: 'digital', tahapan: 'uji_coba', tahun: 2026, wilayah: unit, urut: 'nama', halaman: 3 }],
    ['an upper-case id', { unit: unit.toUpperCase() }, { unit, halaman: 1 }],
    ['invalid values are dropped', { unit: 'abc', urusan: 'Kesehatan!', tahun: '26', urut: 'acak', halaman: '0' }, { halaman: 1 }],
    ['a negative or huge page', { halaman: '-2' }, { halaman: 1 }],
    ['a page beyond the cap', { halaman: '100000' }, { halaman: 1 }],
    ['a year out of range', { tahun: '1999' }, { halaman: 1 }],
    ['arrays take the first value', { urusan: ['kesehatan', 'pendidikan'] }, { urusan: 'kesehatan', halaman: 1 }],
    ['URLSearchParams', new URLSearchParams('q=pelayanan&tahun=2025&halaman=2'), { q: 'pelayanan', tahun: 2025, halaman: 2 }],
    ['non-string values', { q: { $ne: 1 }, tahun: 2026 }, { tahun: 2026, halaman: 1 }],
  ])('%s', (_, input, expected) => {
    expect(parseCatalogueQuery(input)).toEqual(expected);
  });

  it('cuts a very long search and strips control characters', () => {
    expect(parseCatalogueQuery({ q: 'a'.repeat(500) }).q).toHaveLength(200);
    expect(normaliseSearchText('air\u0000bersih\n')).toBe('air bersih');
  });
});

describe('catalogueSort', () => {
  it.each<[Partial<CatalogueQuery>, string]>([
    [{}, 'terbaru'],
    [{ q: 'x' }, 'relevansi'],
    [{ urut: 'relevansi' }, 'terbaru'],
    [{ q: 'x', urut: 'nama' }, 'nama'],
    [{ urut: 'nama' }, 'nama'],
  ])('%j → %s', (q, sort) => expect(catalogueSort(q)).toBe(sort));
});

describe('catalogueHref', () => {
  const base: CatalogueQuery = { q: 'layanan', urusan: 'kesehatan', halaman: 2 };
  it.each<[string, CatalogueQuery, Parameters<typeof catalogueHref>[1], string]>([
    ['no query', { halaman: 1 }, {}, '/inovasi'],
    ['keeps everything', base, {}, '/inovasi?q=layanan&urusan=kesehatan&halaman=2'],
    ['next page keeps the filters', base, { halaman: 3 }, '/inovasi?q=layanan&urusan=kesehatan&halaman=3'],
    ['page 1 is not written', base, { halaman: 1 }, '/inovasi?q=layanan&urusan=kesehatan'],
    ['a filter change goes back to page 1', base, { tahun: 2026 }, '/inovasi?q=layanan&urusan=kesehatan&tahun=2026'],
    ['null removes a filter', base, { urusan: null }, '/inovasi?q=layanan'],
    ['the default order is not written', { halaman: 1, urut: 'terbaru' }, {}, '/inovasi'],
    ['relevance is the default with a search', { q: 'air', halaman: 1, urut: 'relevansi' }, {}, '/inovasi?q=air'],
    ['another order is written', { q: 'air', halaman: 1 }, { urut: 'nama' }, '/inovasi?q=air&urut=nama'],
    ['special characters are encoded', { q: 'air & sanitasi', halaman: 1 }, {}, '/inovasi?q=air+%26+sanitasi'],
  ])('%s', (_, query, changes, href) => {
    expect(catalogueHref(query, changes)).toBe(href);
  });

  it('round-trips through the parser', () => {
    const query: CatalogueQuery = { q: 'air bersih', unit, jenis: 'digital', tahun: 2026, urut: 'nama', halaman: 4 };
    const href = catalogueHref(query);
    expect(parseCatalogueQuery(new URLSearchParams(href.split('?')[1]))).toEqual(query);
  });
});

describe('catalogueKey and hasCatalogueFilters', () => {
  it('gives one key to one search, whatever the spelling', () => {
    expect(catalogueKey(parseCatalogueQuery({ q: 'Layanan  ', urut: 'relevansi' }))).toBe(catalogueKey(parseCatalogueQuery({ q: 'layanan' })));
    expect(catalogueKey(parseCatalogueQuery({ halaman: '2' }))).not.toBe(catalogueKey(parseCatalogueQuery({})));
  });
  it('knows when a filter narrows the list', () => {
    expect(hasCatalogueFilters(parseCatalogueQuery({ halaman: '3' }))).toBe(false);
    expect(hasCatalogueFilters(parseCatalogueQuery({ halaman: '1', tahun: '2026' }))).toBe(true);
  });
});

describe('the public API’s query', () => {
  it('is the same search as the page’s address with the same filters (one cache entry, one result)', () => {
    const api = toCatalogueQuery(
      PublicInnovationQuery.parse({ q: ' layanan\u0007  kesehatan ', unitId: unit.toUpperCase(), affair: 'kesehatan', form: 'pelayanan_publik', kind: 'digital', stage: 'uji_coba', year: '2026', regionId: unit, sort: 'name', page: '2' }),
    );
    const page = parseCatalogueQuery({ q: 'layanan kesehatan', unit, urusan: 'kesehatan', bentuk: 'pelayanan_publik', jenis: 'digital', tahapan: 'uji_coba', tahun: '2026', wilayah: unit, urut: 'nama', halaman: '2' });
    expect(api).toEqual(page);
    expect(catalogueKey(api)).toBe(catalogueKey(page));
  });
});

describe('chosenFacetValue', () => {
  it('reads each facet’s filter from its address parameter, a year as text', () => {
    const query = parseCatalogueQuery({ unit, urusan: 'kesehatan', tahun: '2026' });
    expect(chosenFacetValue(query, 'unit')).toBe(unit);
    expect(chosenFacetValue(query, 'affair')).toBe('kesehatan');
    expect(chosenFacetValue(query, 'year')).toBe('2026');
    expect(chosenFacetValue(query, 'region')).toBeUndefined();
    expect(Object.keys(catalogueFacetParams)).toEqual([...catalogueFacetNames]);
  });
});
