import type { Contest, ContestUpdate } from '../../../../../../domain/contracts/contests.js';
import type { AssignmentMode, ContestKind, EntrantKind, FormFieldKind, JudgingMode, RoundKind, TieBreakRule } from '../../../../../../domain/contests/contests.js';
import { fromZoneLocal, toZoneLocalSeconds } from '../../../../../../domain/zone-time.js';

type Zone = Contest['zone'];
/** A NumberInput's value: a number, or '' while empty. */
type Num = number | string;

/**
 * The setup form mirrors ContestSetup, so the server's problem paths (`criteria.2.max`,
 * `rounds.0.closesAt`) are the form's own paths. Texts are '' rather than null, numbers may be ''
 * while being typed, and instants are the zone's wall clock (datetime-local values).
 */
export type SetupValues = {
  name: string;
  kind: ContestKind;
  description: string;
  rules: string;
  categories: { key: string; name: string }[];
  fieldsOfWork: string[];
  eligibility: {
    entrants: EntrantKind[];
    residentsOnly: boolean;
    maxGroupSize: Num;
    implementedFrom: string;
    implementedTo: string;
    notAwardedElsewhere: boolean;
    notes: string;
  };
  rounds: { id: string | null; kind: RoundKind; name: string; opensAt: string; closesAt: string; mode: JudgingMode | null }[];
  form: { key: string; label: string; kind: FormFieldKind; required: boolean; help: string; options: string[] }[];
  criteria: { key: string; name: string; guidance: string; weight: Num; min: Num; max: Num; commentRequired: boolean }[];
  normalise: boolean;
  tieBreak: TieBreakRule;
  assignment: { mode: AssignmentMode; minPerEntry: Num };
  winnersPerCategory: Num;
  signatory: { name: string; title: string };
};

export function toValues(c: Contest): SetupValues {
  return {
    name: c.name,
    kind: c.kind,
    description: c.description ?? '',
    rules: c.rules ?? '',
    categories: c.categories.map((x) => ({ ...x })),
    fieldsOfWork: [...c.fieldsOfWork],
    eligibility: {
      entrants: [...c.eligibility.entrants],
      residentsOnly: c.eligibility.residentsOnly,
      maxGroupSize: c.eligibility.maxGroupSize ?? '',
      implementedFrom: c.eligibility.implementedFrom ?? '',
      implementedTo: c.eligibility.implementedTo ?? '',
      notAwardedElsewhere: c.eligibility.notAwardedElsewhere,
      notes: c.eligibility.notes ?? '',
    },
    rounds: c.rounds.map((r) => ({
      id: r.id,
      kind: r.kind,
      name: r.name,
      opensAt: toZoneLocalSeconds(r.opensAt, c.zone),
      closesAt: toZoneLocalSeconds(r.closesAt, c.zone),
      mode: r.mode,
    })),
    form: c.form.map((f) => ({ ...f, help: f.help ?? '', options: [...f.options] })),
    criteria: c.criteria.map((x) => ({ ...x, guidance: x.guidance ?? '' })),
    normalise: c.normalise,
    tieBreak: c.tieBreak,
    assignment: { ...c.assignment },
    winnersPerCategory: c.winnersPerCategory,
    signatory: { ...c.signatory },
  };
}

const num = (v: Num): number => (typeof v === 'number' ? v : Number.NaN);
const nullableText = (v: string) => v.trim() || null;

/**
 * The body of PATCH /api/contests/{id}. Malformed instants and empty numbers are sent as they are
 * (an empty string, NaN as null) so the server names the field; the form checks the obvious ones first.
 */
