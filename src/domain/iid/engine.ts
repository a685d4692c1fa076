import { basicServiceAffairs, isBasicServiceAffair, type AffairCode } from './affairs.js';
import { aspectMax, indicatorsOf, type BasisCode, type Catalogue, type ImplementationWindow, type Indicator, type IsoDate, type PeriodParameters, type PredicateBounds } from './catalogue.js';

/** `claimed`: what the unit answered with evidence; `verified`: only answers whose evidence a mentor accepted. */
export const projections = ['claimed', 'verified'] as const;
export type Projection = (typeof projections)[number];

export type Option = 0 | 1 | 2 | 3;
export interface Answer {
  option: Option;
  /** The chosen basis, for an indicator with bases (33). */
  basis?: BasisCode;
  evidenced: boolean;
  accepted: boolean;
}
export type Answers = Readonly<Record<string, Answer | undefined>>;

export const stages = ['inisiatif', 'uji_coba', 'penerapan'] as const;
export type Stage = (typeof stages)[number];

export interface Innovation {
  id: string;
  stage: Stage;
  mainAffair: AffairCode;
  implementedOn: IsoDate | null;
  developedOn: IsoDate | null;
  designWords: number;
  igaEntries: number;
  answers: Answers;
  /** Left out of the report by the region; an eligible innovation is reported unless excluded. */
  excluded?: boolean;
}

/** What a region reports for one period: its own (SPD) answers and its innovations. */
export interface RegionReport {
  answers: Answers;
  innovations: readonly Innovation[];
}

export type IneligibilityReason =
  | { code: 'stage' }
  | { code: 'window' }
  | { code: 'designLength' }
  | { code: 'igaEntries' }
  | { code: 'mandatoryMissing'; indicators: string[] };

export const predicates = ['sangatInovatif', 'inovatif', 'kurangInovatif', 'tidakDapatDinilai'] as const;
export type Predicate = (typeof predicates)[number];
export const predicateNames: Record<Predicate, string> = {
  sangatInovatif: 'Sangat Inovatif',
  inovatif: 'Inovatif',
  kurangInovatif: 'Kurang Inovatif',
  tidakDapatDinilai: 'Tidak Dapat Dinilai',
};

export interface InnovationResult {
  id: string;
  maturity: number;
  eligible: boolean;
  reasons: IneligibilityReason[];
  counted: boolean;
}

/** A component of the index: its score, its maximum, and the index points it contributes (score / totalMax × 100). */
export interface Share {
  score: number;
  max: number;
  points: number;
}

export interface Explanation {
  notCounted: { id: string; excluded: boolean; reasons: IneligibilityReason[] }[];
  /** Seats averaged as zero because fewer than `m` innovations count. */
  emptySeats: number;
  basicServiceAffairs: { covered: AffairCode[]; missing: AffairCode[]; required: number; rewarded: boolean };
  shares: { regionAspect: Share; maturity: Share; countScore: Share };
  regionMandatoryMissing: string[];
}

export interface IidResult {
  projection: Projection;
  /** Rounded half-up to 2 decimals, as published; `iidExact` keeps the unrounded value for sorting. */
  iid: number;
  iidExact: number;
  predicate: Predicate;
  spd: number;
  sid: number;
  countScore: number;
  counted: number;
  divisor: number;
  basicAffairsCovered: number;
  innovations: InnovationResult[];
  explanation: Explanation;
}

/**
 * Half-up (away from zero) rounding. The scaled value gets a small epsilon because binary floats
 * store e.g. 47.045 as 47.04499999…, which must still round to 47.05.
 */
export function roundHalfUp(value: number, digits = 2): number {
  const scale = 10 ** digits;
  return (Math.sign(value) * Math.floor(Math.abs(value) * scale + 0.5 + 1e-7)) / scale;
}

export function predicateOf(bounds: PredicateBounds, iidExact: number): Predicate {
  const iid = roundHalfUp(iidExact);
  if (iid >= bounds.sangatInovatif) return 'sangatInovatif';
  if (iid >= bounds.inovatif) return 'inovatif';
  if (iid >= bounds.kurangInovatif) return 'kurangInovatif';
  return 'tidakDapatDinilai';
}

/** The option an answer scores with: 0 when unanswered, without evidence, without a basis where one is needed, or (verified) not accepted. */
export function scoredOption(indicator: Indicator, answer: Answer | undefined, projection: Projection): Option {
  if (!answer || !answer.evidenced || (projection === 'verified' && !answer.accepted)) return 0;
  if (indicator.bases && !(answer.basis && answer.basis in indicator.bases)) return 0;
  return answer.option;
}

const aspectScore = (indicators: readonly Indicator[], answers: Answers, projection: Projection): number =>
  indicators.reduce((sum, i) => sum + i.weight * scoredOption(i, answers[i.code], projection), 0);

const missingMandatory = (indicators: readonly Indicator[], answers: Answers, projection: Projection): string[] =>
  indicators.filter((i) => i.mandatory && scoredOption(i, answers[i.code], projection) === 0).map((i) => i.code);

/** SPD: the region aspect's score. */
export const regionAspect = (catalogue: Catalogue, answers: Answers, projection: Projection): number =>
  aspectScore(indicatorsOf(catalogue, 'region'), answers, projection);

/** K_j: the maturity of one innovation. */
export const maturity = (catalogue: Catalogue, answers: Answers, projection: Projection): number =>
  aspectScore(indicatorsOf(catalogue, 'innovation'), answers, projection);

