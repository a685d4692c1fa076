import { z } from 'zod';
import { validatePattern } from '../letters/numbering.js';
import { Id, optionalText, text } from './common.js';
import { Nip } from './units.js';

// Letters and long exports (issue 5). Custom issue messages are i18n keys under `validation.`.

/** The region's letterhead, numbering and signatory: set once by the admin, used by every letter. */
export const LetterSettings = z.strictObject({
  /** "PEMERINTAH KABUPATEN CONTOH". */
  government: text(200),
  /** Where letters are signed: "Kalianda". */
  place: text(100),
  /** e.g. `800/{seq}/BAPPERIDA/{year}`; see domain/letters/numbering.ts. */
  numberPattern: text(120).refine((p) => validatePattern(p).length === 0, { message: 'letterPattern' }),
  signatory: z.strictObject({
    title: text(200),
    name: text(120),
    rank: optionalText(120),
    nip: Nip.optional().nullable(),
    onBehalfOf: optionalText(200),
  }),
  /** For the designation decree: "Bupati Contoh", and the head's name when known. */
  headOffice: text(120),
  headName: optionalText(120),
});
export type LetterSettings = z.infer<typeof LetterSettings>;

/** What the settings form loads: the saved settings, or suggestions with blanks (`saved: false`). */
export const LetterSettingsView = z.object({
  government: z.string(),
  place: z.string(),
  numberPattern: z.string(),
  signatory: z.object({ title: z.string(), name: z.string(), rank: z.string().nullable().optional(), nip: z.string().nullable().optional(), onBehalfOf: z.string().nullable().optional() }),
  headOffice: z.string(),
  headName: z.string().nullable().optional(),
  saved: z.boolean(),
});

export const QuotaLettersInput = z
  .strictObject({
    kind: z.enum(['pemberitahuan', 'teguran']),
    periodId: Id.optional(),
    /** The letter date, YYYY-MM-DD; today in the region's zone when absent. */
    date: z.iso.date().optional(),
    /**
     * Who gets the letters: units below their quota (the default), or the units of a lab cohort
     * without an action plan by its deadline (issue 6; then `cohortId` names the cohort).
     */
    reason: z.enum(['quota', 'actionPlan']).optional(),
    cohortId: Id.optional(),
  })
  .refine((v) => v.reason !== 'actionPlan' || !!v.cohortId, { message: 'lab.letterCohort', path: ['cohortId'] });
export type QuotaLettersInput = z.infer<typeof QuotaLettersInput>;

export const DecreeInput = z.strictObject({
  innovationIds: z.array(Id).min(1, { message: 'decreeEmpty' }).max(500),
  /** Executors per innovation id (names or positions); the unit head's title when absent. */
  executors: z.record(Id, z.array(z.string().trim().min(1).max(200)).max(20)).optional(),
});
export type DecreeInput = z.infer<typeof DecreeInput>;

export const exportKinds = ['letters.pemberitahuan', 'letters.teguran', 'report.recap', 'report.national'] as const;
export const ExportJob = z.object({
  id: Id,
  kind: z.enum(exportKinds),
  status: z.enum(['queued', 'running', 'done', 'failed']),
  done: z.number().int(),
  total: z.number().int(),
  fileName: z.string().nullable(),
  size: z.number().int().nullable(),
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ExportJob = z.infer<typeof ExportJob>;
export const ExportJobList = z.object({ items: z.array(ExportJob) });

export const ReportInput = z.strictObject({ kind: z.enum(['report.recap', 'report.national']), periodId: Id.optional() });
export type ReportInput = z.infer<typeof ReportInput>;
