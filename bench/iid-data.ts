// Generated IID input for the benchmarks: realistic answer spreads, the same data on every run.
import { affairCodes } from '../src/domain/iid/affairs.js';
import { indicatorsOf } from '../src/domain/iid/catalogue.js';
import { catalogue2026 } from '../src/domain/iid/catalogue-2026.js';
import { stages, type Answer, type Answers, type Innovation, type Option, type RegionReport } from '../src/domain/iid/engine.js';

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The benchmark data for one seed: a region with 2,000 innovations × 20 answers, and the nation. */
export function benchData(seed: number) {
  const random = prng(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const date = (fromYear: number, years: number) => new Date(Date.UTC(fromYear, 0, 1) + random() * years * 365 * 86_400_000).toISOString().slice(0, 10);

  function answers(aspect: 'region' | 'innovation'): Answers {
    return Object.fromEntries(
      indicatorsOf(catalogue2026, aspect).map((indicator): [string, Answer] => [
        indicator.code,
        { option: pick(indicator.mandatory ? [1, 2, 3, 3] : [0, 1, 2, 3, 3]) as Option, ...(indicator.bases && { basis: pick(['a', 'b', 'f'] as const) }), evidenced: random() < 0.95, accepted: random() < 0.8 },
      ]),
    );
  }

  const innovation = (id: string): Innovation => ({
    id,
    stage: random() < 0.9 ? 'penerapan' : pick(stages),
    mainAffair: pick(affairCodes),
    implementedOn: date(2022, 4),
    developedOn: random() < 0.3 ? date(2023, 3) : null,
    designWords: 200 + Math.floor(random() * 600),
    igaEntries: pick([0, 0, 0, 1, 2, 3]),
    answers: answers('innovation'),
  });

  const report = (name: string, n: number): RegionReport => ({ answers: answers('region'), innovations: Array.from({ length: n }, (_, i) => innovation(`${name}-${i}`)) });

  // One large kabupaten, and the nation: 40,000 innovations spread at random over 546 regions.
  const large = report('large', 2000);
  const perRegion = Array.from({ length: 546 }, () => 0);
  for (let i = 0; i < 40_000; i++) perRegion[Math.floor(random() * 546)]! += 1;
  const nation = perRegion.map((n, r) => report(`r${r}`, n));
  return { large, nation };
}
