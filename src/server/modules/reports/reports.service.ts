import { and, asc, eq, isNull, or } from 'drizzle-orm';
import { affairs as affairTable, type AffairCode } from '../../../domain/iid/affairs.js';
import { stages } from '../../../domain/iid/engine.js';
import { stageNames } from '../../../domain/master-data.js';
import { reviewStates } from '../../../domain/review/workflow.js';
import { unitTypeNames, type UnitType } from '../../../domain/unit-types.js';
import type { Db } from '../../db/client.js';
import { innovations, masterItems, units } from '../../db/schema.js';
import { translator } from '../../lib/i18n.js';
import { writeWorkbook } from '../../lib/spreadsheet.js';
import type { ExportRunner } from '../exports/exports.service.js';
import { findPeriod } from '../monitoring/monitoring.service.js';

const t = translator('id');
/** The review states' names as the app shows them (one catalogue: `review.state.*`). */
export const reviewNames = Object.fromEntries(reviewStates.map((s) => [s, t(`review.state.${s}`)])) as Record<(typeof reviewStates)[number], string>;

const groupNames: Record<string, string> = { wajib_pelayanan_dasar: 'Wajib Pelayanan Dasar', wajib_non_pelayanan_dasar: 'Wajib Non-Pelayanan Dasar', pilihan: 'Pilihan', penunjang: 'Penunjang' };

/** Code → name of every master list of the region (the period's own lists included). */
async function masterNames(db: Db, regionId: string, periodId: string) {
  const rows = await db
    .select({ list: masterItems.list, code: masterItems.code, name: masterItems.name, group: masterItems.group })
    .from(masterItems)
    .where(and(eq(masterItems.regionId, regionId), or(isNull(masterItems.periodId), eq(masterItems.periodId, periodId))));
  const byList = new Map<string, Map<string, { name: string; group: string | null }>>();
  for (const r of rows) {
    if (!byList.has(r.list)) byList.set(r.list, new Map());
    byList.get(r.list)!.set(r.code, { name: r.name, group: r.group });
  }
  const name = (list: string, code: string | null | undefined) => (code ? (byList.get(list)?.get(code)?.name ?? code) : '');
  return { name, affairGroup: (code: string) => byList.get('affair')?.get(code)?.group ?? affairTable.find((a) => a.code === (code as AffairCode))?.group ?? '' };
}

async function periodInnovations(db: Db, regionId: string, periodId: string) {
  return db
    .select({ innovation: innovations, unitName: units.name, unitType: units.type })
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .where(and(eq(innovations.regionId, regionId), eq(innovations.periodId, periodId), eq(innovations.status, 'aktif')))
    .orderBy(asc(units.name), asc(innovations.name));
}

const n = (x: number) => String(x);

