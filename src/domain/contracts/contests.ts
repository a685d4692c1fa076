import { z } from 'zod';
import {
  assignmentModes,
  conflictTypes,
  contestKinds,
  contestStatuses,
  contestTemplates,
  entrantKinds,
  entryStatuses,
  formFieldKinds,
  judgingModes,
  roundKinds,
  roundStates,
  selectionDecisions,
  tieBreakRules,
} from '../contests/contests.js';
import { Email, Id, optionalText, text } from './common.js';
import { timeZones } from './regions.js';

const Zone = z.enum(timeZones);

/*
 * Contests and juries (issue 7). Four audiences:
 * - the admin sets a contest up (/api/contests…), runs the administrative selection, the panels
 *   and the results;
 * - entrants (citizens and unit operators) enter (/api/contest-entries…);
 * - judges (role `juri`) declare conflicts and score (/api/judging…); a panel's chair also sees
 *   everyone's progress, the ranking and publishes it;
 * - the public reads /lomba and /lomba/<slug> (server-rendered portal pages).
 */

export const ContestKind = z.enum(contestKinds);
export const ContestTemplate = z.enum(contestTemplates);
export const ContestStatus = z.enum(contestStatuses);
export const RoundKind = z.enum(roundKinds);
export const JudgingMode = z.enum(judgingModes);
export const RoundState = z.enum(roundStates);
export const EntrantKind = z.enum(entrantKinds);
export const EntryStatus = z.enum(entryStatuses);
export const SelectionDecision = z.enum(selectionDecisions);
export const FormFieldKind = z.enum(formFieldKinds);
export const ConflictType = z.enum(conflictTypes);
export const AssignmentMode = z.enum(assignmentModes);
export const TieBreakRule = z.enum(tieBreakRules);

/** A key inside a contest (category, criterion, form field): lower case, digits and `_`. */
const key = z.string().trim().regex(/^[a-z0-9_]{1,40}$/);
const day = z.iso.date();
const instant = z.iso.datetime({ offset: true });

export const Category = z.strictObject({ key, name: text(100) });
export type Category = z.infer<typeof Category>;

export const Criterion = z.strictObject({
  key,
  name: text(200),
  guidance: optionalText(2000).default(null),
  weight: z.number().int().min(1).max(100),
  min: z.number().int().min(0).max(1000),
  max: z.number().int().min(1).max(1000),
  commentRequired: z.boolean(),
});
export type Criterion = z.infer<typeof Criterion>;

export const FormField = z.strictObject({
  key,
  label: text(200),
  kind: FormFieldKind,
  required: z.boolean(),
  help: optionalText(500).default(null),
  options: z.array(text(100)).max(30).default([]),
});
export type FormField = z.infer<typeof FormField>;

export const Eligibility = z.strictObject({
  entrants: z.array(EntrantKind).min(1),
  residentsOnly: z.boolean(),
  maxGroupSize: z.number().int().min(2).max(50).nullable(),
  implementedFrom: day.nullable(),
  implementedTo: day.nullable(),
  notAwardedElsewhere: z.boolean(),
  notes: optionalText(5000).default(null),
});
export type Eligibility = z.infer<typeof Eligibility>;

/** A round as the admin sets it; `id` keeps an existing round (its panel and scores) across edits. */
export const RoundInput = z.strictObject({
  id: Id.optional(),
  kind: RoundKind,
  name: text(200),
  opensAt: instant,
  closesAt: instant,
  mode: JudgingMode.nullable().default(null),
});
export type RoundInput = z.infer<typeof RoundInput>;

export const Round = z.object({
  id: Id,
  kind: RoundKind,
  name: z.string(),
  opensAt: z.string(),
  closesAt: z.string(),
  mode: JudgingMode.nullable(),
  /** At the server's clock when the answer was made. */
  state: RoundState,
});
export type Round = z.infer<typeof Round>;

export const Signatory = z.strictObject({ name: text(200), title: text(200) });

/**
 * The whole setup. PATCH /api/contests/{id} takes it with the `version` read (a newer version: 409
 * CONFLICT). The timeline, criteria, form and eligibility are checked by the domain rules (400 with
 * field errors). Criteria cannot change once a score exists (409).
 */
