import { describe, expect, it } from 'vitest';
import { basicServiceAffairs } from './affairs.js';
import { basisCodes, findIndicator, type Catalogue } from './catalogue.js';
import { catalogue2023 } from './catalogue-2023.js';
import { catalogue2026 } from './catalogue-2026.js';
import { assess, assessBoth, eligibility, maturity, predicateOf, regionAspect, roundHalfUp, scoredOption, type Answer, type Answers, type Innovation, type Predicate } from './engine.js';
import { answersWorth, evidenced, innovation, innovations, report } from './test-support.js';

const c = catalogue2026;
const yandas = (k: number) => basicServiceAffairs.slice(0, k);
const withPeriod = (changes: Partial<Catalogue['period']>): Catalogue => ({ ...c, period: { ...c.period, ...changes } });

describe('roundHalfUp', () => {
  it.each([
    [47.045, 47.05],
    [47.0449999, 47.04],
    [1.005, 1.01],
    [2.675, 2.68],
    [0.005, 0.01],
    [0.0049999, 0],
    [40.005, 40.01],
    [40.0049, 40],
    [65.005, 65.01],
    [38.549333333, 38.55],
    [100, 100],
    [0, 0],
    [-1.005, -1.01],
  ])('%d → %d', (value, rounded) => {
    expect(roundHalfUp(value)).toBe(rounded);
  });

  it('rounds a computed index whose binary value falls just below the half', () => {
    const iidExact = ((40 + 77.6125) / 250) * 100; // 47.045 in decimals
    expect(iidExact).toBeLessThan(47.045);
    expect(roundHalfUp(iidExact)).toBe(47.05);
  });
});

describe('predicateOf', () => {
  it.each<[number, Predicate]>([
    [0, 'tidakDapatDinilai'],
    [0.0049, 'tidakDapatDinilai'],
    [0.005, 'kurangInovatif'],
    [0.01, 'kurangInovatif'],
    [40.0, 'kurangInovatif'],
    [40.0049, 'kurangInovatif'],
    [40.005, 'inovatif'],
    [40.01, 'inovatif'],
    [65.0, 'inovatif'],
    [65.0049, 'inovatif'],
    [65.01, 'sangatInovatif'],
    [100, 'sangatInovatif'],
  ])('2026: %d → %s', (iid, predicate) => {
    expect(predicateOf(c.period.predicates, iid)).toBe(predicate);
  });

  it.each<[number, Predicate]>([
    [0, 'tidakDapatDinilai'],
    [34.99, 'kurangInovatif'],
    [34.995, 'inovatif'],
    [35.0, 'inovatif'],
    [60.0, 'inovatif'],
    [60.01, 'sangatInovatif'],
  ])('2023: %d → %s', (iid, predicate) => {
    expect(predicateOf(catalogue2023.period.predicates, iid)).toBe(predicate);
  });
});

describe('scoring one indicator', () => {
  const video = findIndicator(c, '35')!;
  const benefit = findIndicator(c, '33')!;
  it.each<[string, Answer | undefined, number, number]>([
    ['unanswered', undefined, 0, 0],
    ['option 0', evidenced(0), 0, 0],
    ['accepted option 2', evidenced(2), 2, 2],
    ['evidence not yet accepted', evidenced(3, undefined, false), 3, 0],
    ['no evidence', { option: 3, evidenced: false, accepted: false }, 0, 0],
    ['accepted without evidence (inconsistent)', { option: 3, evidenced: false, accepted: true }, 0, 0],
  ])('%s → claimed %d, verified %d', (_, answer, claimed, verified) => {
    expect(scoredOption(video, answer, 'claimed')).toBe(claimed);
    expect(scoredOption(video, answer, 'verified')).toBe(verified);
  });

  it.each(basisCodes)('indicator 33 on basis %s scores weight × option', (basis) => {
    for (const option of [1, 2, 3] as const) expect(maturity(c, { '33': evidenced(option, basis) }, 'claimed')).toBe(3 * option);
  });

  it('indicator 33 without a basis scores nothing', () => {
    expect(scoredOption(benefit, evidenced(3), 'claimed')).toBe(0);
  });

  it.each([
    [1, 37],
    [2, 74],
    [3, 111],
  ] as const)('every SID indicator at option %d → maturity %d', (option, expected) => {
    const answers = Object.fromEntries(c.indicators.filter((i) => i.aspect === 'innovation').map((i) => [i.code, evidenced(option, i.bases ? 'c' : undefined)]));
    expect(maturity(c, answers, 'claimed')).toBe(expected);
  });

  it('SPD sums region answers only: all at 3 → 63, SID codes ignored', () => {
    const answers = Object.fromEntries(c.indicators.filter((i) => i.aspect === 'region').map((i) => [i.code, evidenced(3)]));
    expect(regionAspect(c, { ...answers, '35': evidenced(3) }, 'claimed')).toBe(63);
    expect(regionAspect(c, { '5a': evidenced(3), '6': evidenced(2) }, 'claimed')).toBe(5.25);
  });
});

