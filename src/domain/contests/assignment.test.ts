import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignJudges, type Pair } from './assignment.js';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);
const key = (p: Pair) => `${p.entryId}|${p.judgeId}`;
const perEntry = (pairs: readonly Pair[]) => pairs.reduce((m, p) => m.set(p.entryId, (m.get(p.entryId) ?? 0) + 1), new Map<string, number>());
const perJudge = (pairs: readonly Pair[], judges: readonly string[]) => judges.map((j) => pairs.filter((p) => p.judgeId === j).length);

describe('assignJudges: examples', () => {
  const entries = ids('e', 4);
  const judges = ids('j', 4);

  it('semua: every free judge on every entry, none on a conflict', () => {
    const out = assignJudges({ entries, judges, conflicts: [{ entryId: 'e2', judgeId: 'j3' }], mode: 'semua', minPerEntry: 1 });
    expect(out.assignments).toHaveLength(15);
    expect(out.assignments).not.toContainEqual({ entryId: 'e2', judgeId: 'j3' });
    expect(out.assignments.filter((p) => p.entryId === 'e2').map((p) => p.judgeId)).toEqual(['j1', 'j2', 'j4']);
    expect(out.added).toEqual(out.assignments);
    expect(out.short).toEqual([]);
  });

  it('semua: an entry with fewer free judges than the minimum is short', () => {
    const conflicts = ['j1', 'j2', 'j3'].map((judgeId) => ({ entryId: 'e1', judgeId }));
    const out = assignJudges({ entries, judges, conflicts, mode: 'semua', minPerEntry: 2 });
    expect(out.short).toEqual([{ entryId: 'e1', assigned: 1, wanted: 2 }]);
  });

  it('sebar: two judges per entry spread evenly, in a fixed order', () => {
    const out = assignJudges({ entries, judges, conflicts: [], mode: 'sebar', minPerEntry: 2 });
    expect(out.assignments).toEqual([
      { entryId: 'e1', judgeId: 'j1' },
      { entryId: 'e1', judgeId: 'j2' },
      { entryId: 'e2', judgeId: 'j3' },
      { entryId: 'e2', judgeId: 'j4' },
      { entryId: 'e3', judgeId: 'j1' },
      { entryId: 'e3', judgeId: 'j2' },
      { entryId: 'e4', judgeId: 'j3' },
      { entryId: 'e4', judgeId: 'j4' },
    ]);
  });

  it('sebar: the most constrained entry chooses first', () => {
    // e4 can only have j1. Served first, it takes j1 and e1–e3 spread over j2–j4; in input order e1
    // would take j1 and j1 would carry two entries while another judge carried none.
    const conflicts = ['j2', 'j3', 'j4'].map((judgeId) => ({ entryId: 'e4', judgeId }));
    const out = assignJudges({ entries, judges, conflicts, mode: 'sebar', minPerEntry: 1 });
    expect(out.assignments).toEqual([
      { entryId: 'e1', judgeId: 'j2' },
      { entryId: 'e2', judgeId: 'j3' },
      { entryId: 'e3', judgeId: 'j4' },
      { entryId: 'e4', judgeId: 'j1' },
    ]);
  });

  it('sebar: fewer free judges than the minimum → all of them, and the entry is short', () => {
    const conflicts = ['j1', 'j2', 'j3'].map((judgeId) => ({ entryId: 'e1', judgeId }));
    const out = assignJudges({ entries, judges, conflicts, mode: 'sebar', minPerEntry: 3 });
    expect(out.assignments.filter((p) => p.entryId === 'e1')).toEqual([{ entryId: 'e1', judgeId: 'j4' }]);
    expect(out.short).toEqual([{ entryId: 'e1', assigned: 1, wanted: 3 }]);
  });

  it('keeps existing pairs, drops conflicted or stale ones, and only tops up', () => {
    const existing = [
      { entryId: 'e1', judgeId: 'j4' }, // kept
      { entryId: 'e2', judgeId: 'j1' }, // the judge declared a conflict since: dropped
      { entryId: 'e9', judgeId: 'j1' }, // the entry is no longer in the round: dropped
      { entryId: 'e3', judgeId: 'j9' }, // the judge left the panel: dropped
      { entryId: 'e1', judgeId: 'j4' }, // a duplicate
    ];
    const out = assignJudges({ entries, judges, conflicts: [{ entryId: 'e2', judgeId: 'j1' }], mode: 'sebar', minPerEntry: 2, existing });
    expect(out.assignments).toContainEqual({ entryId: 'e1', judgeId: 'j4' });
    expect(out.added).not.toContainEqual({ entryId: 'e1', judgeId: 'j4' });
    for (const stale of existing.slice(1, 4)) expect(out.assignments).not.toContainEqual(stale);
    expect([...perEntry(out.assignments).values()]).toEqual([2, 2, 2, 2]);
    expect(out.added).toHaveLength(7);
  });

  it('keeps more existing judges than the minimum (they may have scored)', () => {
    const existing = judges.map((judgeId) => ({ entryId: 'e1', judgeId }));
    const out = assignJudges({ entries, judges, conflicts: [], mode: 'sebar', minPerEntry: 2, existing });
    expect(perEntry(out.assignments).get('e1')).toBe(4);
    expect(out.added.some((p) => p.entryId === 'e1')).toBe(false);
  });

  it('is idempotent: running again on its own result adds nothing', () => {
    const first = assignJudges({ entries: ids('e', 30), judges: ids('j', 7), conflicts: [{ entryId: 'e3', judgeId: 'j2' }], mode: 'sebar', minPerEntry: 3 });
    const again = assignJudges({ entries: ids('e', 30), judges: ids('j', 7), conflicts: [{ entryId: 'e3', judgeId: 'j2' }], mode: 'sebar', minPerEntry: 3, existing: first.assignments });
    expect(again.added).toEqual([]);
    expect(again.assignments).toEqual(first.assignments);
  });

  it('500 entries × 15 judges is fast', () => {
    const entries500 = ids('e', 500);
    const judges15 = ids('j', 15);
    const conflicts = entries500.filter((_, i) => i % 7 === 0).map((entryId, i) => ({ entryId, judgeId: judges15[i % 15]! }));
    const t0 = performance.now();
    const out = assignJudges({ entries: entries500, judges: judges15, conflicts, mode: 'sebar', minPerEntry: 3 });
    expect(performance.now() - t0).toBeLessThan(200); // generous for a loaded CI machine; the bench records the real figure
    expect(out.assignments).toHaveLength(1500);
  });
});

