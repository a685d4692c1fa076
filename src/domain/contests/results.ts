import type { Category, Criterion, TieBreakRule } from './contests.js';

/** One judge's line on one entry and criterion (an abstention has no score). */
export type ScoreRow = { entryId: string; judgeId: string; criterion: string; score: number | null; abstain: boolean };

export type RankedResult = {
  entryId: string;
  rank: number;
  /** 0–100, the one ranked by: `normalisedTotal` when normalising, else `rawTotal`. */
  total: number;
  rawTotal: number;
  normalisedTotal: number | null;
  criteria: { key: string; raw: number | null; normalised: number | null; judges: number }[];
  /** Judges who gave the entry at least one score. */
  judges: number;
  /** The criterion key (or 'submittedAt') that ordered this entry against an equal total; null when none did. */
  tieBrokenBy: string | null;
  winner: boolean;
};
export type ResultsOutput = { categories: { key: string; ranking: RankedResult[] }[] };

export const normalisedKey = (judgeId: string, entryId: string, criterion: string) => `${judgeId}|${entryId}|${criterion}`;

/** Below this a spread is rounding noise (e.g. the mean of three 7.1s is not exactly 7.1). */
const noSpread = 1e-9;

function meanAndSd(values: readonly number[]): { mean: number; sd: number } {
  const mean = values.reduce((s, v) => s + v, 0) / values.length;
  const sd = Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length);
  return { mean, sd: sd < noSpread ? 0 : sd };
}

const given = (r: ScoreRow): r is ScoreRow & { score: number } => !r.abstain && r.score !== null && Number.isFinite(r.score);

/**
 * Normalised scores, so harsh and lenient judges weigh alike when panels see different entries.
 * Per judge and criterion, each score is standardised against that judge's own scores on the
 * criterion (z = (s − mean_j) / sd_j, population sd; z = 0 when the judge gave one score or all
 * alike: nothing says whether they are harsh or lenient), then rescaled to the pooled mean and sd
 * of every judge's scores on the criterion (mean_all + z × sd_all), and clamped to the criterion's
 * range. Abstentions and scores on unknown criteria are left out. Keyed by `normalisedKey`.
 */
export function normaliseScores(scores: readonly ScoreRow[], criteria: readonly Criterion[]): Map<string, number> {
  const values = normaliseRows(scores, criteria);
  const out = new Map<string, number>();
  scores.forEach((r, i) => {
    if (!Number.isNaN(values[i]!)) out.set(normalisedKey(r.judgeId, r.entryId, r.criterion), values[i]!);
  });
  return out;
}

/** `normaliseScores` by row: the normalised score of each row, NaN where none (abstained, unknown criterion). */
function normaliseRows(scores: readonly ScoreRow[], criteria: readonly Criterion[]): Float64Array {
  const out = new Float64Array(scores.length).fill(Number.NaN);
  // Row indexes per criterion, then per judge within it.
  const byCriterion = new Map(criteria.map((c) => [c.key, new Map<string, number[]>()]));
  scores.forEach((r, i) => {
    const byJudge = byCriterion.get(r.criterion);
    if (!byJudge || !given(r)) return;
    const own = byJudge.get(r.judgeId);
    if (own) own.push(i);
    else byJudge.set(r.judgeId, [i]);
  });
  for (const c of criteria) {
    const byJudge = byCriterion.get(c.key)!;
    const all = [...byJudge.values()].flat();
    if (!all.length) continue;
    const pooled = meanAndSd(all.map((i) => scores[i]!.score!));
    for (const own of byJudge.values()) {
      const { mean, sd } = meanAndSd(own.map((i) => scores[i]!.score!));
      for (const i of own) {
        const z = own.length > 1 && sd > 0 ? (scores[i]!.score! - mean) / sd : 0;
        out[i] = Math.min(c.max, Math.max(c.min, pooled.mean + z * pooled.sd));
      }
    }
  }
  return out;
}

const round = (v: number, places: number) => {
  const f = 10 ** places;
  return Math.round(v * f) / f;
};
const mean = (values: readonly number[]) => (values.length ? values.reduce((s, v) => s + v, 0) / values.length : null);

/**
 * The weighted total on 0–100: each criterion's mean scaled from its range, weighted, over the
 * criteria that have a mean (an abstained criterion does not drag the entry down: the weights of
 * the criteria that were judged are what the total is out of). Null when nothing was judged.
 */
function weightedTotal(criteria: readonly Criterion[], means: readonly (number | null)[]): number | null {
  let sum = 0;
  let weights = 0;
  criteria.forEach((c, i) => {
    const m = means[i];
    if (m === null || m === undefined) return;
    sum += c.weight * ((m - c.min) / (c.max - c.min));
    weights += c.weight;
  });
  return weights ? (100 * sum) / weights : null;
}

type Row = {
  entryId: string;
  order: number;
  submittedAt: number;
  used: number | null;
  /** Scaled means (0–1, 4 decimals) per criterion in rubric order, of the means ranked by; −1 when none. */
  scaled: number[];
  out: RankedResult;
};

/**
 * Compares two entries of equal total by the rule; returns the order and what decided it.
 * Rubric order or heaviest criterion first (rubric order among equal weights): the higher scaled
 * mean wins. The earlier submission wins under `kiriman_terawal`.
 */
