import { z } from 'zod';
import { Id } from './common.js';

// The public catalogue (issue 6): publishing an innovation, and the public card and detail that the
// pages, open data and the public API share. Public shapes carry no personal data (free text masked).

export const PublicationInput = z.strictObject({ published: z.boolean() });
export type PublicationInput = z.infer<typeof PublicationInput>;

export const Publication = z.object({
  published: z.boolean(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  /** Made once from the name at the first publication and kept afterwards (null until then). */
  slug: z.string().nullable(),
  /** The public page's absolute address (null until the first publication). */
  publicUrl: z.string().nullable(),
  /** Only active innovations can be published. */
  mayPublish: z.boolean(),
});
export type Publication = z.infer<typeof Publication>;

/** An innovation as a result card of the catalogue (and a row of the public API's list). */
export const PublicInnovationCard = z.object({
  id: Id,
  slug: z.string(),
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  regionId: Id,
  regionName: z.string(),
  year: z.number().int(),
  stage: z.string(),
  stageLabel: z.string(),
  kind: z.string().nullable(),
  kindLabel: z.string().nullable(),
  form: z.string().nullable(),
  formLabel: z.string().nullable(),
  mainAffair: z.string().nullable(),
  affairLabel: z.string().nullable(),
  /** The goal, masked and shortened. */
  summary: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
});
export type PublicInnovationCard = z.infer<typeof PublicInnovationCard>;

export const FacetOption = z.object({ value: z.string(), label: z.string(), count: z.number().int() });
export type FacetOption = z.infer<typeof FacetOption>;

export const catalogueFacetNames = ['unit', 'affair', 'form', 'kind', 'stage', 'year', 'region'] as const;
export type CatalogueFacetName = (typeof catalogueFacetNames)[number];
export const CatalogueFacets = z.object(Object.fromEntries(catalogueFacetNames.map((n) => [n, z.array(FacetOption)])) as Record<CatalogueFacetName, z.ZodArray<typeof FacetOption>>);
export type CatalogueFacets = Record<CatalogueFacetName, FacetOption[]>;

export const DesignBlock = z.union([
  z.object({ kind: z.enum(['paragraph', 'heading']), text: z.string() }),
  z.object({ kind: z.literal('list'), ordered: z.boolean(), items: z.array(z.string()) }),
]);

/** One published innovation for its public page (and the public API's detail). */
export const PublicInnovation = PublicInnovationCard.extend({
  affairs: z.array(z.object({ code: z.string(), label: z.string() })),
  goal: z.string().nullable(),
  design: z.array(DesignBlock),
  benefits: z.string().nullable(),
  results: z.string().nullable(),
  videoUrl: z.string().nullable(),
  /** A stored video file is streamed at `/inovasi/<slug>/video` while the innovation is published. */
  hasVideoFile: z.boolean(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  trialStartedOn: z.iso.date().nullable(),
  implementedOn: z.iso.date().nullable(),
  developedOn: z.iso.date().nullable(),
  updatedAt: z.iso.datetime({ offset: true }),
  related: z.array(PublicInnovationCard),
});
export type PublicInnovation = z.infer<typeof PublicInnovation>;
