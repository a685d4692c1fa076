import { and, asc, count, eq, ilike, inArray, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { UnitInput, UnitListQuery, UnitUpdate } from '../../../domain/contracts/units.js';
import type { Db } from '../../db/client.js';
import { units, userUnits } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, conflict, isUniqueViolation, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { createsCycle } from '../../../domain/unit-tree.js';
import { presentUnit } from './units.presenter.js';
import { visibleUnits } from './units.policy.js';

const parent = alias(units, 'parent');

function scope(actor: Actor): SQL {
  const visible = visibleUnits(actor);
  const region = eq(units.regionId, actor.regionId);
  if (visible === 'all') return region;
  return visible.length ? and(region, inArray(units.id, visible))! : sql`false`;
}

async function selectUnits(db: Db, where: SQL, page?: { limit: number; offset: number }) {
  const q = db
    .select({ unit: units, parentName: parent.name })
    .from(units)
    .leftJoin(parent, eq(parent.id, units.parentId))
    .where(where)
    .orderBy(asc(units.name));
  const rows = page ? await q.limit(page.limit).offset(page.offset) : await q;
  return rows.map((r) => presentUnit({ ...r.unit, parentName: r.parentName }));
}

export async function listUnits(db: Db, actor: Actor, query: UnitListQuery) {
  const filters: SQL[] = [scope(actor)];
  if (query.q) filters.push(ilike(units.name, `%${query.q.replace(/[\\%_]/g, '\\$&')}%`));
  if (query.type) filters.push(eq(units.type, query.type));
  if (query.active !== 'all') filters.push(eq(units.active, query.active === 'true'));
  const where = and(...filters)!;
  const [items, [total]] = await Promise.all([
    selectUnits(db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db.select({ n: count() }).from(units).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}

export async function getUnit(db: Db, actor: Actor, id: string) {
  const [unit] = await selectUnits(db, and(scope(actor), eq(units.id, id))!);
  if (!unit) throw notFound();
  return unit;
}

async function checkParent(db: Db, regionId: string, parentId: string | null | undefined, selfId?: string) {
  if (!parentId) return;
  if (parentId === selfId) throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'parentId', key: 'error.unitParentSelf' }]);
  const tree = await db.select({ id: units.id, parentId: units.parentId }).from(units).where(eq(units.regionId, regionId));
  if (!tree.some((u) => u.id === parentId)) throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'parentId', key: 'error.unitParentUnknown' }]);
  if (selfId && createsCycle(new Map(tree.map((u) => [u.id, u.parentId])), selfId, parentId)) {
    throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'parentId', key: 'error.unitParentLoop' }]);
  }
}

async function nameTaken<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('error.unitNameTaken', 'name');
    throw err;
  }
}

export async function createUnit(db: Db, actor: Actor, input: UnitInput, requestId: string) {
  await checkParent(db, actor.regionId, input.parentId);
  const id = await nameTaken(() =>
    db.transaction(async (tx) => {
      const [row] = await tx.insert(units).values({ ...input, regionId: actor.regionId }).returning();
      await audit(tx, { actor, action: 'create', entity: 'unit', entityId: row!.id, after: presentUnit(row!), requestId });
      return row!.id;
    }),
  );
  return getUnit(db, actor, id);
}

export async function updateUnit(db: Db, actor: Actor, id: string, input: UnitUpdate, requestId: string) {
  const before = await getUnit(db, actor, id);
  await checkParent(db, actor.regionId, input.parentId, id);
  await nameTaken(() =>
    db.transaction(async (tx) => {
      const [row] = await tx
        .update(units)
        .set({ ...input, updatedAt: new Date() })
        .where(and(eq(units.id, id), eq(units.regionId, actor.regionId)))
        .returning();
      const after = presentUnit({ ...row!, parentName: null });
      const changes = diff({ ...before, parentName: null, updatedAt: '' }, { ...after, updatedAt: '' });
      const action = input.active === false && before.active ? 'deactivate' : input.active === true && !before.active ? 'reactivate' : 'update';
      if (Object.keys(changes.after).length) await audit(tx, { actor, action, entity: 'unit', entityId: id, ...changes, requestId });
    }),
  );
  return getUnit(db, actor, id);
}

/** A unit that owns anything (accounts, child units, later innovations) is never hard-deleted. */
export async function deleteUnit(db: Db, actor: Actor, id: string, reason: string | undefined, requestId: string) {
  const before = await getUnit(db, actor, id);
  const [[children], [members]] = await Promise.all([
    db.select({ n: count() }).from(units).where(eq(units.parentId, id)),
    db.select({ n: count() }).from(userUnits).where(eq(userUnits.unitId, id)),
  ]);
  if (children!.n > 0 || members!.n > 0) throw new AppError('CONFLICT', 'error.unitOwnsData');
  await db.transaction(async (tx) => {
    await tx.delete(units).where(and(eq(units.id, id), eq(units.regionId, actor.regionId)));
    await audit(tx, { actor, action: 'delete', entity: 'unit', entityId: id, before, reason: reason ?? null, requestId });
  });
}