describe('the worked examples of §6.3', () => {
  it.each([
    [40, 20, 70, 5, 77.6, 47.04, 'inovatif'],
    [40, 20, 70, 4, 70, 44.0, 'inovatif'],
    [40, 8, 80, 5, 640 / 12 + 3.04, 38.55, 'kurangInovatif'],
    [63, 200, 111, 6, 187, 100.0, 'sangatInovatif'],
  ] as const)('SPD %d, %d innovations × K %d, %d yandas → SID %d, IID %d', (spd, n, k, covered, sid, iid, predicate) => {
    const result = assess(c, report(spd, innovations(n, k, yandas(covered))), 'claimed');
    expect(result.spd).toBe(spd);
    expect(result.basicAffairsCovered).toBe(covered);
    expect(result.sid).toBeCloseTo(sid, 9);
    expect(result.iid).toBe(iid);
    expect(result.predicate).toBe(predicate);
  });
});

describe('the index of a region', () => {
  it('an empty region scores 0, Tidak Dapat Dinilai, averaged over m', () => {
    const result = assess(c, { answers: {}, innovations: [] }, 'claimed');
    expect(result).toMatchObject({ iid: 0, iidExact: 0, predicate: 'tidakDapatDinilai', spd: 0, sid: 0, countScore: 0, counted: 0, divisor: 12, basicAffairsCovered: 0 });
    expect(result.explanation.emptySeats).toBe(12);
  });

  it('a region with SPD only is Kurang Inovatif', () => {
    const result = assess(c, report(63, []), 'claimed');
    expect([result.iid, result.predicate]).toEqual([25.2, 'kurangInovatif']);
  });

  it.each([
    [0, 12, 12],
    [1, 12, 11],
    [11, 12, 1],
    [12, 12, 0],
    [13, 13, 0],
  ])('%d counted → divisor %d, %d empty seats', (n, divisor, emptySeats) => {
    const result = assess(c, report(0, innovations(n, 60)), 'claimed');
    expect(result.divisor).toBe(divisor);
    expect(result.explanation.emptySeats).toBe(emptySeats);
    expect(result.sid).toBeCloseTo((n * 60) / divisor, 9);
  });

  it('uses the period minimum divisor: m = 10 in 2023', () => {
    const list = innovations(5, 60).map((i) => ({ ...i, implementedOn: '2022-03-01' }));
    expect(assess(catalogue2023, report(0, list), 'claimed').divisor).toBe(10);
  });

  it.each([
    [199, 75.62],
    [200, 76],
    [201, 76],
    [250, 76],
  ])('count score caps at 200: %d counted → %d', (n, countScore) => {
    const result = assess(c, report(0, innovations(n, 14, yandas(6))), 'claimed');
    expect(result.counted).toBe(n);
    expect(result.countScore).toBeCloseTo(countScore, 9);
    expect(result.explanation.shares.countScore.max).toBeCloseTo(76, 9);
  });

  it.each([
    [c, 4, 0],
    [c, 5, 7.6],
    [c, 6, 7.6],
    [withPeriod({ minBasicAffairs: 6 }), 5, 0],
    [withPeriod({ minBasicAffairs: 6 }), 6, 7.6],
  ])('yandas rule: %#: %d covered → count score %d', (catalogue, covered, countScore) => {
    expect(assess(catalogue, report(0, innovations(20, 50, yandas(covered))), 'claimed').countScore).toBeCloseTo(countScore, 9);
  });

  it('counts a yandas affair only through a counted innovation', () => {
    const list = innovations(20, 50, yandas(5));
    list[4] = { ...list[4]!, stage: 'uji_coba' };
    const result = assess(c, report(0, list), 'claimed');
    expect(result.basicAffairsCovered).toBe(4);
    expect(result.explanation.basicServiceAffairs).toEqual({ covered: yandas(4), missing: ['trantibum_linmas', 'sosial'], required: 5, rewarded: false });
    expect(result.countScore).toBe(0);
  });

  it('excluded innovations do not count, with their reason in the explanation', () => {
    const list = innovations(3, 70);
    list[1] = { ...list[1]!, excluded: true };
    list[2] = { ...list[2]!, stage: 'inisiatif' };
    const result = assess(c, report(0, list), 'claimed');
    expect(result.counted).toBe(1);
    expect(result.innovations.map((i) => [i.id, i.eligible, i.counted, i.maturity])).toEqual([
      ['I1', true, true, 70],
      ['I2', true, false, 70],
      ['I3', false, false, 70],
    ]);
    expect(result.explanation.notCounted).toEqual([
      { id: 'I2', excluded: true, reasons: [] },
      { id: 'I3', excluded: false, reasons: [{ code: 'stage' }] },
    ]);
  });

  it("the components' points add up to the index", () => {
    const result = assess(c, report(40, innovations(20, 70, yandas(5))), 'claimed');
    const { regionAspect: spd, maturity: k, countScore } = result.explanation.shares;
    expect(spd).toEqual({ score: 40, max: 63, points: 16 });
    expect(k.score).toBeCloseTo(70, 9);
    expect(k.max).toBe(111);
    expect(countScore.points).toBeCloseTo(3.04, 9);
    expect(spd.points + k.points + countScore.points).toBeCloseTo(result.iidExact, 9);
  });

  it('reports the region mandatory indicators left empty', () => {
    const result = assess(c, { answers: { '1': evidenced(3), '2a': evidenced(3) }, innovations: [] }, 'claimed');
    expect(result.explanation.regionMandatoryMissing).toEqual(['3', '4', '5a', '5b', '6', '7', '8', '9', '10a', '10b', '11a', '11b']);
  });
});

