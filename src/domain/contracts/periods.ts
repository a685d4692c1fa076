import { z } from 'zod';
import { AnswerMap, IidInnovationInput, IneligibilityReason, innovationScoreFields, scoreFields } from './iid.js';
import { Id } from './common.js';
import { basisCodes } from '../iid/catalogue.js';
import { predicates, projections } from '../iid/engine.js';

// Periods and their indicator catalogue (issue 3, items 1–2), and the server side of the simulator.
// Custom issue messages are i18n keys under `validation.` (see src/domain/i18n/messages.ts).

const whole = (min: number, max: number) => z.number().int().min(min).max(max);
const instant = z.iso.datetime({ offset: true });
const date = z.iso.date();

export const InputWindow = z
  .strictObject({ opensAt: instant, closesAt: instant })
  .refine((w) => Date.parse(w.closesAt) > Date.parse(w.opensAt), { path: ['closesAt'], message: 'windowOrder' });

export const ImplementationWindow = z
  .strictObject({ from: date, to: date, acceptsDevelopment: z.boolean() })
  .refine((w) => w.to >= w.from, { path: ['to'], message: 'windowOrder' });

/** Lower bounds of the predicates, compared with ≥; each must be above the next lower one. */
export const PredicateBounds = z
  .strictObject({ sangatInovatif: z.number().min(0).max(100), inovatif: z.number().min(0).max(100), kurangInovatif: z.number().min(0).max(100) })
  .superRefine((b, ctx) => {
    if (!(b.inovatif > b.kurangInovatif)) ctx.addIssue({ code: 'custom', path: ['inovatif'], message: 'predicatesIncreasing' });
    if (!(b.sangatInovatif > b.inovatif)) ctx.addIssue({ code: 'custom', path: ['sangatInovatif'], message: 'predicatesIncreasing' });
  });

/** A period's parameters as stored (`periods.parameters`); the year is the period's own column. */
export const PeriodParameters = z.strictObject({
  inputWindow: InputWindow,
  implementationWindow: ImplementationWindow,
  minDivisor: whole(1, 10_000),
  countCap: whole(0, 100_000),
  countWeight: z.number().min(0).max(1000),
  minBasicAffairs: whole(0, 6),
  totalMax: z.number().positive().max(100_000),
  predicates: PredicateBounds,
  minDesignWords: whole(0, 100_000),
  maxIgaEntries: whole(0, 1000),
  /** The registry's warning threshold for a planned trial; absent on periods stored before it existed (365). */
  maxTrialDays: whole(1, 3650).optional(),
});
export type PeriodParameters = z.infer<typeof PeriodParameters>;

/** PATCH: any subset of the parameters; each given group is replaced whole and validated on its own. */
export const PeriodUpdate = PeriodParameters.partial();
export type PeriodUpdate = z.infer<typeof PeriodUpdate>;

export const CloneInput = z.strictObject({ year: whole(2000, 2100) });

export const PeriodCodeParams = z.strictObject({ id: Id, code: z.string().min(1).max(20) });

const label = z.string().trim().min(1).max(500);
export const EvidenceRequirement = z.strictObject({ kinds: z.array(z.enum(['pdf', 'image', 'video', 'link'])).min(1).max(4), note: z.string().trim().max(1000) });
export const IndicatorOption = z.strictObject({ label, evidence: EvidenceRequirement });
/** Options 1, 2 and 3 in order: the option number is the score multiplier. */
export const OptionTriple = z.tuple([IndicatorOption, IndicatorOption, IndicatorOption]);
export const Basis = z.strictObject({ name: label, options: OptionTriple });

export const IndicatorDefinition = z.strictObject({
  variable: z.string().trim().min(1).max(20),
  name: label,
  description: z.string().trim().max(2000),
  weight: z.number().min(0).max(100),
  mandatory: z.boolean(),
  options: OptionTriple,
  bases: z.partialRecord(z.enum(basisCodes), Basis).optional(),
});
export type IndicatorDefinition = z.infer<typeof IndicatorDefinition>;

export const Indicator = IndicatorDefinition.extend({ code: z.string(), aspect: z.enum(['region', 'innovation']) });
export type Indicator = z.infer<typeof Indicator>;

/** PATCH of one indicator: code, aspect and variable are not editable; options (and bases) are replaced whole. */
export const IndicatorUpdate = z.strictObject({
  name: label.optional(),
  description: z.string().trim().max(2000).optional(),
  weight: z.number().min(0).max(100).optional(),
  mandatory: z.boolean().optional(),
  options: OptionTriple.optional(),
  bases: z.partialRecord(z.enum(basisCodes), Basis).optional(),
});
export type IndicatorUpdate = z.infer<typeof IndicatorUpdate>;

export const PeriodSummary = z.object({
  id: Id,
  year: z.number().int(),
  isCurrent: z.boolean(),
  parameters: PeriodParameters,
  variables: z.record(z.string(), z.string()),
  regionIndicators: z.number().int(),
  innovationIndicators: z.number().int(),
  updatedAt: z.string(),
});
export type PeriodSummary = z.infer<typeof PeriodSummary>;
export const PeriodList = z.object({ items: z.array(PeriodSummary) });
export const PeriodDetail = PeriodSummary.extend({ indicators: z.array(Indicator) });
export type PeriodDetail = z.infer<typeof PeriodDetail>;

/** `POST /api/iid/calculate`: the `lumbung iid` input with a stored period's id instead of a year. */
export const IidCalculateInput = z
  .strictObject({
    periodId: Id,
    region: z.strictObject({ answers: AnswerMap }),
    innovations: z.array(IidInnovationInput).max(50_000),
  })
  .superRefine((input, ctx) => {
    const seen = new Set<string>();
    input.innovations.forEach((innovation, index) => {
      if (seen.has(innovation.id)) ctx.addIssue({ code: 'custom', path: ['innovations', index, 'id'], message: 'duplicateId' });
      seen.add(innovation.id);
    });
  });
export type IidCalculateInput = z.output<typeof IidCalculateInput>;

const Share = z.object({ score: z.number(), max: z.number(), points: z.number() });
const NotCounted = z.object({ id: z.string(), excluded: z.boolean(), reasons: z.array(IneligibilityReason) });

export const IidResult = z.object({
  projection: z.enum(projections),
  ...scoreFields,
  iidExact: z.number(),
  predicate: z.enum(predicates),
  innovations: z.array(z.object({ ...innovationScoreFields, counted: z.boolean() })),
  explanation: z.object({
    notCounted: z.array(NotCounted),
    emptySeats: z.number().int(),
    basicServiceAffairs: z.object({ covered: z.array(z.string()), missing: z.array(z.string()), required: z.number().int(), rewarded: z.boolean() }),
    shares: z.object({ regionAspect: Share, maturity: Share, countScore: Share }),
    regionMandatoryMissing: z.array(z.string()),
  }),
});

export const IidCalculateResult = z.object({
  period: z.object({ id: Id, year: z.number().int() }),
  claimed: IidResult,
  verified: IidResult,
});
export type IidCalculateResult = z.infer<typeof IidCalculateResult>;

/** An indicator's definitions over time: the current one first, then the versions answers were given under. */
export const IndicatorHistory = z.object({
  items: z.array(z.object({ version: z.number().int(), current: z.boolean(), replacedAt: z.string().nullable(), replacedBy: z.string().nullable(), indicator: Indicator })),
});
