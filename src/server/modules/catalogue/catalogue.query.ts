import { and, desc, eq, inArray, isNotNull, isNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { CatalogueFacets, FacetOption, PublicInnovation, PublicInnovationCard } from '../../../domain/contracts/catalogue.js';
import { regionListSeeds, stageNames } from '../../../domain/master-data.js';
import { designBlocks, mapDesignText } from '../../../domain/portal/catalogue-design.js';
import { catalogueKey, cataloguePageSize, catalogueSort, chosenFacetValue, type CatalogueQuery } from '../../../domain/portal/catalogue-query.js';
import { orderByScore, type Bitset } from '../../../domain/portal/catalogue-search.js';
import { maskPersonalData } from '../../../domain/portal/personal-data.js';
import type { Db } from '../../db/client.js';
import { files, innovations, masterItems, periods, regions, units } from '../../db/schema.js';
import { portalRegion } from '../portal/portal-region.js';
import {
  catalogueSnapshot,
  collator,
  slotsByName,
  facetKeys,
  patchCatalogueSnapshot,
  resetCatalogueSnapshot,
  searchQuery,
  warmCatalogue,
  type FacetKey,
  type Snapshot,
} from './catalogue.index.js';

/*
 * The public catalogue's reads, shared by the /inovasi pages, open data, the public API and the
 * statistics. Only published innovations are ever read here, and only columns that may be public
 * (never a unit head's NIP, phone or e-mail); free text leaves through `maskPersonalData`.
 */

export type { CatalogueFacets, FacetOption, PublicInnovation, PublicInnovationCard };

export type CatalogueResult = {
  items: PublicInnovationCard[];
  total: number;
  facets: CatalogueFacets;
  page: number;
  pageSize: number;
};

/** Published: the only rows any public reader may see (uses the partial index `innovations_published`). */
export const isPublished: SQL = isNotNull(innovations.publishedAt);

// ---------------------------------------------------------------------------------------------
// Labels: codes are stored on innovations; names come from the master data of the portal's region
// (the lists are per region; an installation with several regions shows the first one's names),
// falling back to the seeded names, then to the code.

type Labels = { affair: Map<string, string>; form: Map<string, string>; kind: Map<string, string>; stage: Map<string, string> };

const labelCache = new WeakMap<Db, { at: number; labels: Labels }>();

export async function catalogueLabels(db: Db): Promise<Labels> {
  const hit = labelCache.get(db);
  if (hit && Date.now() - hit.at < 60_000) return hit.labels;
  const labels: Labels = { affair: new Map(), form: new Map(), kind: new Map(), stage: new Map() };
  for (const list of ['affair', 'form', 'kind'] as const) for (const s of regionListSeeds[list]) labels[list].set(s.code, s.name);
  for (const [code, name] of Object.entries(stageNames)) labels.stage.set(code, name);
  const region = await portalRegion(db);
  if (region) {
    const rows = await db
      .select({ list: masterItems.list, code: masterItems.code, name: masterItems.name })
      .from(masterItems)
      .where(and(eq(masterItems.regionId, region.id), isNull(masterItems.periodId), inArray(masterItems.list, ['affair', 'form', 'kind', 'stage'])));
    for (const r of rows) labels[r.list as keyof Labels].set(r.code, r.name);
  }
  labelCache.set(db, { at: Date.now(), labels });
  return labels;
}

/** The name of a code in one of the label lists (the code itself when the list has none). */
export const label = (map: Map<string, string>, code: string | null) => (code === null ? null : (map.get(code) ?? code));

// ---------------------------------------------------------------------------------------------
// Cards

/** Masked, then shortened at a word boundary (masking first, so a cut never leaves part of a NIP). */
export function summarise(text: string | null, max = 220): string {
  const clean = maskPersonalData((text ?? '').replace(/<[^>]*>/g, ' ')).replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, '')}…`;
}

/** The columns of a card (and nothing more: the list reads 20 rows of these). */
export const cardColumns = {
  id: innovations.id,
  slug: innovations.slug,
  name: innovations.name,
  unitId: innovations.unitId,
  unitName: units.name,
  regionId: innovations.regionId,
  regionName: regions.name,
  year: periods.year,
  stage: innovations.stage,
  kind: innovations.kind,
  form: innovations.form,
  mainAffair: innovations.mainAffair,
  goal: sql<string | null>`left(${innovations.goal}, 600)`,
  publishedAt: innovations.publishedAt,
};

type CardRow = { [K in keyof typeof cardColumns]: unknown } & {
  id: string;
  slug: string | null;
  name: string;
  unitId: string;
  unitName: string;
  regionId: string;
  regionName: string;
  year: number;
  stage: string;
  kind: string | null;
  form: string | null;
  mainAffair: string | null;
  goal: string | null;
  publishedAt: Date | string | null;
};

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

export function toCard(r: CardRow, labels: Labels): PublicInnovationCard {
  return {
    id: r.id,
    slug: r.slug ?? r.id,
    name: maskPersonalData(r.name),
    unitId: r.unitId,
    unitName: r.unitName,
    regionId: r.regionId,
    regionName: r.regionName,
    year: r.year,
    stage: r.stage,
    stageLabel: label(labels.stage, r.stage)!,
    kind: r.kind,
    kindLabel: label(labels.kind, r.kind),
    form: r.form,
    formLabel: label(labels.form, r.form),
    mainAffair: r.mainAffair,
    affairLabel: label(labels.affair, r.mainAffair),
    summary: summarise(r.goal),
    publishedAt: iso(r.publishedAt)!,
  };
}

/** Cards for a condition (joins unit, region and period); ordered as given. */
export function cardQuery(db: Db, where: SQL) {
  return db
    .select(cardColumns)
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .innerJoin(regions, eq(regions.id, innovations.regionId))
    .innerJoin(periods, eq(periods.id, innovations.periodId))
    .where(where)
    .$dynamic();
}

// ---------------------------------------------------------------------------------------------
// Search with facets
//
// The facets need every matching row's unit, affair, form, kind, stage, year and region, and the
// innovation rows are wide (design text, a 2.4 KB tsvector), so neither counting them nor matching
// the search text in SQL fits the budget at 40,000 published innovations (a common word read every
// row's tsvector: 0.5 s on PostgreSQL, 3 s on PGlite, and PGlite stalls the whole process meanwhile).
// Instead each process keeps a snapshot of those few columns of every published innovation and an
// inverted index of their lexemes (catalogue.index.ts): the full-text match, the ranking, filters,
// facet counts, sorting and paging run over it in memory, and the database answers only what a
// search text means (once per distinct text) and the 20 cards of the page (primary key). Results
// are also cached per distinct query (LRU) and snapshot version.

const cacheSize = 500;
const cacheTtlMs = 60_000;

type Timed<T> = { at: number; value: T; refreshing?: boolean };

/**
 * Entries older than the TTL are still answered while a fresh copy is computed in the background
 * (stale-while-revalidate, up to `staleLimitMs`): the cards of a page are read from the database,
 * and a card's text (the name) may change without the snapshot noticing. A publication change
 * clears the cache at once instead.
 */
const staleLimitMs = 10 * 60_000;

class Lru<T> {
  private map = new Map<string, Timed<T>>();
  constructor(private readonly size: number) {}
  get(key: string): Timed<T> | undefined {
    const hit = this.map.get(key);
    if (!hit) return undefined;
    if (Date.now() - hit.at >= staleLimitMs) {
      this.map.delete(key);
      return undefined;
    }
    this.map.delete(key);
    this.map.set(key, hit); // most recently used goes last
    return hit;
  }
  set(key: string, value: T) {
    this.map.set(key, { at: Date.now(), value });
    while (this.map.size > this.size) this.map.delete(this.map.keys().next().value!);
  }
  /** Forgets `key` if it still holds `value`. */
  drop(key: string, value: T) {
    if (this.map.get(key)?.value === value) this.map.delete(key);
  }
  clear() {
    this.map.clear();
  }
}

const resultCaches = new WeakMap<Db, Lru<Promise<CatalogueResult>>>();

function resultsOf(db: Db): Lru<Promise<CatalogueResult>> {
  let c = resultCaches.get(db);
  if (!c) resultCaches.set(db, (c = new Lru(cacheSize)));
  return c;
}

/**
 * After a publication changes: with the innovations' ids, re-reads just those rows into the
 * snapshot (cheap at 40,000; the next request waits for it, so it shows the change); without
 * ids (tests writing rows directly), forgets the snapshot, which the next request loads afresh.
 * Either way the cached searches are forgotten (with an empty list, only they are).
 * Changes made elsewhere (another process, a profile edit) reach the snapshot through its check
 * every minute.
 */
export function clearCatalogueCache(db: Db, innovationIds?: string | readonly string[]): void {
  resultsOf(db).clear();
  const ids = typeof innovationIds === 'string' ? [innovationIds] : innovationIds;
  if (ids === undefined) resetCatalogueSnapshot(db);
  else if (ids.length) patchCatalogueSnapshot(db, ids);
}

/** Loads the catalogue's snapshot in the background and keeps it fresh (for the server's start; see catalogue.index.ts). */
export { warmCatalogue };

/**
 * Cached promises: concurrent identical requests share one computation, a failure is not kept,
 * and an entry past its TTL is answered while its replacement is computed.
 */
function remember<T>(cache: Lru<Promise<T>>, key: string, load: () => Promise<T>): Promise<T> {
  const hit = cache.get(key);
  if (hit) {
    if (Date.now() - hit.at >= cacheTtlMs && !hit.refreshing) {
      hit.refreshing = true;
      load().then(
        (value) => {
          // Not if the cache was cleared meanwhile (a publication): the entry is gone then.
          if (cache.get(key) === hit) cache.set(key, Promise.resolve(value));
        },
        () => {
          hit.refreshing = false;
        },
      );
    }
    return hit.value;
  }
  const promise = load();
  cache.set(key, promise);
  promise.catch(() => cache.drop(key, promise));
  return promise;
}

/**
 * One page of the catalogue, its total and the facet counts. The counts of a facet are computed
 * over the matching set without that facet's own filter (so a reader can switch, say, from one
 * unit to another: an option's count is what choosing it gives). Cached per distinct query for a
 * minute; publishing clears the cache.
 */
export async function searchCatalogue(db: Db, query: CatalogueQuery): Promise<CatalogueResult> {
  const snap = await catalogueSnapshot(db);
  // Keyed by the snapshot's version too: a change to the snapshot (a check, a patch) makes new results.
  return remember(resultsOf(db), `${snap.version}|${catalogueKey(query)}`, () => runSearch(db, query, snap));
}

/**
 * The slots of `order` (kept in its order) that match the text and every filter, counting facet
 * values on the way: an entry counts for a facet only if it passes every other filter (so an
 * option's count is what choosing it gives). Plain loops over typed arrays: this runs over all
 * 40,000 entries on every uncached search.
 */
function scanSlots(order: Int32Array, matched: Bitset | undefined, columns: Int32Array[], counts: Int32Array[], active: number[], activeCodes: number[]): Int32Array {
  const hits = new Int32Array(order.length);
  let found = 0;
  const nActive = active.length;
  const nColumns = columns.length;
  for (let n = 0; n < order.length; n++) {
    const slot = order[n]!;
    if (matched !== undefined && (matched[slot >>> 5]! & (1 << (slot & 31))) === 0) continue;
    let failed = -1;
    let failures = 0;
    for (let j = 0; j < nActive; j++) {
      const i = active[j]!;
      if (columns[i]![slot] !== activeCodes[j]) {
        failed = i;
        if (++failures > 1) break;
      }
    }
    if (failures > 1) continue;
    if (failures === 1) {
      const c = columns[failed]![slot]!;
      if (c >= 0) counts[failed]![c]! += 1;
      continue;
    }
    for (let i = 0; i < nColumns; i++) {
      const c = columns[i]![slot]!;
      if (c >= 0) counts[i]![c]! += 1;
    }
    hits[found++] = slot;
  }
  return hits.subarray(0, found);
}

async function runSearch(db: Db, query: CatalogueQuery, snap: Snapshot): Promise<CatalogueResult> {
  const sort = catalogueSort(query);
  const [labels, text] = await Promise.all([catalogueLabels(db), query.q ? searchQuery(db, query.q) : undefined]);
  const matches = text === undefined ? null : snap.index.search(text, sort === 'relevansi');
  const columns = facetKeys.map((k) => snap.facets[k].codes);
  const counts = facetKeys.map((k) => new Int32Array(snap.facets[k].values.length));
  // The active filters as (column, wanted code); a value no entry has is -2, which nothing equals.
  const wanted = facetKeys.map((k) => chosenFacetValue(query, k));
  const active = facetKeys.flatMap((_, i) => (wanted[i] === undefined ? [] : [i]));
  const activeCodes = active.map((i) => snap.facets[facetKeys[i]!].codeOf.get(wanted[i]!) ?? -2);
  let hits = scanSlots(sort === 'nama' ? slotsByName(snap) : snap.newest, matches?.matched, columns, counts, active, activeCodes);
  // `hits` are newest first, and ties of relevance stay so.
  if (sort === 'relevansi' && matches?.scores) hits = orderByScore(hits, matches.scores);

  const labelOf: Record<FacetKey, (v: string) => string> = {
    unit: (v) => snap.unitNames.get(v) ?? v,
    affair: (v) => label(labels.affair, v)!,
    form: (v) => label(labels.form, v)!,
    kind: (v) => label(labels.kind, v)!,
    stage: (v) => label(labels.stage, v)!,
    year: (v) => v,
    region: (v) => snap.regionNames.get(v) ?? v,
  };
  const facets = Object.fromEntries(
    facetKeys.map((k, i) => {
      const values = snap.facets[k].values;
      const options = [...counts[i]!].flatMap((count, code) => (count > 0 ? [{ value: values[code]!, label: labelOf[k](values[code]!), count }] : []));
      options.sort(k === 'year' ? (a, b) => Number(b.value) - Number(a.value) : k === 'stage' ? stageOrder : (a, b) => collator.compare(a.label, b.label));
      return [k, options];
    }),
  ) as CatalogueFacets;

  const offset = (query.halaman - 1) * cataloguePageSize;
  const ids = Array.from(hits.subarray(offset, offset + cataloguePageSize), (slot) => snap.bySlot[slot]!.id);
  const rows = ids.length ? await cardQuery(db, and(isPublished, inArray(innovations.id, ids))!) : [];
  const byId = new Map(rows.map((r) => [r.id, r]));
  const items = ids.flatMap((id) => (byId.has(id) ? [toCard(byId.get(id) as CardRow, labels)] : []));
  return { items, total: hits.length, facets, page: query.halaman, pageSize: cataloguePageSize };
}

const stageRank = (v: string) => {
  const i = Object.keys(stageNames).indexOf(v);
  return i < 0 ? 99 : i;
};
const stageOrder = (a: FacetOption, b: FacetOption) => stageRank(a.value) - stageRank(b.value);

// ---------------------------------------------------------------------------------------------
// One innovation

/** The published innovation with this slug, for its public page; null when unknown or unpublished. */
export async function publicInnovation(db: Db, slug: string): Promise<PublicInnovation | null> {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const [row] = await db
    .select({
      ...cardColumns,
      goal: innovations.goal,
      otherAffairs: innovations.otherAffairs,
      design: innovations.design,
      designText: innovations.designText,
      benefits: innovations.benefits,
      results: innovations.results,
      videoUrl: innovations.videoUrl,
      videoFileId: innovations.videoFileId,
      latitude: innovations.latitude,
      longitude: innovations.longitude,
      trialStartedOn: innovations.trialStartedOn,
      implementedOn: innovations.implementedOn,
      developedOn: innovations.developedOn,
      updatedAt: innovations.updatedAt,
    })
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .innerJoin(regions, eq(regions.id, innovations.regionId))
    .innerJoin(periods, eq(periods.id, innovations.periodId))
    .where(and(isPublished, eq(innovations.slug, slug)))
    .limit(1);
  if (!row) return null;
  const labels = await catalogueLabels(db);
  const related = await cardQuery(
    db,
    and(
      isPublished,
      ne(innovations.id, row.id),
      row.mainAffair ? or(eq(innovations.mainAffair, row.mainAffair), eq(innovations.unitId, row.unitId)) : eq(innovations.unitId, row.unitId),
    )!,
  )
    // Same affair and same unit first, then the newest.
    .orderBy(
      desc(sql`(case when ${innovations.mainAffair} = ${row.mainAffair ?? ''} then 1 else 0 end) + (case when ${innovations.unitId} = ${row.unitId} then 1 else 0 end)`),
      desc(innovations.publishedAt),
      desc(innovations.id),
    )
    .limit(4);
  const maskOrNull = (t: string | null) => (t && t.trim() ? maskPersonalData(t.trim()) : null);
  const affairCodes = [row.mainAffair, ...row.otherAffairs].filter((c, i, all): c is string => !!c && all.indexOf(c) === i);
  const design = mapDesignText(designBlocks(row.design || row.designText), maskPersonalData);
  return {
    ...toCard(row as CardRow, labels),
    affairs: affairCodes.map((code) => ({ code, label: label(labels.affair, code)! })),
    goal: maskOrNull(row.goal),
    design,
    benefits: maskOrNull(row.benefits),
    results: maskOrNull(row.results),
    videoUrl: row.videoUrl && /^https?:\/\//i.test(row.videoUrl) ? row.videoUrl : null,
    hasVideoFile: row.videoFileId !== null,
    latitude: row.latitude,
    longitude: row.longitude,
    trialStartedOn: row.trialStartedOn,
    implementedOn: row.implementedOn,
    developedOn: row.developedOn,
    updatedAt: iso(row.updatedAt)!,
    related: related.map((r) => toCard(r as CardRow, labels)),
  };
}

/** The stored video file of a published innovation (for `/inovasi/<slug>/video`); null otherwise. */
export async function publicVideoFile(db: Db, slug: string) {
  if (!/^[a-z0-9-]{1,100}$/.test(slug)) return null;
  const [row] = await db
    .select({ mime: files.mime, name: files.originalName, size: files.size, storageKey: files.storageKey })
    .from(innovations)
    .innerJoin(files, and(eq(files.id, innovations.videoFileId), eq(files.regionId, innovations.regionId)))
    .where(and(isPublished, eq(innovations.slug, slug)))
    .limit(1);
  return row ?? null;
}
