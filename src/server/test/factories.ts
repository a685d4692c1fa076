import { randomUUID } from 'node:crypto';
import type { Role } from '../../domain/roles.js';
import type { UnitType } from '../../domain/unit-types.js';
import type { Db } from '../db/client.js';
import { regions, units } from '../db/schema.js';
import { hashPassword, insertUser } from '../modules/auth/auth.service.js';

export const TEST_PASSWORD = 'kata-sandi-uji-123';
let passwordHash: string | null = null;
let seq = 0;

export async function buildRegion(db: Db, overrides: Partial<typeof regions.$inferInsert> = {}) {
  seq += 1;
  const [row] = await db
    .insert(regions)
    .values({ code: `98.${String(seq).padStart(2, '0')}.${randomUUID().slice(0, 4)}`, name: `Kabupaten Uji ${seq}`, bodyName: `Bapperida Uji ${seq}`, ...overrides })
    .returning();
  return row!;
}

export async function buildUnit(db: Db, regionId: string, overrides: Partial<typeof units.$inferInsert> = {}) {
  seq += 1;
  const [row] = await db
    .insert(units)
    .values({ regionId, name: `Dinas Uji ${seq}`, type: 'dinas' satisfies UnitType, ...overrides })
    .returning();
  return row!;
}

export async function buildUser(db: Db, opts: { regionId: string; roles: Role[]; unitIds?: string[]; email?: string; name?: string }) {
  seq += 1;
  passwordHash ??= await hashPassword(TEST_PASSWORD);
  return insertUser(db, {
    regionId: opts.regionId,
    email: opts.email ?? `user${seq}-${randomUUID().slice(0, 6)}@uji.test`,
    name: opts.name ?? `Pengguna Uji ${seq}`,
    passwordHash,
    roles: opts.roles,
    unitIds: opts.unitIds ?? [],
  });
}
