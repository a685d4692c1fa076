import { z } from 'zod';
import { AnswerMap, describeIidIssue, IidInnovationInput, reportOfInput } from '../../../domain/contracts/iid.js';
import type { Catalogue } from '../../../domain/iid/catalogue.js';
import type { Answers, RegionReport } from '../../../domain/iid/engine.js';
import { i18n } from '../../lib/i18n.js';
import { examplePendingReview } from '../../../domain/iid/example-region.js';

/**
 * A file in the `lumbung iid` input format. The period is checked against the current stored
 * period rather than the seeded years, so a cloned period (2027, …) can be simulated too.
 */
const WorkingSetFile = z.strictObject({
  period: z.number().int(),
  region: z.strictObject({ answers: AnswerMap }),
  innovations: z.array(IidInnovationInput).max(5000),
});

export type ParsedWorkingSet = { ok: true; report: RegionReport } | { ok: false; problems: string[] };

const maxProblems = 10;

/** Parses and checks a working set against the period's catalogue; problems name the field. */
export function parseWorkingSet(json: unknown, catalogue: Catalogue): ParsedWorkingSet {
  const parsed = WorkingSetFile.safeParse(json, { reportInput: true });
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.slice(0, maxProblems).map(describeIidIssue) };
  const input = parsed.data;
  const year = catalogue.period.year;
  if (input.period !== year) return { ok: false, problems: [i18n.t('ui.simulator.wrongPeriod', { file: input.period, current: year })] };
  const problems: string[] = [];
  const check = (answers: z.output<typeof AnswerMap>, aspect: 'region' | 'innovation', path: string) => {
    for (const [code, value] of Object.entries(answers)) {
      const indicator = catalogue.indicators.find((i) => i.code === code && i.aspect === aspect);
      if (!indicator) problems.push(i18n.t('ui.simulator.unknownIndicator', { path: `${path}.${code}`, code, year }));
      else if ((typeof value === 'object') !== Boolean(indicator.bases) && !(typeof value === 'number' && value === 0))
        problems.push(i18n.t('ui.simulator.answerShape', { path: `${path}.${code}`, code }));
    }
  };
  check(input.region.answers, 'region', 'region.answers');
  const seen = new Set<string>();
  input.innovations.forEach((innovation, index) => {
    if (seen.has(innovation.id)) problems.push(i18n.t('ui.simulator.duplicateId', { index, id: innovation.id }));
    seen.add(innovation.id);
    check(innovation.answers, 'innovation', `innovations[${index}].answers`);
  });
  if (problems.length > 0) return { ok: false, problems: problems.slice(0, maxProblems) };
  return { ok: true, report: reportOfInput(input) };
}

const pending = (answers: Answers, codes: readonly string[]): Answers =>
  Object.fromEntries(Object.entries(answers).map(([code, answer]) => [code, answer && codes.includes(code) ? { ...answer, accepted: false } : answer]));

/** The example working set, with the answers a mentor has not accepted yet. */
export function exampleReport(json: unknown, catalogue: Catalogue): RegionReport | null {
  const parsed = parseWorkingSet(json, catalogue);
  if (!parsed.ok) return null;
  const codesOf = (id: string | null) => examplePendingReview.filter(([owner]) => owner === id).map(([, code]) => code);
  const { report } = parsed;
  return {
    answers: pending(report.answers, codesOf(null)),
    innovations: report.innovations.map((i) => ({ ...i, answers: pending(i.answers, codesOf(i.id)) })),
  };
}
