import { describe, expect, it } from 'vitest';
import { aspectMax, basisCodes, findIndicator, indicatorsOf, type Catalogue } from './catalogue.js';
import { catalogue2023 } from './catalogue-2023.js';
import { catalogue2026 } from './catalogue-2026.js';
import { seededCatalogues } from './seeds.js';

const weightSum = (c: Catalogue, aspect: 'region' | 'innovation') => indicatorsOf(c, aspect).reduce((sum, i) => sum + i.weight, 0);
const codes = (c: Catalogue, aspect: 'region' | 'innovation') => indicatorsOf(c, aspect).map((i) => i.code);
const weights = (c: Catalogue) => Object.fromEntries(c.indicators.map((i) => [i.code, i.weight]));

describe('the 2026 catalogue', () => {
  const c = catalogue2026;

  it('has the 20 SPD rows of §6.4: weights 21, max 63', () => {
    expect(codes(c, 'region')).toEqual(['1', '2a', '2b', '3', '4', '5a', '5b', '6', '7', '8', '9', '10a', '10b', '11a', '11b', '12', '13a', '13b', '14', '15']);
    expect(weightSum(c, 'region')).toBe(21);
    expect(aspectMax(c, 'region')).toBe(63);
  });

  it('has the 20 SID indicators of §6.5: weights 37, max 111', () => {
    expect(codes(c, 'innovation')).toEqual(Array.from({ length: 20 }, (_, i) => String(16 + i)));
    expect(weightSum(c, 'innovation')).toBe(37);
    expect(aspectMax(c, 'innovation')).toBe(111);
  });

  it('carries the weights of the reference tables', () => {
    expect(weights(c)).toEqual({
      '1': 1, '2a': 1, '2b': 1, '3': 1, '4': 1, '5a': 0.75, '5b': 0.75, '6': 1.5, '7': 1.5, '8': 1.5, '9': 1,
      '10a': 0.75, '10b': 0.75, '11a': 0.75, '11b': 0.75, '12': 2, '13a': 1, '13b': 1, '14': 1, '15': 1,
      '16': 3, '17': 2, '18': 2, '19': 2, '20': 1, '21': 2, '22': 1, '23': 1, '24': 1, '25': 1,
      '26': 1, '27': 1, '28': 2, '29': 1, '30': 2, '31': 3, '32': 2, '33': 3, '34': 2, '35': 4,
    });
  });

  it('marks the mandatory indicators of §6.8', () => {
    expect(c.indicators.filter((i) => i.mandatory).map((i) => i.code)).toEqual(['1', '3', '4', '5a', '5b', '6', '7', '8', '9', '10a', '10b', '11a', '11b', '16', '17', '32', '33', '35']);
  });

  it('has the 2026 parameters, whose maxima add up to totalMax (63 + 111 + 76 = 250)', () => {
    const p = c.period;
    expect(p).toMatchObject({
      year: 2026,
      implementationWindow: { from: '2024-01-01', to: '2025-12-31', acceptsDevelopment: true },
      minDivisor: 12, countCap: 200, countWeight: 0.38, minBasicAffairs: 5, totalMax: 250,
      predicates: { sangatInovatif: 65.01, inovatif: 40.01, kurangInovatif: 0.01 },
      minDesignWords: 300, maxIgaEntries: 2,
    });
    expect(aspectMax(c, 'region') + aspectMax(c, 'innovation') + p.countCap * p.countWeight).toBeCloseTo(p.totalMax, 9);
    expect(Date.parse(p.inputWindow.opensAt)).toBeLessThan(Date.parse(p.inputWindow.closesAt));
  });

  it('gives indicator 33 six bases with their own thresholds', () => {
    const benefit = findIndicator(c, '33')!;
    expect(Object.keys(benefit.bases!)).toEqual([...basisCodes]);
    expect(benefit.bases!.a.options.map((o) => o.label)).toEqual(['1–200 orang', '201–500 orang', '≥ 501 orang']);
    expect(benefit.bases!.b.options.map((o) => o.label)).toEqual(['5.00–20.00 %', '20.01–50.00 %', '> 50.00 %']);
    expect(c.indicators.filter((i) => i.bases).map((i) => i.code)).toEqual(['33']);
  });

  it.each([
    ['3', ['≤ −50.32 %', '−50.33 % s.d. 8.16 %', '≥ 8.17 %']],
    ['5b', ['≥ 5.91', '2.34–5.92', '≤ 2.35']],
    ['16', ['SK kepala daerah (atau SK kepala perangkat daerah atas nama kepala daerah)', 'Peraturan kepala daerah (Perkada)', 'Peraturan daerah (Perda)']],
    ['29', ['≤ 50 % atau tidak ada pengaduan', '51–90 %', '≥ 91 %']],
    ['35', ['1–2 dari 5 unsur', '3–4 unsur', 'Kelima unsur']],
  ])('indicator %s has the published option labels', (code, labels) => {
    expect(findIndicator(c, code)!.options.map((o) => o.label)).toEqual(labels);
  });

  it('says for every option which evidence kinds it accepts', () => {
    const all = c.indicators.flatMap((i) => [...i.options, ...Object.values(i.bases ?? {}).flatMap((b) => b.options)]);
    for (const option of all) expect(option.evidence.kinds.length).toBeGreaterThan(0);
    expect(findIndicator(c, '35')!.options[2].evidence.kinds).toEqual(['video', 'link']);
  });
});

