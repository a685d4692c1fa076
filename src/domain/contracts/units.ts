import { z } from 'zod';
import { affairCodes } from '../iid/affairs.js';
import { nipProblem } from '../nip.js';
import { unitTypes } from '../unit-types.js';
import { Id, optionalText, PageQuery, paginated, text } from './common.js';

export const UnitTypeSchema = z.enum(unitTypes);

export const Nip = z
  .string()
  .trim()
  .superRefine((value, ctx) => {
    const problem = nipProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: `nip.${problem}` });
  });

export const UnitInput = z.strictObject({
  name: text(200),
  type: UnitTypeSchema,
  parentId: Id.optional().nullable(),
  headName: optionalText(120),
  headTitle: optionalText(120),
  headNip: Nip.optional().nullable(),
  email: z.string().trim().toLowerCase().max(254).pipe(z.email()).optional().nullable(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{6,20}$/).optional().nullable(),
  address: optionalText(500),
  /** The affairs (urusan) the unit handles; a basic-service one raises its innovation quota. */
  affairs: z.array(z.enum(affairCodes)).max(40).optional(),
});
export type UnitInput = z.infer<typeof UnitInput>;

export const UnitUpdate = UnitInput.partial().extend({ active: z.boolean().optional() }).strict();
export type UnitUpdate = z.infer<typeof UnitUpdate>;

export const Unit = z.object({
  id: Id,
  name: z.string(),
  type: UnitTypeSchema,
  parentId: Id.nullable(),
  parentName: z.string().nullable(),
  headName: z.string().nullable(),
  headTitle: z.string().nullable(),
  headNip: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  address: z.string().nullable(),
  affairs: z.array(z.string()),
  active: z.boolean(),
  updatedAt: z.string(),
});
export type Unit = z.infer<typeof Unit>;

export const UnitListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  type: UnitTypeSchema.optional(),
  active: z.enum(['true', 'false', 'all']).default('true'),
  ...PageQuery,
});
export type UnitListQuery = z.infer<typeof UnitListQuery>;
export const UnitList = paginated(Unit);

export const ImportRowError = z.object({ row: z.number().int(), field: z.string(), message: z.string() });
export const ImportReport = z.object({
  imported: z.number().int(),
  rows: z.number().int(),
  errors: z.array(ImportRowError),
});
export type ImportReport = z.infer<typeof ImportReport>;

/** Column headings of the import template, in order (Indonesian, as officials see them). */
export const unitImportColumns = [
  { key: 'name', heading: 'Nama' },
  { key: 'type', heading: 'Jenis' },
  { key: 'parent', heading: 'Induk' },
  { key: 'headName', heading: 'Nama Kepala' },
  { key: 'headTitle', heading: 'Jabatan Kepala' },
  { key: 'headNip', heading: 'NIP Kepala' },
  { key: 'email', heading: 'Email' },
  { key: 'phone', heading: 'Telepon' },
  { key: 'address', heading: 'Alamat' },
] as const;
