import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import * as vocabulary from '../contests/contests.js';
import { resources } from './index.js';

const lookup = (lang: 'id' | 'en', key: string): unknown => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources[lang].translation);

// Every enum of contests.ts and the label group it belongs to.
const groups: [string, readonly string[]][] = [
  ['kind', vocabulary.contestKinds],
  ['template', vocabulary.contestTemplates],
  ['status', vocabulary.contestStatuses],
  ['roundKind', vocabulary.roundKinds],
  ['roundState', vocabulary.roundStates],
  ['judgingMode', vocabulary.judgingModes],
  ['entrantKind', vocabulary.entrantKinds],
  ['entryStatus', vocabulary.entryStatuses],
  ['decision', vocabulary.selectionDecisions],
  ['fieldKind', vocabulary.formFieldKinds],
  ['conflict', vocabulary.conflictTypes],
  ['assignmentMode', vocabulary.assignmentModes],
  ['tieBreak', vocabulary.tieBreakRules],
  ['sheet', ['belum', 'sebagian', 'selesai']],
];

describe('contest terms', () => {
  it('label every value of every enum in both languages', () => {
    const missing = groups.flatMap(([group, values]) => values.flatMap((v) => (['id', 'en'] as const).filter((l) => typeof lookup(l, `contestTerms.${group}.${v}`) !== 'string').map((l) => `${l}:${group}.${v}`)));
    expect(missing).toEqual([]);
  });

  it('resolve the nested labels in messages', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({ resources, lng: 'id', fallbackLng: false, interpolation: { escapeValue: false } });
    expect(i18n.t('validation.contests.roundMissing', { kind: 'seleksi' })).toBe('Jadwal harus memiliki tahap Seleksi administrasi.');
    expect(i18n.t('validation.contests.entrantKindNotAllowed', { kind: 'unit', lng: 'en' })).toBe('This contest does not accept Unit entrants.');
    expect(i18n.t('validation.contests.groupTooLarge', { max: 5, count: 6 })).toBe('Kelompok paling banyak 5 orang, termasuk ketua; sekarang 6 orang.');
  });
});
