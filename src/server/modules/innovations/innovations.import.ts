import { and, eq, sql } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import { ProfileFields, type InnovationImportReport, type InnovationListQuery } from '../../../domain/contracts/innovations.js';
import { stages } from '../../../domain/iid/engine.js';
import { countWords, plainText } from '../../../domain/innovations/design-text.js';
import { innovationColumns, parseDate, parseRupiah, type InnovationColumn } from '../../../domain/innovations/import-columns.js';
import { completenessOf } from '../../../domain/innovations/scoring.js';
import type { MasterList } from '../../../domain/master-data.js';
import type { Db } from '../../db/client.js';
import { innovations, units } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, describeIssue } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { readSheet, writeSheet } from '../../lib/spreadsheet.js';
import { listMasterData } from '../master-data/master-data.service.js';
import { loadCatalogue } from '../periods/periods.service.js';
import { currentPeriod, exportRows } from './innovations.service.js';

const norm = (s: string) => s.trim().toLowerCase().replace(/\s+/g, ' ');
const heading = (key: InnovationColumn) => innovationColumns.find((c) => c.key === key)!.heading;

export const importTemplate = () => writeSheet('Inovasi', innovationColumns.map((c) => c.heading));

/** Master names (and codes) → code, per list; what a spreadsheet cell is matched against. */
async function masterLookup(db: Db, regionId: string, periodId: string) {
  const { items } = await listMasterData(db, regionId, periodId);
  const byList = new Map<string, Map<string, string>>();
  for (const item of items.filter((i) => i.active)) {
    const map = byList.get(item.list) ?? new Map<string, string>();
    map.set(norm(item.name), item.code).set(norm(item.code), item.code);
    byList.set(item.list, map);
  }
  return (list: MasterList, text: string) => byList.get(list)?.get(norm(text)) ?? null;
}

type Draft = { row: number; name: string; unitName: string; errors: { field: string; message: string }[]; values?: typeof innovations.$inferInsert };

/**
 * Imports a region's innovations from a spreadsheet into the current period. `dryRun` gives the
 * preview: every row with its problems. A real run writes all rows in one transaction, or nothing
 * when any row has a problem.
 */
