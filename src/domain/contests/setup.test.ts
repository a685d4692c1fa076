import { describe, expect, it } from 'vitest';
import type { ContestSetup } from '../contracts/contests.js';
import { setupProblems } from './setup.js';
import { contestTemplate } from './templates.js';
import { resources } from '../i18n/index.js';

/** Every problem found is worded in both languages (the catalogue has its key). */
function expectWorded(problems: readonly { key: string }[]) {
  const text = (lang: 'id' | 'en', key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources[lang].translation);
  for (const { key } of problems) for (const lang of ['id', 'en'] as const) expect(typeof text(lang, key), `${lang}: ${key}`).toBe('string');
}

const base: ContestSetup = { name: 'Krenova 2026', ...contestTemplate('krenova', { now: new Date('2026-11-01T03:00:00Z'), zone: 'Asia/Jakarta' }) };
const v = (key: string) => `validation.contests.${key}`;

describe('setupProblems', () => {
  it.each<[string, (s: ContestSetup) => ContestSetup, unknown[]]>([
    ['the Krenova template', (s) => s, []],
    ['a repeated category key', (s) => ({ ...s, categories: [...s.categories, { key: 'smp', name: 'SMP lagi' }] }), [{ path: 'categories.4.key', key: v('keyRepeated'), params: { key: 'smp' } }]],
    [
      'a repeated criterion key',
      (s) => ({ ...s, criteria: s.criteria.map((c, i) => (i === 4 ? { ...c, key: 'manfaat' } : c)) }),
      [{ path: 'criteria.4.key', key: v('keyRepeated'), params: { key: 'manfaat' } }],
    ],
    ['a repeated form field key', (s) => ({ ...s, form: [...s.form, { ...s.form[0]!, label: 'Lagi' }] }), [{ path: 'form.3.key', key: v('keyRepeated'), params: { key: 'proposal' } }]],
    ['a repeated field of work', (s) => ({ ...s, fieldsOfWork: [...s.fieldsOfWork, 'energi '] }), [{ path: 'fieldsOfWork.10', key: v('fieldOfWorkRepeated'), params: { name: 'energi ' } }]],
    ['weights adding up to 99', (s) => ({ ...s, criteria: s.criteria.map((c, i) => (i === 0 ? { ...c, weight: 19 } : c)) }), [{ path: 'criteria', key: v('weightsNot100'), params: { sum: 99 } }]],
    ['weights adding up to 101', (s) => ({ ...s, criteria: s.criteria.map((c, i) => (i === 0 ? { ...c, weight: 21 } : c)) }), [{ path: 'criteria', key: v('weightsNot100'), params: { sum: 101 } }]],
    ['min equal to max', (s) => ({ ...s, criteria: s.criteria.map((c, i) => (i === 2 ? { ...c, min: 10, max: 10 } : c)) }), [{ path: 'criteria.2.max', key: v('rangeInvalid'), params: { min: 10, max: 10 } }]],
    ['a choice with one option', (s) => ({ ...s, form: [...s.form, { key: 'tahap', label: 'Tahap', kind: 'pilihan', required: false, help: null, options: ['uji coba'] }] }), [{ path: 'form.3.options', key: v('optionsTooFew') }]],
    [
      'a choice with the same option twice',
      (s) => ({ ...s, form: [...s.form, { key: 'tahap', label: 'Tahap', kind: 'pilihan', required: false, help: null, options: ['a', 'b', 'a'] }] }),
      [{ path: 'form.3.options', key: v('optionRepeated') }],
    ],
    ['a choice with two options', (s) => ({ ...s, form: [...s.form, { key: 'tahap', label: 'Tahap', kind: 'pilihan', required: false, help: null, options: ['a', 'b'] }] }), []],
    ['options on a text field', (s) => ({ ...s, form: s.form.map((f, i) => (i === 2 ? { ...f, options: ['x', 'y'] } : f)) }), [{ path: 'form.2.options', key: v('optionsOnlyForChoice') }]],
    [
      'an implementation window ending before it starts',
      (s) => ({ ...s, eligibility: { ...s.eligibility, implementedFrom: '2025-01-01', implementedTo: '2024-12-31' } }),
      [{ path: 'eligibility.implementedTo', key: v('implementedWindowInvalid') }],
    ],
    ['a one-day implementation window', (s) => ({ ...s, eligibility: { ...s.eligibility, implementedFrom: '2025-01-01', implementedTo: '2025-01-01' } }), []],
    ['a group size without groups', (s) => ({ ...s, eligibility: { ...s.eligibility, entrants: ['perorangan'] } }), [{ path: 'eligibility.maxGroupSize', key: v('groupSizeWithoutGroups') }]],
    ['the timeline is checked too', (s) => ({ ...s, rounds: s.rounds.map((r, i) => (i === 2 ? { ...r, mode: null } : r)) }), [{ path: 'rounds.2.mode', key: v('judgingModeRequired') }]],
  ])('%s', (_, change, problems) => {
    const found = setupProblems(change(structuredClone(base)));
    expect(found).toEqual(problems);
    expectWorded(found);
  });
});
