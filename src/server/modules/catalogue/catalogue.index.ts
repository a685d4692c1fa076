import { performance } from 'node:perf_hooks';
import { and, asc, eq, gt, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import pg from 'pg';
import { catalogueFacetNames, type CatalogueFacetName } from '../../../domain/contracts/catalogue.js';
import { InvertedIndex, parseTsquery, type QueryNode } from '../../../domain/portal/catalogue-search.js';
import { queryRows, type Db } from '../../db/client.js';
import { innovations, periods, regions, units } from '../../db/schema.js';

/*
 * The catalogue's per-process snapshot: the few columns of every published innovation that the
 * filters, facets and sorting need, and an inverted index of their lexemes for the full-text search
 * (see domain/portal/catalogue-search.ts for why and how it matches PostgreSQL).
 *
 * Freshness:
 * - loaded in pages of `pageRows` (keyset by id), yielding between pages, so on PGlite (which runs
 *   SQL on the Node thread) a load never stops other requests for more than one page's query;
 * - warmed at start-up (`warmCatalogue`), so the first visitor does not pay the load (at 40,000
 *   published innovations ~6 s on PGlite, ~4 s on PostgreSQL, twice that on a busy machine; ~50 MB
 *   of memory);
 * - a publication change in this process patches the changed rows (`patchCatalogueSnapshot`,
 *   through clearCatalogueCache(db, id)); requests wait for the patch, so the next page shows it;
 * - every minute a check compares the published rows' count and sums of `updated_at` and
 *   `published_at` (and the unit and region names) with the snapshot's: changes made by another
 *   process or directly in the database (a profile edit bumps `updated_at`) are then diffed row
 *   by row and patched;
 * - once a quarter of the slots are dead (changed rows leave their old slot behind), the next
 *   check reloads everything in the background.
 */

export type Entry = {
  id: string;
  slot: number;
  unitId: string;
  affair: string | null;
  form: string | null;
  kind: string | null;
  stage: string;
  year: number;
  regionId: string;
  /** Milliseconds, for ordering. */
  publishedAt: number;
  name: string;
  /** updated_at and published_at in microseconds since 1970, as PostgreSQL has them (for the sums the check compares). */
  updatedUs: bigint;
  publishedUs: bigint;
};

/** The facets of the catalogue, in the order the page shows them. */
export const facetKeys = catalogueFacetNames;
export type FacetKey = CatalogueFacetName;

/**
 * One facet as a column: each slot's value as a small integer (-1 = none), so filtering and
 * counting 40,000 entries per uncached search is integer work on typed arrays (~1 ms), not
 * 280,000 string-keyed map updates (~30 ms).
 */
export type FacetColumn = { codes: Int32Array; values: string[]; codeOf: Map<string, number> };

const facetOfRow: Record<FacetKey, (r: Row) => string | null> = {
  unit: (r) => r.unitId,
  affair: (r) => r.affair,
  form: (r) => r.form,
  kind: (r) => r.kind,
  stage: (r) => r.stage,
  year: (r) => String(r.year),
  region: (r) => r.regionId,
};

/**
 * Orders and columns are typed arrays of slots (not arrays of entries): an uncached search walks
 * all 40,000 of them, and following 40,000 object pointers scattered over the heap costs several
 * times more than reading a contiguous array.
 */
export type Snapshot = {
  /** The live slots, newest published first (the default order). */
  newest: Int32Array;
  /** The live slots by name, made on first use. */
  byName?: Int32Array;
  /** The entry of each live slot (undefined once dead). */
  bySlot: (Entry | undefined)[];
  byId: Map<string, Entry>;
  facets: Record<FacetKey, FacetColumn>;
  unitNames: Map<string, string>;
  regionNames: Map<string, string>;
  index: InvertedIndex;
  /** New on every change (unique in the process, across reloads too): cached results of another version are not used. */
  version: number;
  sumUpdatedUs: bigint;
  sumPublishedUs: bigint;
  /** Of the unit and region names the facets show. */
  namesStamp: string;
  loadMs: number;
};

const pageRows = 250;
let versions = 0;
const nextVersion = () => ++versions;
const checkEveryMs = 60_000;
/** Without a check for this long (no timer, no traffic), a request waits for one. */
const staleLimitMs = 10 * 60_000;
const zeroId = '00000000-0000-0000-0000-000000000000';

// ---------------------------------------------------------------------------------------------
// Reading rows

/**
 * The lexemes of a tsvector, space-separated (to_tsvector's parser never puts a space inside a
 * lexeme, and one string per row is far cheaper to move out of PGlite than a text[]).
 * `ts_filter` keeps the lexemes with a position of the given weight: A = the name, B = goal,
 * benefits and results (see the generated `search` column in schema.ts).
 */
const lexemes = (weights?: 'a' | 'b') =>
  sql<string | null>`array_to_string(tsvector_to_array(${weights ? sql`ts_filter(${innovations.search}, ${sql.raw(`'{${weights}}'`)})` : innovations.search}), ' ')`;
const micros = (column: SQL | typeof innovations.updatedAt) => sql<string>`(extract(epoch from ${column}) * 1000000)::bigint::text`;

const rowColumns = {
  id: innovations.id,
  unitId: innovations.unitId,
  unitName: units.name,
  affair: innovations.mainAffair,
  form: innovations.form,
  kind: innovations.kind,
  stage: innovations.stage,
  year: periods.year,
  regionId: innovations.regionId,
  regionName: regions.name,
  name: innovations.name,
  updatedUs: micros(innovations.updatedAt),
  publishedUs: micros(sql`${innovations.publishedAt}`),
  a: lexemes('a'),
  b: lexemes('b'),
  all: lexemes(),
};

function readRows(db: Db, where: SQL, limit?: number) {
  const q = db
    .select(rowColumns)
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .innerJoin(regions, eq(regions.id, innovations.regionId))
    .innerJoin(periods, eq(periods.id, innovations.periodId))
    .where(and(isNotNull(innovations.publishedAt), where))
    .orderBy(asc(innovations.id))
    .$dynamic();
  return limit ? q.limit(limit) : q;
}

type Row = Awaited<ReturnType<typeof readRows>>[number];

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));
const words = (s: string | null) => (s ? s.split(' ') : []);

