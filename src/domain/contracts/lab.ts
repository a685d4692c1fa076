import { z } from 'zod';
import { milestoneStatuses } from '../lab/plans.js';
import { labStages, stageProblems } from '../lab/stages.js';
import { Id, optionalText, text } from './common.js';
import { FileRef } from './innovations.js';

// The innovation lab (LAN's Laboratorium Inovasi) and action plans (issue 6). Custom issue
// messages are i18n keys under `validation.` (messages-lab.ts adds `validation.lab.*`).

const webUrl = z
  .string()
  .trim()
  .max(2000)
  .refine((v) => /^https?:\/\/[^\s/]+\.[^\s]+$/i.test(v), { message: 'url' });

export const LabStage = z.enum(labStages);
export const StageDates = z.strictObject({ stage: LabStage, startsOn: z.iso.date(), endsOn: z.iso.date() });

/** The five stages with their days, checked by the domain rule (order, end ≥ start, no overlap). */
export const CohortStages = z
  .array(StageDates)
  .max(10)
  .superRefine((stages, ctx) => {
    for (const p of stageProblems(stages)) ctx.addIssue({ code: 'custom', message: p.key, path: p.index < stages.length ? [p.index, p.field] : [] });
  });

/** What an admin sets on a cohort. The deadline is an instant; the page enters it in the region's zone. */
export const CohortInput = z.strictObject({
  name: text(200),
  description: optionalText(4000),
  stages: CohortStages,
  planDeadline: z.iso.datetime({ offset: true, message: 'lab.deadline' }),
  unitIds: z.array(Id).max(1000).default([]),
});
export type CohortInput = z.input<typeof CohortInput>;

export const CohortIdeaInput = z.strictObject({ ideaId: Id });
export const CohortIdeaParams = z.strictObject({ id: Id, ideaId: Id });
export const PlanParams = z.strictObject({ planId: Id });
export const MilestoneParams = z.strictObject({ planId: Id, milestoneId: Id });

export const StagePosition = z.object({ phase: z.enum(['before', 'during', 'between', 'after']), stage: LabStage.nullable() });
export const UnitPlanStatus = z.enum(['handedIn', 'late', 'missing']);

export const CohortSummary = z.object({
  id: Id,
  name: z.string(),
  description: z.string().nullable(),
  stages: z.array(z.object({ stage: LabStage, startsOn: z.string(), endsOn: z.string() })),
  planDeadline: z.string(),
  deadlinePassed: z.boolean(),
  current: StagePosition,
  /** The units the reader sees (an operator: only their own participating units). */
  units: z.number().int(),
  handedIn: z.number().int(),
  withoutPlan: z.number().int(),
  ideas: z.number().int(),
  createdAt: z.string(),
});
export type CohortSummary = z.infer<typeof CohortSummary>;
export const CohortList = z.object({ items: z.array(CohortSummary), mayCreate: z.boolean() });
export type CohortList = z.infer<typeof CohortList>;

/** `version` guards against overwriting a colleague's change: every change to the plan or its milestones sends the version it started from. */
const Versioned = { version: z.number().int().min(1) };

export const PlanCreateInput = z.strictObject({ innovationId: Id });
export const MilestoneInput = z.strictObject({
  ...Versioned,
  title: text(300),
  owner: text(200),
  dueOn: z.iso.date(),
  status: z.enum(milestoneStatuses).default('belum'),
  /** A link as evidence (a file is uploaded separately); null removes the link. */
  evidenceUrl: webUrl.nullable().optional(),
  /** Removes the uploaded evidence file. */
  removeFile: z.boolean().optional(),
  note: optionalText(2000),
});
export type MilestoneInput = z.input<typeof MilestoneInput>;
export const VersionInput = z.strictObject(Versioned);
export const VersionQuery = z.strictObject({ version: z.coerce.number().int().min(1) });

export const Milestone = z.object({
  id: Id,
  position: z.number().int(),
  title: z.string(),
  owner: z.string(),
  dueOn: z.string(),
  status: z.enum(milestoneStatuses),
  late: z.boolean(),
  evidenceFile: FileRef.nullable(),
  evidenceUrl: z.string().nullable(),
  note: z.string().nullable(),
});
export type Milestone = z.infer<typeof Milestone>;

export const ActionPlan = z.object({
  id: Id,
  cohortId: Id,
  unitId: Id,
  unitName: z.string(),
  innovationId: Id,
  innovationName: z.string(),
  submittedAt: z.string().nullable(),
  submittedLate: z.boolean(),
  version: z.number().int(),
  milestones: z.array(Milestone),
  progress: z.object({ total: z.number().int(), done: z.number().int(), running: z.number().int(), late: z.number().int(), percent: z.number().int() }),
  /** Why it cannot be handed in yet (texts in the reader's language); empty when it can. */
  incomplete: z.array(z.string()),
  mayEdit: z.boolean(),
  updatedAt: z.string(),
});
export type ActionPlan = z.infer<typeof ActionPlan>;

export const CohortDetail = CohortSummary.extend({
  participants: z.array(z.object({ unitId: Id, name: z.string(), status: UnitPlanStatus, plans: z.number().int() })),
  /** The participating units without a plan by the deadline (empty until it has passed). */
  unitsWithoutPlan: z.array(z.object({ unitId: Id, name: z.string(), status: z.enum(['late', 'missing']) })),
  ideasInDiagnose: z.array(z.object({ ideaId: Id, title: z.string(), addedAt: z.string() })),
  plans: z.array(ActionPlan),
  /** For the plan form: innovations of the reader's participating units that have no plan in this cohort yet. */
  plannable: z.array(z.object({ innovationId: Id, name: z.string(), unitId: Id, unitName: z.string() })),
  /** For the admin: the region's published ideas not yet in the cohort. */
  ideaOptions: z.array(z.object({ ideaId: Id, title: z.string() })),
  mayEdit: z.boolean(),
});
export type CohortDetail = z.infer<typeof CohortDetail>;

/** For the monitoring dashboard: per cohort past its deadline (or close to it), the units without a plan. */
export const LabPlanWatch = z.object({
  cohortId: Id,
  name: z.string(),
  planDeadline: z.string(),
  deadlinePassed: z.boolean(),
  units: z.array(z.object({ unitId: Id, name: z.string(), status: z.enum(['late', 'missing']) })),
});
export type LabPlanWatch = z.infer<typeof LabPlanWatch>;