describe('assignJudges: properties', () => {
  const scenario = fc
    .record({ entries: fc.integer({ min: 0, max: 40 }), judges: fc.integer({ min: 0, max: 12 }), minPerEntry: fc.integer({ min: 1, max: 6 }), mode: fc.constantFrom('semua' as const, 'sebar' as const) })
    .chain((s) =>
      fc.record({
        s: fc.constant(s),
        conflicts: fc.array(fc.record({ e: fc.nat(Math.max(0, s.entries - 1)), j: fc.nat(Math.max(0, s.judges - 1)) }), { maxLength: s.entries * s.judges ? 60 : 0 }),
        existing: fc.array(fc.record({ e: fc.nat(s.entries + 2), j: fc.nat(s.judges + 2) }), { maxLength: 30 }),
      }),
    )
    .map(({ s, conflicts, existing }) => ({
      entries: ids('e', s.entries),
      judges: ids('j', s.judges),
      mode: s.mode,
      minPerEntry: s.minPerEntry,
      conflicts: conflicts.map((c) => ({ entryId: `e${c.e + 1}`, judgeId: `j${c.j + 1}` })),
      existing: existing.map((c) => ({ entryId: `e${c.e + 1}`, judgeId: `j${c.j + 1}` })),
    }));

  it('never assigns a conflicted judge', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const conflicted = new Set(input.conflicts.map(key));
        const out = assignJudges(input);
        expect(out.assignments.filter((p) => conflicted.has(key(p)))).toEqual([]);
      }),
    );
  });

  it('gives each entry min(minPerEntry, free judges) in sebar (or more when kept), all free judges in semua', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const out = assignJudges(input);
        const counts = perEntry(out.assignments);
        for (const e of input.entries) {
          const free = input.judges.filter((j) => !input.conflicts.some((c) => c.entryId === e && c.judgeId === j)).length;
          const n = counts.get(e) ?? 0;
          if (input.mode === 'semua') expect(n).toBe(free);
          else expect(n).toBeGreaterThanOrEqual(Math.min(input.minPerEntry, free));
          expect(out.short.some((s) => s.entryId === e)).toBe(n < input.minPerEntry);
        }
      }),
    );
  });

  it('gives exactly min(minPerEntry, free judges) in sebar when nothing exists', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const out = assignJudges({ ...input, mode: 'sebar', existing: [] });
        const counts = perEntry(out.assignments);
        for (const e of input.entries) {
          const free = input.judges.filter((j) => !input.conflicts.some((c) => c.entryId === e && c.judgeId === j)).length;
          expect(counts.get(e) ?? 0).toBe(Math.min(input.minPerEntry, free));
        }
      }),
    );
  });

  it('keeps every valid existing pair and drops every conflicted or stale one; no duplicates', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const out = assignJudges(input);
        const assigned = new Set(out.assignments.map(key));
        expect(assigned.size).toBe(out.assignments.length);
        const conflicted = new Set(input.conflicts.map(key));
        for (const p of input.existing) {
          const valid = input.entries.includes(p.entryId) && input.judges.includes(p.judgeId) && !conflicted.has(key(p));
          expect(assigned.has(key(p))).toBe(valid);
          if (valid) expect(out.added.map(key)).not.toContain(key(p));
        }
        expect(out.added.every((p) => assigned.has(key(p)))).toBe(true);
      }),
    );
  });

  it('with no conflicts and nothing existing, loads differ by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 80 }), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 8 }), (e, j, min) => {
        const judges = ids('j', j);
        const out = assignJudges({ entries: ids('e', e), judges, conflicts: [], mode: 'sebar', minPerEntry: min });
        const loads = perJudge(out.assignments, judges);
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }),
    );
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        expect(assignJudges(input)).toEqual(assignJudges(structuredClone(input)));
      }),
    );
  });
});
