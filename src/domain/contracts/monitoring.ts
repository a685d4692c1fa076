import { z } from 'zod';
import { stages } from '../iid/engine.js';
import { ObligationRules } from '../monitoring/obligations.js';
import { ReminderDays } from '../reminders/schedule.js';
import { reviewStates } from '../review/workflow.js';
import { unitTypes } from '../unit-types.js';
import { Id } from './common.js';
import { LabPlanWatch } from './lab.js';

// Obligations, monitoring and reminders (issue 5).

/** What a period asks of its units, and when they are reminded. */
export const PeriodDuties = z.strictObject({ obligations: ObligationRules, reminderDays: ReminderDays });
export type PeriodDuties = z.infer<typeof PeriodDuties>;

export const MonitoringQuery = z.strictObject({ periodId: Id.optional() });

const counts = <T extends readonly [string, ...string[]]>(keys: T) => z.object(Object.fromEntries(keys.map((k) => [k, z.number().int()])) as Record<T[number], z.ZodNumber>);

export const UnitStanding = z.object({
  unitId: Id,
  name: z.string(),
  type: z.enum(unitTypes),
  handlesBasicService: z.boolean(),
  quota: z.number().int(),
  registered: z.number().int(),
  submitted: z.number().int(),
  byStage: counts(stages),
  byReviewState: counts(reviewStates),
  shortfall: z.number().int(),
  below: z.boolean(),
});
export type UnitStanding = z.infer<typeof UnitStanding>;

const IidFigure = z.object({ iid: z.number(), predicate: z.string(), counted: z.number().int(), basicAffairsCovered: z.number().int() });

export const MonitoringReport = z.object({
  period: z.object({ id: Id, year: z.number().int(), closesAt: z.string() }),
  duties: PeriodDuties,
  units: z.array(UnitStanding),
  region: z.object({
    registered: z.number().int(),
    submitted: z.number().int(),
    target: z.number().int(),
    progressPercent: z.number().nullable(),
    units: z.number().int(),
    unitsWithQuota: z.number().int(),
    unitsBelow: z.number().int(),
    totalShortfall: z.number().int(),
    byStage: counts(stages),
    byReviewState: counts(reviewStates),
    basicService: z.object({ affairs: z.array(z.string()), covered: z.array(z.string()), missing: z.array(z.string()), required: z.number().int(), met: z.boolean() }),
    deadline: z.string().nullable(),
    deadlinePassed: z.boolean().nullable(),
  }),
  /** The region's IID from the registry: what units claim, and what mentors verified. */
  iid: z.object({ claimed: IidFigure, verified: IidFigure }),
  /** One row per period of the region, oldest first. */
  trend: z.array(z.object({ year: z.number().int(), registered: z.number().int(), submitted: z.number().int(), claimedIid: z.number(), verifiedIid: z.number() })),
  /** Lab cohorts past (or near) their action-plan deadline with the units that have no plan (issue 6). */
  labPlans: z.array(LabPlanWatch),
});
export type MonitoringReport = z.infer<typeof MonitoringReport>;
