import { eq, sql } from 'drizzle-orm';
import { getProvinces, getRegencies } from 'idn-area-data';
import type { RegionOption, RegionUpdate, SetupInput } from '../../../domain/contracts/regions.js';
import { regionDisplayName, timeZoneOf } from '../../../domain/regions.js';
import type { z } from 'zod';
import type { Db } from '../../db/client.js';
import { regions, users } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { hashPassword, insertUser, loadActor } from '../auth/auth.service.js';
import { seedMasterData } from '../master-data/master-data.service.js';
import { seedPeriods } from '../periods/periods.seed.js';

let options: RegionOption[] | null = null;

/** Provinces and kabupaten/kota with their official codes, from idn-area-data. */
export async function regionOptions(): Promise<RegionOption[]> {
  if (options) return options;
  const [provinces, regencies] = await Promise.all([getProvinces(), getRegencies()]);
  const provinceName = new Map(provinces.map((p) => [p.code, regionDisplayName(p.code, p.name)]));
  options = [
    ...provinces.map((p) => ({ code: p.code, name: provinceName.get(p.code)!, province: provinceName.get(p.code)! })),
    ...regencies.map((r) => ({ code: r.code, name: regionDisplayName(r.code, r.name), province: provinceName.get(r.province_code) ?? '' })),
  ].sort((a, b) => a.code.localeCompare(b.code));
  return options;
}

export async function needsSetup(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(users);
  return row!.n === 0;
}

/** Creates (or reuses) a region row from the official list. */
export async function ensureRegion(db: Db, code: string, bodyName: string) {
  const option = (await regionOptions()).find((o) => o.code === code);
  if (!option) throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'regionCode', key: 'error.regionUnknown' }]);
  const [row] = await db
    .insert(regions)
    .values({ code, name: option.name, bodyName, timeZone: timeZoneOf(code) })
    .onConflictDoUpdate({ target: regions.code, set: { bodyName } })
    .returning();
  await seedPeriods(db, row!.id); // setup and `create-admin` give a new region its IID periods
  await seedMasterData(db, row!.id);
  return row!;
}

/** First run: the region and its first admin, once. A lock makes two simultaneous submissions safe. */
export async function runSetup(db: Db, input: SetupInput, requestId: string) {
  const passwordHash = await hashPassword(input.adminPassword);
  const userId = await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext('lumbung-setup'))`);
    if (!(await needsSetup(tx))) throw new AppError('SETUP_DONE');
    const region = await ensureRegion(tx, input.regionCode, input.bodyName);
    const user = await insertUser(tx, { regionId: region.id, email: input.adminEmail, name: input.adminName, passwordHash, roles: ['admin'] });
    await audit(tx, { actor: { userId: user.id, name: user.name, regionId: region.id }, action: 'setup', entity: 'region', entityId: region.id, after: { code: region.code, bodyName: region.bodyName, admin: user.email }, requestId });
    return user.id;
  });
  return (await loadActor(db, userId))!;
}

export function presentRegion(row: typeof regions.$inferSelect) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    bodyName: row.bodyName,
    address: row.address,
    timeZone: row.timeZone as 'Asia/Jakarta',
    hasLogo: !!row.logoFileId,
  };
}

export async function getRegion(db: Db, regionId: string) {
  const row = await db.query.regions.findFirst({ where: eq(regions.id, regionId) });
  if (!row) throw notFound();
  return row;
}

export async function updateRegion(db: Db, actor: Actor, input: z.infer<typeof RegionUpdate>, requestId: string) {
  const before = await getRegion(db, actor.regionId);
  if (Object.values(input).every((v) => v === undefined)) return before; // nothing to change (an empty SET is an SQL error)
  return db.transaction(async (tx) => {
    const [after] = await tx.update(regions).set(input).where(eq(regions.id, actor.regionId)).returning();
    const changes = diff(presentRegion(before), presentRegion(after!));
    await audit(tx, { actor, action: 'update', entity: 'region', entityId: actor.regionId, ...changes, requestId });
    return after!;
  });
}

export async function setRegionLogo(db: Db, actor: Actor, fileId: string, requestId: string) {
  const before = await getRegion(db, actor.regionId);
  return db.transaction(async (tx) => {
    const [after] = await tx.update(regions).set({ logoFileId: fileId }).where(eq(regions.id, actor.regionId)).returning();
    await audit(tx, { actor, action: 'update', entity: 'region', entityId: actor.regionId, before: { logoFileId: before.logoFileId }, after: { logoFileId: fileId }, requestId });
    return after!;
  });
}
