import type { Category, Eligibility, EntrantKind, FormField } from './contests.js';
import type { Problem } from './timeline.js';

export type Answer = string | number | null;

/** Null, or a string with nothing in it, is "not answered" for every kind (forms send ''). */
const blank = (v: Answer | undefined): boolean => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

function isHttpUrl(v: string): boolean {
  try {
    const url = new URL(v.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Type checks on the answers to a contest's own form that hold even for a draft: each key is one
 * of the form's fields; an `angka` is a finite number; a `pilihan` is one of its options; a
 * `tautan` is an http(s) address; a `teks` is text; a `berkas` field never carries an answer (its
 * files are uploaded separately). Unanswered is fine here (required fields are checked on sending).
 * Paths are `answers.<key>`.
 */
export function answerProblems(form: readonly FormField[], answers: Record<string, Answer>): Problem[] {
  const fields = new Map(form.map((f) => [f.key, f]));
  const problems: Problem[] = [];
  for (const [key, value] of Object.entries(answers)) {
    const path = `answers.${key}`;
    const field = fields.get(key);
    if (!field) {
      problems.push({ path, key: 'validation.contests.answerUnknown' });
      continue;
    }
    if (field.kind === 'berkas') {
      if (value !== null) problems.push({ path, key: 'validation.contests.answerIsFile' });
      continue;
    }
    if (blank(value)) continue;
    switch (field.kind) {
      case 'angka':
        if (typeof value !== 'number' || !Number.isFinite(value)) problems.push({ path, key: 'validation.contests.answerNumber' });
        break;
      case 'pilihan':
        if (typeof value !== 'string' || !field.options.includes(value)) problems.push({ path, key: 'validation.contests.answerChoice', params: { options: field.options.join(', ') } });
        break;
      case 'tautan':
        if (typeof value !== 'string' || !isHttpUrl(value)) problems.push({ path, key: 'validation.contests.answerUrl' });
        break;
      case 'teks':
        if (typeof value !== 'string') problems.push({ path, key: 'validation.contests.answerText' });
        break;
    }
  }
  return problems;
}

export type SubmitInput = {
  contest: { form: readonly FormField[]; eligibility: Eligibility; categories: readonly Category[]; fieldsOfWork: readonly string[] };
  entry: {
    entrantKind: EntrantKind;
    category: string | null;
    fieldOfWork: string | null;
    title: string;
    summary: string;
    groupName: string | null;
    members: readonly { name: string; role?: string | null }[];
    answers: Record<string, Answer>;
    declarations: { resident: boolean; notAwardedElsewhere: boolean; implementedOn: string | null };
  };
  files: readonly { field: string }[];
};

/**
 * Everything an entry needs to be sent (and to stay sent when revised before the close): a title
 * and summary; a category of the contest; a field of work from its list when it has one; an
 * entrant kind the contest allows; a group with its name and 2 up to `maxGroupSize` members (the
 * members are all the group's people, so the limit counts them), and no members otherwise; every
 * required field answered (a `berkas` field by a file uploaded for it); the declarations the
 * eligibility asks for — residence (people only: a unit is the region's own), not awarded
 * elsewhere, and the implementation day inside the window when one is set; plus `answerProblems`.
 */
export function submitProblems(input: SubmitInput): Problem[] {
  const { contest, entry } = input;
  const { eligibility } = contest;
  const problems: Problem[] = [];
  const add = (path: string, key: string, params?: Record<string, unknown>) => problems.push(params ? { path, key: `validation.contests.${key}`, params } : { path, key: `validation.contests.${key}` });

  if (!entry.title.trim()) add('title', 'titleRequired');
  if (!entry.summary.trim()) add('summary', 'summaryRequired');
  if (entry.category === null) add('category', 'categoryRequired');
  else if (!contest.categories.some((c) => c.key === entry.category)) add('category', 'categoryUnknown');
  if (contest.fieldsOfWork.length) {
    if (!entry.fieldOfWork?.trim()) add('fieldOfWork', 'fieldOfWorkRequired');
    else if (!contest.fieldsOfWork.includes(entry.fieldOfWork)) add('fieldOfWork', 'fieldOfWorkUnknown');
  }
  if (!eligibility.entrants.includes(entry.entrantKind)) add('entrantKind', 'entrantKindNotAllowed', { kind: entry.entrantKind });

  if (entry.entrantKind === 'kelompok') {
    if (!entry.groupName?.trim()) add('groupName', 'groupNameRequired');
    if (entry.members.length < 2) add('members', 'groupTooSmall', { min: 2 });
    else if (eligibility.maxGroupSize !== null && entry.members.length > eligibility.maxGroupSize) add('members', 'groupTooLarge', { max: eligibility.maxGroupSize, count: entry.members.length });
  } else if (entry.members.length) add('members', 'membersOnlyForGroups');

  const filed = new Set(input.files.map((f) => f.field));
  for (const field of contest.form) {
    if (!field.required) continue;
    if (field.kind === 'berkas') {
      if (!filed.has(field.key)) add(`answers.${field.key}`, 'fileRequired');
    } else if (blank(entry.answers[field.key])) add(`answers.${field.key}`, 'answerRequired');
  }

  const { declarations } = entry;
  if (eligibility.residentsOnly && entry.entrantKind !== 'unit' && !declarations.resident) add('declarations.resident', 'residentRequired');
  if (eligibility.notAwardedElsewhere && !declarations.notAwardedElsewhere) add('declarations.notAwardedElsewhere', 'notAwardedElsewhereRequired');
  const { implementedFrom: from, implementedTo: to } = eligibility;
  if (from !== null || to !== null) {
    const on = declarations.implementedOn;
    if (!on) add('declarations.implementedOn', 'implementedOnRequired');
    // Days as YYYY-MM-DD compare as strings.
    else if (from !== null && on < from) add('declarations.implementedOn', 'implementedTooEarly', { from });
    else if (to !== null && on > to) add('declarations.implementedOn', 'implementedTooLate', { to });
  }

  return [...problems, ...answerProblems(contest.form, entry.answers)];
}
