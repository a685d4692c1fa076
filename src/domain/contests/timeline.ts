import type { JudgingMode, RoundKind, RoundState } from './contests.js';

/**
 * A problem found by the contest rules, shaped like the server's `FieldProblem`: the field's path
 * in the request body and an i18n key (`validation.contests.*`) with its parameters.
 */
export type Problem = { path: string; key: string; params?: Record<string, unknown> };

const ms = (v: string | Date): number => (typeof v === 'string' ? Date.parse(v) : v.getTime());

/**
 * Where a round stands at `now`: 'belum' before it opens, 'buka' from `opensAt` up to (not
 * including) `closesAt`, 'tutup' from the close instant on. Compared as instants in milliseconds,
 * so an entry sent at 23:59:59.999 of a round closing at 24:00 is on time and one at 24:00:00.000
 * is not. An unreadable instant compares as closed: when in doubt, refuse rather than accept late.
 */
export function roundState(round: { opensAt: string | Date; closesAt: string | Date }, now: Date): RoundState {
  const t = now.getTime();
  if (t < ms(round.opensAt)) return 'belum';
  if (t < ms(round.closesAt)) return 'buka';
  return 'tutup';
}

export function isOpen(round: { opensAt: string | Date; closesAt: string | Date }, now: Date): boolean {
  return roundState(round, now) === 'buka';
}

/** The registration round (the timeline's first, when the setup is valid). Takes any row with a `kind` (stored rows carry it as text). */
export function registrationRound<R extends { kind: string }>(rounds: readonly R[]): R | undefined {
  return rounds.find((r) => r.kind === 'pendaftaran');
}

/** The judging rounds in timeline order (desk review, presentation …). */
export function judgingRounds<R extends { kind: string }>(rounds: readonly R[]): R[] {
  return rounds.filter((r) => r.kind === 'penjurian');
}

/** The last judging round: results are computed from it unless another is asked for. */
export function lastJudgingRound<R extends { kind: string }>(rounds: readonly R[]): R | undefined {
  return judgingRounds(rounds).at(-1);
}

/** The order of round kinds: registration, selection, judging (one or more), announcement. */
const kindRank: Record<RoundKind, number> = { pendaftaran: 0, seleksi: 1, penjurian: 2, pengumuman: 3 };
/** Kinds that occur exactly once. */
const single: readonly RoundKind[] = ['pendaftaran', 'seleksi', 'pengumuman'];

/**
 * Checks a timeline: exactly one registration round and it comes first, exactly one selection
 * after it, at least one judging round (each with a mode; other rounds have none), exactly one
 * announcement and it comes last; each round closes after it opens, and a round opens no earlier
 * than the previous one closes (rounds never overlap, so "the open round" is always one).
 * Paths are `rounds.<i>.<field>`, or `rounds` for a missing round.
 */
export function timelineProblems(rounds: readonly { kind: RoundKind; name: string; opensAt: string; closesAt: string; mode: JudgingMode | null }[]): Problem[] {
  const problems: Problem[] = [];
  for (const kind of single) {
    const at = rounds.flatMap((r, i) => (r.kind === kind ? [i] : []));
    if (at.length === 0) problems.push({ path: 'rounds', key: 'validation.contests.roundMissing', params: { kind } });
    for (const i of at.slice(1)) problems.push({ path: `rounds.${i}.kind`, key: 'validation.contests.roundRepeated', params: { kind } });
  }
  if (!rounds.some((r) => r.kind === 'penjurian')) problems.push({ path: 'rounds', key: 'validation.contests.roundMissing', params: { kind: 'penjurian' } });

  rounds.forEach((r, i) => {
    const previous = i > 0 ? rounds[i - 1]! : undefined;
    if (previous && kindRank[r.kind] < kindRank[previous.kind]) problems.push({ path: `rounds.${i}.kind`, key: 'validation.contests.roundOrder', params: { kind: r.kind, after: previous.kind } });
    if (r.kind === 'penjurian' && !r.mode) problems.push({ path: `rounds.${i}.mode`, key: 'validation.contests.judgingModeRequired' });
    if (r.kind !== 'penjurian' && r.mode) problems.push({ path: `rounds.${i}.mode`, key: 'validation.contests.modeOnlyForJudging' });

    const opens = Date.parse(r.opensAt);
    const closes = Date.parse(r.closesAt);
    if (Number.isNaN(opens)) problems.push({ path: `rounds.${i}.opensAt`, key: 'validation.contests.instantInvalid' });
    if (Number.isNaN(closes)) problems.push({ path: `rounds.${i}.closesAt`, key: 'validation.contests.instantInvalid' });
    if (!Number.isNaN(opens) && !Number.isNaN(closes) && closes <= opens) problems.push({ path: `rounds.${i}.closesAt`, key: 'validation.contests.closesBeforeOpens' });
    const previousCloses = previous ? Date.parse(previous.closesAt) : Number.NaN;
    if (!Number.isNaN(opens) && !Number.isNaN(previousCloses) && opens < previousCloses) problems.push({ path: `rounds.${i}.opensAt`, key: 'validation.contests.roundOverlap' });
  });
  return problems;
}
