import type { Unit } from '../../../domain/contracts/units.js';
import type { units } from '../../db/schema.js';

export type UnitRow = typeof units.$inferSelect & { parentName?: string | null };

export function presentUnit(row: UnitRow): Unit {
  return {
    id: row.id,
    name: row.name,
    type: row.type as Unit['type'],
    parentId: row.parentId,
    parentName: row.parentName ?? null,
    headName: row.headName,
    headTitle: row.headTitle,
    headNip: row.headNip,
    email: row.email,
    phone: row.phone,
    address: row.address,
    affairs: row.affairs,
    active: row.active,
    updatedAt: row.updatedAt.toISOString(),
  };
}
