import type { TimeZone } from '../contracts/regions.js';
import { zoneDay } from '../letters/indonesian-date.js';

/**
 * LAN's Laboratorium Inovasi runs in five stages (domain reference §9): Drum-up (commitment),
 * Diagnose (problems, priorities, ideas), Design (the innovation and its action plan, RAI),
 * Deliver (implement, prove results), Display (launch, expo). Their order is fixed.
 */
export const labStages = ['drum_up', 'diagnose', 'design', 'deliver', 'display'] as const;
export type LabStage = (typeof labStages)[number];

/** One stage's calendar days in the region (YYYY-MM-DD, both inclusive). */
export type StageDates = { stage: LabStage; startsOn: string; endsOn: string };

/** A problem with a cohort's stage dates: the index of the stage, and the message key under `validation.`. */
export type StageProblem = { index: number; field: 'stage' | 'startsOn' | 'endsOn'; key: 'lab.stageOrder' | 'lab.stageEndBeforeStart' | 'lab.stageOverlap' | 'lab.stageDate' };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => isoDay.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/**
 * Checks a cohort's stages: all five, in LAN's order, each ending on or after its start, and each
 * starting after the previous one ended (days are inclusive, so a stage may not begin on the day
 * the previous one ends). Gaps between stages are allowed: a lab often pauses between Design and
 * Deliver while budgets are settled.
 */
export function stageProblems(stages: readonly StageDates[]): StageProblem[] {
  const problems: StageProblem[] = [];
  labStages.forEach((expected, index) => {
    const s = stages[index];
    if (!s || s.stage !== expected) problems.push({ index, field: 'stage', key: 'lab.stageOrder' });
  });
  if (stages.length > labStages.length) problems.push({ index: labStages.length, field: 'stage', key: 'lab.stageOrder' });
  stages.forEach((s, index) => {
    if (!validDay(s.startsOn)) problems.push({ index, field: 'startsOn', key: 'lab.stageDate' });
    if (!validDay(s.endsOn)) problems.push({ index, field: 'endsOn', key: 'lab.stageDate' });
    if (!validDay(s.startsOn) || !validDay(s.endsOn)) return;
    if (s.endsOn < s.startsOn) problems.push({ index, field: 'endsOn', key: 'lab.stageEndBeforeStart' });
    const previous = stages[index - 1];
    if (previous && validDay(previous.endsOn) && s.startsOn <= previous.endsOn) problems.push({ index, field: 'startsOn', key: 'lab.stageOverlap' });
  });
  return problems;
}

/**
 * Where a cohort stands on a region day: `before` the first stage, `during` a stage, `between`
 * two stages (then `stage` is the next one), or `after` the last.
 */
export type StagePosition = { phase: 'before' | 'during' | 'between' | 'after'; stage: LabStage | null };

/**
 * The cohort's stage at `now`, read in the region's zone (a stage ending "31 March" lasts until
 * 23:59 WIB/WITA/WIT): the lab's stages are days in the region, not UTC days.
 */
export function currentStage(stages: readonly StageDates[], now: Date, zone: TimeZone): StagePosition {
  const today = zoneDay(now, zone);
  if (!stages.length) return { phase: 'before', stage: null };
  if (today < stages[0]!.startsOn) return { phase: 'before', stage: stages[0]!.stage };
  for (const [i, s] of stages.entries()) {
    if (today >= s.startsOn && today <= s.endsOn) return { phase: 'during', stage: s.stage };
    const next = stages[i + 1];
    if (next && today > s.endsOn && today < next.startsOn) return { phase: 'between', stage: next.stage };
  }
  return { phase: 'after', stage: null };
}
