import { describe, expect, it } from 'vitest';
import { basicServiceAffairs } from './affairs.js';
import { catalogue2026 } from './catalogue-2026.js';
import { assess, type Innovation, type RegionReport } from './engine.js';
import { applyChanges, bestChanges, simulate, type Change, type Warning } from './simulate.js';
import { answersWorth, evidenced, innovation, innovations, report } from './test-support.js';

const c = catalogue2026;
const yandas = (k: number) => basicServiceAffairs.slice(0, k);
const without = (i: Innovation, code: string): Innovation => ({ ...i, answers: Object.fromEntries(Object.entries(i.answers).filter(([k]) => k !== code)) });

describe('applyChanges', () => {
  const base = report(40, innovations(2, 70));

  it.each<[string, Change, (r: RegionReport) => unknown, unknown]>([
    ['excludes an innovation', { kind: 'include', innovationId: 'I2', included: false }, (r) => r.innovations.map((i) => Boolean(i.excluded)), [false, true]],
    ['sets an answer', { kind: 'answer', innovationId: 'I1', code: '31', answer: evidenced(3) }, (r) => r.innovations[0]!.answers['31']?.option, 3],
    ['clears an answer', { kind: 'answer', innovationId: 'I1', code: '16', answer: null }, (r) => '16' in r.innovations[0]!.answers, false],
    ['sets a region answer', { kind: 'regionAnswer', code: '15', answer: evidenced(2) }, (r) => r.answers['15']?.option, 2],
    ['ignores an unknown innovation', { kind: 'include', innovationId: 'nope', included: false }, (r) => r.innovations.some((i) => i.excluded), false],
  ])('%s without touching the input', (_, change, read, expected) => {
    const before = JSON.stringify(base);
    expect(read(applyChanges(base, [change]))).toEqual(expected);
    expect(JSON.stringify(base)).toBe(before);
  });
});

describe('simulate', () => {
  const base = report(40, innovations(20, 70, yandas(5)));

  it('toggling an innovation out and back in moves the index and restores it', () => {
    const out = simulate(c, base, [{ kind: 'include', innovationId: 'I3', included: false }]);
    const back = simulate(c, out.report, [{ kind: 'include', innovationId: 'I3', included: true }]);
    const now = assess(c, base, 'claimed').iidExact;
    // I3 holds the third yandas affair: without it only 4 are covered and the count score goes.
    expect(out.claimed.result.countScore).toBe(0);
    expect(out.claimed.result.iidExact).toBeLessThan(now);
    expect(back.claimed.result.iidExact).toBe(now);
  });

  it('scores the claimed and the verified projection of the changed report', () => {
    const { claimed, verified } = simulate(c, base, [{ kind: 'answer', innovationId: 'I1', code: '35', answer: evidenced(3, undefined, false) }]);
    expect(claimed.result.counted).toBe(20);
    expect(verified.result.counted).toBe(19);
  });

  const leaving = (ids: string[]): Warning => ({ code: 'leavesWindow', innovationIds: ids });
  it.each<[string, RegionReport, Warning[]]>([
    ['a region in good shape', report(40, innovations(20, 70, yandas(5)).map((i) => ({ ...i, implementedOn: '2025-02-01' }))), []],
    [
      'yandas coverage below the rule',
      report(40, innovations(20, 70, yandas(4)).map((i) => ({ ...i, implementedOn: '2025-02-01' }))),
      [{ code: 'basicAffairs', covered: 4, required: 5, missing: ['trantibum_linmas', 'sosial'] }],
    ],
    [
      'fewer than m counted',
      report(40, innovations(11, 70, yandas(5)).map((i) => ({ ...i, implementedOn: '2025-02-01' }))),
      [{ code: 'belowMinDivisor', counted: 11, minDivisor: 12 }],
    ],
    [
      'mandatory indicators empty, region and innovation (an excluded one is not warned about)',
      {
        answers: {},
        innovations: [
          ...innovations(12, 70, yandas(5)).map((i) => ({ ...i, implementedOn: '2025-02-01' })),
          without(innovation('X', { implementedOn: '2025-02-01' }), '35'),
          { ...without(innovation('Y', { implementedOn: '2025-02-01' }), '35'), excluded: true },
        ],
      },
      [
        { code: 'mandatoryEmpty', innovationId: null, indicators: ['1', '3', '4', '5a', '5b', '6', '7', '8', '9', '10a', '10b', '11a', '11b'] },
        { code: 'mandatoryEmpty', innovationId: 'X', indicators: ['35'] },
      ],
    ],
    [
      'innovations that fall out of the window next year',
      report(40, [
        ...innovations(18, 70, yandas(5)).map((i) => ({ ...i, implementedOn: '2025-01-01' })),
        innovation('early', { implementedOn: '2024-12-31' }),
        innovation('older', { implementedOn: '2020-01-01', developedOn: '2024-05-01' }),
        innovation('developed', { implementedOn: '2020-01-01', developedOn: '2025-05-01' }),
      ]),
      [leaving(['early', 'older'])],
    ],
  ])('warns about %s', (_, region, warnings) => {
    expect(simulate(c, region, []).claimed.warnings).toEqual(warnings);
  });
});