describe('eligibility', () => {
  const valid = innovation('X');
  const withoutAnswers = (...codes: string[]): Innovation => ({ ...valid, answers: Object.fromEntries(Object.entries(valid.answers).filter(([code]) => !codes.includes(code))) });

  it.each<[string, Partial<Innovation>, string[]]>([
    ['a valid innovation', {}, []],
    ['stage inisiatif', { stage: 'inisiatif' }, ['stage']],
    ['stage uji coba', { stage: 'uji_coba' }, ['stage']],
    ['implemented on the first day of the window', { implementedOn: '2024-01-01' }, []],
    ['implemented on the last day of the window', { implementedOn: '2025-12-31' }, []],
    ['implemented the day before the window', { implementedOn: '2023-12-31' }, ['window']],
    ['implemented in the reporting year', { implementedOn: '2026-01-01' }, ['window']],
    ['no implementation date', { implementedOn: null }, ['window']],
    ['older, developed inside the window', { implementedOn: '2021-05-01', developedOn: '2025-03-01' }, []],
    ['older, developed before the window', { implementedOn: '2021-05-01', developedOn: '2023-12-31' }, ['window']],
    ['implemented after the window, developed inside it', { implementedOn: '2026-02-01', developedOn: '2025-03-01' }, ['window']],
    ['only a development date', { implementedOn: null, developedOn: '2025-03-01' }, ['window']],
    ['design of 299 words', { designWords: 299 }, ['designLength']],
    ['2 previous IGA entries', { igaEntries: 2 }, []],
    ['3 previous IGA entries', { igaEntries: 3 }, ['igaEntries']],
    ['inisiatif, short design, too many entries', { stage: 'inisiatif', designWords: 10, igaEntries: 5 }, ['stage', 'designLength', 'igaEntries']],
  ])('%s → %j', (_, overrides, codes) => {
    const { eligible, reasons } = eligibility(c, { ...valid, ...overrides }, 'claimed');
    expect(reasons.map((r) => r.code)).toEqual(codes);
    expect(eligible).toBe(codes.length === 0);
  });

  it('2023 does not accept an older innovation developed inside the window', () => {
    const older = { ...valid, implementedOn: '2019-05-01', developedOn: '2022-03-01' };
    expect(eligibility(catalogue2023, older, 'claimed').reasons).toEqual([{ code: 'window' }]);
    expect(eligibility(catalogue2023, { ...valid, implementedOn: '2021-01-01' }, 'claimed').reasons).toEqual([]);
  });

  it.each([
    [['16'], ['16']],
    [['33', '16'], ['16', '33']],
    [['35', '17', '32'], ['17', '32', '35']],
  ])('mandatory answers %j missing → mandatoryMissing %j', (dropped, missing) => {
    expect(eligibility(c, withoutAnswers(...dropped), 'claimed').reasons).toEqual([{ code: 'mandatoryMissing', indicators: missing }]);
  });

  it('a mandatory answer without evidence, or 33 without a basis, is missing', () => {
    const answers = { ...valid.answers, '17': { option: 3, evidenced: false, accepted: false }, '33': evidenced(3) } as const;
    expect(eligibility(c, { ...valid, answers }, 'claimed').reasons).toEqual([{ code: 'mandatoryMissing', indicators: ['17', '33'] }]);
  });

  it('the verified projection treats a mandatory answer whose evidence is not accepted as missing', () => {
    const answers = { ...valid.answers, '35': evidenced(2, undefined, false) };
    expect(eligibility(c, { ...valid, answers }, 'claimed').eligible).toBe(true);
    expect(eligibility(c, { ...valid, answers }, 'verified').reasons).toEqual([{ code: 'mandatoryMissing', indicators: ['35'] }]);
  });
});