/** Adds a row to the index and returns its entry (not yet placed in the snapshot's orders). */
function indexRow(snap: Snapshot, r: Row): Entry {
  // All lexemes last: the index keeps each under its first (best) class.
  const slot = snap.index.add([words(r.a), words(r.b), words(r.all)]);
  for (const k of facetKeys) {
    const column = snap.facets[k];
    if (slot >= column.codes.length) {
      const grown = new Int32Array(Math.max(1024, column.codes.length * 2)).fill(-1);
      grown.set(column.codes);
      column.codes = grown;
    }
    const value = facetOfRow[k](r);
    let code = value === null ? -1 : column.codeOf.get(value);
    if (code === undefined) {
      code = column.values.push(value!) - 1;
      column.codeOf.set(value!, code);
    }
    column.codes[slot] = code;
  }
  snap.unitNames.set(r.unitId, r.unitName);
  snap.regionNames.set(r.regionId, r.regionName);
  const updatedUs = BigInt(r.updatedUs);
  const publishedUs = BigInt(r.publishedUs);
  snap.sumUpdatedUs += updatedUs;
  snap.sumPublishedUs += publishedUs;
  const entry: Entry = {
    id: r.id,
    slot,
    unitId: r.unitId,
    affair: r.affair,
    form: r.form,
    kind: r.kind,
    stage: r.stage,
    year: r.year,
    regionId: r.regionId,
    publishedAt: Number(publishedUs / 1000n),
    name: r.name,
    updatedUs,
    publishedUs,
  };
  snap.bySlot[slot] = entry;
  snap.byId.set(entry.id, entry);
  return entry;
}