export const ContestSetup = z.strictObject({
  name: text(200),
  kind: ContestKind,
  description: optionalText(5000).transform((v) => v ?? null),
  rules: optionalText(20000).transform((v) => v ?? null),
  categories: z.array(Category).min(1).max(20),
  fieldsOfWork: z.array(text(100)).max(30),
  eligibility: Eligibility,
  rounds: z.array(RoundInput).min(3).max(10),
  form: z.array(FormField).max(30),
  criteria: z.array(Criterion).min(1).max(15),
  /** Rank by normalised scores (each judge standardised, then rescaled to the criterion's range). */
  normalise: z.boolean(),
  tieBreak: TieBreakRule,
  assignment: z.strictObject({ mode: AssignmentMode, minPerEntry: z.number().int().min(1).max(20) }),
  winnersPerCategory: z.number().int().min(1).max(10),
  signatory: Signatory,
});
export type ContestSetup = z.infer<typeof ContestSetup>;
export const ContestUpdate = ContestSetup.extend({ version: z.number().int() }).strict();
export type ContestUpdate = z.infer<typeof ContestUpdate>;

/**
 * POST /api/contests (admin) — a new contest in draft, filled from a template (categories, fields
 * of work, criteria, form, eligibility and a timeline starting today in the region's zone); 201.
 */
export const ContestCreate = z.strictObject({ template: ContestTemplate, name: text(200) });
export type ContestCreate = z.infer<typeof ContestCreate>;