describe('claimed and verified projections', () => {
  it('the verified projection ignores answers whose evidence was not accepted', () => {
    const unaccepted = (answers: Answers, codes: string[]) =>
      Object.fromEntries(Object.entries(answers).map(([code, a]) => [code, a && codes.includes(code) ? { ...a, accepted: false } : a]));
    const region = report(40, []);
    const list = innovations(12, 70, yandas(5));
    const k18 = list[0]!.answers['18']!.option * 2;
    list[0] = { ...list[0]!, answers: unaccepted(list[0]!.answers, ['18']) }; // optional: lowers K only
    list[1] = { ...list[1]!, answers: unaccepted(list[1]!.answers, ['16']) }; // mandatory: drops the innovation
    const { claimed, verified } = assessBoth(c, { answers: unaccepted(region.answers, ['1']), innovations: list });
    expect([claimed.spd, verified.spd]).toEqual([40, 40 - region.answers['1']!.option]);
    expect([claimed.counted, verified.counted]).toEqual([12, 11]);
    expect(verified.innovations[0]!.maturity).toBe(70 - k18);
    expect(verified.explanation.notCounted).toEqual([{ id: 'I2', excluded: false, reasons: [{ code: 'mandatoryMissing', indicators: ['16'] }] }]);
    expect(verified.iidExact).toBeLessThan(claimed.iidExact);
  });

  it('both projections agree when every answer is accepted', () => {
    const { claimed, verified } = assessBoth(c, report(40, innovations(20, 70, yandas(5))));
    expect({ ...verified, projection: 'claimed' }).toEqual(claimed);
  });
});

describe('answersWorth (test builder)', () => {
  it.each([14, 50, 70, 80, 111])('builds innovation answers worth %d with every mandatory indicator answered', (k) => {
    const answers = answersWorth(k);
    expect(maturity(c, answers, 'claimed')).toBe(k);
    expect(eligibility(c, innovation('X', { answers }), 'claimed').eligible).toBe(true);
  });
});
