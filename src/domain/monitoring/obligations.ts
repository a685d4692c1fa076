import { z } from 'zod';
import { basicServiceAffairs, isBasicServiceAffair, type AffairCode } from '../iid/affairs.js';
import { stages, type Stage } from '../iid/engine.js';
import { reviewStates, type ReviewState } from '../review/workflow.js';
import { unitTypes, type UnitType } from '../unit-types.js';

/**
 * Per-period duties a region puts on its units (domain reference §2: "every unit submits at least
 * one innovation proposal per budget year", Sragen; "every unit handling a yandas affair inputs at
 * least 2", Lampung). Quotas are regional policy, never national constants, so the administrator
 * sets them per period. Custom issue messages are i18n keys under `validation.`; until the i18n
 * files carry them the server falls back to its generic wording for the check that failed.
 */

const quota = z.number({ message: 'obligationQuota' }).int({ message: 'obligationQuota' }).min(0, { message: 'obligationQuota' }).max(1000, { message: 'obligationQuota' });

export const ObligationRules = z.strictObject({
  /** Innovations every active unit must submit. */
  defaultQuota: quota.default(1),
  /** Innovations a unit that handles a basic-service (yandas) affair must submit. */
  basicServiceQuota: quota.default(2),
  /**
   * A quota for every unit of a type, replacing both values above: e.g. 0 for schools and desa
   * so they take part voluntarily, even though a school handles Pendidikan.
   */
  unitTypeQuotas: z.partialRecord(z.enum(unitTypes), quota).default({}),
  /** The region's target of submitted innovations for the period; 0 means no target. */
  regionTarget: z
    .number({ message: 'obligationTarget' })
    .int({ message: 'obligationTarget' })
    .min(0, { message: 'obligationTarget' })
    .max(100_000, { message: 'obligationTarget' })
    .default(100),
  /** When the units' submissions are due; letters and reminders quote it. Null until the admin sets it. */
  deadline: z.iso.datetime({ offset: true, message: 'obligationDeadline' }).nullable().default(null),
});
export type ObligationRules = z.infer<typeof ObligationRules>;
export type ObligationRulesInput = z.input<typeof ObligationRules>;

/** The rules a new period starts with. */
export const defaultObligationRules: ObligationRules = ObligationRules.parse({});

export interface MonitoredUnit {
  id: string;
  name: string;
  type: UnitType;
  /** Whether the unit handles one of the six basic-service affairs (set by the caller from the unit's affairs). */
  handlesBasicService: boolean;
  active: boolean;
}

export interface MonitoredInnovation {
  unitId: string;
  stage: Stage;
  reviewState: ReviewState;
  /** An affair code; a region's own added affairs are plain strings and never basic-service. */
  mainAffair: string | null;
  /**
   * Whether the innovation would count in the national index (Penerapan and eligible, §6.8), as
   * the caller's engine decided. Absent: a submitted innovation in Penerapan is assumed to count.
   */
  countsForIid?: boolean;
}

/** The quota of one unit: its type's quota when the administrator set one, else by whether it handles a basic-service affair. */
export function unitQuota(rules: ObligationRules, unit: Pick<MonitoredUnit, 'type' | 'handlesBasicService' | 'active'>): number {
  // An inactive unit (merged, dissolved) can no longer deliver; it owes nothing.
  if (!unit.active) return 0;
  return rules.unitTypeQuotas[unit.type] ?? (unit.handlesBasicService ? rules.basicServiceQuota : rules.defaultQuota);
}

/**
 * Which innovations fulfil a quota: those the unit has submitted at least once, i.e. every review
 * state past `draf`. A returned innovation (`dikembalikan`) still counts: the unit delivered and
 * the mentor asked for changes, which is the mentor's queue rather than a missing submission. A
 * draft alone does not count, so a unit cannot meet its duty by typing a title; the dashboard
 * shows `registered` beside it so the difference is visible.
 */
export const countsTowardQuota = (innovation: Pick<MonitoredInnovation, 'reviewState'>): boolean => innovation.reviewState !== 'draf';

const countsForIid = (i: MonitoredInnovation): boolean => i.countsForIid ?? (i.stage === 'penerapan' && countsTowardQuota(i));

const zeroes = <K extends string>(keys: readonly K[]): Record<K, number> => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

export interface UnitStanding {
  unitId: string;
  name: string;
  type: UnitType;
  handlesBasicService: boolean;
  quota: number;
  /** Every innovation of the unit in the period, drafts included. */
  registered: number;
  /** Innovations that count toward the quota (submitted or later). */
  submitted: number;
  byStage: Record<Stage, number>;
  byReviewState: Record<ReviewState, number>;
  /** max(0, quota − submitted). */
  shortfall: number;
  below: boolean;
}

