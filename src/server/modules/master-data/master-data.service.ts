import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { MasterItemInput, MasterItemUpdate } from '../../../domain/contracts/master-data.js';
import { codeFromName, isFixedList, isPeriodList, periodListSeeds, regionListSeeds, type MasterList } from '../../../domain/master-data.js';
import { queryRows, type Db } from '../../db/client.js';
import { masterItems, periods } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, conflict, invalid, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';

export type MasterItemRow = typeof masterItems.$inferSelect;

/**
 * Gives a region the reference's master data, and each of its periods the per-period lists.
 * Idempotent: existing codes are kept as the admin left them.
 */
export async function seedMasterData(db: Db, regionId: string): Promise<void> {
  const rows: (typeof masterItems.$inferInsert)[] = [];
  for (const [list, items] of Object.entries(regionListSeeds)) {
    items.forEach((item, position) => rows.push({ regionId, list, code: item.code, name: item.name, group: item.group ?? null, position }));
  }
  const regionPeriods = await db.select({ id: periods.id, year: periods.year }).from(periods).where(eq(periods.regionId, regionId));
  for (const period of regionPeriods) rows.push(...periodRows(regionId, period.id, periodListSeeds(period.year)));
  if (rows.length) await db.insert(masterItems).values(rows).onConflictDoNothing();
}

const periodRows = (regionId: string, periodId: string, lists: Record<string, { code: string; name: string }[]>) =>
  Object.entries(lists).flatMap(([list, items]) => items.map((item, position) => ({ regionId, list, periodId, code: item.code, name: item.name, position })));

/** A cloned period starts with its source's per-period lists. */
export async function cloneMasterData(db: Db, regionId: string, fromPeriodId: string, toPeriodId: string): Promise<void> {
  const source = await db.select().from(masterItems).where(eq(masterItems.periodId, fromPeriodId));
  if (!source.length) return;
  await db
    .insert(masterItems)
    .values(source.map((r) => ({ regionId, list: r.list, periodId: toPeriodId, code: r.code, name: r.name, group: r.group, position: r.position, active: r.active })))
    .onConflictDoNothing();
}

async function currentPeriodId(db: Db, regionId: string): Promise<string | null> {
  const row = await db.query.periods.findFirst({ where: and(eq(periods.regionId, regionId), eq(periods.isCurrent, true)), columns: { id: true } });
  return row?.id ?? null;
}

/** The region's lists plus the given (default: current) period's lists. */
export async function listMasterData(db: Db, regionId: string, periodId?: string) {
  const period = periodId ?? (await currentPeriodId(db, regionId));
  const items = await db
    .select()
    .from(masterItems)
    .where(and(eq(masterItems.regionId, regionId), period ? or(isNull(masterItems.periodId), eq(masterItems.periodId, period)) : isNull(masterItems.periodId)))
    .orderBy(asc(masterItems.list), asc(masterItems.position), asc(masterItems.name));
  return { periodId: period, items };
}

export async function createMasterItem(db: Db, actor: Actor, input: MasterItemInput, requestId: string) {
  const list = input.list as MasterList;
  if (isFixedList(list)) throw invalid('list', 'error.masterListFixed');
  const periodId = isPeriodList(list) ? input.periodId : undefined;
  if (isPeriodList(list)) {
    if (!periodId) throw invalid('periodId', 'error.masterPeriodRequired');
    const period = await db.query.periods.findFirst({ where: and(eq(periods.id, periodId), eq(periods.regionId, actor.regionId)) });
    if (!period) throw notFound();
  }
  const code = input.code ?? codeFromName(input.name);
  if (!code) throw invalid('code', 'validation.masterCode');
  return db.transaction(async (tx) => {
    const [{ next } = { next: 0 }] = await tx
      .select({ next: sql<number>`coalesce(max(${masterItems.position}) + 1, 0)::int` })
      .from(masterItems)
      .where(and(eq(masterItems.regionId, actor.regionId), eq(masterItems.list, list)));
    const [row] = await tx
      .insert(masterItems)
      .values({ regionId: actor.regionId, list, periodId: periodId ?? null, code, name: input.name, group: list === 'affair' ? (input.group ?? 'penunjang') : null, position: next })
      .onConflictDoNothing()
      .returning();
    if (!row) throw conflict('error.masterCodeTaken', 'code');
    await audit(tx, { actor, action: 'create', entity: 'master_item', entityId: row.id, after: { list, code, name: row.name, periodId: row.periodId }, requestId });
    return row;
  });
}

export async function updateMasterItem(db: Db, actor: Actor, id: string, input: MasterItemUpdate, requestId: string) {
  const row = await db.query.masterItems.findFirst({ where: and(eq(masterItems.id, id), eq(masterItems.regionId, actor.regionId)) });
  if (!row) throw notFound();
  const list = row.list as MasterList;
  // The rules depend on stages, kinds and forms, and on the yandas group of the seeded affairs.
  if (isFixedList(list) && (input.active !== undefined || input.group !== undefined)) throw invalid('list', 'error.masterListFixed');
  if (input.group !== undefined && list !== 'affair') throw invalid('group', 'validation.unknown_field');
  if (input.group !== undefined && (row.group === 'wajib_pelayanan_dasar' || input.group === 'wajib_pelayanan_dasar')) {
    throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'group', key: 'error.masterListFixed' }]);
  }
  const next = { name: input.name ?? row.name, group: input.group ?? row.group, position: input.position ?? row.position, active: input.active ?? row.active };
  const changes = diff({ name: row.name, group: row.group, position: row.position, active: row.active }, next);
  if (!Object.keys(changes.after).length) return row;
  return db.transaction(async (tx) => {
    const [updated] = await tx.update(masterItems).set({ ...next, updatedAt: new Date() }).where(eq(masterItems.id, id)).returning();
    await audit(tx, { actor, action: 'update', entity: 'master_item', entityId: id, ...changes, requestId });
    return updated!;
  });
}

/** Codes of one list an innovation may use: the region's active items (per-period lists of its period). */
export async function activeCodes(db: Db, regionId: string, periodId: string): Promise<Map<MasterList, Set<string>>> {
  const { items } = await listMasterData(db, regionId, periodId);
  const out = new Map<MasterList, Set<string>>();
  for (const item of items) {
    if (!item.active) continue;
    const set = out.get(item.list as MasterList) ?? new Set<string>();
    set.add(item.code);
    out.set(item.list as MasterList, set);
  }
  return out;
}

/** Regions created before master data existed get it at start (idempotent, one query when nothing is missing). */
export async function ensureMasterData(db: Db): Promise<void> {
  const rows = await queryRows<{ id: string }>(db, sql`select r.id from regions r where not exists (select 1 from master_items m where m.region_id = r.id)`);
  for (const { id } of rows) await seedMasterData(db, id);
}