/** Recap per unit, per affair and per stage: one workbook, three sheets, units without innovations included. */
export function recapRunner(deps: { db: Db }): ExportRunner {
  return async ({ row, progress }) => {
    const { db } = deps;
    const period = await findPeriod(db, row.regionId, (row.params as { periodId?: string }).periodId);
    await progress(0, 3);
    const [list, allUnits, names] = await Promise.all([
      periodInnovations(db, row.regionId, period.id),
      db.select().from(units).where(and(eq(units.regionId, row.regionId), eq(units.active, true))).orderBy(asc(units.name)),
      masterNames(db, row.regionId, period.id),
    ]);
    const count = <T>(items: readonly T[], pred: (i: T) => boolean) => items.filter(pred).length;
    const perUnit = allUnits.map((u) => {
      const own = list.filter((i) => i.innovation.unitId === u.id).map((i) => i.innovation);
      const avg = own.length ? own.reduce((s, i) => s + i.maturityClaimed, 0) / own.length : 0;
      return [u.name, unitTypeNames[u.type as UnitType] ?? u.type, n(own.length), ...stages.map((s) => n(count(own, (i) => i.stage === s))), ...reviewStates.map((s) => n(count(own, (i) => i.reviewState === s))), avg.toFixed(1)];
    });
    await progress(1, 3);
    const affairCodes = [...new Set(list.map((i) => i.innovation.mainAffair ?? ''))].sort((a, b) => names.name('affair', a).localeCompare(names.name('affair', b), 'id'));
    const perAffair = affairCodes.map((code) => {
      const own = list.filter((i) => (i.innovation.mainAffair ?? '') === code).map((i) => i.innovation);
      return [code ? names.name('affair', code) : '(belum diisi)', groupNames[names.affairGroup(code)] ?? '', n(own.length), ...stages.map((s) => n(count(own, (i) => i.stage === s))), n(count(own, (i) => i.reviewState !== 'draf'))];
    });
    await progress(2, 3);
    const perStage = stages.map((s) => {
      const own = list.filter((i) => i.innovation.stage === s).map((i) => i.innovation);
      return [stageNames[s], n(own.length), ...reviewStates.map((r) => n(count(own, (i) => i.reviewState === r)))];
    });
    const bytes = await writeWorkbook([
      { name: 'Per Unit', headings: ['Unit', 'Jenis Unit', 'Jumlah Inovasi', ...stages.map((s) => stageNames[s]), ...reviewStates.map((s) => reviewNames[s]), 'Rata-rata Kematangan (klaim)'], rows: perUnit, numberColumns: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13] },
      { name: 'Per Urusan', headings: ['Urusan', 'Kelompok', 'Jumlah Inovasi', ...stages.map((s) => stageNames[s]), 'Sudah Diajukan'], rows: perAffair, numberColumns: [2, 3, 4, 5, 6] },
      { name: 'Per Tahapan', headings: ['Tahapan', 'Jumlah Inovasi', ...reviewStates.map((s) => reviewNames[s])], rows: perStage, numberColumns: [1, 2, 3, 4, 5, 6, 7, 8] },
    ]);
    await progress(3, 3);
    return { bytes, fileName: `rekap-inovasi-${period.year}.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  };
}

/**
 * The national platform's profile columns, in the order of its form (domain reference §4), one row
 * per innovation of the period: ready to copy field by field. Names, not codes.
 */
export const nationalColumns = [
  'Nama Inovasi',
  'Perangkat Daerah',
  'Tahapan Inovasi',
  'Inisiator Inovasi',
  'Nama Inisiator',
  'Jenis Inovasi',
  'Bentuk Inovasi Daerah',
  'Urusan Utama',
  'Urusan Beririsan',
  'Tematik',
  'Klasifikasi Inovasi',
  'Prioritas Nasional',
  'Latitude',
  'Longitude',
  'Waktu Uji Coba',
  'Waktu Penerapan',
  'Waktu Pengembangan',
  'Rancang Bangun',
  'Tujuan Inovasi',
  'Manfaat yang Diperoleh',
  'Hasil Inovasi',
  'Anggaran (Rp)',
  'Sumber Anggaran',
  'Video',
] as const;

export function nationalRunner(deps: { db: Db }): ExportRunner {
  return async ({ row, progress }) => {
    const { db } = deps;
    const period = await findPeriod(db, row.regionId, (row.params as { periodId?: string }).periodId);
    const [list, names] = await Promise.all([periodInnovations(db, row.regionId, period.id), masterNames(db, row.regionId, period.id)]);
    const rows: string[][] = [];
    for (const [i, { innovation: x, unitName }] of list.entries()) {
      rows.push([
        x.name,
        unitName,
        stageNames[x.stage as (typeof stages)[number]] ?? x.stage,
        names.name('initiator', x.initiator),
        x.initiatorName ?? '',
        names.name('kind', x.kind),
        names.name('form', x.form),
        names.name('affair', x.mainAffair),
        x.otherAffairs.map((a) => names.name('affair', a)).join('; '),
        names.name('theme', x.theme),
        names.name('classification', x.classification),
        x.priorities.map((p) => names.name('priority', p)).join('; '),
        x.latitude === null ? '' : String(x.latitude),
        x.longitude === null ? '' : String(x.longitude),
        x.trialStartedOn ?? '',
        x.implementedOn ?? '',
        x.developedOn ?? '',
        x.designText,
        x.goal ?? '',
        x.benefits ?? '',
        x.results ?? '',
        x.budgetAmount === null ? '' : String(x.budgetAmount),
        x.budgetSource ?? '',
        x.videoUrl ?? (x.videoFileId ? '(berkas video di Lumbung)' : ''),
      ]);
      if (i % 200 === 0) await progress(i, list.length);
    }
    const bytes = await writeWorkbook([{ name: `Inovasi ${period.year}`, headings: [...nationalColumns], rows, numberColumns: [21] }]);
    await progress(list.length, list.length);
    return { bytes, fileName: `inovasi-${period.year}-format-nasional.xlsx`, mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
  };
}