function dropEntry(snap: Snapshot, e: Entry) {
  snap.index.remove(e.slot);
  snap.sumUpdatedUs -= e.updatedUs;
  snap.sumPublishedUs -= e.publishedUs;
  snap.bySlot[e.slot] = undefined;
  snap.byId.delete(e.id);
}

const newestFirst = (a: Entry, b: Entry) => b.publishedAt - a.publishedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);
export const collator = new Intl.Collator('id', { sensitivity: 'base', numeric: true });
const byNameOrder = (a: Entry, b: Entry) => collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** The live slots in name order (sorted on first use, then kept in order by patches). */
export function slotsByName(snap: Snapshot): Int32Array {
  snap.byName ??= Int32Array.from([...snap.byId.values()].sort(byNameOrder), (e) => e.slot);
  return snap.byName;
}

/** `order` without dead slots and with `added` inserted in place (binary search per entry). */
function reorder(snap: Snapshot, order: Int32Array, added: readonly Entry[], compare: (a: Entry, b: Entry) => number): Int32Array {
  const list = Array.from(order).filter((slot) => snap.bySlot[slot] !== undefined);
  for (const e of added) {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (compare(snap.bySlot[list[mid]!]!, e) <= 0) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, e.slot);
  }
  return Int32Array.from(list);
}

// ---------------------------------------------------------------------------------------------
// Loading, patching, checking

type Signature = { count: number; sumUpdatedUs: bigint; sumPublishedUs: bigint; names: string };

/** A hash of every unit's and region's name (the facets show them; tables of a few thousand rows at most). */
async function readNamesStamp(db: Db): Promise<string> {
  const [row] = await queryRows<{ names: string | null }>(
    db,
    sql`select (select md5(coalesce(string_agg(${units.id}::text || ${units.name}, ',' order by ${units.id}), '')) from ${units}) ||
          (select md5(coalesce(string_agg(${regions.id}::text || ${regions.name}, ',' order by ${regions.id}), '')) from ${regions}) as names`,
  );
  return row?.names ?? '';
}

/** Heap pages per step of the check: ~8 MB, 10–25 ms on PGlite. */
const checkPages = 1024;

/**
 * What the check compares: the published rows' count and sums of `updated_at` and
 * `published_at`, and a hash of the unit and region names. The sums need every row, i.e. a pass
 * over the whole heap (0.1–0.2 s on PGlite at 40,000, which would stop the process meanwhile): it
 * is read in ranges of heap pages (TID range scans) with a pause between them. A row updated
 * during the pass may be counted twice or not at all: the sums then differ, and the row-by-row
 * comparison that follows finds the truth.
 */
async function readSignature(db: Db): Promise<Signature> {
  const [size] = await queryRows<{ pages: number }>(db, sql`select (pg_relation_size('innovations') / current_setting('block_size')::int)::int as pages`);
  const signature: Signature = { count: 0, sumUpdatedUs: 0n, sumPublishedUs: 0n, names: await readNamesStamp(db) };
  for (let from = 0; ; from += checkPages) {
    // Trusted integers: page numbers go into the statement as tid literals.
    const last = from + checkPages >= Number(size!.pages);
    const range = sql.raw(`ctid >= '(${from},0)'::tid${last ? '' : ` and ctid < '(${from + checkPages},0)'::tid`}`);
    const [row] = await queryRows<{ count: number; sum_updated: string | null; sum_published: string | null }>(
      db,
      sql`select count(*)::int as count,
            sum((extract(epoch from ${innovations.updatedAt}) * 1000000)::bigint)::text as sum_updated,
            sum((extract(epoch from ${innovations.publishedAt}) * 1000000)::bigint)::text as sum_published
          from ${innovations} where ${innovations.publishedAt} is not null and ${range}`,
    );
    signature.count += Number(row!.count);
    signature.sumUpdatedUs += BigInt(row!.sum_updated ?? '0');
    signature.sumPublishedUs += BigInt(row!.sum_published ?? '0');
    if (last) return signature;
    await yieldToOthers();
  }
}