describe('the 2023 catalogue', () => {
  const c = catalogue2023;

  it('keeps the 2026 codes and weights (only the labels of §6.7 differ)', () => {
    expect(c.indicators.map((i) => i.code)).toEqual(catalogue2026.indicators.map((i) => i.code));
    expect(weights(c)).toEqual(weights(catalogue2026));
  });

  it('has the 2023 parameters', () => {
    expect(c.period).toMatchObject({
      year: 2023,
      implementationWindow: { from: '2021-01-01', to: '2022-12-31', acceptsDevelopment: false },
      minDivisor: 10,
      predicates: { sangatInovatif: 60.01, inovatif: 35.0, kurangInovatif: 0.01 },
      inputWindow: { opensAt: '2023-05-24T17:00:00.000Z', closesAt: '2023-07-28T16:59:59.999Z' },
    });
  });

  it.each([
    ['16', null, ['SK kepala perangkat daerah', 'SK kepala daerah', 'Perkada atau Perda']],
    ['20', null, ['1 kali dalam 2 tahun', '2 kali dalam 2 tahun', '3 kali atau lebih dalam 2 tahun']],
    ['29', null, ['≤ 50 %', '51–85 %', '≥ 86 %']],
    ['33', 'a', ['1–100 orang', '101–200 orang', '≥ 201 orang']],
  ] as const)('indicator %s (basis %s) has the older labels', (code, basis, labels) => {
    const indicator = findIndicator(c, code)!;
    const options = basis ? indicator.bases![basis].options : indicator.options;
    expect(options.map((o) => o.label)).toEqual(labels);
  });

  it('uses the older names of 19 and 35 and leaves the 2026 catalogue untouched', () => {
    expect([findIndicator(c, '19')!.name, findIndicator(c, '35')!.name]).toEqual(['Penggunaan IT', 'Kualitas inovasi daerah']);
    expect(findIndicator(c, '19')!.options[2].label).toBe('Online sistem');
    expect(findIndicator(catalogue2026, '35')!.name).toBe('Video inovasi daerah');
    expect(findIndicator(catalogue2026, '33')!.bases!.a.options[0].label).toBe('1–200 orang');
  });
});

it('seeds 2023 and 2026 by year', () => {
  expect(Object.keys(seededCatalogues)).toEqual(['2023', '2026']);
  for (const [year, c] of Object.entries(seededCatalogues)) expect(c.period.year).toBe(Number(year));
});
