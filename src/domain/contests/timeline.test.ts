import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOpen, judgingRounds, lastJudgingRound, registrationRound, roundState, timelineProblems } from './timeline.js';
import { resources } from '../i18n/index.js';

/** Every problem found is worded in both languages (the catalogue has its key). */
function expectWorded(problems: readonly { key: string }[]) {
  const text = (lang: 'id' | 'en', key: string) => key.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], resources[lang].translation);
  for (const { key } of problems) for (const lang of ['id', 'en'] as const) expect(typeof text(lang, key), `${lang}: ${key}`).toBe('string');
}

// Registration closes at 30 November 2026 23:59:59 WIB = 16:59:59Z.
const round = { opensAt: '2026-11-01T00:00:00+07:00', closesAt: '2026-11-30T23:59:59+07:00' };
const closes = Date.parse(round.closesAt);
const opens = Date.parse(round.opensAt);

describe('roundState: the close instant is closed', () => {
  it.each([
    ['long before it opens', opens - 86_400_000, 'belum'],
    ['1 ms before it opens', opens - 1, 'belum'],
    ['exactly at opensAt', opens, 'buka'],
    ['in the middle', opens + 10 * 86_400_000, 'buka'],
    ['1 s before closesAt', closes - 1000, 'buka'],
    ['1 ms before closesAt', closes - 1, 'buka'],
    ['exactly at closesAt', closes, 'tutup'],
    ['1 ms after closesAt', closes + 1, 'tutup'],
  ] as const)('%s → %s (strings)', (_, now, state) => {
    expect(roundState(round, new Date(now))).toBe(state);
    expect(isOpen(round, new Date(now))).toBe(state === 'buka');
  });

  it.each([
    [closes - 1, 'buka'],
    [closes, 'tutup'],
    [opens, 'buka'],
    [opens - 1, 'belum'],
  ] as const)('at %i → %s (Dates)', (now, state) => {
    expect(roundState({ opensAt: new Date(round.opensAt), closesAt: new Date(round.closesAt) }, new Date(now))).toBe(state);
  });

  it('compares instants whatever the offset they are written with', () => {
    const sameInUtc = { opensAt: '2026-10-31T17:00:00Z', closesAt: '2026-11-30T16:59:59Z' };
    const inWit = { opensAt: '2026-11-01T02:00:00+09:00', closesAt: '2026-12-01T01:59:59+09:00' };
    for (const t of [opens - 1, opens, closes - 1, closes]) {
      expect(roundState(sameInUtc, new Date(t))).toBe(roundState(round, new Date(t)));
      expect(roundState(inWit, new Date(t))).toBe(roundState(round, new Date(t)));
    }
  });

  it('agrees with the instants for any round and moment, as strings or Dates (property)', () => {
    const t = fc.integer({ min: Date.parse('2020-01-01T00:00:00Z'), max: Date.parse('2035-01-01T00:00:00Z') });
    fc.assert(
      fc.property(t, t, fc.integer({ min: -2000, max: 2000 }), (a, b, shift) => {
        const [o, c] = a < b ? [a, b] : [b, a + 1];
        for (const now of [o + shift, c + shift, o, c, c - 1]) {
          const expected = now < o ? 'belum' : now < c ? 'buka' : 'tutup';
          expect(roundState({ opensAt: new Date(o).toISOString(), closesAt: new Date(c).toISOString() }, new Date(now))).toBe(expected);
          expect(roundState({ opensAt: new Date(o), closesAt: new Date(c) }, new Date(now))).toBe(expected);
        }
      }),
    );
  });

  it('treats an unreadable close as closed (never accepts late)', () => {
    expect(roundState({ opensAt: round.opensAt, closesAt: 'not a date' }, new Date(opens + 1))).toBe('tutup');
  });
});