const inSync = (snap: Snapshot, s: Signature) => s.count === snap.newest.length && s.sumUpdatedUs === snap.sumUpdatedUs && s.sumPublishedUs === snap.sumPublishedUs;

async function loadSnapshot(db: Db): Promise<Snapshot> {
  const started = performance.now();
  const snap: Snapshot = {
    newest: new Int32Array(0),
    bySlot: [],
    byId: new Map(),
    facets: Object.fromEntries(facetKeys.map((k) => [k, { codes: new Int32Array(0), values: [], codeOf: new Map() }])) as unknown as Record<FacetKey, FacetColumn>,
    unitNames: new Map(),
    regionNames: new Map(),
    index: new InvertedIndex(),
    version: nextVersion(),
    sumUpdatedUs: 0n,
    sumPublishedUs: 0n,
    namesStamp: '',
    loadMs: 0,
  };
  // Read before the rows: a change made while they load shows as a difference at the next check.
  snap.namesStamp = await readNamesStamp(db);
  // On PostgreSQL the next page is asked for before this one is indexed, so the server computes it
  // meanwhile. Not on PGlite: there the query would run on this thread too, before the pause.
  const ahead = (db as { $client?: unknown }).$client instanceof pg.Pool;
  const pageAfter = (id: string) => {
    const rows = readRows(db, gt(innovations.id, id), pageRows).then((r) => r);
    // Awaited only after the pause: marked handled now, so a failure meanwhile does not count as unhandled (it still rejects the await).
    rows.catch(() => {});
    return rows;
  };
  let next = ahead ? pageAfter(zeroId) : null;
  let after = zeroId;
  for (;;) {
    const rows = await (next ?? pageAfter(after));
    const full = rows.length === pageRows;
    if (full) after = rows.at(-1)!.id;
    next = ahead && full ? pageAfter(after) : null;
    for (const r of rows) indexRow(snap, r);
    if (!full) break;
    await yieldToOthers();
  }
  snap.newest = Int32Array.from([...snap.byId.values()].sort(newestFirst), (e) => e.slot);
  snap.index.compact();
  snap.loadMs = performance.now() - started;
  return snap;
}

/** Reads the given rows again (those no longer published drop out) and puts them in the snapshot. */
async function patchRows(db: Db, snap: Snapshot, ids: readonly string[]): Promise<void> {
  const fresh: Row[] = [];
  for (let i = 0; i < ids.length; i += pageRows) {
    fresh.push(...(await readRows(db, inArray(innovations.id, ids.slice(i, i + pageRows)))));
    if (i + pageRows < ids.length) await yieldToOthers();
  }
  // From here on synchronous: a request sees the snapshot before or after, never half-patched.
  for (const id of ids) {
    const e = snap.byId.get(id);
    if (e) dropEntry(snap, e);
  }
  const added = fresh.map((r) => indexRow(snap, r));
  if (added.length > 500) {
    // Many changes at once: sorting afresh is cheaper than thousands of insertions.
    snap.newest = Int32Array.from([...snap.byId.values()].sort(newestFirst), (e) => e.slot);
    snap.byName = undefined;
  } else {
    snap.newest = reorder(snap, snap.newest, added, newestFirst);
    if (snap.byName) snap.byName = reorder(snap, snap.byName, added, byNameOrder);
  }
  snap.version = nextVersion();
}

