import { isBasicServiceAffair, type AffairCode } from './affairs.js';
import type { Catalogue, ImplementationWindow, IsoDate } from './catalogue.js';
import {
  assess,
  evaluateInnovation,
  methodOf,
  qualifiesInWindow,
  regionAspect,
  scoredOption,
  scoreTally,
  type Answer,
  type IidResult,
  type IneligibilityReason,
  type Projection,
  type RegionReport,
  type Tally,
} from './engine.js';

/** A what-if edit; `answer: null` clears an answer. Nothing is saved. */
export type Change =
  | { kind: 'include'; innovationId: string; included: boolean }
  | { kind: 'answer'; innovationId: string; code: string; answer: Answer | null }
  | { kind: 'regionAnswer'; code: string; answer: Answer | null };

export type Warning =
  | { code: 'basicAffairs'; covered: number; required: number; missing: AffairCode[] }
  | { code: 'belowMinDivisor'; counted: number; minDivisor: number }
  /** `innovationId: null` is the region's own (SPD) indicators. */
  | { code: 'mandatoryEmpty'; innovationId: string | null; indicators: string[] }
  | { code: 'leavesWindow'; innovationIds: string[] };

function withAnswer<T extends { answers: RegionReport['answers'] }>(holder: T, code: string, answer: Answer | null): T {
  const answers = { ...holder.answers };
  if (answer) answers[code] = answer;
  else delete answers[code];
  return { ...holder, answers };
}

export function applyChanges(report: RegionReport, changes: readonly Change[]): RegionReport {
  return changes.reduce<RegionReport>((current, change) => {
    if (change.kind === 'regionAnswer') return withAnswer(current, change.code, change.answer);
    const innovations = current.innovations.map((innovation) => {
      if (innovation.id !== change.innovationId) return innovation;
      return change.kind === 'include' ? { ...innovation, excluded: !change.included } : withAnswer(innovation, change.code, change.answer);
    });
    return { ...current, innovations };
  }, report);
}

const nextYear = (date: IsoDate): IsoDate => `${Number(date.slice(0, 4)) + 1}${date.slice(4)}`;
// Assumes next year's window is this one moved by a year; the next period's catalogue may say otherwise.
const nextWindow = (w: ImplementationWindow): ImplementationWindow => ({ ...w, from: nextYear(w.from), to: nextYear(w.to) });

export function warningsOf(catalogue: Catalogue, report: RegionReport, result: IidResult): Warning[] {
  const { period } = catalogue;
  const { explanation } = result;
  const warnings: Warning[] = [];
  const basic = explanation.basicServiceAffairs;
  if (!basic.rewarded) warnings.push({ code: 'basicAffairs', covered: basic.covered.length, required: basic.required, missing: basic.missing });
  if (result.counted < period.minDivisor) warnings.push({ code: 'belowMinDivisor', counted: result.counted, minDivisor: period.minDivisor });
  if (explanation.regionMandatoryMissing.length > 0) warnings.push({ code: 'mandatoryEmpty', innovationId: null, indicators: explanation.regionMandatoryMissing });
  for (const { id, excluded, reasons } of explanation.notCounted) {
    const missing = reasons.find((r) => r.code === 'mandatoryMissing');
    if (missing && !excluded) warnings.push({ code: 'mandatoryEmpty', innovationId: id, indicators: missing.indicators });
  }
  const next = nextWindow(period.implementationWindow);
  const leaving = report.innovations.filter((innovation, index) => result.innovations[index]!.counted && !qualifiesInWindow(innovation, next));
  if (leaving.length > 0) warnings.push({ code: 'leavesWindow', innovationIds: leaving.map((i) => i.id) });
  return warnings;
}

export interface Simulation {
  result: IidResult;
  warnings: Warning[];
}

/** Applies the changes to a copy of the report and scores both projections. */
export function simulate(catalogue: Catalogue, report: RegionReport, changes: readonly Change[]): { report: RegionReport } & Record<Projection, Simulation> {
  const changed = applyChanges(report, changes);
  const run = (projection: Projection): Simulation => {
    const result = assess(catalogue, changed, projection);
    return { result, warnings: warningsOf(catalogue, changed, result) };
  };
  return { report: changed, claimed: run('claimed'), verified: run('verified') };
}

