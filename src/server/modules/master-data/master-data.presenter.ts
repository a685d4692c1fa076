import type { MasterItem } from '../../../domain/contracts/master-data.js';
import type { MasterItemRow } from './master-data.service.js';

export const presentMasterItem = (row: MasterItemRow): MasterItem => ({
  id: row.id,
  list: row.list as MasterItem['list'],
  code: row.code,
  name: row.name,
  group: row.group,
  periodId: row.periodId,
  position: row.position,
  active: row.active,
});
