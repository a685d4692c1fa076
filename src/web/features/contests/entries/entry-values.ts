import type { Entry, EntryUpdate, FormField } from '../../../../domain/contracts/contests.js';

/**
 * The entry form's values. Answers are kept as the inputs show them (text); numbers are read back
 * when sent. `berkas` fields have no answer: their files are uploaded on their own.
 */
export type EntryValues = {
  category: string | null;
  fieldOfWork: string | null;
  title: string;
  summary: string;
  groupName: string;
  members: { name: string; role: string }[];
  answers: Record<string, string>;
  declarations: { resident: boolean; notAwardedElsewhere: boolean; implementedOn: string };
};

export function valuesOf(entry: Entry, form: readonly FormField[]): EntryValues {
  const answers: Record<string, string> = {};
  for (const field of form) {
    if (field.kind === 'berkas') continue;
    const value = entry.answers[field.key];
    answers[field.key] = value === null || value === undefined ? '' : String(value);
  }
  return {
    category: entry.category,
    fieldOfWork: entry.fieldOfWork,
    title: entry.title,
    summary: entry.summary,
    groupName: entry.groupName ?? '',
    members: entry.members.map((m) => ({ name: m.name, role: m.role ?? '' })),
    answers,
    declarations: {
      resident: entry.declarations.resident,
      notAwardedElsewhere: entry.declarations.notAwardedElsewhere,
      implementedOn: entry.declarations.implementedOn ?? '',
    },
  };
}

const blank = (v: string) => (v.trim() ? v.trim() : null);

/** The PATCH body; an `angka` answer that is not a number is sent as typed, for the server to refuse in place. */
export function toUpdate(values: EntryValues, entry: Entry, form: readonly FormField[]): EntryUpdate {
  const answers: EntryUpdate['answers'] = {};
  for (const field of form) {
    if (field.kind === 'berkas') continue;
    const raw = values.answers[field.key] ?? '';
    if (!raw.trim()) answers[field.key] = null;
    else if (field.kind === 'angka') answers[field.key] = Number.isFinite(Number(raw)) ? Number(raw) : raw.trim();
    else answers[field.key] = raw.trim();
  }
  const group = entry.entrantKind === 'kelompok';
  return {
    category: values.category || null,
    fieldOfWork: values.fieldOfWork || null,
    title: values.title.trim(),
    summary: values.summary.trim(),
    groupName: group ? blank(values.groupName) : null,
    members: group ? values.members.filter((m) => m.name.trim() || m.role.trim()).map((m) => ({ name: m.name.trim(), role: blank(m.role) })) : [],
    answers,
    declarations: {
      resident: values.declarations.resident,
      notAwardedElsewhere: values.declarations.notAwardedElsewhere,
      implementedOn: values.declarations.implementedOn || null,
    },
    version: entry.version,
  };
}

export const sameValues = (a: EntryValues, b: EntryValues) => JSON.stringify(a) === JSON.stringify(b);