export function toUpdate(v: SetupValues, zone: Zone, version: number): ContestUpdate {
  const groups = v.eligibility.entrants.includes('kelompok');
  return {
    name: v.name.trim(),
    kind: v.kind,
    description: nullableText(v.description),
    rules: nullableText(v.rules),
    categories: v.categories.map((x) => ({ key: x.key.trim(), name: x.name.trim() })),
    fieldsOfWork: v.fieldsOfWork.map((x) => x.trim()).filter(Boolean),
    eligibility: {
      entrants: v.eligibility.entrants,
      residentsOnly: v.eligibility.residentsOnly,
      // A group size only means something when groups may enter.
      maxGroupSize: groups && typeof v.eligibility.maxGroupSize === 'number' ? v.eligibility.maxGroupSize : null,
      implementedFrom: v.eligibility.implementedFrom || null,
      implementedTo: v.eligibility.implementedTo || null,
      notAwardedElsewhere: v.eligibility.notAwardedElsewhere,
      notes: nullableText(v.eligibility.notes),
    },
    rounds: v.rounds.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      kind: r.kind,
      name: r.name.trim(),
      opensAt: fromZoneLocal(r.opensAt, zone) ?? r.opensAt,
      closesAt: fromZoneLocal(r.closesAt, zone) ?? r.closesAt,
      mode: r.kind === 'penjurian' ? (r.mode ?? 'desk') : null,
    })),
    form: v.form.map((f) => ({
      key: f.key.trim(),
      label: f.label.trim(),
      kind: f.kind,
      required: f.required,
      help: nullableText(f.help),
      options: f.kind === 'pilihan' ? f.options.map((o) => o.trim()).filter(Boolean) : [],
    })),
    criteria: v.criteria.map((x) => ({
      key: x.key.trim(),
      name: x.name.trim(),
      guidance: nullableText(x.guidance),
      weight: num(x.weight),
      min: num(x.min),
      max: num(x.max),
      commentRequired: x.commentRequired,
    })),
    normalise: v.normalise,
    tieBreak: v.tieBreak,
    assignment: { mode: v.assignment.mode, minPerEntry: num(v.assignment.minPerEntry) },
    winnersPerCategory: num(v.winnersPerCategory),
    signatory: { name: v.signatory.name.trim(), title: v.signatory.title.trim() },
    version,
  };
}

/** The sum of the criteria's weights as typed (empty weights count 0). */
export function weightSum(criteria: SetupValues['criteria']): number {
  return criteria.reduce((sum, c) => sum + (typeof c.weight === 'number' && Number.isFinite(c.weight) ? c.weight : 0), 0);
}

/** The form's sections: a problem with no field of its own (e.g. `criteria`: the weights' sum) is shown at the top of its section. */
export const setupSections = ['general', 'categories', 'eligibility', 'rounds', 'form', 'criteria', 'judging', 'signatory'] as const;
export type SetupSection = (typeof setupSections)[number];

const sectionOf = (path: string): SetupSection => {
  const head = path.split('.')[0] ?? '';
  if (head === 'categories' || head === 'fieldsOfWork') return 'categories';
  if (head === 'eligibility' || head === 'rounds' || head === 'form' || head === 'criteria' || head === 'signatory') return head;
  if (['normalise', 'tieBreak', 'assignment', 'winnersPerCategory'].includes(head)) return 'judging';
  return 'general';
};

const valueAt = (values: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined), values);

/** The lists of texts edited by one input each (tags, checkboxes): a problem on an item goes to the input. */
const textList = /^(fieldsOfWork|eligibility\.entrants|form\.\d+\.options)(\.\d+)?$/;

/**
 * Splits the server's field problems: one naming a field of the form goes beside it (an item of a
 * list of texts, such as `form.1.options.0`, goes to the list's input), the rest to their section
 * (`criteria` for the weights' sum, `rounds.2` for a round out of order).
 */
export function placeProblems(
  problems: readonly { path: string; message: string }[],
  values: SetupValues,
): { fields: Record<string, string>; sections: Partial<Record<SetupSection, string[]>> } {
  const fields: Record<string, string> = {};
  const sections: Partial<Record<SetupSection, string[]>> = {};
  for (const { path, message } of problems) {
    const list = textList.exec(path)?.[1];
    const value = valueAt(values, path);
    const target = list ?? (value !== undefined && (value === null || typeof value !== 'object') ? path : null);
    if (target) fields[target] ??= message;
    else (sections[sectionOf(path)] ??= []).push(message);
  }
  return { fields, sections };
}
