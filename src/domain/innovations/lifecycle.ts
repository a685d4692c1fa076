import type { Stage } from '../iid/engine.js';

/**
 * The PP 38/2017 process as records on an innovation: pengusulan (proposal) → the independent
 * team's feasibility decision → penetapan (designation by a legal basis) → uji coba (trial) →
 * penerapan (implementation). The stage (tahapan) follows from the latest record.
 */
export const lifecycleSteps = ['proposal', 'feasibility', 'designation', 'trial', 'implementation'] as const;
export type LifecycleStep = (typeof lifecycleSteps)[number];

export const legalBasisTypes = ['sk', 'perkada', 'perda'] as const;
export type LegalBasisType = (typeof legalBasisTypes)[number];

export interface LifecycleRecord {
  step: LifecycleStep;
  /** Only for `feasibility`. */
  feasible?: boolean;
}

export const stageOfStep: Record<LifecycleStep, Stage> = {
  proposal: 'inisiatif',
  feasibility: 'inisiatif',
  designation: 'inisiatif',
  trial: 'uji_coba',
  implementation: 'penerapan',
};

/** Which steps may be recorded next, given the records so far (oldest first). */
export function nextSteps(records: readonly LifecycleRecord[], currentStage: Stage): LifecycleStep[] {
  const last = records.at(-1);
  if (!last) {
    // An innovation brought in already on trial or implemented (import, older data) continues from its stage.
    if (currentStage === 'penerapan') return [];
    if (currentStage === 'uji_coba') return ['implementation'];
    return ['proposal'];
  }
  switch (last.step) {
    case 'proposal':
      return ['feasibility'];
    case 'feasibility':
      return last.feasible ? ['designation'] : ['proposal'];
    case 'designation':
      return ['trial'];
    case 'trial':
      return ['implementation'];
    case 'implementation':
      return [];
  }
}

/** Steps that decide rather than report: the independent team's verdict and the legal designation. */
export const decisionSteps: readonly LifecycleStep[] = ['feasibility', 'designation'];

/** Whole days between two ISO dates (end − start). */
export function daysBetween(start: string, end: string): number {
  return Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/** A trial planned for longer than the region's maximum gets a warning (the limit is unconfirmed nationally). */
export function trialTooLong(startedOn: string, plannedEndOn: string, maxDays: number): boolean {
  return daysBetween(startedOn, plannedEndOn) > maxDays;
}
