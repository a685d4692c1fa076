// The pure IID engine on generated data: one large region (2,000 innovations × 20 answers) and the
// nation (546 regions, 40,000 innovations). Database-backed figures belong to the service's bench.
//   node --import tsx bench/iid.ts [seed=1]
import { performance } from 'node:perf_hooks';
import { catalogue2026 } from '../src/domain/iid/catalogue-2026.js';
import { assessBoth } from '../src/domain/iid/engine.js';
import { benchData } from './iid-data.js';
import { bestChanges, simulate } from '../src/domain/iid/simulate.js';

const { large, nation } = benchData(Number(process.argv[2] ?? 1));

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


const counted = assessBoth(catalogue2026, large);
console.log(`large region: 2,000 innovations, ${counted.claimed.counted} counted (claimed), ${counted.verified.counted} (verified); IID ${counted.claimed.iid} / ${counted.verified.iid}`);
console.log(`nation: ${nation.length} regions, ${nation.reduce((s, r) => s + r.innovations.length, 0)} innovations\n`);

measure('one region, 2,000 innovations: claimed + verified', 50, () => assessBoth(catalogue2026, large));
measure('one region: simulate one toggle (both projections)', 50, () => simulate(catalogue2026, large, [{ kind: 'include', innovationId: 'large-7', included: false }]));
measure('one region: bestChanges(3), ~40,000 candidates (claimed)', 10, () => bestChanges(catalogue2026, large, 3));
measure('one region: bestChanges(3) (verified)', 10, () => bestChanges(catalogue2026, large, 3, 'verified'));
measure('nation, 546 regions / 40,000 innovations: claimed + verified', 10, () => nation.map((r) => assessBoth(catalogue2026, r)));