const r = (kind: 'pendaftaran' | 'seleksi' | 'penjurian' | 'pengumuman', opensAt: string, closesAt: string, mode: 'desk' | 'presentasi' | null = null) => ({ kind, name: kind, opensAt, closesAt, mode });
const valid = [
  r('pendaftaran', '2026-11-01T00:00:00+07:00', '2026-11-30T23:59:59+07:00'),
  r('seleksi', '2026-12-01T00:00:00+07:00', '2026-12-07T23:59:59+07:00'),
  r('penjurian', '2026-12-08T00:00:00+07:00', '2026-12-17T23:59:59+07:00', 'desk'),
  r('penjurian', '2026-12-18T00:00:00+07:00', '2026-12-22T23:59:59+07:00', 'presentasi'),
  r('pengumuman', '2026-12-23T00:00:00+07:00', '2026-12-23T23:59:59+07:00'),
];
const patch = (i: number, p: Partial<(typeof valid)[number]>) => valid.map((x, j) => (j === i ? { ...x, ...p } : x));

describe('timelineProblems', () => {
  it.each([
    ['a valid timeline', valid, []],
    ['rounds touching: next opens exactly when the previous closes', patch(1, { opensAt: valid[0]!.closesAt }), []],
    ['no registration', valid.slice(1), [{ path: 'rounds', key: 'validation.contests.roundMissing', params: { kind: 'pendaftaran' } }]],
    ['registration not first', [valid[1]!, valid[0]!, ...valid.slice(2)], expect.arrayContaining([{ path: 'rounds.1.kind', key: 'validation.contests.roundOrder', params: { kind: 'pendaftaran', after: 'seleksi' } }])],
    ['two registrations', [valid[0]!, { ...valid[0]!, opensAt: valid[0]!.closesAt, closesAt: valid[1]!.opensAt }, ...valid.slice(1)], [{ path: 'rounds.1.kind', key: 'validation.contests.roundRepeated', params: { kind: 'pendaftaran' } }]],
    ['no selection', [valid[0]!, ...valid.slice(2)], [{ path: 'rounds', key: 'validation.contests.roundMissing', params: { kind: 'seleksi' } }]],
    ['no judging round', [...valid.slice(0, 2), valid[4]!], [{ path: 'rounds', key: 'validation.contests.roundMissing', params: { kind: 'penjurian' } }]],
    ['no announcement', valid.slice(0, 4), [{ path: 'rounds', key: 'validation.contests.roundMissing', params: { kind: 'pengumuman' } }]],
    ['announcement not last', [...valid.slice(0, 3), valid[4]!, valid[3]!], expect.arrayContaining([{ path: 'rounds.4.kind', key: 'validation.contests.roundOrder', params: { kind: 'penjurian', after: 'pengumuman' } }])],
    ['a judging round without a mode', patch(2, { mode: null }), [{ path: 'rounds.2.mode', key: 'validation.contests.judgingModeRequired' }]],
    ['a mode on a selection round', patch(1, { mode: 'desk' }), [{ path: 'rounds.1.mode', key: 'validation.contests.modeOnlyForJudging' }]],
    ['a round closing when it opens', patch(1, { closesAt: valid[1]!.opensAt }), [{ path: 'rounds.1.closesAt', key: 'validation.contests.closesBeforeOpens' }]],
    ['a round closing before it opens', patch(4, { closesAt: '2026-12-22T23:59:59+07:00' }), [{ path: 'rounds.4.closesAt', key: 'validation.contests.closesBeforeOpens' }]],
    ['a round opening 1 s before the previous closes', patch(1, { opensAt: '2026-11-30T23:59:58+07:00' }), [{ path: 'rounds.1.opensAt', key: 'validation.contests.roundOverlap' }]],
    ['an unreadable instant', patch(2, { opensAt: 'besok' }), [{ path: 'rounds.2.opensAt', key: 'validation.contests.instantInvalid' }]],
  ] as const)('%s', (_, rounds, problems) => {
    const found = timelineProblems(rounds);
    expect(found).toEqual(problems);
    expectWorded(found);
  });
});

describe('round pickers', () => {
  const rounds = valid.map((x, i) => ({ ...x, id: `r${i}` }));
  it('find the registration and the judging rounds in order', () => {
    expect(registrationRound(rounds)?.id).toBe('r0');
    expect(judgingRounds(rounds).map((x) => x.id)).toEqual(['r2', 'r3']);
    expect(lastJudgingRound(rounds)?.id).toBe('r3');
    expect(lastJudgingRound(rounds.slice(0, 2))).toBeUndefined();
    expect(registrationRound(rounds.slice(1))).toBeUndefined();
  });
});