/** GET/PATCH /api/contests/{id}, POST /api/contests/{id}/publish (to the portal, at /lomba/<slug>). */
export const Contest = z.object({
  id: Id,
  slug: z.string(),
  status: ContestStatus,
  name: z.string(),
  kind: ContestKind,
  description: z.string().nullable(),
  rules: z.string().nullable(),
  categories: z.array(Category),
  fieldsOfWork: z.array(z.string()),
  eligibility: Eligibility,
  rounds: z.array(Round),
  form: z.array(FormField),
  criteria: z.array(Criterion),
  normalise: z.boolean(),
  tieBreak: TieBreakRule,
  assignment: z.object({ mode: AssignmentMode, minPerEntry: z.number().int() }),
  winnersPerCategory: z.number().int(),
  signatory: z.object({ name: z.string(), title: z.string() }),
  /** The region's time zone: every instant is shown in it. */
  zone: Zone,
  counts: z.object({ drafts: z.number().int(), submitted: z.number().int(), passed: z.number().int(), failed: z.number().int() }),
  publishedAt: z.string().nullable(),
  resultsPublishedAt: z.string().nullable(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Contest = z.infer<typeof Contest>;

/** GET /api/contests (admin: the region's contests). */
export const ContestListItem = z.object({
  id: Id,
  slug: z.string(),
  name: z.string(),
  kind: ContestKind,
  status: ContestStatus,
  registrationClosesAt: z.string().nullable(),
  entries: z.number().int(),
  updatedAt: z.string(),
});
export const ContestList = z.object({ items: z.array(ContestListItem) });
export type ContestList = z.infer<typeof ContestList>;

// ---------------------------------------------------------------- entries

/** A group member, by name only (no NIK or phone: nothing an entry needs to show). */
export const EntryMember = z.strictObject({ name: text(200), role: optionalText(100).default(null) });
export type EntryMember = z.infer<typeof EntryMember>;

/** Answers to the contest's own form fields by key (files are uploaded separately, per field). */
export const EntryAnswers = z.record(key, z.union([z.string().max(10000), z.number(), z.null()]));

/**
 * POST /api/contests/{id}/entries — a draft entry by the caller: a person or a group (citizens and
 * staff), or a unit with one of its innovations (operators; title, summary and field prefilled from
 * the innovation). 201 with the `Entry`. Registration must be open (else 409 CONTEST_CLOSED).
 */
export const EntryCreate = z.strictObject({
  entrantKind: EntrantKind,
  unitId: Id.nullable().default(null),
  innovationId: Id.nullable().default(null),
});
export type EntryCreate = z.infer<typeof EntryCreate>;

/**
 * PATCH /api/contest-entries/{id} — the entrant saves the draft, or revises a sent entry while
 * registration is open (409 CONTEST_CLOSED from the close instant, with the close time in the
 * region's zone; 409 CONFLICT on a newer version).
 */
export const EntryUpdate = z.strictObject({
  category: key.nullable(),
  fieldOfWork: optionalText(100).transform((v) => v ?? null),
  title: z.string().trim().max(300),
  summary: z.string().trim().max(10000),
  groupName: optionalText(200).transform((v) => v ?? null),
  members: z.array(EntryMember).max(50),
  answers: EntryAnswers,
  declarations: z.strictObject({
    resident: z.boolean(),
    notAwardedElsewhere: z.boolean(),
    /** The day the work was first implemented (checked against the eligibility window). */
    implementedOn: day.nullable(),
  }),
  version: z.number().int(),
});
export type EntryUpdate = z.infer<typeof EntryUpdate>;

export const EntryFile = z.object({ id: Id, field: z.string(), name: z.string(), mime: z.string(), size: z.number().int() });
export type EntryFile = z.infer<typeof EntryFile>;
export const EntryFileParams = z.strictObject({ id: Id, fileId: Id });
/** POST /api/contest-entries/{id}/files?field=<key> (multipart `file`): checked by its bytes (PDF, JPG, PNG, MP4), 10 MB. */
export const EntryFileQuery = z.strictObject({ field: key });

/**
 * An entry as its entrant and the admin see it. POST /api/contest-entries/{id}/submit sends it:
 * every required field and the eligibility rules are checked (400 with field errors); a receipt is
 * mailed. From the registration close instant on, it is final.
 */
export const Entry = z.object({
  id: Id,
  contestId: Id,
  contestName: z.string(),
  contestSlug: z.string(),
  /** Given when first sent, e.g. KRN-2026-007. */
  number: z.string().nullable(),
  status: EntryStatus,
  entrantKind: EntrantKind,
  entrantName: z.string(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  innovationId: Id.nullable(),
  category: z.string().nullable(),
  fieldOfWork: z.string().nullable(),
  title: z.string(),
  summary: z.string(),
  groupName: z.string().nullable(),
  members: z.array(EntryMember),
  answers: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  declarations: z.object({ resident: z.boolean(), notAwardedElsewhere: z.boolean(), implementedOn: z.string().nullable() }),
  files: z.array(EntryFile),
  submittedAt: z.string().nullable(),
  selection: z.object({ decision: SelectionDecision, reason: z.string().nullable(), decidedAt: z.string() }).nullable(),
  /** The registration round's close instant and the zone to show it in. */
  closesAt: z.string().nullable(),
  zone: Zone,
  /** Once results are published: the entry's place (null for a participant) and whether a certificate is ready. */
  result: z.object({ rank: z.number().int().nullable(), winner: z.boolean(), certificate: z.boolean() }).nullable(),
  may: z.object({ edit: z.boolean(), submit: z.boolean(), select: z.boolean() }),
  /**
   * What the entrant's form is built from (the contest's categories, fields of work, eligibility
   * and own form fields): GET /api/contests/{id} is for the admin only. Added for the entry page
   * (/lomba-saya/:id); the server fills it on GET/PATCH /api/contest-entries/{id} and submit.
   */
  contest: z
    .object({
      kind: ContestKind,
      categories: z.array(Category),
      fieldsOfWork: z.array(z.string()),
      eligibility: Eligibility,
      form: z.array(FormField),
    })
    .optional(),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Entry = z.infer<typeof Entry>;

/** GET /api/contest-entries/mine — the caller's entries, and the contests open for entry now. */
export const MyEntries = z.object({
  entries: z.array(z.object({ id: Id, contestName: z.string(), contestSlug: z.string(), number: z.string().nullable(), title: z.string(), status: EntryStatus, submittedAt: z.string().nullable(), closesAt: z.string().nullable(), result: Entry.shape.result })),
  open: z.array(z.object({ id: Id, slug: z.string(), name: z.string(), kind: ContestKind, closesAt: z.string(), entrants: z.array(EntrantKind) })),
  zone: Zone,
});
export type MyEntries = z.infer<typeof MyEntries>;

/** GET /api/contests/{id}/entries (admin) — sent entries and their selection. */
export const EntryListQuery = z.strictObject({ status: EntryStatus.optional(), category: key.optional() });
export const EntryListItem = z.object({
  id: Id,
  number: z.string().nullable(),
  title: z.string(),
  entrantName: z.string(),
  entrantKind: EntrantKind,
  category: z.string().nullable(),
  status: EntryStatus,
  submittedAt: z.string().nullable(),
  selection: Entry.shape.selection,
});
export const EntryList = z.object({ items: z.array(EntryListItem) });
export type EntryList = z.infer<typeof EntryList>;

/**
 * POST /api/contest-entries/{id}/selection (admin) — administrative selection of a sent entry; a
 * reason is required when it does not pass. The entrant is told (notification and e-mail). A
 * decision may be changed until the first judging round opens (409 after); each is audited.
 */
/** The decision on the entry as the admin read it (`version`): a decision made meanwhile by someone else is 409 VERSION_CONFLICT, not overwritten. */
export const SelectionInput = z.strictObject({ decision: SelectionDecision, reason: optionalText(2000).transform((v) => v ?? null), version: z.number().int() });
export type SelectionInput = z.infer<typeof SelectionInput>;

// ---------------------------------------------------------------- panels and assignment

export const RoundParams = z.strictObject({ id: Id, roundId: Id });
export const PanelMemberParams = z.strictObject({ id: Id, roundId: Id, userId: Id });

/**
 * POST /api/contests/{id}/rounds/{roundId}/panel (admin) — invites a judge to a judging round's
 * panel by e-mail: a new address gets a `juri` account and an invitation to set a password; an
 * existing account gains the `juri` role. One judge per panel may be its chair.
 */
export const PanelInvite = z.strictObject({ name: text(200), email: Email, chair: z.boolean().default(false) });
export type PanelInvite = z.infer<typeof PanelInvite>;

export const Progress = z.object({ assigned: z.number().int(), scored: z.number().int() });

export const PanelMember = z.object({
  userId: Id,
  name: z.string(),
  email: z.string(),
  chair: z.boolean(),
  invitedAt: z.string(),
  progress: Progress,
  conflicts: z.number().int(),
});

/** GET /api/contests/{id}/rounds/{roundId}/panel (admin, and the round's chair). */
export const Panel = z.object({
  round: Round,
  members: z.array(PanelMember),
  mode: AssignmentMode,
  minPerEntry: z.number().int(),
  entries: z.number().int(),
  assignments: z.number().int(),
  /** Entries with fewer judges than the minimum (too many conflicts). */
  short: z.array(z.object({ entryId: Id, number: z.string().nullable(), title: z.string(), assigned: z.number().int(), wanted: z.number().int() })),
});
export type Panel = z.infer<typeof Panel>;

/**
 * POST /api/contests/{id}/rounds/{roundId}/assignment (admin) — assigns the passed entries to the
 * panel by the contest's mode, never to a conflicted judge; existing assignments are kept and only
 * topped up. Answers the panel.
 */

// ---------------------------------------------------------------- judging

/** GET /api/judging — the caller's judging rounds. */
export const JudgeRoundItem = z.object({
  contestId: Id,
  contestName: z.string(),
  round: Round,
  chair: z.boolean(),
  progress: Progress,
  zone: Zone,
});
export const JudgeRounds = z.object({ items: z.array(JudgeRoundItem) });
export type JudgeRounds = z.infer<typeof JudgeRounds>;

export const SheetStatus = z.enum(['belum', 'sebagian', 'selesai']);

/**
 * GET /api/judging/{roundId} — the round as one judge sees it: the contest's passed entries (to
 * declare conflicts on), which are assigned to them and how far their sheets are; the chair also
 * sees every judge's progress.
 */
export const JudgeRound = z.object({
  contestId: Id,
  contestName: z.string(),
  round: Round,
  zone: Zone,
  criteria: z.array(Criterion),
  /** The contest's categories, to name an entry's `category` key (added for the judge's pages; optional). */
  categories: z.array(Category).optional(),
  /** The contest's ranking setting, the chair's default when reading the results. */
  normalise: z.boolean().optional(),
  chair: z.boolean(),
  progress: Progress,
  entries: z.array(
    z.object({
      entryId: Id,
      number: z.string().nullable(),
      title: z.string(),
      entrantName: z.string(),
      category: z.string().nullable(),
      assigned: z.boolean(),
      conflict: z.object({ type: ConflictType, note: z.string().nullable() }).nullable(),
      sheet: SheetStatus,
    }),
  ),
  /** Only for the chair: every judge's progress. */
  team: z.array(z.object({ userId: Id, name: z.string(), chair: z.boolean(), progress: Progress, conflicts: z.number().int() })).nullable(),
});
export type JudgeRound = z.infer<typeof JudgeRound>;

export const JudgeEntryParams = z.strictObject({ roundId: Id, entryId: Id });

export const ScoreLine = z.object({ criterion: z.string(), score: z.number().nullable(), abstain: z.boolean(), comment: z.string().nullable() });

/**
 * GET /api/judging/{roundId}/entries/{entryId} — an assigned entry and the caller's own sheet. 404
 * when the entry is not assigned to the caller or they declared a conflict on it.
 */
export const JudgeEntry = z.object({
  roundId: Id,
  entry: Entry.pick({ id: true, number: true, title: true, summary: true, category: true, fieldOfWork: true, entrantKind: true, entrantName: true, groupName: true, members: true, answers: true, files: true }),
  criteria: z.array(Criterion),
  form: z.array(FormField),
  sheet: z.array(ScoreLine),
  /** True from the round's close instant on, or once the results are published: the sheet can no longer change. */
  locked: z.boolean(),
  /** Why the sheet is locked (null while it is open). */
  lockedBy: z.enum(['roundClosed', 'resultsPublished']).nullable(),
  updatedAt: z.string().nullable(),
});
export type JudgeEntry = z.infer<typeof JudgeEntry>;

/**
 * PUT /api/judging/{roundId}/entries/{entryId}/sheet — the caller's scores, all criteria at once:
 * a score within the criterion's range, or abstain; a comment where the criterion requires one.
 * Partial sheets save (progress shows them). 409 ROUND_CLOSED from the close instant on; every
 * change is audited with before and after.
 */
export const SheetInput = z.strictObject({
  scores: z.array(
    z.strictObject({ criterion: key, score: z.number().min(0).max(1000).nullable(), abstain: z.boolean().default(false), comment: optionalText(5000).transform((v) => v ?? null) }),
  ),
});
export type SheetInput = z.infer<typeof SheetInput>;

/**
 * POST /api/judging/{roundId}/conflicts — declares a conflict of interest on an entry (or recuses
 * with `mundur`; a note is required for `lainnya` and `mundur`). Any assignment of the entry to the
 * caller in the contest's rounds is removed with their scores on it (audited). Answers the round.
 */
export const ConflictInput = z.strictObject({ entryId: Id, type: ConflictType, note: optionalText(1000).transform((v) => v ?? null) });
export type ConflictInput = z.infer<typeof ConflictInput>;

/**
 * GET /api/judging/{roundId}/entries/{entryId}/scores — for the round's chair only: every judge's
 * sheet on the entry (404 on an entry the chair declared a conflict on; 403 for other judges).
 */
export const EntryScores = z.object({ items: z.array(z.object({ judgeName: z.string(), sheet: z.array(ScoreLine) })) });
export type EntryScores = z.infer<typeof EntryScores>;

// ---------------------------------------------------------------- results

export const ResultsQuery = z.strictObject({ roundId: Id.optional(), normalised: z.enum(['true', 'false']).optional() });

export const RankedEntry = z.object({
  rank: z.number().int(),
  entryId: Id,
  number: z.string().nullable(),
  title: z.string(),
  entrantName: z.string(),
  /**
   * 0–100: the weighted criteria, each scaled from its range. `total` is the one ranked by. Null,
   * with the criteria empty, in a chair's copy for an entry they declared a conflict on.
   */
  total: z.number().nullable(),
  rawTotal: z.number().nullable(),
  normalisedTotal: z.number().nullable(),
  criteria: z.array(z.object({ key: z.string(), raw: z.number().nullable(), normalised: z.number().nullable(), judges: z.number().int() })),
  judges: z.number().int(),
  /** Set when the tie-break rule decided the place against an equal total (e.g. "kriteria: kebaruan"). */
  tieBrokenBy: z.string().nullable(),
  winner: z.boolean(),
});
export type RankedEntry = z.infer<typeof RankedEntry>;

/**
 * GET /api/contests/{id}/results (admin and the round's chair): the ranking per category from a
 * judging round (the last by default) with the full breakdown. POST /api/contests/{id}/results/publish
 * { roundId, normalised } freezes it, publishes the winners on the portal and tells the entrants.
 */
export const Results = z.object({
  contestId: Id,
  roundId: Id,
  normalised: z.boolean(),
  tieBreak: TieBreakRule,
  categories: z.array(z.object({ key: z.string(), name: z.string(), ranking: z.array(RankedEntry) })),
  publishedAt: z.string().nullable(),
});
export type Results = z.infer<typeof Results>;
export const PublishResults = z.strictObject({ roundId: Id, normalised: z.boolean() });
export type PublishResults = z.infer<typeof PublishResults>;

/** GET /api/contests/{id}/score-audit (admin, chair): every score change with before and after. */
export const ScoreAudit = z.object({
  items: z.array(z.object({ at: z.string(), judgeName: z.string(), entryNumber: z.string().nullable(), entryTitle: z.string(), roundName: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() })),
});
export type ScoreAudit = z.infer<typeof ScoreAudit>;
