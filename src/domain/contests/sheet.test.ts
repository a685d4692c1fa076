import { describe, expect, it } from 'vitest';
import type { Criterion } from './contests.js';
import { sheetProblems, sheetStatus } from './sheet.js';
import { resources } from '../i18n/index.js';

/** Every problem found is worded in both languages (the catalogue has its key). */
function expectWorded(problems: readonly { key: string }[]) {
  const text = (lang: 'id' | 'en', key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources[lang].translation);
  for (const { key } of problems) for (const lang of ['id', 'en'] as const) expect(typeof text(lang, key), `${lang}: ${key}`).toBe('string');
}

const criteria: Criterion[] = [
  { key: 'kebaruan', name: 'Kebaruan', guidance: null, weight: 60, min: 1, max: 10, commentRequired: false },
  { key: 'manfaat', name: 'Manfaat', guidance: null, weight: 40, min: 0, max: 100, commentRequired: true },
];
const line = (criterion: string, score: number | null, abstain = false, comment: string | null = null) => ({ criterion, score, abstain, comment });

describe('sheetProblems', () => {
  it.each([
    ['a full sheet', [line('kebaruan', 7), line('manfaat', 80, false, 'Jelas terukur')], []],
    ['an empty sheet (partial sheets save)', [], []],
    ['empty lines', [line('kebaruan', null), line('manfaat', null)], []],
    ['the range bounds themselves', [line('kebaruan', 1), line('manfaat', 100, false, 'ok')], []],
    ['an abstention without comment where one is required', [line('manfaat', null, true)], []],
    ['a decimal score within the range', [line('kebaruan', 7.5)], []],
    ['an unknown criterion', [line('harga', 5)], [{ path: 'scores.0.criterion', key: 'validation.contests.criterionUnknown', params: { criterion: 'harga' } }]],
    ['a repeated criterion', [line('kebaruan', 5), line('kebaruan', 6)], [{ path: 'scores.1.criterion', key: 'validation.contests.criterionRepeated', params: { criterion: 'kebaruan' } }]],
    ['below the range', [line('kebaruan', 0)], [{ path: 'scores.0.score', key: 'validation.contests.scoreOutOfRange', params: { min: 1, max: 10 } }]],
    ['above the range', [line('kebaruan', 10.01)], [{ path: 'scores.0.score', key: 'validation.contests.scoreOutOfRange', params: { min: 1, max: 10 } }]],
    ['not a finite number', [line('kebaruan', Number.NaN)], [{ path: 'scores.0.score', key: 'validation.contests.scoreOutOfRange', params: { min: 1, max: 10 } }]],
    ['score and abstain together', [line('kebaruan', 5, true)], [{ path: 'scores.0.abstain', key: 'validation.contests.scoreAndAbstain' }]],
    ['a required comment missing', [line('manfaat', 50)], [{ path: 'scores.0.comment', key: 'validation.contests.commentRequired' }]],
    ['a required comment blank', [line('kebaruan', 5), line('manfaat', 50, false, '   ')], [{ path: 'scores.1.comment', key: 'validation.contests.commentRequired' }]],
  ] as const)('%s', (_, lines, problems) => {
    const found = sheetProblems(criteria, lines);
    expect(found).toEqual(problems);
    expectWorded(found);
  });
});

describe('sheetStatus', () => {
  it.each([
    ['nothing', [], 'belum'],
    ['empty lines only', [line('kebaruan', null)], 'belum'],
    ['one of two scored', [line('kebaruan', 5)], 'sebagian'],
    ['one abstained', [line('manfaat', null, true)], 'sebagian'],
    ['one scored, one abstained', [line('kebaruan', 5), line('manfaat', null, true)], 'selesai'],
    ['both scored', [line('kebaruan', 5), line('manfaat', 50, false, 'x')], 'selesai'],
    ['an unknown criterion does not count', [line('kebaruan', 5), line('harga', 5)], 'sebagian'],
  ] as const)('%s → %s', (_, lines, status) => {
    expect(sheetStatus(criteria, lines)).toBe(status);
  });
});
