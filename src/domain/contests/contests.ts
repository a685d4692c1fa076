/*
 * Contests and juries (issue 7): Krenova, local innovation awards and the IGA presentation
 * rehearsal. The vocabulary lives here; the rules are in the files beside it (timeline, templates,
 * criteria, form, assignment, results). Domain §7 (IGA weights) and §9 (Krenova, local awards,
 * judging practice).
 */

/** komunitas: a community contest such as Krenova; internal: an award for the region's units; iga: the IGA presentation rehearsal. */
export const contestKinds = ['komunitas', 'internal', 'iga'] as const;
export type ContestKind = (typeof contestKinds)[number];

/** The templates an admin starts from (each fills categories, fields, criteria, form and rounds). */
export const contestTemplates = ['krenova', 'internal', 'iga'] as const;
export type ContestTemplateKey = (typeof contestTemplates)[number];

/** draf: being set up, staff only; terbit: on the portal; selesai: results published. */
export const contestStatuses = ['draf', 'terbit', 'selesai'] as const;
export type ContestStatus = (typeof contestStatuses)[number];

/**
 * The timeline: one registration round first, then administrative selection, one or more judging
 * rounds (desk review or presentation), and the announcement last.
 */
export const roundKinds = ['pendaftaran', 'seleksi', 'penjurian', 'pengumuman'] as const;
export type RoundKind = (typeof roundKinds)[number];
export const judgingModes = ['desk', 'presentasi'] as const;
export type JudgingMode = (typeof judgingModes)[number];
/** Where a round stands at an instant: not yet open, open, or closed (from its close instant on). */
export const roundStates = ['belum', 'buka', 'tutup'] as const;
export type RoundState = (typeof roundStates)[number];

/** Who enters: a person, a group with its members named, or a unit with one of its innovations. */
export const entrantKinds = ['perorangan', 'kelompok', 'unit'] as const;
export type EntrantKind = (typeof entrantKinds)[number];

/**
 * draf: saved, not sent; terkirim: sent (still revisable until registration closes, final from the
 * close instant); lolos / tidak_lolos: the administrative selection's decision.
 */
export const entryStatuses = ['draf', 'terkirim', 'lolos', 'tidak_lolos'] as const;
export type EntryStatus = (typeof entryStatuses)[number];
export const selectionDecisions = ['lolos', 'tidak_lolos'] as const;
export type SelectionDecision = (typeof selectionDecisions)[number];

/** The submission form's field kinds, per contest. */
export const formFieldKinds = ['teks', 'angka', 'pilihan', 'berkas', 'tautan'] as const;
export type FormFieldKind = (typeof formFieldKinds)[number];

/**
 * Conflicts of interest a judge declares per entry; `mundur` is a recusal with a reason. Either
 * way the judge is never assigned the entry and cannot see its scores.
 */
export const conflictTypes = ['keluarga', 'satu_unit', 'kolaborator', 'lainnya', 'mundur'] as const;
export type ConflictType = (typeof conflictTypes)[number];

/** semua: every judge of the panel scores every entry; sebar: an even spread with a minimum of judges per entry. */
export const assignmentModes = ['semua', 'sebar'] as const;
export type AssignmentMode = (typeof assignmentModes)[number];

/**
 * How equal totals are ordered: by the criteria in the rubric's order (the first criterion first),
 * by the heaviest criterion first, or by the earlier submission. What the rule leaves equal shares
 * a rank.
 */
export const tieBreakRules = ['kriteria_berurutan', 'kriteria_terberat', 'kiriman_terawal'] as const;
export type TieBreakRule = (typeof tieBreakRules)[number];

export interface Category {
  key: string;
  name: string;
}

export interface Criterion {
  key: string;
  name: string;
  /** What a judge looks for; shown beside the score. */
  guidance: string | null;
  /** Percent; the rubric's weights add up to 100. */
  weight: number;
  min: number;
  max: number;
  commentRequired: boolean;
}

export interface FormField {
  key: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  help: string | null;
  /** The choices of a `pilihan` field. */
  options: string[];
}

export interface Eligibility {
  entrants: EntrantKind[];
  /** Residents of the region only (the entrant declares it; Krenova asks for a local ID). */
  residentsOnly: boolean;
  /** The largest group, members included (Krenova: 5); null when groups are not limited. */
  maxGroupSize: number | null;
  /** The work must have been implemented between these days (inclusive), when set. */
  implementedFrom: string | null;
  implementedTo: string | null;
  /** The entrant declares the work has not won an award elsewhere. */
  notAwardedElsewhere: boolean;
  notes: string | null;
}

export interface Round {
  id: string;
  kind: RoundKind;
  name: string;
  /** Instants (ISO strings); a round is open from `opensAt` up to, not including, `closesAt`. */
  opensAt: string;
  closesAt: string;
  mode: JudgingMode | null;
}
