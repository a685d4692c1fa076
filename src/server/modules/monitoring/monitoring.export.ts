import { stages } from '../../../domain/iid/engine.js';
import { reviewStates } from '../../../domain/review/workflow.js';
import { unitTypeNames, type UnitType } from '../../../domain/unit-types.js';
import { stageNames } from '../../../domain/master-data.js';
import { reviewNames } from '../reports/reports.service.js';
import type { Db } from '../../db/client.js';
import { writeSheet } from '../../lib/spreadsheet.js';
import type { Actor } from '../../lib/policy.js';
import { findPeriod, unitStandings } from './monitoring.service.js';

/** The dashboard's unit table as an .xlsx: the table alternative of its charts, for meetings and letters. */
export async function monitoringSheet(db: Db, actor: Actor, periodId?: string): Promise<Buffer> {
  // Only the units' standing: the dashboard's IID and trend are not in the sheet.
  const period = await findPeriod(db, actor.regionId, periodId);
  const report = await unitStandings(db, actor.regionId, period);
  return writeSheet(
    `Pemantauan ${period.year}`,
    ['Unit', 'Jenis Unit', 'Urusan Pelayanan Dasar', 'Kuota', 'Terdaftar', 'Diajukan', 'Kekurangan', 'Di Bawah Kuota', ...stages.map((s) => stageNames[s]), ...reviewStates.map((s) => `Status: ${reviewNames[s]}`)],
    report.units.map((u) => [
      u.name,
      unitTypeNames[u.type as UnitType],
      u.handlesBasicService ? 'Ya' : 'Tidak',
      String(u.quota),
      String(u.registered),
      String(u.submitted),
      String(u.shortfall),
      u.below ? 'Ya' : 'Tidak',
      ...stages.map((s) => String(u.byStage[s])),
      ...reviewStates.map((s) => String(u.byReviewState[s])),
    ]),
  );
}
