import { z } from 'zod';
import { catalogueMaxPage, catalogueMaxQueryLength, catalogueSorts, normaliseSearchText, type CatalogueQuery } from '../portal/catalogue-query.js';
import { CatalogueFacets, PublicInnovationCard } from './catalogue.js';

// The public read-only API (issue 6): published innovations for anyone, any origin, rate-limited
// per address. The same search as the /inovasi page; parameter names in English like the rest of
// the API, mapped onto the catalogue's query (see `toCatalogueQuery`).

export { PublicInnovation, PublicInnovationCard } from './catalogue.js';

const code = z.string().trim().regex(/^[a-z0-9_]{1,60}$/);

/** The sort orders: by relevance (with `q`; the default then), newest publication first (the default otherwise), name. */
export const publicSorts = ['relevance', 'newest', 'name'] as const;
const sortToCatalogue = { relevance: 'relevansi', newest: 'terbaru', name: 'nama' } as const satisfies Record<(typeof publicSorts)[number], (typeof catalogueSorts)[number]>;

export const PublicInnovationQuery = z.strictObject({
  /** Full-text search (Indonesian stemming: "layanan" also finds "pelayanan"). */
  q: z.string().trim().max(catalogueMaxQueryLength).optional(),
  unitId: z.uuid().optional(),
  /** Main affair code, e.g. `kesehatan`. */
  affair: code.optional(),
  form: code.optional(),
  kind: code.optional(),
  stage: code.optional(),
  /** The innovation's assessment (period) year. */
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  regionId: z.uuid().optional(),
  sort: z.enum(publicSorts).optional(),
  /** 1-based; 20 items a page. */
  page: z.coerce.number().int().min(1).max(catalogueMaxPage).default(1),
});
export type PublicInnovationQuery = z.infer<typeof PublicInnovationQuery>;

/** The API's query as the catalogue's (the same search the /inovasi page runs). */
export function toCatalogueQuery(query: PublicInnovationQuery): CatalogueQuery {
  const out: CatalogueQuery = { halaman: query.page };
  const q = normaliseSearchText(query.q);
  if (q) out.q = q;
  if (query.unitId) out.unit = query.unitId.toLowerCase();
  if (query.affair) out.urusan = query.affair;
  if (query.form) out.bentuk = query.form;
  if (query.kind) out.jenis = query.kind;
  if (query.stage) out.tahapan = query.stage;
  if (query.year !== undefined) out.tahun = query.year;
  if (query.regionId) out.wilayah = query.regionId.toLowerCase();
  if (query.sort) out.urut = sortToCatalogue[query.sort];
  return out;
}

export const PublicInnovationList = z.object({
  items: z.array(PublicInnovationCard),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** Counts per filter value over the matching set without that filter's own condition. */
  facets: CatalogueFacets,
  /** The licence of the data (CC BY 4.0, attribution to the region's body). */
  licence: z.object({ name: z.string(), url: z.string(), attribution: z.string() }),
});
export type PublicInnovationList = z.infer<typeof PublicInnovationList>;

export const PublicInnovationParams = z.strictObject({ slug: z.string().min(1).max(200) });
