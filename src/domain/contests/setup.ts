import type { ContestSetup } from '../contracts/contests.js';
import { timelineProblems, type Problem } from './timeline.js';

/** Reports every key used more than once (the second and later), at `<list>.<i>.key`. */
function repeatedKeys(list: string, keys: readonly string[], problems: Problem[]) {
  const seen = new Set<string>();
  keys.forEach((key, i) => {
    if (seen.has(key)) problems.push({ path: `${list}.${i}.key`, key: 'validation.contests.keyRepeated', params: { key } });
    seen.add(key);
  });
}

/**
 * Checks a contest's setup beyond its schema: the timeline (`timelineProblems`); keys unique
 * within categories, criteria and form fields, and fields of work unique; criteria weights adding
 * up to 100 and each range with min < max; a `pilihan` field with at least two distinct options and
 * other kinds with none; an implementation window that does not end before it starts; a group size
 * limit only when groups may enter.
 */
export function setupProblems(setup: ContestSetup): Problem[] {
  const problems: Problem[] = [...timelineProblems(setup.rounds)];

  repeatedKeys('categories', setup.categories.map((c) => c.key), problems);
  repeatedKeys('criteria', setup.criteria.map((c) => c.key), problems);
  repeatedKeys('form', setup.form.map((f) => f.key), problems);
  const fields = new Set<string>();
  setup.fieldsOfWork.forEach((name, i) => {
    const folded = name.trim().toLowerCase();
    if (fields.has(folded)) problems.push({ path: `fieldsOfWork.${i}`, key: 'validation.contests.fieldOfWorkRepeated', params: { name } });
    fields.add(folded);
  });

  const weights = setup.criteria.reduce((s, c) => s + c.weight, 0);
  if (weights !== 100) problems.push({ path: 'criteria', key: 'validation.contests.weightsNot100', params: { sum: weights } });
  setup.criteria.forEach((c, i) => {
    if (c.min >= c.max) problems.push({ path: `criteria.${i}.max`, key: 'validation.contests.rangeInvalid', params: { min: c.min, max: c.max } });
  });

  setup.form.forEach((f, i) => {
    if (f.kind === 'pilihan') {
      const distinct = new Set(f.options.map((o) => o.trim()));
      if (distinct.size < 2) problems.push({ path: `form.${i}.options`, key: 'validation.contests.optionsTooFew' });
      else if (distinct.size < f.options.length) problems.push({ path: `form.${i}.options`, key: 'validation.contests.optionRepeated' });
    } else if (f.options.length) problems.push({ path: `form.${i}.options`, key: 'validation.contests.optionsOnlyForChoice' });
  });

  const { eligibility } = setup;
  if (eligibility.implementedFrom && eligibility.implementedTo && eligibility.implementedFrom > eligibility.implementedTo) {
    problems.push({ path: 'eligibility.implementedTo', key: 'validation.contests.implementedWindowInvalid' });
  }
  if (eligibility.maxGroupSize !== null && !eligibility.entrants.includes('kelompok')) {
    problems.push({ path: 'eligibility.maxGroupSize', key: 'validation.contests.groupSizeWithoutGroups' });
  }
  return problems;
}
