import { options, type Catalogue, type Indicator } from './catalogue.js';
import { catalogue2026 } from './catalogue-2026.js';

// The pre-2026 method (Surat Mendagri 400.10.11/2704/SJ, 2023). The reference gives only the
// differences from 2026 (§6.7, regional, lower confidence); every other indicator, including the
// whole SPD table, is the 2026 one [unconfirmed for 2023].

type Change = Partial<Omit<Indicator, 'code' | 'aspect'>>;

const changes: Record<string, (i: Indicator) => Change> = {
  '16': (i) => ({ options: options(['SK kepala perangkat daerah', 'SK kepala daerah', 'Perkada atau Perda'], ['pdf'], i.options[0].evidence.note) }),
  '19': (i) => ({
    name: 'Penggunaan IT',
    options: options([i.options[0].label, i.options[1].label, 'Online sistem'], ['image'], i.options[0].evidence.note),
  }),
  '20': (i) => ({
    description: 'Bimbingan teknis inovasi dalam 2 tahun terakhir.',
    options: options(['1 kali dalam 2 tahun', '2 kali dalam 2 tahun', '3 kali atau lebih dalam 2 tahun'], ['pdf'], i.options[0].evidence.note),
  }),
  '29': (i) => ({ options: options(['≤ 50 %', '51–85 %', '≥ 86 %'], ['pdf'], i.options[0].evidence.note) }),
  '33': (i) => ({
    bases: i.bases && { ...i.bases, a: { ...i.bases.a, options: options(['1–100 orang', '101–200 orang', '≥ 201 orang'], ['pdf'], i.bases.a.options[0].evidence.note) } },
  }),
  '35': () => ({ name: 'Kualitas inovasi daerah' }),
};

export const catalogue2023: Catalogue = {
  period: {
    ...catalogue2026.period, // [unconfirmed for 2023] countCap, countWeight, minBasicAffairs, totalMax, minDesignWords, maxIgaEntries
    year: 2023,
    inputWindow: { opensAt: '2023-05-24T17:00:00.000Z', closesAt: '2023-07-28T16:59:59.999Z' }, // 25 May – 28 Jul WIB
    implementationWindow: { from: '2021-01-01', to: '2022-12-31', acceptsDevelopment: false },
    minDivisor: 10,
    predicates: { sangatInovatif: 60.01, inovatif: 35.0, kurangInovatif: 0.01 },
  },
  variables: catalogue2026.variables,
  indicators: catalogue2026.indicators.map((i) => ({ ...i, ...changes[i.code]?.(i) })),
};
