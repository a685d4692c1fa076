import type { TFunction } from 'i18next';
import type { PatternProblem } from '../../../domain/letters/numbering.js';

/** What is wrong with a letter number pattern, in the reader's language; one sentence per kind of problem. */
export function patternProblemText(t: TFunction, problems: readonly PatternProblem[]): string | null {
  if (problems.length === 0) return null;
  const texts = problems.map((p) => {
    switch (p.code) {
      case 'tooLong':
        return t('ui.letters.settings.patternProblems.tooLong', { max: p.max });
      case 'unknownPlaceholder':
        return t('ui.letters.settings.patternProblems.unknownPlaceholder', { placeholder: p.placeholder });
      case 'badPadding':
        return t('ui.letters.settings.patternProblems.badPadding', { placeholder: p.placeholder, max: p.max });
      default:
        return t(`ui.letters.settings.patternProblems.${p.code}`);
    }
  });
  return [...new Set(texts)].join(' ');
}