describe('bestChanges', () => {
  it('picks including an excluded innovation that completes the yandas rule', () => {
    const list = [...innovations(12, 14, yandas(4)), innovation('S', { mainAffair: 'sosial', answers: answersWorth(14), excluded: true })];
    const [first, second, third] = bestChanges(c, report(40, list), 3);
    expect(first).toMatchObject({ kind: 'include', change: { kind: 'include', innovationId: 'S', included: true } });
    expect(first!.gain).toBeCloseTo((13 * 0.38 * 100) / 250, 9);
    // Next best: the heaviest indicator (35, weight 4) one option up, in the first innovations.
    expect([second, third].map((s) => [s!.kind, s!.change])).toEqual([
      ['raiseAnswer', { kind: 'answer', innovationId: 'I1', code: '35', answer: evidenced(2) }],
      ['raiseAnswer', { kind: 'answer', innovationId: 'I2', code: '35', answer: evidenced(2) }],
    ]);
    expect(second!.gain).toBeCloseTo((4 / 12) * 0.4, 9);
  });

  it('prefers filling the missing mandatory answer that lets an innovation count', () => {
    const list = [...innovations(12, 14, yandas(5)), without(innovation('X', { answers: answersWorth(14) }), '35')];
    const [first] = bestChanges(c, report(40, list), 1);
    expect(first).toMatchObject({ kind: 'fillMandatory', change: { innovationId: 'X', code: '35' } });
    expect(first!.gain).toBeCloseTo(0.38 * 0.4, 9);
  });

  it('fills missing mandatory region answers, heaviest first', () => {
    const suggestions = bestChanges(c, { answers: {}, innovations: [] }, 3);
    expect(suggestions.map((s) => [s.kind, s.change.kind === 'regionAnswer' && s.change.code])).toEqual([
      ['fillMandatory', '6'],
      ['fillMandatory', '7'],
      ['fillMandatory', '8'],
    ]);
    expect(suggestions[0]!.gain).toBeCloseTo(0.6, 9);
  });

  it('suggests nothing when nothing can rise', () => {
    expect(bestChanges(c, report(63, innovations(200, 111, yandas(6))), 3)).toEqual([]);
  });

  it.each(['claimed', 'verified'] as const)('every %s gain equals a full recompute with the change applied', (projection) => {
    const list = [
      ...innovations(9, 40, yandas(4)),
      innovation('excluded', { mainAffair: 'sosial', excluded: true, answers: answersWorth(30) }),
      without(innovation('missing', { mainAffair: 'pupr' }), '16'),
      innovation('unaccepted', { mainAffair: 'trantibum_linmas', answers: { ...answersWorth(60), '35': evidenced(2, undefined, false), '31': evidenced(1, undefined, false) } }),
      innovation('trial', { stage: 'uji_coba' }),
    ];
    const region = report(40, list);
    const before = assess(c, region, projection).iidExact;
    const suggestions = bestChanges(c, region, Infinity, projection);
    expect(suggestions.length).toBeGreaterThan(50);
    for (const s of suggestions) {
      const after = simulate(c, region, [s.change])[projection].result.iidExact;
      expect(s.gain).toBeCloseTo(after - before, 9);
      expect(s.iidExact).toBeCloseTo(after, 9);
    }
    expect(suggestions.map((s) => s.gain)).toEqual([...suggestions.map((s) => s.gain)].sort((a, b) => b - a));
  });
});
