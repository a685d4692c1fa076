import type { CatalogueFacetName } from '../contracts/catalogue.js';

/**
 * The public catalogue's address (`/inovasi?q=…&urusan=…&halaman=2`) as a typed query, and back.
 * The address is the state: links, the no-JS form and search engines all use it, so parsing is
 * forgiving (an invalid value is dropped, never an error) and building omits defaults so one
 * search has one address (the cache key and the canonical URL).
 */

export const catalogueSorts = ['relevansi', 'terbaru', 'nama'] as const;
export type CatalogueSort = (typeof catalogueSorts)[number];

export const cataloguePageSize = 20;
/** Deep pages are useless to readers and costly to the database (OFFSET); beyond this, page 1. */
export const catalogueMaxPage = 500;
export const catalogueMaxQueryLength = 200;

/** The filters (what is matched); sort and page only order and cut the result. */
export type CatalogueFilters = {
  q?: string;
  /** Unit id. */
  unit?: string;
  /** Main affair code. */
  urusan?: string;
  /** Form code. */
  bentuk?: string;
  /** Kind code. */
  jenis?: string;
  /** Stage code. */
  tahapan?: string;
  /** The innovation's period year. */
  tahun?: number;
  /** Region id (an installation hosting several regions). */
  wilayah?: string;
};

export type CatalogueQuery = CatalogueFilters & {
  /** Absent: relevance when searching, newest otherwise (see `catalogueSort`). */
  urut?: CatalogueSort;
  /** 1-based. */
  halaman: number;
};

/** Each facet of the catalogue (in the order the page shows them) and the address parameter that filters by it. */
export const catalogueFacetParams = {
  unit: 'unit',
  affair: 'urusan',
  form: 'bentuk',
  kind: 'jenis',
  stage: 'tahapan',
  year: 'tahun',
  region: 'wilayah',
} as const satisfies Record<CatalogueFacetName, keyof CatalogueFilters>;

/** The value chosen for a facet's filter, spelt as the facet's options are (a year as text). */
export function chosenFacetValue(query: CatalogueFilters, facet: CatalogueFacetName): string | undefined {
  const v = query[catalogueFacetParams[facet]];
  return v === undefined ? undefined : String(v);
}

/** The address's parameters in their canonical order. */
export const catalogueParams = ['q', 'unit', 'urusan', 'bentuk', 'jenis', 'tahapan', 'tahun', 'wilayah', 'urut', 'halaman'] as const;
export type CatalogueParam = (typeof catalogueParams)[number];

const uuidRe = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const codeRe = /^[a-z0-9_]{1,60}$/;

type Params = URLSearchParams | Record<string, unknown> | null | undefined;

function first(params: Params, key: string): string | undefined {
  if (!params) return undefined;
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
}

/** Whitespace collapsed, control characters removed, cut to a sane length; empty → undefined. */
export function normaliseSearchText(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  // eslint-disable-next-line no-control-regex
  const text = raw.replace(/[\u0000-\u001f\u007f]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, catalogueMaxQueryLength).trim();
  return text === '' ? undefined : text;
}

function intIn(raw: string | undefined, min: number, max: number): number | undefined {
  if (raw === undefined || !/^\d{1,6}$/.test(raw.trim())) return undefined;
  const n = Number(raw.trim());
  return n >= min && n <= max ? n : undefined;
}

function code(raw: string | undefined): string | undefined {
  const v = raw?.trim();
  return v && codeRe.test(v) ? v : undefined;
}

function uuid(raw: string | undefined): string | undefined {
  const v = raw?.trim();
  return v && uuidRe.test(v) ? v.toLowerCase() : undefined;
}

/** `?q=…&unit=…` (URLSearchParams or Fastify's query object) → a valid query; invalid values are dropped. */
export function parseCatalogueQuery(params: Params): CatalogueQuery {
  const query: CatalogueQuery = { halaman: intIn(first(params, 'halaman'), 1, catalogueMaxPage) ?? 1 };
  const q = normaliseSearchText(first(params, 'q'));
  if (q) query.q = q;
  const unit = uuid(first(params, 'unit'));
  if (unit) query.unit = unit;
  for (const key of ['urusan', 'bentuk', 'jenis', 'tahapan'] as const) {
    const v = code(first(params, key));
    if (v) query[key] = v;
  }
  const tahun = intIn(first(params, 'tahun'), 2000, 2100);
  if (tahun) query.tahun = tahun;
  const wilayah = uuid(first(params, 'wilayah'));
  if (wilayah) query.wilayah = wilayah;
  const urut = first(params, 'urut');
  if (urut && (catalogueSorts as readonly string[]).includes(urut)) query.urut = urut as CatalogueSort;
  return query;
}

/** The order actually used: relevance needs a search text, so without one it falls back to newest. */
export function catalogueSort(query: Pick<CatalogueQuery, 'q' | 'urut'>): CatalogueSort {
  if (query.urut === 'relevansi') return query.q ? 'relevansi' : 'terbaru';
  return query.urut ?? (query.q ? 'relevansi' : 'terbaru');
}

/** Only the filters of a query (what decides the matching set). */
export function catalogueFilters(query: CatalogueFilters): CatalogueFilters {
  const out: CatalogueFilters = {};
  for (const key of ['q', 'unit', 'urusan', 'bentuk', 'jenis', 'tahapan', 'tahun', 'wilayah'] as const) {
    if (query[key] !== undefined) (out as Record<string, unknown>)[key] = query[key];
  }
  return out;
}

/** True when any filter narrows the catalogue. */
export function hasCatalogueFilters(query: CatalogueFilters): boolean {
  return Object.keys(catalogueFilters(query)).length > 0;
}

export type CatalogueChanges = { [K in CatalogueParam]?: (K extends 'halaman' | 'tahun' ? number : string) | null };

/**
 * The address of `query` with `changes` applied (null removes a parameter). Changing anything but
 * the page goes back to page 1, so a filter link never lands beyond the last page. Defaults (page 1,
 * the default order) are left out, so the same search always has the same address.
 */
export function catalogueHref(query: CatalogueQuery, changes: CatalogueChanges = {}, base = '/inovasi'): string {
  const next: Record<string, string | number | undefined> = { ...query };
  for (const [key, value] of Object.entries(changes)) next[key] = value === null ? undefined : value;
  if (!('halaman' in changes) && Object.keys(changes).length > 0) next.halaman = undefined;
  // An explicit order equal to the default is not written.
  const urut = next.urut as CatalogueSort | undefined;
  if (urut && urut === catalogueSort({ q: next.q as string | undefined })) next.urut = undefined;
  const search = new URLSearchParams();
  for (const key of catalogueParams) {
    const value = next[key];
    if (value === undefined || value === '') continue;
    if (key === 'halaman' && Number(value) <= 1) continue;
    search.set(key, String(value));
  }
  const s = search.toString();
  return s ? `${base}?${s}` : base;
}

/** One string per distinct search (filters, order and page): the results cache's key. */
export function catalogueKey(query: CatalogueQuery): string {
  const q = query.q?.toLowerCase();
  return catalogueHref({ ...query, q, urut: catalogueSort(query) }, {}, '');
}
