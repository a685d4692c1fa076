import type { ContestKind, EntrantKind } from './contests.js';

/**
 * The name an entry goes by on lists, rankings and certificates: the group's name for a group, the
 * unit's for a unit, else the person who entered. A group or unit entry still saved without its name
 * falls back to the person, so a list never shows an empty cell.
 */
export function entrantName(e: { entrantKind: EntrantKind; groupName: string | null; unitName: string | null; userName: string }): string {
  const own = e.entrantKind === 'kelompok' ? e.groupName : e.entrantKind === 'unit' ? e.unitName : null;
  return own?.trim() || e.userName;
}

/** Number prefixes per kind: KRN for Krenova-like community contests, PIN for internal awards, IGA for the rehearsal. */
const prefixes: Record<ContestKind, string> = { komunitas: 'KRN', internal: 'PIN', iga: 'IGA' };

/** An entry's number, given when first sent: 'KRN-2026-007' (three digits at least; more when a contest passes 999). */
export function entryNumber(kind: ContestKind, year: number, seq: number): string {
  if (!Number.isInteger(seq) || seq < 1) throw new RangeError(`an entry's sequence starts at 1, got ${seq}`);
  return `${prefixes[kind]}-${year}-${String(seq).padStart(3, '0')}`;
}