export interface Suggestion {
  kind: 'include' | 'raiseAnswer' | 'fillMandatory';
  change: Change;
  /** Index points gained (unrounded) and the index after the change. */
  gain: number;
  iidExact: number;
}

/** True when the only thing keeping an innovation out is this one missing mandatory answer. */
const onlyMissing = (reasons: readonly IneligibilityReason[], code: string): boolean =>
  reasons.length === 1 && reasons[0]!.code === 'mandatoryMissing' && reasons[0]!.indicators.length === 1 && reasons[0]!.indicators[0] === code;

/**
 * The single changes that raise the index most: include an excluded innovation, or raise one
 * innovation answer (or fill one missing mandatory region answer) by one option, with accepted
 * evidence. A candidate moves one innovation's maturity and counted flag against the region's
 * tally, so each costs O(1) and a 2,000-innovation region's ~40,000 candidates take milliseconds.
 */
export function bestChanges(catalogue: Catalogue, report: RegionReport, limit = 3, projection: Projection = 'claimed'): Suggestion[] {
  const method = methodOf(catalogue);
  const { period } = method;
  const states = report.innovations.map((i) => evaluateInnovation(method, i, projection));
  const affairCounts = new Map<AffairCode, number>();
  const base: Tally = { spd: regionAspect(catalogue, report.answers, projection), counted: 0, maturitySum: 0, basicAffairsCovered: 0 };
  report.innovations.forEach((innovation, index) => {
    const state = states[index]!;
    if (!state.counted) return;
    base.counted += 1;
    base.maturitySum += state.maturity;
    if (isBasicServiceAffair(innovation.mainAffair)) affairCounts.set(innovation.mainAffair, (affairCounts.get(innovation.mainAffair) ?? 0) + 1);
  });
  base.basicAffairsCovered = affairCounts.size;
  const baseIid = scoreTally(period, base).iidExact;

  const suggestions: Suggestion[] = [];
  const consider = (kind: Suggestion['kind'], change: () => Change, tally: Tally) => {
    const iidExact = scoreTally(period, tally).iidExact;
    if (iidExact - baseIid > 1e-9) suggestions.push({ kind, change: change(), gain: iidExact - baseIid, iidExact });
  };
  const accepted = (option: number, basis: Answer['basis']): Answer => ({ option: option as Answer['option'], ...(basis && { basis }), evidenced: true, accepted: true });

  report.innovations.forEach((innovation, index) => {
    const before = states[index]!;
    const propose = (kind: Suggestion['kind'], change: () => Change, maturity: number, counted: boolean) => {
      const shift = Number(counted) - Number(before.counted);
      let covered = base.basicAffairsCovered;
      if (shift !== 0 && isBasicServiceAffair(innovation.mainAffair)) {
        const count = affairCounts.get(innovation.mainAffair) ?? 0;
        covered += Number(count + shift > 0) - Number(count > 0);
      }
      consider(kind, change, {
        spd: base.spd,
        counted: base.counted + shift,
        maturitySum: base.maturitySum - (before.counted ? before.maturity : 0) + (counted ? maturity : 0),
        basicAffairsCovered: covered,
      });
    };
    if (innovation.excluded && before.eligible) propose('include', () => ({ kind: 'include', innovationId: innovation.id, included: true }), before.maturity, true);
    for (const indicator of method.innovationIndicators) {
      const current = innovation.answers[indicator.code];
      const option = scoredOption(indicator, current, projection);
      if (option === 3) continue;
      const fills = indicator.mandatory && option === 0;
      const eligible = before.eligible || (fills && onlyMissing(before.reasons, indicator.code));
      const answer = () => accepted(option + 1, current?.basis ?? (indicator.bases && 'a'));
      propose(
        fills ? 'fillMandatory' : 'raiseAnswer',
        () => ({ kind: 'answer', innovationId: innovation.id, code: indicator.code, answer: answer() }),
        before.maturity + indicator.weight,
        eligible && !innovation.excluded,
      );
    }
  });

  for (const indicator of method.regionIndicators) {
    const current = report.answers[indicator.code];
    if (!indicator.mandatory || scoredOption(indicator, current, projection) > 0) continue;
    consider('fillMandatory', () => ({ kind: 'regionAnswer', code: indicator.code, answer: accepted(1, current?.basis) }), { ...base, spd: base.spd + indicator.weight });
  }

  return suggestions.sort((a, b) => b.gain - a.gain).slice(0, limit);
}