export async function importInnovations(db: Db, actor: Actor, buf: Buffer, opts: { dryRun: boolean; t: TFunction; requestId: string }): Promise<InnovationImportReport> {
  const { t } = opts;
  const sheet = await readSheet(buf);
  const column = new Map<InnovationColumn, number>();
  sheet.headings.forEach((h, i) => {
    const col = innovationColumns.find((c) => norm(c.heading) === norm(h) || norm(c.key) === norm(h));
    if (col && !column.has(col.key)) column.set(col.key, i);
  });
  const missing = innovationColumns.filter((c) => 'required' in c && !column.has(c.key));
  if (missing.length) {
    return { dryRun: opts.dryRun, imported: 0, errorCount: missing.length, rows: [{ row: 1, name: '', unitName: '', errors: missing.map((c) => ({ field: c.heading, message: t('validation.required') })) }] };
  }
  const period = await currentPeriod(db, actor.regionId);
  const catalogue = await loadCatalogue(db, actor.regionId, period.id);
  const lookup = await masterLookup(db, actor.regionId, period.id);
  const unitRows = await db.select({ id: units.id, name: units.name }).from(units).where(and(eq(units.regionId, actor.regionId), eq(units.active, true)));
  const unitByName = new Map(unitRows.map((u) => [norm(u.name), u.id]));

  const drafts: Draft[] = sheet.rows.map(({ row, cells }) => {
    const cell = (key: InnovationColumn) => (column.has(key) ? (cells[column.get(key)!] ?? '').trim() : '');
    const errors: Draft['errors'] = [];
    const fail = (key: InnovationColumn, message: string) => errors.push({ field: heading(key), message });
    const coded = (key: InnovationColumn, list: MasterList) => {
      const text = cell(key);
      if (!text) return null;
      const code = lookup(list, text);
      if (!code) fail(key, t('error.masterItemUnknown', { code: text }));
      return code;
    };
    const dated = (key: InnovationColumn) => {
      const text = cell(key);
      if (!text) return null;
      const d = parseDate(text);
      if (!d) fail(key, t('validation.invalid_date'));
      return d;
    };
    const numberOf = (key: InnovationColumn) => (cell(key) ? Number(cell(key).replace(',', '.')) : null);
    const unitId = unitByName.get(norm(cell('unit')));
    if (!unitId) fail('unit', t('error.unitUnknown'));
    const stageText = norm(cell('stage') || 'inisiatif').replace(/ /g, '_');
    const stage = stages.find((s) => s === stageText);
    if (!stage) fail('stage', t('validation.invalid_value', { options: 'Inisiatif, Uji Coba, Penerapan' }));
    const budgetText = cell('budgetAmount');
    const budgetAmount = budgetText ? parseRupiah(budgetText) : null;
    if (budgetText && budgetAmount === null) fail('budgetAmount', t('validation.invalid_type', { expected: 'rupiah' }));
    const profile = {
      name: cell('name'),
      unitId: unitId ?? '00000000-0000-4000-8000-000000000000',
      initiator: coded('initiator', 'initiator'),
      initiatorName: cell('initiatorName') || null,
      kind: coded('kind', 'kind'),
      form: coded('form', 'form'),
      mainAffair: coded('mainAffair', 'affair'),
      otherAffairs: cell('otherAffairs') ? cell('otherAffairs').split(';').map((s) => s.trim()).filter(Boolean).map((s) => lookup('affair', s) ?? (fail('otherAffairs', t('error.masterItemUnknown', { code: s })), '')) : [],
      theme: coded('theme', 'theme'),
      classification: coded('classification', 'classification'),
      latitude: numberOf('latitude'),
      longitude: numberOf('longitude'),
      developedOn: dated('developedOn'),
      design: cell('design'),
      goal: cell('goal') || null,
      benefits: cell('benefits') || null,
      results: cell('results') || null,
      budgetAmount,
      budgetSource: cell('budgetSource') || null,
      videoUrl: cell('videoUrl') || null,
    };
    const trialStartedOn = dated('trialStartedOn');
    const implementedOn = dated('implementedOn');
    if (stage === 'penerapan' && !implementedOn && !errors.some((e) => e.field === heading('implementedOn'))) fail('implementedOn', t('validation.required'));
    const parsed = ProfileFields.safeParse(profile, { reportInput: true });
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        for (const f of describeIssue(issue, t)) {
          const key = (f.path.split('.')[0] || 'name') as InnovationColumn;
          errors.push({ field: innovationColumns.some((c) => c.key === key) ? heading(key) : f.path, message: f.message });
        }
      }
    }
    const draft: Draft = { row, name: profile.name, unitName: cell('unit'), errors };
    if (errors.length === 0 && parsed.success && stage) {
      const design = parsed.data.design ?? '';
      const designWords = countWords(design);
      const values = { ...parsed.data, design, designText: plainText(design), designWords, stage, trialStartedOn, implementedOn, regionId: actor.regionId, periodId: period.id, createdBy: actor.userId };
      draft.values = { ...values, completeness: completenessOf(catalogue, values, []).percent };
    }
    return draft;
  });

  const errorCount = drafts.reduce((n, d) => n + d.errors.length, 0);
  const report = (imported: number): InnovationImportReport => ({ dryRun: opts.dryRun, imported, errorCount, rows: drafts.map(({ row, name, unitName, errors }) => ({ row, name, unitName, errors })) });
  if (opts.dryRun) return report(0);
  if (errorCount > 0) throw new AppError('VALIDATION_FAILED', 'error.importFailed', { count: drafts.filter((d) => d.errors.length).length });
  await db.transaction(async (tx) => {
    const values = drafts.map((d) => d.values!);
    for (let i = 0; i < values.length; i += 500) await tx.insert(innovations).values(values.slice(i, i + 500));
    await audit(tx, { actor, action: 'innovation.import', entity: 'innovation', after: { rows: values.length, period: period.year }, requestId: opts.requestId });
  });
  await db.execute(sql`analyze innovations`); // a large import changes the planner's picture at once
  return report(drafts.length);
}

/** The current list as an .xlsx, with the same filters as the page. */
export async function exportSheet(db: Db, actor: Actor, q: InnovationListQuery): Promise<Buffer> {
  const rows = await exportRows(db, actor, q);
  return writeSheet(
    'Inovasi',
    ['Nama Inovasi', 'Perangkat Daerah', 'Periode', 'Tahapan', 'Urusan Utama', 'Bentuk Inovasi', 'Jenis Inovasi', 'Status', 'Kelengkapan (%)', 'Kematangan (klaim)', 'Diperbarui'],
    rows.map((r) => [r.name, r.unitName, String(r.periodYear), r.stage, r.mainAffair ?? '', r.form ?? '', r.kind ?? '', r.status, String(r.completeness), String(r.maturityClaimed), r.updatedAt.toISOString()]),
  );
}
