import { eq } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import { UnitInput, unitImportColumns, type ImportReport } from '../../../domain/contracts/units.js';
import { parseUnitType } from '../../../domain/unit-types.js';
import { createsCycle } from '../../../domain/unit-tree.js';
import type { Db } from '../../db/client.js';
import { units } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { describeIssue } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { readSheet } from '../../lib/spreadsheet.js';

type Key = (typeof unitImportColumns)[number]['key'];
const norm = (s: string) => s.trim().toLowerCase();

/**
 * Imports units from a spreadsheet, all or nothing: when any row has a problem, nothing is written
 * and every problem is reported with its row and column.
 */
export async function importUnits(db: Db, actor: Actor, buf: Buffer, t: TFunction, requestId: string): Promise<ImportReport> {
  const sheet = await readSheet(buf);
  const column = new Map<Key, number>();
  sheet.headings.forEach((h, i) => {
    const col = unitImportColumns.find((c) => norm(c.heading) === norm(h) || norm(c.key) === norm(h));
    if (col && !column.has(col.key)) column.set(col.key, i);
  });
  const heading = (key: Key) => unitImportColumns.find((c) => c.key === key)!.heading;
  const errors: ImportReport['errors'] = [];
  for (const key of ['name', 'type'] as const) {
    if (!column.has(key)) errors.push({ row: 1, field: heading(key), message: t('validation.required') });
  }
  if (errors.length) return { imported: 0, rows: sheet.rows.length, errors };

  const existing = await db.select({ id: units.id, name: units.name }).from(units).where(eq(units.regionId, actor.regionId));
  const existingByName = new Map(existing.map((u) => [norm(u.name), u.id]));
  const inFile = new Map<string, number>();
  const parsed: { row: number; input: UnitInput; parent: string }[] = [];

  for (const { row, cells } of sheet.rows) {
    const cell = (key: Key) => (column.has(key) ? (cells[column.get(key)!] ?? '').trim() : '');
    const typeText = cell('type');
    const raw = {
      name: cell('name'),
      type: parseUnitType(typeText) ?? typeText,
      headName: cell('headName') || null,
      headTitle: cell('headTitle') || null,
      headNip: cell('headNip').replace(/\s/g, '') || null,
      email: cell('email') || null,
      phone: cell('phone') || null,
      address: cell('address') || null,
    };
    const result = UnitInput.safeParse(raw, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const f of describeIssue(issue, t)) errors.push({ row, field: heading((f.path.split('.')[0] || 'name') as Key), message: f.message });
      }
      continue;
    }
    const name = norm(result.data.name);
    if (existingByName.has(name) || inFile.has(name)) {
      errors.push({ row, field: heading('name'), message: t('error.unitNameTaken') });
      continue;
    }
    inFile.set(name, row);
    parsed.push({ row, input: result.data, parent: norm(cell('parent')) });
  }
  // The file's own rows name their parents; a loop among them (A under B, B under A) is refused.
  const parentByName = new Map(parsed.map((p) => [norm(p.input.name), p.parent || null]));
  for (const p of parsed) {
    if (p.parent && p.parent === norm(p.input.name)) {
      errors.push({ row: p.row, field: heading('parent'), message: t('error.unitParentSelf') });
    } else if (p.parent && createsCycle(parentByName, norm(p.input.name), p.parent)) {
      errors.push({ row: p.row, field: heading('parent'), message: t('error.unitParentLoop') });
    } else if (p.parent && !existingByName.has(p.parent) && !inFile.has(p.parent)) {
      errors.push({ row: p.row, field: heading('parent'), message: t('error.unitParentUnknown') });
    }
  }
  if (errors.length) return { imported: 0, rows: sheet.rows.length, errors: errors.sort((a, b) => a.row - b.row) };

  await db.transaction(async (tx) => {
    const ids = new Map(existingByName);
    for (const p of parsed) {
      const [row] = await tx.insert(units).values({ ...p.input, regionId: actor.regionId }).returning({ id: units.id });
      ids.set(norm(p.input.name), row!.id);
    }
    // Parents may appear later in the file than their children, so link them once all exist.
    for (const p of parsed) {
      if (p.parent) await tx.update(units).set({ parentId: ids.get(p.parent)! }).where(eq(units.id, ids.get(norm(p.input.name))!));
    }
    await audit(tx, { actor, action: 'import', entity: 'unit', after: { count: parsed.length, names: parsed.map((p) => p.input.name) }, requestId });
  });
  return { imported: parsed.length, rows: sheet.rows.length, errors: [] };
}
