import type { Criterion } from './contests.js';
import type { Problem } from './timeline.js';

export type SheetLine = { criterion: string; score: number | null; abstain: boolean; comment: string | null };
export type SheetStatus = 'belum' | 'sebagian' | 'selesai';

/**
 * Checks one judge's sheet for one entry. A line may be left empty (partial sheets save); a given
 * score must be finite and within the criterion's range; a line is either a score or an abstention,
 * never both; a criterion that requires a comment needs one with its score (an abstention needs
 * none: the judge gives no judgement to explain). Paths are `scores.<i>.<field>`.
 */
export function sheetProblems(criteria: readonly Criterion[], lines: readonly SheetLine[]): Problem[] {
  const byKey = new Map(criteria.map((c) => [c.key, c]));
  const seen = new Set<string>();
  const problems: Problem[] = [];
  lines.forEach((line, i) => {
    const at = (field: string) => `scores.${i}.${field}`;
    const criterion = byKey.get(line.criterion);
    if (!criterion) {
      problems.push({ path: at('criterion'), key: 'validation.contests.criterionUnknown', params: { criterion: line.criterion } });
      return;
    }
    if (seen.has(line.criterion)) problems.push({ path: at('criterion'), key: 'validation.contests.criterionRepeated', params: { criterion: line.criterion } });
    seen.add(line.criterion);
    if (line.score !== null && (!Number.isFinite(line.score) || line.score < criterion.min || line.score > criterion.max)) {
      problems.push({ path: at('score'), key: 'validation.contests.scoreOutOfRange', params: { min: criterion.min, max: criterion.max } });
    }
    if (line.score !== null && line.abstain) problems.push({ path: at('abstain'), key: 'validation.contests.scoreAndAbstain' });
    if (line.score !== null && criterion.commentRequired && !line.comment?.trim()) problems.push({ path: at('comment'), key: 'validation.contests.commentRequired' });
  });
  return problems;
}

/**
 * How far a sheet is: a criterion is done when scored or abstained; 'belum' with none done,
 * 'selesai' with every criterion of the rubric done, else 'sebagian'. Lines for unknown criteria
 * do not count.
 */
export function sheetStatus(criteria: readonly Pick<Criterion, 'key'>[], lines: readonly Pick<SheetLine, 'criterion' | 'score' | 'abstain'>[]): SheetStatus {
  const done = new Set(lines.filter((l) => l.abstain || l.score !== null).map((l) => l.criterion));
  const count = criteria.filter((c) => done.has(c.key)).length;
  if (count === 0) return 'belum';
  return count === criteria.length ? 'selesai' : 'sebagian';
}
