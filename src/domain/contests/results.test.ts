import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Criterion, TieBreakRule } from './contests.js';
import { computeResults, normaliseScores, normalisedKey, type ScoreRow } from './results.js';

const crit = (key: string, weight: number, min = 0, max = 10): Criterion => ({ key, name: key, guidance: null, weight, min, max, commentRequired: false });
const s = (judgeId: string, entryId: string, criterion: string, score: number | null, abstain = false): ScoreRow => ({ judgeId, entryId, criterion, score, abstain });

describe('normaliseScores', () => {
  const c = [crit('c', 100)];

  it('makes a harsh and a lenient judge on different entries comparable', () => {
    // Judge A (harsh) scores e1–e3 with 2, 4, 6; judge B (lenient) scores e4–e6 with 6, 8, 10.
    // Pooled: mean 6, sd √(40/6) = 2.5820. Each judge: sd √(8/3) = 1.6330, so z = −1.2247, 0, +1.2247
    // for both, and each judge's best, middle and worst entries land on the same normalised score.
    const scores = [s('A', 'e1', 'c', 2), s('A', 'e2', 'c', 4), s('A', 'e3', 'c', 6), s('B', 'e4', 'c', 6), s('B', 'e5', 'c', 8), s('B', 'e6', 'c', 10)];
    const n = normaliseScores(scores, c);
    const at = (j: string, e: string) => n.get(normalisedKey(j, e, 'c'))!;
    expect(at('A', 'e1')).toBeCloseTo(2.8377, 4);
    expect(at('A', 'e2')).toBeCloseTo(6, 10);
    expect(at('A', 'e3')).toBeCloseTo(9.1623, 4);
    expect(at('B', 'e4')).toBeCloseTo(at('A', 'e1'), 10);
    expect(at('B', 'e6')).toBeCloseTo(at('A', 'e3'), 10);
    // Raw, A's best (6) ties with B's worst (6); normalised, they are the two ends of the scale.
    const results = computeResults({
      criteria: c,
      categories: [{ key: 'k', name: 'K' }],
      entries: ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((id) => ({ id, category: 'k', submittedAt: null })),
      scores,
      normalise: true,
      tieBreak: 'kriteria_berurutan',
      winnersPerCategory: 1,
    });
    const ranking = results.categories[0]!.ranking;
    expect(ranking.map((r) => [r.entryId, r.rank, r.total, r.rawTotal])).toEqual([
      ['e3', 1, 91.62, 60],
      ['e6', 1, 91.62, 100],
      ['e2', 3, 60, 40],
      ['e5', 3, 60, 80],
      ['e1', 5, 28.38, 20],
      ['e4', 5, 28.38, 60],
    ]);
    expect(ranking.filter((r) => r.winner).map((r) => r.entryId)).toEqual(['e3', 'e6']);
  });

  it('gives a judge with one score, or with no spread, the pooled mean (z = 0)', () => {
    // Pooled over 8, 4, 6, 7, 7: mean 6.4. A gave one score; C gave 7 twice; B spread 4 and 6.
    const scores = [s('A', 'e1', 'c', 8), s('B', 'e2', 'c', 4), s('B', 'e3', 'c', 6), s('C', 'e4', 'c', 7), s('C', 'e5', 'c', 7)];
    const n = normaliseScores(scores, c);
    const pooledSd = Math.sqrt([8, 4, 6, 7, 7].reduce((t, v) => t + (v - 6.4) ** 2, 0) / 5);
    expect(n.get(normalisedKey('A', 'e1', 'c'))).toBeCloseTo(6.4, 10);
    expect(n.get(normalisedKey('C', 'e4', 'c'))).toBeCloseTo(6.4, 10);
    expect(n.get(normalisedKey('C', 'e5', 'c'))).toBeCloseTo(6.4, 10);
    expect(n.get(normalisedKey('B', 'e2', 'c'))).toBeCloseTo(6.4 - pooledSd, 10);
    expect(n.get(normalisedKey('B', 'e3', 'c'))).toBeCloseTo(6.4 + pooledSd, 10);
  });

  it('treats rounding noise as no spread', () => {
    const n = normaliseScores([s('A', 'e1', 'c', 7.1), s('A', 'e2', 'c', 7.1), s('A', 'e3', 'c', 7.1), s('B', 'e4', 'c', 3)], c);
    expect(n.get(normalisedKey('A', 'e1', 'c'))).toBe(n.get(normalisedKey('A', 'e3', 'c')));
  });

  it('clamps to the criterion’s range', () => {
    // A: 0, 0, 0, 10 (z of the 10 = +1.732); B: 9, 10 (z = −1, +1). Pooled mean 4.833, sd 4.845:
    // A's 10 → 13.23 → clamped to 10; B's 9 → −0.012 → clamped to 0.
    const scores = [s('A', 'e1', 'c', 0), s('A', 'e2', 'c', 0), s('A', 'e3', 'c', 0), s('A', 'e4', 'c', 10), s('B', 'e5', 'c', 9), s('B', 'e6', 'c', 10)];
    const n = normaliseScores(scores, c);
    expect(n.get(normalisedKey('A', 'e4', 'c'))).toBe(10);
    expect(n.get(normalisedKey('B', 'e5', 'c'))).toBe(0);
    expect(n.get(normalisedKey('A', 'e1', 'c'))).toBeCloseTo(2.036, 3);
    for (const v of n.values()) expect(v).toBeGreaterThanOrEqual(0);
  });

  it('ignores abstentions and unknown criteria', () => {
    const with_ = normaliseScores([s('A', 'e1', 'c', 2), s('A', 'e2', 'c', 6), s('A', 'e3', 'c', null, true), s('A', 'e4', 'c', 9, true), s('A', 'e1', 'x', 5), s('B', 'e5', 'c', 8)], c);
    const without = normaliseScores([s('A', 'e1', 'c', 2), s('A', 'e2', 'c', 6), s('B', 'e5', 'c', 8)], c);
    expect(with_).toEqual(without);
    expect(with_.has(normalisedKey('A', 'e3', 'c'))).toBe(false);
    expect(with_.has(normalisedKey('A', 'e4', 'c'))).toBe(false);
  });

  it('normalises each criterion separately, within its own range', () => {
    const two = [crit('a', 50, 1, 10), crit('b', 50, 0, 100)];
    const n = normaliseScores([s('A', 'e1', 'a', 1), s('A', 'e2', 'a', 3), s('A', 'e1', 'b', 90), s('A', 'e2', 'b', 10)], two);
    expect(n.get(normalisedKey('A', 'e1', 'a'))).toBeCloseTo(1, 10);
    expect(n.get(normalisedKey('A', 'e2', 'b'))).toBeCloseTo(10, 10);
  });

  it('keeps each judge’s order and stays within the range (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ j: fc.integer({ min: 0, max: 3 }), e: fc.integer({ min: 0, max: 20 }), v: fc.integer({ min: 1, max: 10 }) }), { maxLength: 60 }), (rows) => {
        const scores = rows.map((r) => s(`j${r.j}`, `e${r.e}`, 'c', r.v));
        const n = normaliseScores(scores, [crit('c', 100, 1, 10)]);
        for (const a of scores) {
          const na = n.get(normalisedKey(a.judgeId, a.entryId, 'c'))!;
          expect(na).toBeGreaterThanOrEqual(1);
          expect(na).toBeLessThanOrEqual(10);
        }
        for (const a of scores)
          for (const b of scores) {
            if (a.judgeId !== b.judgeId || a.entryId === b.entryId || a.score! >= b.score!) continue;
            // Duplicated (judge, entry) rows overwrite each other in the map: compare only distinct pairs.
            if (scores.filter((x) => x.judgeId === a.judgeId && (x.entryId === a.entryId || x.entryId === b.entryId)).length !== 2) continue;
            expect(n.get(normalisedKey(a.judgeId, a.entryId, 'c'))!).toBeLessThanOrEqual(n.get(normalisedKey(b.judgeId, b.entryId, 'c'))!);
          }
      }),
    );
  });
});

