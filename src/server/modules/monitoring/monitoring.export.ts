import { unitTypeNames, type UnitType } from '../../../domain/unit-types.js';
import type { Db } from '../../db/client.js';
import { writeSheet } from '../../lib/spreadsheet.js';
import type { Actor } from '../../lib/policy.js';
import { monitoringReport } from './monitoring.service.js';

/** The dashboard's unit table as an .xlsx: the table alternative of its charts, for meetings and letters. */
export async function monitoringSheet(db: Db, actor: Actor, periodId?: string): Promise<Buffer> {
  const report = await monitoringReport(db, actor, periodId);
  return writeSheet(
    `Pemantauan ${report.period.year}`,
    ['Unit', 'Jenis Unit', 'Urusan Pelayanan Dasar', 'Kuota', 'Terdaftar', 'Diajukan', 'Kekurangan', 'Di Bawah Kuota', 'Inisiatif', 'Uji Coba', 'Penerapan', 'Draf', 'Dikembalikan', 'Diverifikasi', 'Disahkan', 'Dilaporkan'],
    report.units.map((u) => [
      u.name,
      unitTypeNames[u.type as UnitType],
      u.handlesBasicService ? 'Ya' : 'Tidak',
      String(u.quota),
      String(u.registered),
      String(u.submitted),
      String(u.shortfall),
      u.below ? 'Ya' : 'Tidak',
      String(u.byStage.inisiatif),
      String(u.byStage.uji_coba),
      String(u.byStage.penerapan),
      String(u.byReviewState.draf),
      String(u.byReviewState.dikembalikan),
      String(u.byReviewState.diverifikasi),
      String(u.byReviewState.disahkan),
      String(u.byReviewState.dilaporkan),
    ]),
  );
}
