import { z } from 'zod';
import { indicatorReviewStates } from '../review/workflow.js';
import { Id } from './common.js';
import { Evidence, EvidenceKind } from './innovations.js';

// The region aspect (SPD) of a period: the admin's answers with evidence, reviewed per indicator (issue 5).

export const RegionAnswerInput = z.strictObject({ option: z.number().int().min(0).max(3) });
export const RegionIndicatorParams = z.strictObject({ id: Id, code: z.string().min(1).max(20) });
export const RegionEvidenceParams = z.strictObject({ id: Id, evidenceId: Id });

export const RegionIndicator = z.object({
  code: z.string(),
  variable: z.string(),
  name: z.string(),
  description: z.string(),
  weight: z.number(),
  mandatory: z.boolean(),
  options: z.array(z.object({ label: z.string(), accepts: z.array(EvidenceKind), note: z.string() })),
  option: z.number().int(),
  evidence: z.array(Evidence),
  /** Evidence of a kind the chosen option accepts is present. */
  present: z.boolean(),
  score: z.number(),
  review: z.enum(indicatorReviewStates),
  reviewNote: z.string().nullable(),
  reviewerName: z.string().nullable(),
});
export type RegionIndicator = z.infer<typeof RegionIndicator>;

export const RegionAspect = z.object({
  periodId: Id,
  year: z.number().int(),
  indicators: z.array(RegionIndicator),
  spd: z.object({ claimed: z.number(), verified: z.number(), max: z.number() }),
  /** Mandatory region indicators without a scoring answer (claimed projection). */
  mandatoryMissing: z.array(z.string()),
  mayAnswer: z.boolean(),
  mayReview: z.boolean(),
});
export type RegionAspect = z.infer<typeof RegionAspect>;
