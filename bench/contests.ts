// Contests and juries (issue 7): the pure assignment and ranking on a Krenova-sized contest —
// 500 passed entries in 4 categories, a panel of 15 judges, ~3 % of entry × judge pairs
// conflicted, an even spread of 3 judges per entry, 5 criteria on 1–10. Each judge has a bias
// (harsh or lenient) and each entry a quality, so normalisation has something to correct; ~1 % of
// lines are abstentions. The database round trips belong to the service's tests.
//   node --import tsx bench/contests.ts [seed=1] [runs=50]
import { performance } from 'node:perf_hooks';
import { assignJudges } from '../src/domain/contests/assignment.js';
import { computeResults, normaliseScores, type ScoreRow } from '../src/domain/contests/results.js';
import { contestTemplate } from '../src/domain/contests/templates.js';
import { prng } from './iid-data.js';

const seed = Number(process.argv[2] ?? 1);
const runs = Number(process.argv[3] ?? 50);
const random = prng(seed);

const setup = contestTemplate('krenova', { now: new Date('2026-11-01T03:00:00Z'), zone: 'Asia/Jakarta' });
const { criteria, categories } = setup;
const entries = Array.from({ length: 500 }, (_, i) => ({
  id: `entry-${String(i + 1).padStart(3, '0')}`,
  category: categories[i % categories.length]!.key,
  submittedAt: new Date(Date.parse('2026-11-02T00:00:00+07:00') + Math.floor(random() * 30 * 86_400_000)).toISOString(),
  quality: random(),
}));
const judges = Array.from({ length: 15 }, (_, i) => ({ id: `judge-${String(i + 1).padStart(2, '0')}`, bias: (random() - 0.5) * 4 }));
const entryIds = entries.map((e) => e.id);
const judgeIds = judges.map((j) => j.id);
const conflicts = entries.flatMap((e) => judges.filter(() => random() < 0.03).map((j) => ({ entryId: e.id, judgeId: j.id })));

const input = { entries: entryIds, judges: judgeIds, conflicts, mode: 'sebar' as const, minPerEntry: 3 };
const assigned = assignJudges(input);
const loads = judgeIds.map((j) => assigned.assignments.filter((p) => p.judgeId === j).length);

const byId = new Map(entries.map((e) => [e.id, e]));
const bias = new Map(judges.map((j) => [j.id, j.bias]));
const clamp = (v: number, min: number, max: number) => Math.min(max, Math.max(min, v));
const scores: ScoreRow[] = assigned.assignments.flatMap(({ entryId, judgeId }) =>
  criteria.map((c) => {
    if (random() < 0.01) return { entryId, judgeId, criterion: c.key, score: null, abstain: true };
    const raw = c.min + byId.get(entryId)!.quality * (c.max - c.min) + bias.get(judgeId)! + (random() - 0.5) * 2;
    return { entryId, judgeId, criterion: c.key, score: clamp(Math.round(raw), c.min, c.max), abstain: false };
  }),
);
const results = (normalise: boolean) =>
  computeResults({ criteria, categories, entries, scores, normalise, tieBreak: setup.tieBreak, winnersPerCategory: setup.winnersPerCategory });

console.log(
  `contest: ${entries.length} entries in ${categories.length} categories, ${judges.length} judges, ${conflicts.length} conflicts ` +
    `(${((100 * conflicts.length) / (entries.length * judges.length)).toFixed(1)} % of pairs), sebar ×3`,
);
console.log(`assignment: ${assigned.assignments.length} pairs, ${assigned.short.length} short, judge loads ${Math.min(...loads)}–${Math.max(...loads)}`);
const ties = (normalise: boolean) => {
  const ranking = results(normalise).categories.flatMap((c) => c.ranking);
  return `${ranking.filter((r) => r.tieBrokenBy).length} placed by the tie-break, ${ranking.filter((r, i) => i > 0 && ranking[i - 1]!.rank === r.rank).length} sharing a rank`;
};
console.log(`scores: ${scores.length} lines (${scores.filter((s) => s.abstain).length} abstentions); raw: ${ties(false)}; normalised: ${ties(true)}\n`);

function measure(label: string, run: () => unknown) {
  run(); // warm-up
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    run();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.floor(q * ms.length))]!.toFixed(2).padStart(8);
  console.log(`${label.padEnd(58)} p50 ${at(0.5)} ms   p95 ${at(0.95)} ms   max ${ms.at(-1)!.toFixed(2).padStart(8)} ms`);
  return ms;
}

console.log(`${runs} runs each after one warm-up:`);
measure('assignJudges, sebar ×3, from nothing', () => assignJudges(input));
measure('assignJudges, sebar ×3, top-up over the existing 1,500', () => assignJudges({ ...input, existing: assigned.assignments }));
measure('assignJudges, semua (15 judges on every entry)', () => assignJudges({ ...input, mode: 'semua' }));
measure(`normaliseScores (${scores.length} lines)`, () => normaliseScores(scores, criteria));
measure('computeResults, raw', () => results(false));
measure('computeResults, normalised', () => results(true));