async function reloadNames(db: Db, snap: Snapshot, stamp: string) {
  const [unitRows, regionRows] = await Promise.all([
    db.select({ id: units.id, name: units.name }).from(units),
    db.select({ id: regions.id, name: regions.name }).from(regions),
  ]);
  for (const u of unitRows) if (snap.unitNames.has(u.id)) snap.unitNames.set(u.id, u.name);
  for (const r of regionRows) if (snap.regionNames.has(r.id)) snap.regionNames.set(r.id, r.name);
  snap.namesStamp = stamp;
  snap.version = nextVersion();
}

/**
 * Brings the snapshot up to date with the database: nothing to do when the count and sums agree;
 * otherwise every published row's stamps are read (in pages) and the rows that differ patched.
 * Returns whether anything changed.
 */
async function check(db: Db, snap: Snapshot): Promise<boolean> {
  const signature = await readSignature(db);
  let changed = false;
  if (signature.names !== snap.namesStamp) {
    await reloadNames(db, snap, signature.names);
    changed = true;
  }
  if (inSync(snap, signature)) return changed;
  const known = new Map(snap.byId);
  const stale: string[] = [];
  let after = zeroId;
  for (;;) {
    const rows = await db
      .select({ id: innovations.id, updatedUs: micros(innovations.updatedAt), publishedUs: micros(sql`${innovations.publishedAt}`) })
      .from(innovations)
      .where(and(isNotNull(innovations.publishedAt), gt(innovations.id, after)))
      .orderBy(asc(innovations.id))
      .limit(5 * pageRows);
    for (const r of rows) {
      const e = known.get(r.id);
      known.delete(r.id);
      if (!e || e.updatedUs !== BigInt(r.updatedUs) || e.publishedUs !== BigInt(r.publishedUs)) stale.push(r.id);
    }
    if (rows.length < 5 * pageRows) break;
    after = rows.at(-1)!.id;
    await yieldToOthers();
  }
  // What is left in `known` is no longer published.
  stale.push(...known.keys());
  if (stale.length) await patchRows(db, snap, stale);
  // No row differs when the sums were torn by a write during their pass: nothing to do then.
  return changed || stale.length > 0;
}

// ---------------------------------------------------------------------------------------------
// Per database: the snapshot requests wait for, and the queue of changes to it

type State = {
  /** What a request awaits before it reads `current`: the load, then every patch asked for so far. */
  ready: Promise<unknown>;
  current: Snapshot | null;
  /** Loads, patches and checks, one after the other. */
  work: Promise<unknown>;
  checkedAt: number;
  checking: Promise<boolean> | null;
};

const states = new WeakMap<Db, State>();

function stateOf(db: Db): State {
  let s = states.get(db);
  if (s) return s;
  const state: State = { ready: Promise.resolve(), current: null, work: Promise.resolve(), checkedAt: Date.now(), checking: null };
  const load = loadSnapshot(db).then((snap) => {
    state.current = snap;
    return snap;
  });
  state.work = load.catch(() => {});
  state.ready = load;
  // A failed load is not kept: the next request tries again.
  load.catch(() => {
    if (states.get(db) === state) states.delete(db);
  });
  states.set(db, (s = state));
  return s;
}

/** Queues a change of the snapshot after the ones before it; `blocking` makes requests wait for it. */
function enqueue<T>(db: Db, s: State, task: (snap: Snapshot) => Promise<T>, blocking: boolean): Promise<T> {
  const run = s.work.then(() => {
    if (!s.current) throw new Error('catalogue snapshot not loaded');
    return task(s.current);
  });
  s.work = run.catch(() => {});
  if (blocking) {
    s.ready = run.catch(() => {
      // The patch failed (database gone?): forget the snapshot, so this and later requests load afresh.
      if (states.get(db) === s) states.delete(db);
      return stateOf(db).ready;
    });
  }
  return run;
}

