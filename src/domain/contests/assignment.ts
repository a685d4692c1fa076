import type { AssignmentMode } from './contests.js';

export type Pair = { entryId: string; judgeId: string };
export type AssignmentInput = {
  entries: readonly string[];
  judges: readonly string[];
  conflicts: readonly Pair[];
  mode: AssignmentMode;
  minPerEntry: number;
  /** Pairs assigned earlier (judges may have scored them): kept unless no longer valid. */
  existing?: readonly Pair[];
};
export type AssignmentResult = {
  /** The full set after the run, in entry order then judge order. */
  assignments: Pair[];
  /** The pairs this run added (same order). */
  added: Pair[];
  /** Entries left with fewer judges than `minPerEntry` because too few judges are free of conflicts. */
  short: { entryId: string; assigned: number; wanted: number }[];
};

/**
 * Assigns a round's entries to its panel, never to a judge with a conflict on the entry.
 *
 * Existing pairs are kept (a judge keeps what they may have scored) unless the judge has since
 * declared a conflict or the judge or entry left the round; the run only tops up.
 * - `semua`: every judge free of a conflict scores every entry.
 * - `sebar`: each entry gets min(minPerEntry, free judges). The most constrained entries (fewest
 *   free judges) choose first, so a heavily conflicted entry is not left with nobody; each takes
 *   the least-loaded free judges, ties by the panel's order. Deterministic for the same input.
 *   With no conflicts and nothing existing, judges' loads differ by at most one (each entry takes
 *   the k least-loaded, which keeps every load within {L, L+1}).
 *
 * `short` lists, in both modes, entries with fewer judges than `minPerEntry` (`wanted`), which
 * happens only when too few judges are free for them: the admin must add judges to the panel.
 */
export function assignJudges(input: AssignmentInput): AssignmentResult {
  const entries = [...new Set(input.entries)];
  const judges = [...new Set(input.judges)];
  const entryIndex = new Map(entries.map((e, i) => [e, i]));
  const judgeIndex = new Map(judges.map((j, i) => [j, i]));
  // Per entry, the judges conflicted on it (as judge indexes); conflicts of judges or entries not in the round do not matter.
  const conflicted: Set<number>[] = entries.map(() => new Set<number>());
  for (const c of input.conflicts) {
    const e = entryIndex.get(c.entryId);
    const j = judgeIndex.get(c.judgeId);
    if (e !== undefined && j !== undefined) conflicted[e]!.add(j);
  }

  // Per entry, the judges assigned to it (existing pairs still valid), as judge indexes.
  const assigned: Set<number>[] = entries.map(() => new Set<number>());
  const kept: Set<number>[] = entries.map(() => new Set<number>());
  const load = new Array<number>(judges.length).fill(0);
  for (const p of input.existing ?? []) {
    const e = entryIndex.get(p.entryId);
    const j = judgeIndex.get(p.judgeId);
    if (e === undefined || j === undefined || conflicted[e]!.has(j) || assigned[e]!.has(j)) continue;
    assigned[e]!.add(j);
    kept[e]!.add(j);
    load[j]!++;
  }

  const free: number[][] = entries.map((_, e) => {
    const list: number[] = [];
    for (let j = 0; j < judges.length; j++) if (!conflicted[e]!.has(j)) list.push(j);
    return list;
  });

  if (input.mode === 'semua') {
    entries.forEach((_, e) => free[e]!.forEach((j) => assigned[e]!.add(j)));
  } else {
    const order = entries.map((_, e) => e).sort((a, b) => free[a]!.length - free[b]!.length || a - b);
    for (const e of order) {
      const need = Math.min(input.minPerEntry, free[e]!.length) - assigned[e]!.size;
      if (need <= 0) continue;
      const candidates = free[e]!.filter((j) => !assigned[e]!.has(j)).sort((a, b) => load[a]! - load[b]! || a - b);
      for (const j of candidates.slice(0, need)) {
        assigned[e]!.add(j);
        load[j]!++;
      }
    }
  }

  const assignments: Pair[] = [];
  const added: Pair[] = [];
  const short: AssignmentResult['short'] = [];
  entries.forEach((entryId, e) => {
    for (const j of [...assigned[e]!].sort((a, b) => a - b)) {
      const pair = { entryId, judgeId: judges[j]! };
      assignments.push(pair);
      if (!kept[e]!.has(j)) added.push(pair);
    }
    if (assigned[e]!.size < input.minPerEntry) short.push({ entryId, assigned: assigned[e]!.size, wanted: input.minPerEntry });
  });
  return { assignments, added, short };
}
