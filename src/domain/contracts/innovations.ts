import { z } from 'zod';
import { basisCodes } from '../iid/catalogue.js';
import { stages } from '../iid/engine.js';
import { lifecycleSteps, legalBasisTypes } from '../innovations/lifecycle.js';
import { requiredProfileFields } from '../innovations/scoring.js';
import { indicatorReviewStates, reviewStates } from '../review/workflow.js';
import { Id, optionalText, PageQuery, paginated, text } from './common.js';

// The innovation registry (issue 4). Custom issue messages are i18n keys under `validation.`.

const date = z.iso.date();
const code = z.string().trim().regex(/^[a-z0-9_]{1,60}$/);
const optionalDate = date.nullable().optional();
const longText = (max: number) => z.string().trim().max(max).nullable().optional();
const webUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), { message: 'url' });

export const InnovationStage = z.enum(stages);
export const InnovationStatus = z.enum(['aktif', 'diajukan_kembali']);
export const InnovationReviewState = z.enum(reviewStates);

/** Profile fields an operator edits (stage and dates of the lifecycle come from its records). */
export const ProfileFields = z.strictObject({
  unitId: Id,
  name: text(300),
  initiator: code.nullable().optional(),
  initiatorName: optionalText(200),
  kind: code.nullable().optional(),
  form: code.nullable().optional(),
  mainAffair: code.nullable().optional(),
  otherAffairs: z.array(code).max(10).optional(),
  theme: code.nullable().optional(),
  classification: code.nullable().optional(),
  priorities: z.array(code).max(20).optional(),
  // Indonesia lies within about 6°N–11°S and 95°E–141°E; a point outside is a typo.
  latitude: z.number().min(-11.5, { message: 'outsideIndonesia' }).max(6.5, { message: 'outsideIndonesia' }).nullable().optional(),
  longitude: z.number().min(94.5, { message: 'outsideIndonesia' }).max(141.5, { message: 'outsideIndonesia' }).nullable().optional(),
  developedOn: optionalDate,
  design: z.string().max(200_000).optional(),
  goal: longText(5000),
  benefits: longText(5000),
  results: longText(5000),
  budgetAmount: z.number().int().min(0).max(1e15).nullable().optional(),
  /** Free text with common values suggested (APBD, APBDes, BOS, BOK, CSR, …). */
  budgetSource: optionalText(100),
  budgetFileId: Id.nullable().optional(),
  businessProfileFileId: Id.nullable().optional(),
  videoFileId: Id.nullable().optional(),
  videoUrl: webUrl.nullable().optional(),
  igaEntries: z.number().int().min(0).max(50).optional(),
});

export const InnovationCreate = ProfileFields;
export type InnovationCreate = z.infer<typeof InnovationCreate>;

/** `version` is the one the editor loaded: a save over a newer version is refused (409 VERSION_CONFLICT). */
export const InnovationUpdate = ProfileFields.partial().extend({ version: z.number().int().min(1) }).strict();
export type InnovationUpdate = z.infer<typeof InnovationUpdate>;

export const FileRef = z.object({ id: Id, name: z.string(), mime: z.string(), size: z.number().int() });
export type FileRef = z.infer<typeof FileRef>;

