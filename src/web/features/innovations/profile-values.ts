import type { FileRef, Innovation, InnovationUpdate } from '../../../domain/contracts/innovations.js';

/**
 * The profile form's state. Numbers may hold unfinished text ("-", "1,") while typed; files keep
 * the whole reference so the form can show their names, and are sent as ids.
 */
export type ProfileValues = {
  unitId: string;
  name: string;
  initiator: string | null;
  initiatorName: string;
  kind: string | null;
  form: string | null;
  mainAffair: string | null;
  otherAffairs: string[];
  theme: string | null;
  classification: string | null;
  priorities: string[];
  latitude: number | string;
  longitude: number | string;
  developedOn: string;
  design: string;
  goal: string;
  benefits: string;
  results: string;
  budgetAmount: number | string;
  budgetSource: string | null;
  budgetFile: FileRef | null;
  businessProfileFile: FileRef | null;
  videoFile: FileRef | null;
  videoUrl: string;
  igaEntries: number | string;
};
export type ProfileKey = keyof ProfileValues;

export function fromInnovation(i: Innovation): ProfileValues {
  return {
    unitId: i.unitId,
    name: i.name,
    initiator: i.initiator,
    initiatorName: i.initiatorName ?? '',
    kind: i.kind,
    form: i.form,
    mainAffair: i.mainAffair,
    otherAffairs: i.otherAffairs,
    theme: i.theme,
    classification: i.classification,
    priorities: i.priorities,
    latitude: i.latitude ?? '',
    longitude: i.longitude ?? '',
    developedOn: i.developedOn ?? '',
    design: i.design,
    goal: i.goal ?? '',
    benefits: i.benefits ?? '',
    results: i.results ?? '',
    budgetAmount: i.budgetAmount ?? '',
    budgetSource: i.budgetSource,
    budgetFile: i.budgetFile,
    businessProfileFile: i.businessProfileFile,
    videoFile: i.videoFile,
    videoUrl: i.videoUrl ?? '',
    igaEntries: i.igaEntries,
  };
}

// A record, so the compiler notices a field missing from the list.
const keySet: Record<ProfileKey, true> = {
  unitId: true,
  name: true,
  initiator: true,
  initiatorName: true,
  kind: true,
  form: true,
  mainAffair: true,
  otherAffairs: true,
  theme: true,
  classification: true,
  priorities: true,
  latitude: true,
  longitude: true,
  developedOn: true,
  design: true,
  goal: true,
  benefits: true,
  results: true,
  budgetAmount: true,
  budgetSource: true,
  budgetFile: true,
  businessProfileFile: true,
  videoFile: true,
  videoUrl: true,
  igaEntries: true,
};
export const profileKeys = Object.keys(keySet) as ProfileKey[];

/** The server trims text; comparing trimmed values keeps a trailing space from looking like a change. */
export function fingerprint(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (value && typeof value === 'object' && 'id' in value) return String(value.id);
  return JSON.stringify(value ?? null);
}

export const sameValue = (a: unknown, b: unknown) => fingerprint(a) === fingerprint(b);

/** The fields whose values differ. */
export const changedKeys = (a: ProfileValues, b: ProfileValues): ProfileKey[] => profileKeys.filter((k) => !sameValue(a[k], b[k]));

const fileIdKeys = { budgetFile: 'budgetFileId', businessProfileFile: 'businessProfileFileId', videoFile: 'videoFileId' } as const;

/** The request field of a form field (files are sent as ids), and back, for the server's field errors. */
export const requestKeyOf = (key: ProfileKey): string => (key in fileIdKeys ? fileIdKeys[key as keyof typeof fileIdKeys] : key);
export const profileKeyOf = (requestKey: string): ProfileKey | undefined =>
  profileKeys.find((k) => requestKeyOf(k) === requestKey.split('.')[0]);

const text = (v: string) => v.trim() || null;

/** The PATCH body for the given fields; a number still being typed is left out until it is one. */
export function toPatch(values: ProfileValues, keys: readonly ProfileKey[]): Omit<InnovationUpdate, 'version'> {
  const patch: Record<string, unknown> = {};
  for (const key of keys) {
    const value = values[key];
    if (key === 'latitude' || key === 'longitude' || key === 'budgetAmount' || key === 'igaEntries') {
      if (typeof value === 'number') patch[key] = value;
      else if (value === '' && key !== 'igaEntries') patch[key] = null;
    } else if (key === 'budgetFile' || key === 'businessProfileFile' || key === 'videoFile') {
      patch[requestKeyOf(key)] = (value as FileRef | null)?.id ?? null;
    } else if (key === 'unitId' || key === 'name' || key === 'design') {
      patch[key] = typeof value === 'string' ? value.trim() : value;
    } else if (typeof value === 'string') {
      patch[key] = key === 'developedOn' ? value || null : text(value);
    } else patch[key] = value;
  }
  return patch as Omit<InnovationUpdate, 'version'>;
}

/** `target` with the given fields taken from `source`. */
export function withFields(target: ProfileValues, source: ProfileValues, keys: readonly ProfileKey[]): ProfileValues {
  const out: Record<string, unknown> = { ...target };
  for (const key of keys) out[key] = source[key];
  return out as ProfileValues;
}

export type Conflict = {
  stored: Innovation;
  mine: ProfileValues;
  /** Every field this device changed. */
  changed: ProfileKey[];
  /** The changed fields whose stored value differs from this device's: the person chooses. */
  fields: ProfileKey[];
};

/**
 * This device's edits (`mine`, made on `myBase`) against a newer stored version. Fields it did not
 * change simply take the stored value; a changed field that differs from the stored one is never
 * decided silently (the server's rule too): it becomes a conflict for the person to resolve.
 */
export function rebaseOnto(stored: Innovation, mine: ProfileValues, myBase: ProfileValues): { values: ProfileValues; conflict: Conflict | null } {
  const next = fromInnovation(stored);
  const changed = changedKeys(mine, myBase);
  const fields = changed.filter((k) => !sameValue(next[k], mine[k]));
  return { values: withFields(next, mine, changed), conflict: fields.length ? { stored, mine, changed, fields } : null };
}

export type FieldErrors = Partial<Record<ProfileKey, string>>;

/** What each group of profile fields gets from the profile panel. */
export type FieldGroupProps = {
  values: ProfileValues;
  setField: <K extends ProfileKey>(key: K, value: ProfileValues[K]) => void;
  errors: FieldErrors;
  readOnly: boolean;
};
