/**
 * Letter numbers (nomor surat). Each region writes them its own way, typically a classification
 * code, a running number, the issuing body and the year: `800/{seq}/BAPPERIDA/{year}` gives
 * `800/12/BAPPERIDA/2026`. The administrator sets the pattern; the server keeps one counter per
 * region and year (numbers restart each year) and reserves a block of numbers in one statement,
 * so two letters never share a number.
 */

/** The placeholders a pattern may use. `{seq:N}` is `{seq}` zero-padded to N digits. */
export const letterNumberPlaceholders = ['seq', 'year', 'month', 'romanMonth', 'unit'] as const;
export type LetterNumberPlaceholder = (typeof letterNumberPlaceholders)[number];

/** Long enough for any real pattern, short enough to fit the "Nomor" line of a letter. */
export const maxPatternLength = 120;
/** `{seq:N}`: padding beyond 9 digits means a mistyped pattern, not a real counter. */
export const maxSeqPadding = 9;

export type PatternProblem =
  | { code: 'empty' }
  | { code: 'tooLong'; max: number }
  | { code: 'missingSeq' }
  | { code: 'unknownPlaceholder'; placeholder: string }
  | { code: 'badPadding'; placeholder: string; max: number }
  | { code: 'unbalancedBraces' };

type Token = { kind: 'text'; text: string } | { kind: 'placeholder'; name: LetterNumberPlaceholder; pad: number; raw: string };

const placeholderSyntax = /^([A-Za-z]+)(?::(\d+))?$/;

/** Splits a pattern into literal text and placeholders, collecting every problem on the way. */
function tokenize(pattern: string): { tokens: Token[]; problems: PatternProblem[] } {
  const tokens: Token[] = [];
  const problems: PatternProblem[] = [];
  let rest = pattern;
  while (rest.length > 0) {
    const open = rest.indexOf('{');
    const close = rest.indexOf('}');
    // A `}` before any `{` (or with none at all) has no opening brace.
    if (close !== -1 && (open === -1 || close < open)) {
      problems.push({ code: 'unbalancedBraces' });
      tokens.push({ kind: 'text', text: rest.slice(0, close + 1) });
      rest = rest.slice(close + 1);
      continue;
    }
    if (open === -1) {
      tokens.push({ kind: 'text', text: rest });
      break;
    }
    if (open > 0) tokens.push({ kind: 'text', text: rest.slice(0, open) });
    const end = rest.indexOf('}', open);
    const nextOpen = rest.indexOf('{', open + 1);
    if (end === -1 || (nextOpen !== -1 && nextOpen < end)) {
      problems.push({ code: 'unbalancedBraces' });
      tokens.push({ kind: 'text', text: rest.slice(open, nextOpen === -1 ? undefined : nextOpen) });
      rest = nextOpen === -1 ? '' : rest.slice(nextOpen);
      continue;
    }
    const raw = rest.slice(open + 1, end);
    rest = rest.slice(end + 1);
    const match = placeholderSyntax.exec(raw);
    const name = match?.[1] as LetterNumberPlaceholder | undefined;
    if (!match || !name || !letterNumberPlaceholders.includes(name)) {
      problems.push({ code: 'unknownPlaceholder', placeholder: `{${raw}}` });
      continue;
    }
    let pad = 0;
    if (match[2] !== undefined) {
      pad = Number(match[2]);
      // Only the running number has a width; `{year:2}` would silently mean nothing.
      if (name !== 'seq' || pad < 1 || pad > maxSeqPadding) {
        problems.push({ code: 'badPadding', placeholder: `{${raw}}`, max: maxSeqPadding });
        continue;
      }
    }
    tokens.push({ kind: 'placeholder', name, pad, raw });
  }
  return { tokens, problems };
}

/** What is wrong with an administrator's pattern; empty when it can be used. */
export function validatePattern(pattern: string): PatternProblem[] {
  const trimmed = pattern.trim();
  if (trimmed.length === 0) return [{ code: 'empty' }];
  const problems: PatternProblem[] = [];
  if (trimmed.length > maxPatternLength) problems.push({ code: 'tooLong', max: maxPatternLength });
  const { tokens, problems: syntax } = tokenize(trimmed);
  // Without a running number every letter of the year would carry the same number.
  if (!tokens.some((t) => t.kind === 'placeholder' && t.name === 'seq')) problems.push({ code: 'missingSeq' });
  // One brace problem is enough to point at; repeating it per brace is noise.
  const seen = new Set<string>();
  for (const p of syntax) {
    const key = JSON.stringify(p);
    if (!seen.has(key)) problems.push(p);
    seen.add(key);
  }
  return problems;
}

/** Whether the pattern uses `{unit}`, so the caller knows it must pass a unit code. */
export function patternNeedsUnit(pattern: string): boolean {
  return tokenize(pattern.trim()).tokens.some((t) => t.kind === 'placeholder' && t.name === 'unit');
}

const romanMonths = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'] as const;

/** The month (1–12) in Roman numerals, as Indonesian letter numbers often write it (XI for November). */
export function romanMonth(month: number): string {
  const roman = romanMonths[month - 1];
  if (!Number.isInteger(month) || !roman) throw new RangeError(`month must be 1–12, got ${month}`);
  return roman;
}

/** Reads a YYYY-MM-DD calendar date, refusing impossible ones (2026-02-30). */
export function parseIsoDate(date: string): { year: number; month: number; day: number } | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

export interface LetterNumberInput {
  /** The running number of the letter within its year. */
  seq: number;
  /** The letter's date as YYYY-MM-DD, already in the region's zone (a letter dated 1 Januari belongs to the new year). */
  date: string;
  /** Code of the unit the pattern's `{unit}` stands for (e.g. the issuing body's "BAPPERIDA"). */
  unitCode?: string | null;
}

/**
 * The letter number from a pattern. Throws on an invalid pattern or input: a malformed number on a
 * signed letter cannot be corrected afterwards, so the server validates the pattern when the
 * administrator saves it and this is the last guard.
 */
export function formatLetterNumber(pattern: string, input: LetterNumberInput): string {
  const problems = validatePattern(pattern);
  if (problems.length > 0) throw new RangeError(`invalid letter number pattern: ${problems.map((p) => p.code).join(', ')}`);
  if (!Number.isInteger(input.seq) || input.seq < 1) throw new RangeError(`seq must be a whole number ≥ 1, got ${input.seq}`);
  const date = parseIsoDate(input.date);
  if (!date) throw new RangeError(`date must be a valid YYYY-MM-DD, got "${input.date}"`);
  const unitCode = input.unitCode?.trim() ?? '';
  const values: Record<Exclude<LetterNumberPlaceholder, 'seq'>, () => string> = {
    year: () => String(date.year),
    month: () => String(date.month).padStart(2, '0'),
    romanMonth: () => romanMonth(date.month),
    unit: () => {
      if (!unitCode) throw new RangeError('the pattern uses {unit} but no unit code was given');
      return unitCode;
    },
  };
  return tokenize(pattern.trim())
    .tokens.map((t) => {
      if (t.kind === 'text') return t.text;
      if (t.name === 'seq') return String(input.seq).padStart(t.pad, '0');
      return values[t.name]();
    })
    .join('');
}