export const Innovation = z.object({
  id: Id,
  unitId: Id,
  unitName: z.string(),
  periodId: Id,
  periodYear: z.number().int(),
  status: InnovationStatus,
  reviewState: InnovationReviewState,
  /** Carried into a later period: this version is read-only. */
  readOnly: z.boolean(),
  previousId: Id.nullable(),
  nextId: Id.nullable(),
  carryNote: z.string().nullable(),
  /** The idea of the idea bank this innovation was proposed from (its page: `/ide/<id>`). */
  ideaId: Id.nullable(),
  name: z.string(),
  stage: InnovationStage,
  initiator: z.string().nullable(),
  initiatorName: z.string().nullable(),
  kind: z.string().nullable(),
  form: z.string().nullable(),
  mainAffair: z.string().nullable(),
  otherAffairs: z.array(z.string()),
  theme: z.string().nullable(),
  classification: z.string().nullable(),
  priorities: z.array(z.string()),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  trialStartedOn: z.string().nullable(),
  trialPlannedEndOn: z.string().nullable(),
  implementedOn: z.string().nullable(),
  developedOn: z.string().nullable(),
  design: z.string(),
  designWords: z.number().int(),
  goal: z.string().nullable(),
  benefits: z.string().nullable(),
  results: z.string().nullable(),
  budgetAmount: z.number().int().nullable(),
  budgetSource: z.string().nullable(),
  budgetFile: FileRef.nullable(),
  businessProfileFile: FileRef.nullable(),
  videoFile: FileRef.nullable(),
  videoUrl: z.string().nullable(),
  igaEntries: z.number().int(),
  completeness: z.number().int(),
  maturityClaimed: z.number(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Innovation = z.infer<typeof Innovation>;

// ---------------------------------------------------------------- lifecycle

export const LifecycleInput = z.discriminatedUnion('step', [
  z.strictObject({ step: z.literal('proposal'), date, note: optionalText(2000) }),
  z
    .strictObject({ step: z.literal('feasibility'), date, feasible: z.boolean(), reasons: optionalText(4000) })
    .refine((r) => r.feasible || (r.reasons ?? '').length > 0, { path: ['reasons'], message: 'reasonsRequired' }),
  z.strictObject({
    step: z.literal('designation'),
    date,
    legalBasis: z.enum(legalBasisTypes),
    number: text(200),
    fileId: Id.nullable().optional(),
  }),
  z
    .strictObject({ step: z.literal('trial'), date, plannedEndOn: date })
    .refine((r) => r.plannedEndOn >= r.date, { path: ['plannedEndOn'], message: 'windowOrder' }),
  z.strictObject({ step: z.literal('implementation'), date }),
]);
export type LifecycleInput = z.infer<typeof LifecycleInput>;

export const LifecycleRecord = z.object({
  id: Id,
  step: z.enum(lifecycleSteps),
  date: z.string(),
  feasible: z.boolean().nullable(),
  reasons: z.string().nullable(),
  note: z.string().nullable(),
  legalBasis: z.enum(legalBasisTypes).nullable(),
  number: z.string().nullable(),
  plannedEndOn: z.string().nullable(),
  file: FileRef.nullable(),
  recordedBy: z.string().nullable(),
  recordedAt: z.string(),
});
export type LifecycleRecord = z.infer<typeof LifecycleRecord>;

export const Lifecycle = z.object({
  records: z.array(LifecycleRecord),
  nextSteps: z.array(z.enum(lifecycleSteps)),
  /** The trial is planned longer than the region's maximum. */
  trialTooLong: z.boolean(),
  maxTrialDays: z.number().int(),
});
export type Lifecycle = z.infer<typeof Lifecycle>;

// ---------------------------------------------------------------- answers and evidence

export const AnswerInput = z.strictObject({
  /** 0 clears the answer. */
  option: z.number().int().min(0).max(3),
  basis: z.enum(basisCodes).nullable().optional(),
});
export type AnswerInput = z.infer<typeof AnswerInput>;

export const LetterFields = {
  letterNumber: optionalText(200),
  letterDate: optionalDate,
  letterSubject: optionalText(500),
};
export const EvidenceLinkInput = z.strictObject({ url: webUrl, ...LetterFields });
export type EvidenceLinkInput = z.infer<typeof EvidenceLinkInput>;
/** The text fields sent with an evidence file (multipart). */
export const EvidenceFileFields = z.strictObject(LetterFields);

export const EvidenceKind = z.enum(['pdf', 'image', 'video', 'link']);
export const Evidence = z.object({
  id: Id,
  kind: EvidenceKind,
  file: FileRef.nullable(),
  url: z.string().nullable(),
  letterNumber: z.string().nullable(),
  letterDate: z.string().nullable(),
  letterSubject: z.string().nullable(),
  status: z.enum(['pending', 'accepted', 'returned']),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof Evidence>;

export const IndicatorAnswer = z.object({
  code: z.string(),
  option: z.number().int(),
  basis: z.enum(basisCodes).nullable(),
  evidence: z.array(Evidence),
  /** The kinds the chosen option accepts (from the catalogue), and whether such evidence is present. */
  accepts: z.array(EvidenceKind),
  present: z.boolean(),
  /** weight × option when evidenced, else 0 (claimed projection). */
  score: z.number(),
  /** The indicator was edited after this option was chosen: the person should check the answer again. */
  outdated: z.boolean(),
  /** The mentor's review of this indicator's evidence, and the note of a return. */
  review: z.enum(indicatorReviewStates),
  reviewNote: z.string().nullable(),
});
export type IndicatorAnswer = z.infer<typeof IndicatorAnswer>;

const Reason = z.object({ code: z.string(), indicators: z.array(z.string()).optional() });
export const ProjectionScore = z.object({ maturity: z.number(), eligible: z.boolean(), reasons: z.array(Reason) });

export const Assessment = z.object({
  answers: z.array(IndicatorAnswer),
  claimed: ProjectionScore,
  verified: ProjectionScore,
  maturityMax: z.number(),
  completeness: z.object({
    percent: z.number().int(),
    missingFields: z.array(z.enum(requiredProfileFields)),
    missingIndicators: z.array(z.string()),
    complete: z.boolean(),
  }),
  version: z.number().int(),
});
export type Assessment = z.infer<typeof Assessment>;

export const InnovationDetail = z.object({ innovation: Innovation, lifecycle: Lifecycle, assessment: Assessment });
export type InnovationDetail = z.infer<typeof InnovationDetail>;

export const IndicatorParams = z.strictObject({ id: Id, code: z.string().min(1).max(20) });
export const EvidenceParams = z.strictObject({ id: Id, evidenceId: Id });
export const FileParams = z.strictObject({ id: Id, fileId: Id });

// ---------------------------------------------------------------- lists

export const innovationSorts = ['updated', 'name', 'maturity', 'completeness', 'unit'] as const;
export const InnovationListQuery = z.strictObject({
  q: z.string().trim().max(200).optional(),
  unitId: Id.optional(),
  stage: InnovationStage.optional(),
  affair: code.optional(),
  form: code.optional(),
  kind: code.optional(),
  /** Default: the current period. */
  periodId: Id.optional(),
  status: InnovationStatus.optional(),
  reviewState: InnovationReviewState.optional(),
  complete: z.enum(['true', 'false']).optional(),
  sort: z.enum(innovationSorts).default('updated'),
  order: z.enum(['asc', 'desc']).default('desc'),
  ...PageQuery,
});
export type InnovationListQuery = z.infer<typeof InnovationListQuery>;

export const InnovationListItem = z.object({
  id: Id,
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  periodYear: z.number().int(),
  stage: InnovationStage,
  mainAffair: z.string().nullable(),
  form: z.string().nullable(),
  kind: z.string().nullable(),
  status: InnovationStatus,
  reviewState: InnovationReviewState,
  completeness: z.number().int(),
  maturityClaimed: z.number(),
  updatedAt: z.string(),
});
export type InnovationListItem = z.infer<typeof InnovationListItem>;
export const InnovationList = paginated(InnovationListItem);
export type InnovationList = z.infer<typeof InnovationList>;

// ---------------------------------------------------------------- carry-over, history, import

export const CarryOverInput = z.strictObject({ note: z.string().trim().min(20, { message: 'carryNoteShort' }).max(4000) });

export const HistoryEntry = z.object({
  id: Id,
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.unknown(), after: z.unknown() })),
  reason: z.string().nullable(),
});
export const History = z.object({ items: z.array(HistoryEntry) });

export const InnovationImportRow = z.object({ row: z.number().int(), name: z.string(), unitName: z.string(), errors: z.array(z.object({ field: z.string(), message: z.string() })) });
export const InnovationImportReport = z.object({
  dryRun: z.boolean(),
  imported: z.number().int(),
  rows: z.array(InnovationImportRow),
  errorCount: z.number().int(),
});
export type InnovationImportReport = z.infer<typeof InnovationImportReport>;
export const ImportModeQuery = z.strictObject({ dryRun: z.enum(['true', 'false']).default('true') });


// ---------------------------------------------------------------- the simulator's working set

const EngineAnswer = z.object({ option: z.number().int().min(0).max(3), basis: z.enum(basisCodes).optional(), evidenced: z.boolean(), accepted: z.boolean() });

/**
 * The stored innovations of a period as the IID engine reads them (claimed and verified flags from
 * the evidence), for the simulator. `id` is a readable, unique label (the name, with the unit when
 * two share a name). Region (SPD) answers are not stored yet, so `region.answers` is empty.
 */
export const RegistryReport = z.object({
  period: z.number().int(),
  region: z.object({ answers: z.record(z.string(), EngineAnswer) }),
  innovations: z.array(
    z.object({
      id: z.string(),
      stage: InnovationStage,
      mainAffair: z.string(),
      implementedOn: z.string().nullable(),
      developedOn: z.string().nullable(),
      designWords: z.number().int(),
      igaEntries: z.number().int(),
      answers: z.record(z.string(), EngineAnswer),
    }),
  ),
});
export type RegistryReport = z.infer<typeof RegistryReport>;
export const RegistryReportQuery = z.strictObject({ periodId: Id.optional() });
