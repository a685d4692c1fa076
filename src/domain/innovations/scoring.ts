import type { AffairCode } from '../iid/affairs.js';
import { findIndicator, indicatorsOf, type BasisCode, type Catalogue, type Indicator } from '../iid/catalogue.js';
import type { Answer, Answers, Innovation, Option, Stage } from '../iid/engine.js';
import { checkEvidence, type EvidenceCheck, type EvidenceItem } from './evidence.js';

/** An indicator answer as stored: the option (and basis for 33) plus its evidence items. */
export interface StoredAnswer {
  code: string;
  option: number;
  basis: string | null;
  evidence: readonly EvidenceItem[];
}

/** The evidence the chosen option (of the chosen basis) asks for. */
export function requirementOf(indicator: Indicator, answer: Pick<StoredAnswer, 'option' | 'basis'>) {
  if (answer.option < 1 || answer.option > 3) return undefined;
  const options = indicator.bases ? indicator.bases[answer.basis as BasisCode]?.options : indicator.options;
  return options?.[answer.option - 1]?.evidence;
}

export function evidenceCheckOf(catalogue: Catalogue, answer: StoredAnswer): EvidenceCheck {
  const indicator = findIndicator(catalogue, answer.code);
  return checkEvidence(indicator && requirementOf(indicator, answer), answer.evidence);
}

/** The engine's answers of an innovation: evidenced when the chosen option's evidence is present. */
export function engineAnswers(catalogue: Catalogue, answers: readonly StoredAnswer[]): Answers {
  const out: Record<string, Answer> = {};
  for (const a of answers) {
    if (a.option < 1) continue;
    const check = evidenceCheckOf(catalogue, a);
    out[a.code] = {
      option: a.option as Option,
      ...(a.basis ? { basis: a.basis as BasisCode } : {}),
      evidenced: check.present,
      accepted: check.accepted,
    };
  }
  return out;
}

export interface RegistryInnovation {
  id: string;
  stage: Stage;
  mainAffair: string | null;
  implementedOn: string | null;
  developedOn: string | null;
  designWords: number;
  igaEntries: number;
}

/** A stored innovation as the IID engine sees it. An unknown affair simply covers no yandas affair. */
export function toEngineInnovation(catalogue: Catalogue, innovation: RegistryInnovation, answers: readonly StoredAnswer[]): Innovation {
  return {
    id: innovation.id,
    stage: innovation.stage,
    mainAffair: (innovation.mainAffair ?? '') as AffairCode,
    implementedOn: innovation.implementedOn,
    developedOn: innovation.developedOn,
    designWords: innovation.designWords,
    igaEntries: innovation.igaEntries,
    answers: engineAnswers(catalogue, answers),
  };
}

/** Profile fields the national report needs, in the order the form shows them. */
export const requiredProfileFields = [
  'name',
  'initiator',
  'initiatorName',
  'kind',
  'form',
  'mainAffair',
  'theme',
  'goal',
  'benefits',
  'results',
  'design',
] as const;
export type RequiredProfileField = (typeof requiredProfileFields)[number];

export interface Completeness {
  /** 0–100: required profile fields filled plus innovation indicators answered with evidence present. */
  percent: number;
  missingFields: RequiredProfileField[];
  /** Innovation indicators without an answer, or whose chosen option lacks its evidence. */
  missingIndicators: string[];
  complete: boolean;
}

export function completenessOf(
  catalogue: Catalogue,
  profile: Partial<Record<RequiredProfileField, unknown>> & { designWords: number },
  answers: readonly StoredAnswer[],
): Completeness {
  const missingFields = requiredProfileFields.filter((f) => {
    const v = profile[f];
    if (f === 'design') return profile.designWords < catalogue.period.minDesignWords;
    return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
  });
  const byCode = new Map(answers.map((a) => [a.code, a]));
  const indicators = indicatorsOf(catalogue, 'innovation');
  const missingIndicators = indicators
    .filter((i) => {
      const a = byCode.get(i.code);
      return !a || a.option < 1 || !evidenceCheckOf(catalogue, a).present;
    })
    .map((i) => i.code);
  const total = requiredProfileFields.length + indicators.length;
  const done = total - missingFields.length - missingIndicators.length;
  return { percent: total === 0 ? 100 : Math.round((done / total) * 100), missingFields, missingIndicators, complete: done === total };
}
