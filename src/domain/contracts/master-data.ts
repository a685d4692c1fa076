import { z } from 'zod';
import { affairGroups } from '../iid/affairs.js';
import { masterLists } from '../master-data.js';
import { Id, text } from './common.js';

export const MasterListName = z.enum(masterLists);

export const MasterItem = z.object({
  id: Id,
  list: MasterListName,
  code: z.string(),
  name: z.string(),
  group: z.string().nullable(),
  periodId: Id.nullable(),
  position: z.number().int(),
  active: z.boolean(),
});
export type MasterItem = z.infer<typeof MasterItem>;

/** Every list of the region, the per-period ones for the asked (default: current) period. */
export const MasterData = z.object({ periodId: Id.nullable(), items: z.array(MasterItem) });
export type MasterData = z.infer<typeof MasterData>;

export const MasterDataQuery = z.strictObject({ periodId: Id.optional() });

export const MasterItemInput = z.strictObject({
  list: MasterListName,
  name: text(300),
  /** Derived from the name when left out. */
  code: z.string().trim().regex(/^[a-z0-9_]{1,60}$/, { message: 'masterCode' }).optional(),
  group: z.enum(affairGroups).optional(),
  /** Required for per-period lists (themes, classifications, priorities). */
  periodId: Id.optional(),
});
export type MasterItemInput = z.infer<typeof MasterItemInput>;

export const MasterItemUpdate = z.strictObject({
  name: text(300).optional(),
  group: z.enum(affairGroups).optional(),
  position: z.number().int().min(0).max(10_000).optional(),
  active: z.boolean().optional(),
});
export type MasterItemUpdate = z.infer<typeof MasterItemUpdate>;
