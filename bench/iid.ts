// The pure IID engine on generated data: one large region (2,000 innovations × 20 answers) and the
// nation (546 regions, 40,000 innovations). Database-backed figures belong to the service's bench.
//   node --import tsx bench/iid.ts [seed=1]
import { performance } from 'node:perf_hooks';
import { affairCodes } from '../src/domain/iid/affairs.js';
import { indicatorsOf } from '../src/domain/iid/catalogue.js';
import { catalogue2026 } from '../src/domain/iid/catalogue-2026.js';
import { assessBoth, stages, type Answer, type Answers, type Innovation, type Option, type RegionReport } from '../src/domain/iid/engine.js';
import { bestChanges, simulate } from '../src/domain/iid/simulate.js';

/** mulberry32: a small seeded PRNG, so every run measures the same data. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(Number(process.argv[2] ?? 1));
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

const region = (name: string, n: number): RegionReport => ({ answers: answers('region'), innovations: Array.from({ length: n }, (_, i) => innovation(`${name}-${i}`)) });

function measure(label: string, times: number, run: () => unknown) {
  run(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < times; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  console.log(`${label.padEnd(62)} p50 ${ms[Math.floor(times / 2)]!.toFixed(2).padStart(8)} ms   max ${ms.at(-1)!.toFixed(2).padStart(8)} ms`);
}

const large = region('large', 2000);
const perRegion = Array.from({ length: 546 }, () => 0);
for (let i = 0; i < 40_000; i++) perRegion[Math.floor(random() * 546)]! += 1;
const nation = perRegion.map((n, r) => region(`r${r}`, n));

const counted = assessBoth(catalogue2026, large);
console.log(`large region: 2,000 innovations, ${counted.claimed.counted} counted (claimed), ${counted.verified.counted} (verified); IID ${counted.claimed.iid} / ${counted.verified.iid}`);
console.log(`nation: ${nation.length} regions, ${nation.reduce((s, r) => s + r.innovations.length, 0)} innovations\n`);

measure('one region, 2,000 innovations: claimed + verified', 50, () => assessBoth(catalogue2026, large));
measure('one region: simulate one toggle (both projections)', 50, () => simulate(catalogue2026, large, [{ kind: 'include', innovationId: 'large-7', included: false }]));
measure('one region: bestChanges(3), ~40,000 candidates (claimed)', 10, () => bestChanges(catalogue2026, large, 3));
measure('one region: bestChanges(3) (verified)', 10, () => bestChanges(catalogue2026, large, 3, 'verified'));
measure('nation, 546 regions / 40,000 innovations: claimed + verified', 10, () => nation.map((r) => assessBoth(catalogue2026, r)));