describe('computeResults', () => {
  const cats = [{ key: 'x', name: 'X' }, { key: 'y', name: 'Y' }];
  const entry = (id: string, category: string | null = 'x', submittedAt: string | null = null) => ({ id, category, submittedAt });
  const run = (over: Partial<Parameters<typeof computeResults>[0]>) =>
    computeResults({ criteria: [crit('c1', 50), crit('c2', 50)], categories: cats, entries: [], scores: [], normalise: false, tieBreak: 'kriteria_berurutan', winnersPerCategory: 3, ...over });

  it('weights each criterion’s mean, scaled from its range, to 0–100', () => {
    const criteria = [crit('k1', 60, 1, 10), crit('k2', 40, 0, 100)];
    const out = run({ criteria, entries: [entry('e1')], scores: [s('A', 'e1', 'k1', 10), s('A', 'e1', 'k2', 50), s('B', 'e1', 'k1', 8), s('B', 'e1', 'k2', 70)] });
    const r = out.categories[0]!.ranking[0]!;
    // k1 mean 9 → (9 − 1) / 9 = 0.8889; k2 mean 60 → 0.6; 60 × 0.8889 + 40 × 0.6 = 77.33.
    expect(r).toMatchObject({ entryId: 'e1', rank: 1, total: 77.33, rawTotal: 77.33, normalisedTotal: null, judges: 2, winner: true, tieBrokenBy: null });
    expect(r.criteria).toEqual([
      { key: 'k1', raw: 9, normalised: null, judges: 2 },
      { key: 'k2', raw: 60, normalised: null, judges: 2 },
    ]);
  });

  it('leaves an abstained criterion out of the total instead of counting it as zero', () => {
    const out = run({ entries: [entry('e1')], scores: [s('A', 'e1', 'c1', 8), s('A', 'e1', 'c2', null, true), s('B', 'e1', 'c1', 6), s('B', 'e1', 'c2', 4)] });
    const r = out.categories[0]!.ranking[0]!;
    expect(r.criteria).toEqual([
      { key: 'c1', raw: 7, normalised: null, judges: 2 },
      { key: 'c2', raw: 4, normalised: null, judges: 1 },
    ]);
    expect(r.total).toBe(55);
    const allAbstained = run({ entries: [entry('e1')], scores: [s('A', 'e1', 'c1', 8), s('A', 'e1', 'c2', null, true)] });
    expect(allAbstained.categories[0]!.ranking[0]!.total).toBe(80);
  });

  // eA: c1 9, c2 6; eB: c1 6, c2 8 — equal totals (72) with c1 weighing 40 and c2 60.
  const tieCriteria = [crit('c1', 40), crit('c2', 60)];
  const tieScores = [s('J', 'eA', 'c1', 9), s('J', 'eA', 'c2', 6), s('J', 'eB', 'c1', 6), s('J', 'eB', 'c2', 8)];
  it.each([
    ['kriteria_berurutan', ['eA', 'eB'], 'c1'],
    ['kriteria_terberat', ['eB', 'eA'], 'c2'],
    ['kiriman_terawal', ['eB', 'eA'], 'submittedAt'],
  ] as const)('%s orders equal totals as %j, by %s', (rule: TieBreakRule, order, by) => {
    const out = run({ criteria: tieCriteria, tieBreak: rule, entries: [entry('eA', 'x', '2026-11-20T10:00:00+07:00'), entry('eB', 'x', '2026-11-20T09:59:59+07:00')], scores: tieScores });
    const ranking = out.categories[0]!.ranking;
    expect(ranking.map((r) => r.total)).toEqual([72, 72]);
    expect(ranking.map((r) => [r.entryId, r.rank, r.tieBrokenBy])).toEqual([
      [order[0], 1, by],
      [order[1], 2, by],
    ]);
  });

  it('falls to the next criterion when the first is equal too', () => {
    const criteria = [crit('c1', 20), crit('c2', 40), crit('c3', 40)];
    // Totals: eA 20×.5 + 40×.7 + 40×.3 = 50; eB 20×.5 + 40×.3 + 40×.7 = 50.
    const scores = [s('J', 'eA', 'c1', 5), s('J', 'eA', 'c2', 7), s('J', 'eA', 'c3', 3), s('J', 'eB', 'c1', 5), s('J', 'eB', 'c2', 3), s('J', 'eB', 'c3', 7)];
    const out = run({ criteria, entries: [entry('eB'), entry('eA')], scores });
    expect(out.categories[0]!.ranking.map((r) => [r.entryId, r.rank, r.tieBrokenBy])).toEqual([
      ['eA', 1, 'c2'],
      ['eB', 2, 'c2'],
    ]);
  });

  it('compares totals rounded to 4 decimals, so float noise does not decide', () => {
    // Both totals are 4.8, but eA's comes out as 4.800000000000001 in floating point. Equal at 4
    // decimals, so the rule decides: eB is higher on c1.
    const criteria = [crit('c1', 5), crit('c2', 6), crit('c3', 89)];
    const scores = [s('J', 'eA', 'c1', 0), s('J', 'eA', 'c2', 8), s('J', 'eA', 'c3', 0), s('J', 'eB', 'c1', 6), s('J', 'eB', 'c2', 3), s('J', 'eB', 'c3', 0)];
    const out = run({ criteria, entries: [entry('eA'), entry('eB')], scores });
    expect(out.categories[0]!.ranking.map((r) => [r.entryId, r.rank, r.total, r.tieBrokenBy])).toEqual([
      ['eB', 1, 4.8, 'c1'],
      ['eA', 2, 4.8, 'c1'],
    ]);
  });

  it('shares a rank when the rule leaves entries equal (competition ranking 1, 1, 3)', () => {
    const scores = [s('J', 'e1', 'c1', 8), s('J', 'e1', 'c2', 6), s('J', 'e2', 'c1', 8), s('J', 'e2', 'c2', 6), s('J', 'e3', 'c1', 5), s('J', 'e3', 'c2', 5)];
    const out = run({ entries: [entry('e1'), entry('e2'), entry('e3')], scores, winnersPerCategory: 1 });
    expect(out.categories[0]!.ranking.map((r) => [r.entryId, r.rank, r.tieBrokenBy, r.winner])).toEqual([
      ['e1', 1, null, true],
      ['e2', 1, null, true],
      ['e3', 3, null, false],
    ]);
  });

  it('shares a rank under kiriman_terawal when both were sent at the same instant', () => {
    const scores = [s('J', 'e1', 'c1', 8), s('J', 'e2', 'c1', 8)];
    const at = '2026-11-20T10:00:00+07:00';
    const out = run({ tieBreak: 'kiriman_terawal', entries: [entry('e1', 'x', at), entry('e2', 'x', '2026-11-20T03:00:00Z')], scores });
    expect(out.categories[0]!.ranking.map((r) => r.rank)).toEqual([1, 1]);
  });

  it('puts entries without any score last, with 0 judges, never winning', () => {
    const out = run({ entries: [entry('none1'), entry('e1'), entry('abstained'), entry('e2')], scores: [s('J', 'e1', 'c1', 2), s('J', 'e2', 'c1', 1), s('J', 'abstained', 'c1', null, true)], winnersPerCategory: 10 });
    expect(out.categories[0]!.ranking.map((r) => [r.entryId, r.rank, r.judges, r.winner, r.total])).toEqual([
      ['e1', 1, 1, true, 20],
      ['e2', 2, 1, true, 10],
      ['none1', 3, 0, false, 0],
      ['abstained', 3, 0, false, 0],
    ]);
  });

  it('ranks per category in the contest’s order; entries with no or an unknown category go nowhere', () => {
    const scores = ['e1', 'e2', 'e3', 'e4'].map((e, i) => s('J', e, 'c1', i + 1));
    const out = run({ categories: [cats[1]!, cats[0]!], entries: [entry('e1', 'x'), entry('e2', 'y'), entry('e3', null), entry('e4', 'z')], scores });
    expect(out.categories.map((c) => [c.key, c.ranking.map((r) => r.entryId)])).toEqual([
      ['y', ['e2']],
      ['x', ['e1']],
    ]);
  });

  it('ranks by the normalised total when normalising, and gives both totals', () => {
    // A harsh judge gave e1 its best (5), a lenient judge gave e2 its worst (7): raw e2 wins, normalised e1.
    const scores = [s('A', 'e1', 'c1', 5), s('A', 'e3', 'c1', 1), s('B', 'e2', 'c1', 7), s('B', 'e4', 'c1', 9)];
    const entries = ['e1', 'e2', 'e3', 'e4'].map((id) => entry(id));
    const criteria = [crit('c1', 100)];
    const raw = run({ criteria, entries, scores });
    expect(raw.categories[0]!.ranking.map((r) => r.entryId)).toEqual(['e4', 'e2', 'e1', 'e3']);
    const norm = run({ criteria, entries, scores, normalise: true });
    const ranking = norm.categories[0]!.ranking;
    expect(ranking.map((r) => [r.entryId, r.rank])).toEqual([
      ['e1', 1],
      ['e4', 1],
      ['e2', 3],
      ['e3', 3],
    ]);
    const e1 = ranking[0]!;
    expect(e1.rawTotal).toBe(50);
    expect(e1.normalisedTotal).toBe(e1.total);
    expect(e1.criteria[0]!.normalised).not.toBeNull();
  });

  it('ranks consistently (property): sorted by total, competition ranks, winners only in the top places', () => {
    const rules = ['kriteria_berurutan', 'kriteria_terberat', 'kiriman_terawal'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.record({ j: fc.integer({ min: 0, max: 4 }), e: fc.integer({ min: 0, max: 15 }), c: fc.constantFrom('c1', 'c2'), v: fc.integer({ min: 0, max: 10 }), abstain: fc.boolean() }), { maxLength: 80 }),
        fc.constantFrom(...rules),
        fc.boolean(),
        fc.integer({ min: 1, max: 4 }),
        (rows, tieBreak, normalise, winners) => {
          const scores = rows.map((r) => s(`j${r.j}`, `e${r.e}`, r.c, r.abstain ? null : r.v, r.abstain));
          const entries = Array.from({ length: 16 }, (_, i) => entry(`e${i}`, i % 2 ? 'x' : 'y', `2026-11-20T10:00:${String(i % 7).padStart(2, '0')}+07:00`));
          const out = run({ scores, entries, tieBreak, normalise, winnersPerCategory: winners });
          for (const { ranking } of out.categories) {
            expect(ranking).toHaveLength(8);
            ranking.forEach((r, i) => {
              expect(r.total).toBeGreaterThanOrEqual(0);
              expect(r.total).toBeLessThanOrEqual(100);
              if (i === 0) expect(r.rank).toBe(1);
              else {
                const prev = ranking[i - 1]!;
                expect([prev.rank, i + 1]).toContain(r.rank);
                if (r.judges > 0) expect(prev.total).toBeGreaterThanOrEqual(r.total);
                if (prev.judges === 0) expect(r.judges).toBe(0);
              }
              expect(r.winner).toBe(r.judges > 0 && r.rank <= winners);
            });
          }
        },
      ),
    );
  });
});