export interface BasicServiceCoverage {
  /** The six basic-service affairs, in the reference's order. */
  affairs: readonly AffairCode[];
  /** Those that are the main affair of some innovation counting in the index. */
  covered: AffairCode[];
  missing: AffairCode[];
  /** How many must be covered for the count score (the period's `minBasicAffairs`). */
  required: number;
  met: boolean;
}

export interface RegionStanding {
  registered: number;
  /** Submitted innovations (the region's progress toward its target). */
  submitted: number;
  target: number;
  /** submitted / target × 100, one decimal, not capped at 100; null without a target. */
  progressPercent: number | null;
  /** Active units. */
  units: number;
  unitsWithQuota: number;
  unitsBelow: number;
  totalShortfall: number;
  byStage: Record<Stage, number>;
  byReviewState: Record<ReviewState, number>;
  basicService: BasicServiceCoverage;
  deadline: string | null;
  /** Only when `now` was given. */
  deadlinePassed: boolean | null;
}

export interface Monitoring {
  units: UnitStanding[];
  region: RegionStanding;
}

export interface MonitorOptions {
  /** The period's `minBasicAffairs` (2026: 5); all six when absent, as announced from 2027. */
  minBasicAffairs?: number;
  now?: Date;
}

/**
 * The monitoring dashboard's numbers: one row per active unit (input order), and the region's
 * totals. Region totals count every innovation passed in, including those of units that are
 * inactive or unknown here, because they are still the region's innovations; per-unit rows only
 * exist for active units, which are the ones that can be asked to deliver.
 * `innovations` are the period's innovations (not deleted, not carried into a later period).
 */
export function monitorUnits(
  rules: ObligationRules,
  units: readonly MonitoredUnit[],
  innovations: readonly MonitoredInnovation[],
  options: MonitorOptions = {},
): Monitoring {
  const byUnit = new Map<string, MonitoredInnovation[]>();
  for (const innovation of innovations) {
    const list = byUnit.get(innovation.unitId);
    if (list) list.push(innovation);
    else byUnit.set(innovation.unitId, [innovation]);
  }

  const rows: UnitStanding[] = units
    .filter((u) => u.active)
    .map((unit) => {
      const own = byUnit.get(unit.id) ?? [];
      const byStage = zeroes(stages);
      const byReviewState = zeroes(reviewStates);
      let submitted = 0;
      for (const i of own) {
        byStage[i.stage] += 1;
        byReviewState[i.reviewState] += 1;
        if (countsTowardQuota(i)) submitted += 1;
      }
      const q = unitQuota(rules, unit);
      const shortfall = Math.max(0, q - submitted);
      return {
        unitId: unit.id,
        name: unit.name,
        type: unit.type,
        handlesBasicService: unit.handlesBasicService,
        quota: q,
        registered: own.length,
        submitted,
        byStage,
        byReviewState,
        shortfall,
        below: shortfall > 0,
      };
    });

  const byStage = zeroes(stages);
  const byReviewState = zeroes(reviewStates);
  const coveredSet = new Set<AffairCode>();
  let submitted = 0;
  for (const i of innovations) {
    byStage[i.stage] += 1;
    byReviewState[i.reviewState] += 1;
    if (countsTowardQuota(i)) submitted += 1;
    if (i.mainAffair && isBasicServiceAffair(i.mainAffair as AffairCode) && countsForIid(i)) coveredSet.add(i.mainAffair as AffairCode);
  }
  const covered = basicServiceAffairs.filter((a) => coveredSet.has(a));
  const required = Math.min(options.minBasicAffairs ?? basicServiceAffairs.length, basicServiceAffairs.length);
  const target = rules.regionTarget;

  return {
    units: rows,
    region: {
      registered: innovations.length,
      submitted,
      target,
      progressPercent: target > 0 ? Math.round((submitted / target) * 1000) / 10 : null,
      units: rows.length,
      unitsWithQuota: rows.filter((r) => r.quota > 0).length,
      unitsBelow: rows.filter((r) => r.below).length,
      totalShortfall: rows.reduce((sum, r) => sum + r.shortfall, 0),
      byStage,
      byReviewState,
      basicService: {
        affairs: basicServiceAffairs,
        covered,
        missing: basicServiceAffairs.filter((a) => !coveredSet.has(a)),
        required,
        met: covered.length >= required,
      },
      deadline: rules.deadline,
      deadlinePassed: options.now && rules.deadline ? options.now.getTime() >= Date.parse(rules.deadline) : null,
    },
  };
}

/** The units a notice or reprimand letter goes to: active, below quota, largest shortfall first. */
export function unitsToWarn(monitoring: Monitoring): UnitStanding[] {
  return monitoring.units.filter((u) => u.below).sort((a, b) => b.shortfall - a.shortfall || a.name.localeCompare(b.name, 'id'));
}