function tieBreak(rule: TieBreakRule, criteria: readonly Criterion[], a: Row, b: Row): { cmp: number; by: string | null } {
  if (rule === 'kiriman_terawal') {
    // An entry never sent (no submittedAt) counts as the latest.
    if (a.submittedAt === b.submittedAt) return { cmp: 0, by: null };
    return { cmp: a.submittedAt < b.submittedAt ? -1 : 1, by: 'submittedAt' };
  }
  const order = criteria.map((_, i) => i);
  if (rule === 'kriteria_terberat') order.sort((x, y) => criteria[y]!.weight - criteria[x]!.weight || x - y);
  for (const i of order) {
    const cmp = b.scaled[i]! - a.scaled[i]!;
    if (cmp) return { cmp, by: criteria[i]!.key };
  }
  return { cmp: 0, by: null };
}

/**
 * The ranking per category from one judging round's scores.
 *
 * Per entry and criterion the mean over the judges who scored it (abstentions excluded), raw and,
 * when normalising, of the normalised scores; the totals as in `weightedTotal`. Totals are compared
 * rounded to 4 decimals and given rounded to 2. Equal totals are ordered by the tie-break rule; what
 * it leaves equal shares a rank (competition ranking: 1, 1, 3). Entries without any score come
 * last (sharing the rank after the scored ones), with 0 judges, and never win. `tieBrokenBy` is set
 * on both entries of a pair the rule separated. Categories come in the contest's order; an entry
 * with no or an unknown category is in none.
 */
export function computeResults(input: {
  criteria: readonly Criterion[];
  categories: readonly Category[];
  entries: readonly { id: string; category: string | null; submittedAt: string | null }[];
  scores: readonly ScoreRow[];
  normalise: boolean;
  tieBreak: TieBreakRule;
  winnersPerCategory: number;
}): ResultsOutput {
  const { criteria } = input;
  const criterionIndex = new Map(criteria.map((c, i) => [c.key, i]));
  const normalised = input.normalise ? normaliseRows(input.scores, criteria) : null;

  // Per entry: per criterion, the raw and normalised scores given; and who scored.
  type Acc = { raw: number[][]; norm: number[][]; all: Set<string> };
  const acc = new Map<string, Acc>();
  input.scores.forEach((r, row) => {
    const i = criterionIndex.get(r.criterion);
    if (i === undefined || !given(r)) return;
    let a = acc.get(r.entryId);
    if (!a) acc.set(r.entryId, (a = { raw: criteria.map(() => []), norm: criteria.map(() => []), all: new Set() }));
    a.raw[i]!.push(r.score);
    a.all.add(r.judgeId);
    if (normalised && !Number.isNaN(normalised[row]!)) a.norm[i]!.push(normalised[row]!);
  });

  const byCategory = new Map(input.categories.map((c) => [c.key, [] as Row[]]));
  input.entries.forEach((entry, order) => {
    const rows = entry.category === null ? undefined : byCategory.get(entry.category);
    if (!rows) return;
    const a = acc.get(entry.id);
    const rawMeans = criteria.map((_, i) => mean(a?.raw[i] ?? []));
    const normMeans = criteria.map((_, i) => (normalised ? mean(a?.norm[i] ?? []) : null));
    const rawTotal = weightedTotal(criteria, rawMeans);
    const normalisedTotal = normalised ? weightedTotal(criteria, normMeans) : null;
    const used = normalised ? normalisedTotal : rawTotal;
    const usedMeans = normalised ? normMeans : rawMeans;
    const submittedAt = entry.submittedAt ? Date.parse(entry.submittedAt) : Number.NaN;
    rows.push({
      entryId: entry.id,
      order,
      submittedAt: Number.isNaN(submittedAt) ? Number.POSITIVE_INFINITY : submittedAt,
      used: a ? used : null,
      scaled: criteria.map((c, i) => {
        const m = usedMeans[i];
        return m === null || m === undefined ? -1 : round((m - c.min) / (c.max - c.min), 4);
      }),
      out: {
        entryId: entry.id,
        rank: 0,
        total: round(used ?? 0, 2),
        rawTotal: round(rawTotal ?? 0, 2),
        normalisedTotal: normalised ? round(normalisedTotal ?? 0, 2) : null,
        criteria: criteria.map((c, i) => ({
          key: c.key,
          raw: rawMeans[i] === null ? null : round(rawMeans[i]!, 2),
          normalised: normMeans[i] === null ? null : round(normMeans[i]!, 2),
          judges: a?.raw[i]!.length ?? 0,
        })),
        judges: a?.all.size ?? 0,
        tieBrokenBy: null,
        winner: false,
      },
    });
  });

  const categories = input.categories.map((category) => {
    const rows = byCategory.get(category.key)!;
    const scored = rows.filter((r) => r.used !== null);
    const unscored = rows.filter((r) => r.used === null);
    const total4 = (r: Row) => round(r.used!, 4);
    scored.sort((a, b) => total4(b) - total4(a) || tieBreak(input.tieBreak, criteria, a, b).cmp || a.order - b.order);
    scored.forEach((r, i) => {
      const previous = scored[i - 1];
      if (!previous || total4(previous) !== total4(r)) {
        r.out.rank = i + 1;
        return;
      }
      const { cmp, by } = tieBreak(input.tieBreak, criteria, previous, r);
      r.out.rank = cmp ? i + 1 : previous.out.rank;
      if (by) {
        r.out.tieBrokenBy = by;
        previous.out.tieBrokenBy ??= by;
      }
    });
    for (const r of unscored) r.out.rank = scored.length + 1;
    const ranking = [...scored, ...unscored].map((r) => ({ ...r.out, winner: r.out.judges > 0 && r.out.rank <= input.winnersPerCategory }));
    return { key: category.key, ranking };
  });
  return { categories };
}