/** Implemented inside the window or, where the period accepts it, implemented earlier and developed inside it. */
export function qualifiesInWindow(innovation: Pick<Innovation, 'implementedOn' | 'developedOn'>, window: ImplementationWindow): boolean {
  const inside = (date: IsoDate | null) => date !== null && date >= window.from && date <= window.to;
  if (inside(innovation.implementedOn)) return true;
  return window.acceptsDevelopment && innovation.implementedOn !== null && innovation.implementedOn < window.from && inside(innovation.developedOn);
}

/** The pieces of a catalogue the engine reads on every innovation, split once. */
export interface Method {
  period: PeriodParameters;
  regionIndicators: readonly Indicator[];
  innovationIndicators: readonly Indicator[];
}

export const methodOf = (catalogue: Catalogue): Method => ({
  period: catalogue.period,
  regionIndicators: indicatorsOf(catalogue, 'region'),
  innovationIndicators: indicatorsOf(catalogue, 'innovation'),
});

function ineligibility(method: Method, innovation: Innovation, projection: Projection): IneligibilityReason[] {
  const { period } = method;
  const reasons: IneligibilityReason[] = [];
  if (innovation.stage !== 'penerapan') reasons.push({ code: 'stage' });
  if (!qualifiesInWindow(innovation, period.implementationWindow)) reasons.push({ code: 'window' });
  if (innovation.designWords < period.minDesignWords) reasons.push({ code: 'designLength' });
  if (innovation.igaEntries > period.maxIgaEntries) reasons.push({ code: 'igaEntries' });
  const missing = missingMandatory(method.innovationIndicators, innovation.answers, projection);
  if (missing.length > 0) reasons.push({ code: 'mandatoryMissing', indicators: missing });
  return reasons;
}

export function eligibility(catalogue: Catalogue, innovation: Innovation, projection: Projection): { eligible: boolean; reasons: IneligibilityReason[] } {
  const reasons = ineligibility(methodOf(catalogue), innovation, projection);
  return { eligible: reasons.length === 0, reasons };
}

export function evaluateInnovation(method: Method, innovation: Innovation, projection: Projection): InnovationResult {
  const reasons = ineligibility(method, innovation, projection);
  const eligible = reasons.length === 0;
  return {
    id: innovation.id,
    maturity: aspectScore(method.innovationIndicators, innovation.answers, projection),
    eligible,
    reasons,
    counted: eligible && !innovation.excluded,
  };
}

/** The four numbers the index depends on once every innovation has been evaluated. */
export interface Tally {
  spd: number;
  counted: number;
  maturitySum: number;
  basicAffairsCovered: number;
}

export function scoreTally(period: PeriodParameters, tally: Tally) {
  const divisor = Math.max(period.minDivisor, tally.counted);
  const maturityPart = tally.maturitySum / divisor;
  const countScore = tally.basicAffairsCovered >= period.minBasicAffairs ? Math.min(tally.counted, period.countCap) * period.countWeight : 0;
  const sid = maturityPart + countScore;
  return { divisor, maturityPart, countScore, sid, iidExact: ((tally.spd + sid) / period.totalMax) * 100 };
}

export function assess(catalogue: Catalogue, report: RegionReport, projection: Projection): IidResult {
  const method = methodOf(catalogue);
  const { period } = method;
  const innovations = report.innovations.map((i) => evaluateInnovation(method, i, projection));
  const covered = new Set<AffairCode>();
  let maturitySum = 0;
  const notCounted: Explanation['notCounted'] = [];
  report.innovations.forEach((innovation, index) => {
    const { id, counted, maturity, reasons } = innovations[index]!;
    if (!counted) {
      notCounted.push({ id, excluded: Boolean(innovation.excluded), reasons });
      return;
    }
    maturitySum += maturity;
    if (isBasicServiceAffair(innovation.mainAffair)) covered.add(innovation.mainAffair);
  });
  const spd = aspectScore(method.regionIndicators, report.answers, projection);
  const counted = innovations.filter((i) => i.counted).length;
  const score = scoreTally(period, { spd, counted, maturitySum, basicAffairsCovered: covered.size });
  const share = (value: number, max: number): Share => ({ score: value, max, points: (value / period.totalMax) * 100 });

  return {
    projection,
    iid: roundHalfUp(score.iidExact),
    iidExact: score.iidExact,
    predicate: predicateOf(period.predicates, score.iidExact),
    spd,
    sid: score.sid,
    countScore: score.countScore,
    counted,
    divisor: score.divisor,
    basicAffairsCovered: covered.size,
    innovations,
    explanation: {
      notCounted,
      emptySeats: Math.max(0, period.minDivisor - counted),
      basicServiceAffairs: {
        covered: basicServiceAffairs.filter((a) => covered.has(a)),
        missing: basicServiceAffairs.filter((a) => !covered.has(a)),
        required: period.minBasicAffairs,
        rewarded: covered.size >= period.minBasicAffairs,
      },
      shares: {
        regionAspect: share(spd, aspectMax(catalogue, 'region')),
        maturity: share(score.maturityPart, aspectMax(catalogue, 'innovation')),
        countScore: share(score.countScore, period.countCap * period.countWeight),
      },
      regionMandatoryMissing: missingMandatory(method.regionIndicators, report.answers, projection),
    },
  };
}

/** Both projections of a region's report. */
export const assessBoth = (catalogue: Catalogue, report: RegionReport): Record<Projection, IidResult> => ({
  claimed: assess(catalogue, report, 'claimed'),
  verified: assess(catalogue, report, 'verified'),
});