/** The snapshot of a database, loading it on first use; starts the minute's check when due. */
export function catalogueSnapshot(db: Db): Promise<Snapshot> {
  const s = stateOf(db);
  const age = Date.now() - s.checkedAt;
  let barrier = s.ready;
  if (age >= checkEveryMs && s.current) {
    // A failed check changes nothing (the snapshot stays as it was) and is tried again a minute later.
    const checking = refreshCatalogueSnapshot(db).catch(() => false);
    if (age >= staleLimitMs) barrier = checking.then(() => s.ready);
  }
  return barrier.then(() => {
    // A failed patch replaced the state: read the new one's.
    const now = states.get(db) ?? s;
    return now === s ? s.current! : catalogueSnapshot(db);
  });
}

/** Forgets the snapshot of a database: the next request loads it afresh. */
export function resetCatalogueSnapshot(db: Db): void {
  states.delete(db);
}

/** Reads these innovations again into the snapshot (publication changes); the next request waits for it. */
export function patchCatalogueSnapshot(db: Db, ids: readonly string[]): void {
  const s = states.get(db);
  if (!s) return; // not loaded: the next request loads everything anyway
  void enqueue(db, s, (snap) => patchRows(db, snap, ids), true).catch(() => {});
}

/**
 * Checks the snapshot against the database now (the minute's check; exported for tests and the
 * timer). Resolves to whether anything changed. A check already running is shared.
 */
export function refreshCatalogueSnapshot(db: Db): Promise<boolean> {
  const s = stateOf(db);
  if (s.checking) return s.checking;
  s.checkedAt = Date.now();
  const checking = enqueue(
    db,
    s,
    async (snap) => {
      const index = snap.index;
      if (index.dead > 1000 && index.dead * 4 > index.slots) {
        // Mostly dead slots: a fresh load compacts the index (requests use the old one meanwhile).
        const fresh = await loadSnapshot(db);
        s.current = fresh;
        return true;
      }
      return check(db, snap);
    },
    false,
  ).finally(() => {
    s.checking = null;
  });
  s.checking = checking;
  return checking;
}

/**
 * Loads the snapshot now, in the background, and checks it every minute: for the server, so the
 * first visitor does not wait for the load and changes made elsewhere show within a minute.
 * Returns a function that stops the checks.
 */
export function warmCatalogue(db: Db, log: (message: string, fields: object) => void = () => {}): () => void {
  catalogueSnapshot(db).then(
    (snap) => {
      const stats = snap.index.stats();
      log('catalogue index loaded', { innovations: snap.newest.length, lexemes: stats.lexemes, postings: stats.postings, indexMB: Math.round(stats.bytes / 1e5) / 10, ms: Math.round(snap.loadMs) });
    },
    (err: Error) => log('catalogue index load failed', { error: err.message }),
  );
  const timer = setInterval(() => {
    refreshCatalogueSnapshot(db).catch((err: Error) => log('catalogue index check failed', { error: err.message }));
  }, checkEveryMs);
  timer.unref();
  return () => clearInterval(timer);
}

// ---------------------------------------------------------------------------------------------
// Search text

const queryCacheSize = 1_000;
const queryCaches = new WeakMap<Db, Map<string, Promise<QueryNode | null>>>();

/**
 * A visitor's search text as PostgreSQL reads it (`websearch_to_tsquery('indonesian', q)`, so the
 * same stemming as the stored vectors): one round trip per distinct text, then cached (LRU).
 */
export function searchQuery(db: Db, q: string): Promise<QueryNode | null> {
  let cache = queryCaches.get(db);
  if (!cache) queryCaches.set(db, (cache = new Map()));
  const key = q.toLowerCase();
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit); // most recently used goes last
    return hit;
  }
  const promise = queryRows<{ q: string }>(db, sql`select websearch_to_tsquery('indonesian', ${q})::text as q`).then((rows) => parseTsquery(rows[0]?.q ?? ''));
  cache.set(key, promise);
  promise.catch(() => cache.delete(key));
  while (cache.size > queryCacheSize) cache.delete(cache.keys().next().value!);
  return promise;
}
