/**
 * A period's measuring method as data: parameters and the indicator catalogue. The method changes
 * every year, so nothing here is a constant of the engine; indicators are keyed by their stable code.
 */

/** A calendar date without time, `YYYY-MM-DD`; compares correctly as a string. */
export type IsoDate = string;

export interface PredicateBounds {
  /** Lower bounds, compared with ≥ on the index rounded half-up to 2 decimals; below `kurangInovatif` → Tidak Dapat Dinilai. */
  sangatInovatif: number;
  inovatif: number;
  kurangInovatif: number;
}

export interface ImplementationWindow {
  from: IsoDate;
  to: IsoDate;
  /** 2026: an innovation implemented before `from` still qualifies with a documented development inside the window. */
  acceptsDevelopment: boolean;
}

export interface PeriodParameters {
  year: number;
  /** Open and close instants (ISO 8601 with offset) of the national platform's input window. */
  inputWindow: { opensAt: string; closesAt: string };
  implementationWindow: ImplementationWindow;
  /** `m`: fewer counted innovations than this are still averaged over m. */
  minDivisor: number;
  countCap: number;
  countWeight: number;
  /** How many of the 6 basic-service affairs counted innovations must cover for the count score. */
  minBasicAffairs: number;
  totalMax: number;
  predicates: PredicateBounds;
  minDesignWords: number;
  /** Previous IGA entries an innovation may have and still be reported. */
  maxIgaEntries: number;
  /** Days a trial may be planned for before the registry warns (PP 38/2017 sets none nationally); 365 when absent. */
  maxTrialDays?: number;
}

export type Aspect = 'region' | 'innovation';
export type EvidenceKind = 'pdf' | 'image' | 'video' | 'link';

export interface EvidenceRequirement {
  kinds: readonly EvidenceKind[];
  note: string;
}

export interface IndicatorOption {
  label: string;
  evidence: EvidenceRequirement;
}

/** Options 1, 2 and 3, in that order: the option number is also the score multiplier. */
export type OptionTriple = readonly [IndicatorOption, IndicatorOption, IndicatorOption];

export const basisCodes = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
export type BasisCode = (typeof basisCodes)[number];

/** One basis of a multi-basis indicator (2026: indicator 33, Kemanfaatan), with its own thresholds. */
export interface Basis {
  name: string;
  options: OptionTriple;
}

export interface Indicator {
  code: string;
  aspect: Aspect;
  variable: string;
  name: string;
  description: string;
  weight: number;
  mandatory: boolean;
  options: OptionTriple;
  /** Present when the unit picks exactly one basis; the chosen basis's thresholds then apply. */
  bases?: Readonly<Record<BasisCode, Basis>>;
}

export interface Catalogue {
  period: PeriodParameters;
  /** Variable code → name, e.g. `SDM` → Sumber Daya Manusia. */
  variables: Readonly<Record<string, string>>;
  /** In display order; look indicators up by `code`. */
  indicators: readonly Indicator[];
}

export const indicatorsOf = (catalogue: Catalogue, aspect: Aspect): Indicator[] => catalogue.indicators.filter((i) => i.aspect === aspect);

export const findIndicator = (catalogue: Catalogue, code: string): Indicator | undefined => catalogue.indicators.find((i) => i.code === code);

/** The highest score an aspect can reach: Σ weight × 3. */
export const aspectMax = (catalogue: Catalogue, aspect: Aspect): number => indicatorsOf(catalogue, aspect).reduce((sum, i) => sum + i.weight * 3, 0);

/** Builds three options that need the same evidence, the common case in the catalogues. */
export function options(labels: readonly [string, string, string], kinds: readonly EvidenceKind[], note: string): OptionTriple {
  const [one, two, three] = labels;
  const evidence = { kinds, note };
  return [
    { label: one, evidence },
    { label: two, evidence },
    { label: three, evidence },
  ];
}
