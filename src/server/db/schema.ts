import { sql, type SQL } from 'drizzle-orm';
import {
  bigint,
  boolean,
  customType,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

/** PostgreSQL's full-text vector; drizzle has no built-in column for it. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

const id = () => uuid('id').primaryKey().defaultRandom();
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** A reviewer's verdict on one indicator (innovation or region aspect); any change resets it to pending. */
const reviewColumns = () => ({
  review: text('review').notNull().default('pending'),
  reviewNote: text('review_note'),
  reviewedBy: uuid('reviewed_by'),
  reviewedByName: text('reviewed_by_name'),
  reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
});

/** One piece of evidence: a stored file or a link, letter details when it is a letter, and its review status. */
const evidenceColumns = () => ({
  kind: text('kind').notNull(),
  fileId: uuid('file_id').references(() => files.id),
  url: text('url'),
  letterNumber: text('letter_number'),
  letterDate: date('letter_date', { mode: 'string' }),
  letterSubject: text('letter_subject'),
  status: text('status').notNull().default('pending'),
  createdBy: uuid('created_by'),
  createdAt: createdAt(),
});

/** A regional government (pemda) served by this installation. */
export const regions = pgTable('regions', {
  id: id(),
  code: text('code').notNull().unique(),
  name: text('name').notNull(),
  bodyName: text('body_name').notNull(),
  address: text('address'),
  timeZone: text('time_zone').notNull().default('Asia/Jakarta'),
  logoFileId: uuid('logo_file_id'),
  /** Letterhead, numbering pattern and signatory of the region's letters (contracts/letters.ts `LetterSettings`). */
  letterSettings: jsonb('letter_settings'),
  createdAt: createdAt(),
});

/** Stored blobs, once per content hash and region. */
export const files = pgTable(
  'files',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    sha256: text('sha256').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    mime: text('mime').notNull(),
    originalName: text('original_name').notNull(),
    storageKey: text('storage_key').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('files_region_hash').on(t.regionId, t.sha256)],
);

/** A perangkat daerah and the other units that take part (kecamatan, puskesmas, schools, desa …). */
export const units = pgTable(
  'units',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    name: text('name').notNull(),
    type: text('type').notNull(),
    parentId: uuid('parent_id'),
    headName: text('head_name'),
    headTitle: text('head_title'),
    headNip: text('head_nip'),
    email: text('email'),
    phone: text('phone'),
    address: text('address'),
    /** The government affairs (urusan) the unit handles: a basic-service one raises its quota. */
    affairs: text('affairs').array().notNull().default(sql`'{}'::text[]`),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('units_region_name').on(t.regionId, sql`lower(${t.name})`),
    index('units_region_active').on(t.regionId, t.active),
  ],
);

export const users = pgTable(
  'users',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash'),
    active: boolean('active').notNull().default(true),
    failedSignIns: integer('failed_sign_ins').notNull().default(0),
    lockedUntil: timestamp('locked_until', { withTimezone: true }),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    /** Citizens (masyarakat) register themselves and may sign in only once this is set. */
    emailVerifiedAt: timestamp('email_verified_at', { withTimezone: true }),
    /** When the person accepted the privacy notice at self-registration. */
    privacyAcceptedAt: timestamp('privacy_accepted_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('users_email').on(sql`lower(${t.email})`), index('users_region').on(t.regionId)],
);

export const userRoles = pgTable(
  'user_roles',
  {
    userId: uuid('user_id').notNull().references(() => users.id),
    role: text('role').notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);

/** The units an operator, mentor or unit head may act for. */
export const userUnits = pgTable(
  'user_units',
  {
    userId: uuid('user_id').notNull().references(() => users.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] })],
);

/** Server-side sessions (the cookie holds only the signed session id). */
export const sessions = pgTable(
  'sessions',
  {
    sid: text('sid').primaryKey(),
    data: jsonb('data').notNull(),
    userId: uuid('user_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('sessions_user').on(t.userId), index('sessions_expires').on(t.expiresAt)],
);

/** Single-use tokens for invitations and password resets; only the hash is stored. */
export const authTokens = pgTable('auth_tokens', {
  id: id(),
  userId: uuid('user_id').notNull().references(() => users.id),
  purpose: text('purpose').notNull(),
  tokenHash: text('token_hash').notNull().unique(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  usedAt: timestamp('used_at', { withTimezone: true }),
  createdAt: createdAt(),
});

/** Append-only: a database trigger refuses UPDATE and DELETE (see the custom migration). */
export const auditLog = pgTable(
  'audit_log',
  {
    id: id(),
    regionId: uuid('region_id'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: text('entity_id'),
    before: jsonb('before'),
    after: jsonb('after'),
    reason: text('reason'),
    requestId: text('request_id'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_region_at').on(t.regionId, t.at), index('audit_entity').on(t.entity, t.entityId)],
);

/** Every e-mail Lumbung wrote: sent over SMTP, or kept here as the outbox when no SMTP is set. */
export const mailMessages = pgTable(
  'mail_messages',
  {
    id: id(),
    regionId: uuid('region_id'),
    to: text('to').notNull(),
    subject: text('subject').notNull(),
    text: text('text').notNull(),
    status: text('status').notNull(),
    error: text('error'),
    createdAt: createdAt(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('mail_region_created').on(t.regionId, t.createdAt)],
);

/**
 * One assessment year of a region with its method's parameters (the zod `PeriodParameters` of
 * `domain/contracts/periods.ts`; `year` lives in its own column). At most one period per region is
 * current (partial unique index).
 */
export const periods = pgTable(
  'periods',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    year: integer('year').notNull(),
    parameters: jsonb('parameters').notNull(),
    /** Variable code → name, e.g. `SDM` → Sumber Daya Manusia. */
    variables: jsonb('variables').notNull(),
    isCurrent: boolean('is_current').notNull().default(false),
    /** The units' duties for the period and the reminder schedule (contracts/monitoring.ts `PeriodDuties`); null: defaults. */
    duties: jsonb('duties'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('periods_region_year').on(t.regionId, t.year), uniqueIndex('periods_one_current').on(t.regionId).where(sql`${t.isCurrent}`)],
);

/**
 * A period's indicator, keyed by its stable `code`; `definition` holds variable, name, description,
 * weight, mandatory, the three options with their evidence, and for a multi-basis indicator (33)
 * the bases. Edits never change `code` or `aspect`; an edit while answers refer to the indicator
 * keeps the earlier definition in `indicator_versions`.
 */
export const indicators = pgTable(
  'indicators',
  {
    id: id(),
    periodId: uuid('period_id').notNull().references(() => periods.id),
    code: text('code').notNull(),
    aspect: text('aspect').notNull(),
    /** Display order within the period. */
    position: integer('position').notNull(),
    definition: jsonb('definition').notNull(),
    /** Bumped when the definition changes while the period is in use (see indicator_versions). */
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('indicators_period_code').on(t.periodId, t.code), index('indicators_period_position').on(t.periodId, t.position)],
);

/**
 * Master data (domain reference §5): affairs with their group, forms, kinds, initiators, stages,
 * and the per-period lists (themes, classifications, national priorities; `period_id` set).
 * `code` is what innovations store; the name may be edited.
 */
export const masterItems = pgTable(
  'master_items',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    list: text('list').notNull(),
    periodId: uuid('period_id').references(() => periods.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    group: text('group'),
    position: integer('position').notNull().default(0),
    active: boolean('active').notNull().default(true),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('master_items_region_list_code').on(t.regionId, t.list, t.code).where(sql`${t.periodId} is null`),
    uniqueIndex('master_items_period_list_code').on(t.periodId, t.list, t.code).where(sql`${t.periodId} is not null`),
  ],
);

/**
 * An innovation in one period. Carrying it into the next period ("ajukan kembali") makes a new row
 * with `previous_id`; the earlier row becomes read-only (`status = diajukan_kembali`). `version`
 * guards against silent overwrites: every save must name the version it started from.
 * `maturity_claimed` and `completeness` are kept up to date by the service for fast lists.
 */
export const innovations = pgTable(
  'innovations',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    periodId: uuid('period_id').notNull().references(() => periods.id),
    previousId: uuid('previous_id'),
    status: text('status').notNull().default('aktif'),
    carryNote: text('carry_note'),
    name: text('name').notNull(),
    stage: text('stage').notNull().default('inisiatif'),
    initiator: text('initiator'),
    initiatorName: text('initiator_name'),
    kind: text('kind'),
    form: text('form'),
    mainAffair: text('main_affair'),
    otherAffairs: text('other_affairs').array().notNull().default(sql`'{}'::text[]`),
    theme: text('theme'),
    classification: text('classification'),
    priorities: text('priorities').array().notNull().default(sql`'{}'::text[]`),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    trialStartedOn: date('trial_started_on', { mode: 'string' }),
    trialPlannedEndOn: date('trial_planned_end_on', { mode: 'string' }),
    implementedOn: date('implemented_on', { mode: 'string' }),
    developedOn: date('developed_on', { mode: 'string' }),
    design: text('design').notNull().default(''),
    /** Plain text of the design, for the word rule and search. */
    designText: text('design_text').notNull().default(''),
    designWords: integer('design_words').notNull().default(0),
    goal: text('goal'),
    benefits: text('benefits'),
    results: text('results'),
    budgetAmount: bigint('budget_amount', { mode: 'number' }),
    budgetSource: text('budget_source'),
    budgetFileId: uuid('budget_file_id').references(() => files.id),
    businessProfileFileId: uuid('business_profile_file_id').references(() => files.id),
    videoFileId: uuid('video_file_id').references(() => files.id),
    videoUrl: text('video_url'),
    igaEntries: integer('iga_entries').notNull().default(0),
    /** The local review before the national report (domain/review/workflow.ts), and since when. */
    reviewState: text('review_state').notNull().default('draf'),
    reviewStateAt: timestamp('review_state_at', { withTimezone: true }),
    reportedOn: date('reported_on', { mode: 'string' }),
    reportedByName: text('reported_by_name'),
    completeness: integer('completeness').notNull().default(0),
    maturityClaimed: doublePrecision('maturity_claimed').notNull().default(0),
    version: integer('version').notNull().default(1),
    /** Set when an admin publishes the innovation on the public portal; `slug` is its public address. */
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    slug: text('slug'),
    /** The idea (bank ide) this proposal came from, when an admin assigned one to the unit. */
    ideaId: uuid('idea_id'),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('indonesian', coalesce(${innovations.name}, '')), 'A') || setweight(to_tsvector('indonesian', coalesce(${innovations.goal}, '') || ' ' || coalesce(${innovations.benefits}, '') || ' ' || coalesce(${innovations.results}, '')), 'B') || setweight(to_tsvector('indonesian', ${innovations.designText}), 'C')`,
    ),
  },
  (t) => [
    index('innovations_region_period').on(t.regionId, t.periodId, t.updatedAt),
    index('innovations_unit').on(t.unitId),
    index('innovations_search').using('gin', t.search),
    uniqueIndex('innovations_previous').on(t.previousId),
    uniqueIndex('innovations_slug').on(t.slug),
    index('innovations_published').on(t.publishedAt).where(sql`${t.publishedAt} is not null`),
  ],
);

/** The PP 38/2017 records of an innovation: proposal, feasibility, designation, trial, implementation. */
export const lifecycleRecords = pgTable(
  'lifecycle_records',
  {
    id: id(),
    innovationId: uuid('innovation_id').notNull().references(() => innovations.id),
    step: text('step').notNull(),
    date: date('date', { mode: 'string' }).notNull(),
    feasible: boolean('feasible'),
    reasons: text('reasons'),
    note: text('note'),
    legalBasis: text('legal_basis'),
    number: text('number'),
    plannedEndOn: date('planned_end_on', { mode: 'string' }),
    fileId: uuid('file_id').references(() => files.id),
    recordedBy: uuid('recorded_by'),
    recordedByName: text('recorded_by_name'),
    recordedAt: createdAt(),
  },
  (t) => [index('lifecycle_innovation').on(t.innovationId, t.recordedAt)],
);

/** The chosen option of one innovation indicator (and the basis for a multi-basis one). */
export const answers = pgTable(
  'answers',
  {
    id: id(),
    innovationId: uuid('innovation_id').notNull().references(() => innovations.id),
    code: text('code').notNull(),
    option: integer('option').notNull(),
    basis: text('basis'),
    /** The indicator's version the option was chosen under: a later relabelling is shown beside the answer. */
    indicatorVersion: integer('indicator_version').notNull().default(1),
    /** The mentor's review of this indicator's evidence; any change by the unit resets it to pending. */
    ...reviewColumns(),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('answers_innovation_code').on(t.innovationId, t.code)],
);

/**
 * Evidence for one indicator of an innovation: a stored file or a link, with letter metadata when
 * it is a letter. `status` is the mentor's review (pending until reviewed).
 */
export const evidence = pgTable(
  'evidence',
  {
    id: id(),
    innovationId: uuid('innovation_id').notNull().references(() => innovations.id),
    code: text('code').notNull(),
    ...evidenceColumns(),
  },
  (t) => [index('evidence_innovation_code').on(t.innovationId, t.code)],
);

/**
 * Earlier definitions of an indicator of a period in use: when an admin edits an indicator that
 * answers already refer to, the definition they were given under is kept here with its version.
 */
export const indicatorVersions = pgTable(
  'indicator_versions',
  {
    id: id(),
    indicatorId: uuid('indicator_id').notNull().references(() => indicators.id),
    version: integer('version').notNull(),
    definition: jsonb('definition').notNull(),
    /** Until when this definition was in force. */
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
    replacedBy: text('replaced_by'),
  },
  (t) => [uniqueIndex('indicator_versions_indicator_version').on(t.indicatorId, t.version)],
);

/**
 * The review's own record: every transition of an innovation and every verdict on an indicator.
 * The audit log holds the same decisions; this table feeds the timeline, the inbox ages and the
 * mentors' turnaround without reading JSON.
 */
export const reviewEvents = pgTable(
  'review_events',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    innovationId: uuid('innovation_id').notNull().references(() => innovations.id),
    action: text('action').notNull(),
    code: text('code'),
    fromState: text('from_state'),
    toState: text('to_state'),
    actorId: uuid('actor_id'),
    actorName: text('actor_name'),
    note: text('note'),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_events_innovation').on(t.innovationId, t.at), index('review_events_region').on(t.regionId, t.at)],
);

/**
 * In-app notifications. `emailedAt` stays empty until the daily digest mails it, so a burst of
 * events becomes one e-mail, never a flood.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    link: text('link'),
    createdAt: createdAt(),
    readAt: timestamp('read_at', { withTimezone: true }),
    emailedAt: timestamp('emailed_at', { withTimezone: true }),
  },
  (t) => [index('notifications_user').on(t.userId, t.createdAt)],
);

/**
 * Keys of deliveries that must happen at most once (a reminder to one person, one day's digest):
 * inserted before sending, under the primary key, so a restart or a second worker skips them.
 */
export const deliveryKeys = pgTable('delivery_keys', {
  key: text('key').primaryKey(),
  regionId: uuid('region_id').notNull().references(() => regions.id),
  at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
});

/** The running letter number per region and year (numbering patterns restart each year). */
export const letterCounters = pgTable(
  'letter_counters',
  {
    regionId: uuid('region_id').notNull().references(() => regions.id),
    year: integer('year').notNull(),
    seq: integer('seq').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.regionId, t.year] })],
);

/**
 * A long export (letters, reports, evidence ZIP) run as a job: its progress is polled by the page
 * and the finished file is downloaded by the person who asked for it.
 */
export const exportJobs = pgTable(
  'export_jobs',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    kind: text('kind').notNull(),
    params: jsonb('params').notNull().default({}),
    status: text('status').notNull().default('queued'),
    done: integer('done').notNull().default(0),
    total: integer('total').notNull().default(0),
    fileName: text('file_name'),
    storageKey: text('storage_key'),
    mime: text('mime'),
    size: integer('size'),
    error: text('error'),
    createdAt: createdAt(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
  },
  (t) => [index('export_jobs_user').on(t.userId, t.createdAt)],
);

/**
 * The region's own (SPD) answers per period, entered once by the admin and reviewed like an
 * innovation's indicators: any change sends the indicator back to `pending`.
 */
export const regionAnswers = pgTable(
  'region_answers',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    periodId: uuid('period_id').notNull().references(() => periods.id),
    code: text('code').notNull(),
    option: integer('option').notNull(),
    ...reviewColumns(),
    updatedBy: uuid('updated_by'),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('region_answers_period_code').on(t.periodId, t.code)],
);

/** Evidence of a region (SPD) indicator: a stored file or a link, like an innovation's evidence. */
export const regionEvidence = pgTable(
  'region_evidence',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    periodId: uuid('period_id').notNull().references(() => periods.id),
    code: text('code').notNull(),
    ...evidenceColumns(),
  },
  (t) => [index('region_evidence_period_code').on(t.periodId, t.code)],
);

/**
 * An idea in the idea bank (bank ide), from a citizen or staff. It is public only once a moderator
 * publishes it (`terbit`); assigning it to a unit makes an innovation proposal (`innovation_id`,
 * and the innovation's `idea_id` points back).
 */
export const ideas = pgTable(
  'ideas',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    authorId: uuid('author_id').notNull().references(() => users.id),
    title: text('title').notNull(),
    problem: text('problem').notNull(),
    solution: text('solution').notNull(),
    affair: text('affair'),
    location: text('location'),
    /** menunggu → terbit | ditolak; terbit → ditugaskan (domain/ideas). */
    status: text('status').notNull().default('menunggu'),
    rejectReason: text('reject_reason'),
    moderatedBy: uuid('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    unitId: uuid('unit_id').references(() => units.id),
    innovationId: uuid('innovation_id').references(() => innovations.id),
    assignedAt: timestamp('assigned_at', { withTimezone: true }),
    supportCount: integer('support_count').notNull().default(0),
    commentCount: integer('comment_count').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    search: tsvector('search').generatedAlwaysAs(
      (): SQL =>
        sql`setweight(to_tsvector('indonesian', ${ideas.title}), 'A') || setweight(to_tsvector('indonesian', ${ideas.problem} || ' ' || ${ideas.solution}), 'B')`,
    ),
  },
  (t) => [index('ideas_region_status').on(t.regionId, t.status, t.createdAt), index('ideas_author').on(t.authorId), index('ideas_search').using('gin', t.search)],
);

/** Attachments of an idea (stored files, type read from their bytes). */
export const ideaFiles = pgTable(
  'idea_files',
  {
    ideaId: uuid('idea_id').notNull().references(() => ideas.id),
    fileId: uuid('file_id').notNull().references(() => files.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.fileId] })],
);

/** One support per account and idea: the primary key makes a double click count once. */
export const ideaSupports = pgTable(
  'idea_supports',
  {
    ideaId: uuid('idea_id').notNull().references(() => ideas.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.ideaId, t.userId] })],
);

/** A comment on a published idea; public only once moderated (`terbit`). */
export const ideaComments = pgTable(
  'idea_comments',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    ideaId: uuid('idea_id').notNull().references(() => ideas.id),
    authorId: uuid('author_id').notNull().references(() => users.id),
    body: text('body').notNull(),
    status: text('status').notNull().default('menunggu'),
    rejectReason: text('reject_reason'),
    moderatedBy: uuid('moderated_by'),
    moderatedAt: timestamp('moderated_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [index('idea_comments_idea').on(t.ideaId, t.createdAt), index('idea_comments_region_status').on(t.regionId, t.status)],
);

/** An account following an innovation or an idea, to be notified of its changes. */
export const follows = pgTable(
  'follows',
  {
    userId: uuid('user_id').notNull().references(() => users.id),
    subject: text('subject').notNull(),
    subjectId: uuid('subject_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.subject, t.subjectId] }), index('follows_subject').on(t.subject, t.subjectId)],
);

/**
 * A cohort of LAN's Laboratorium Inovasi: the five stages (drum-up, diagnose, design, deliver,
 * display) with their dates as JSON (`contracts/lab.ts`), the units taking part and the deadline
 * by which each of them hands in an action plan.
 */
export const labCohorts = pgTable(
  'lab_cohorts',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    name: text('name').notNull(),
    description: text('description'),
    stages: jsonb('stages').notNull(),
    planDeadline: timestamp('plan_deadline', { withTimezone: true }).notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [index('lab_cohorts_region').on(t.regionId, t.createdAt)],
);

export const labCohortUnits = pgTable(
  'lab_cohort_units',
  {
    cohortId: uuid('cohort_id').notNull().references(() => labCohorts.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.unitId] })],
);

/** Ideas taken into a cohort's diagnose stage. */
export const labCohortIdeas = pgTable(
  'lab_cohort_ideas',
  {
    cohortId: uuid('cohort_id').notNull().references(() => labCohorts.id),
    ideaId: uuid('idea_id').notNull().references(() => ideas.id),
    addedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.cohortId, t.ideaId] })],
);

/** An innovation's action plan (Rencana Aksi Inovasi) in a cohort; handed in when `submitted_at` is set. */
export const actionPlans = pgTable(
  'action_plans',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    cohortId: uuid('cohort_id').notNull().references(() => labCohorts.id),
    unitId: uuid('unit_id').notNull().references(() => units.id),
    innovationId: uuid('innovation_id').notNull().references(() => innovations.id),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    submittedBy: uuid('submitted_by'),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('action_plans_cohort_innovation').on(t.cohortId, t.innovationId), index('action_plans_cohort_unit').on(t.cohortId, t.unitId)],
);

export const actionPlanMilestones = pgTable(
  'action_plan_milestones',
  {
    id: id(),
    planId: uuid('plan_id').notNull().references(() => actionPlans.id),
    position: integer('position').notNull().default(0),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** belum | berjalan | selesai (domain/lab). */
    status: text('status').notNull().default('belum'),
    evidenceFileId: uuid('evidence_file_id').references(() => files.id),
    evidenceUrl: text('evidence_url'),
    note: text('note'),
    updatedAt: updatedAt(),
  },
  (t) => [index('action_plan_milestones_plan').on(t.planId, t.position)],
);

/** News and sosialisasi events written by admins, shown on the portal's home page and in RSS. */
export const announcements = pgTable(
  'announcements',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    /** berita | sosialisasi */
    kind: text('kind').notNull(),
    title: text('title').notNull(),
    slug: text('slug').notNull(),
    summary: text('summary'),
    body: text('body').notNull(),
    eventStartsAt: timestamp('event_starts_at', { withTimezone: true }),
    eventPlace: text('event_place'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('announcements_slug').on(t.slug), index('announcements_region_published').on(t.regionId, t.publishedAt)],
);

// ---------------------------------------------------------------- contests and juries (issue 7)

/** A contest (Krenova, a local award, the IGA rehearsal) with its whole setup; shapes in domain/contests. */
export const contests = pgTable(
  'contests',
  {
    id: id(),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    /** Made once from the name and kept: the portal's /lomba/<slug>. */
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    /** komunitas | internal | iga */
    kind: text('kind').notNull(),
    /** draf | terbit | selesai */
    status: text('status').notNull().default('draf'),
    description: text('description'),
    rules: text('rules'),
    categories: jsonb('categories').notNull(),
    fieldsOfWork: jsonb('fields_of_work').notNull(),
    eligibility: jsonb('eligibility').notNull(),
    form: jsonb('form').notNull(),
    criteria: jsonb('criteria').notNull(),
    normalise: boolean('normalise').notNull().default(false),
    tieBreak: text('tie_break').notNull(),
    assignmentMode: text('assignment_mode').notNull(),
    minPerEntry: integer('min_per_entry').notNull().default(3),
    winnersPerCategory: integer('winners_per_category').notNull().default(3),
    signatory: jsonb('signatory').notNull(),
    /** The ranking frozen at publication (Results), shown on the portal and used for certificates. */
    results: jsonb('results'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    resultsPublishedAt: timestamp('results_published_at', { withTimezone: true }),
    /** Counts the entries' numbers (KRN-2026-007) without gaps or doubles. */
    lastEntryNumber: integer('last_entry_number').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('contests_slug').on(t.slug), index('contests_region').on(t.regionId, t.createdAt)],
);

/** The timeline: registration, selection, judging rounds, announcement. */
export const contestRounds = pgTable(
  'contest_rounds',
  {
    id: id(),
    contestId: uuid('contest_id').notNull().references(() => contests.id),
    position: integer('position').notNull(),
    /** pendaftaran | seleksi | penjurian | pengumuman */
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    opensAt: timestamp('opens_at', { withTimezone: true }).notNull(),
    closesAt: timestamp('closes_at', { withTimezone: true }).notNull(),
    /** desk | presentasi (judging rounds) */
    mode: text('mode'),
  },
  (t) => [index('contest_rounds_contest').on(t.contestId, t.position)],
);

export const contestEntries = pgTable(
  'contest_entries',
  {
    id: id(),
    contestId: uuid('contest_id').notNull().references(() => contests.id),
    regionId: uuid('region_id').notNull().references(() => regions.id),
    /** The account that entered (a citizen or a unit's operator). */
    entrantId: uuid('entrant_id').notNull().references(() => users.id),
    /** perorangan | kelompok | unit */
    entrantKind: text('entrant_kind').notNull(),
    unitId: uuid('unit_id').references(() => units.id),
    innovationId: uuid('innovation_id').references(() => innovations.id),
    number: text('number'),
    /** draf | terkirim | lolos | tidak_lolos */
    status: text('status').notNull().default('draf'),
    category: text('category'),
    fieldOfWork: text('field_of_work'),
    title: text('title').notNull().default(''),
    summary: text('summary').notNull().default(''),
    groupName: text('group_name'),
    members: jsonb('members').notNull().default([]),
    answers: jsonb('answers').notNull().default({}),
    declarations: jsonb('declarations').notNull().default({ resident: false, notAwardedElsewhere: false, implementedOn: null }),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    selectionReason: text('selection_reason'),
    selectedBy: uuid('selected_by'),
    selectedAt: timestamp('selected_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    index('contest_entries_contest').on(t.contestId, t.status),
    index('contest_entries_entrant').on(t.entrantId),
    uniqueIndex('contest_entries_number').on(t.contestId, t.number),
  ],
);

/** A file answering one of the form's `berkas` fields. */
export const contestEntryFiles = pgTable(
  'contest_entry_files',
  {
    entryId: uuid('entry_id').notNull().references(() => contestEntries.id),
    fileId: uuid('file_id').notNull().references(() => files.id),
    field: text('field').notNull(),
    name: text('name').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.fileId] })],
);

/** A judging round's panel; one member may chair it. */
export const contestJudges = pgTable(
  'contest_judges',
  {
    roundId: uuid('round_id').notNull().references(() => contestRounds.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    chair: boolean('chair').notNull().default(false),
    invitedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.userId] }), index('contest_judges_user').on(t.userId)],
);

/** Conflicts of interest and recusals, per judge and entry across the contest's rounds. */
export const contestConflicts = pgTable(
  'contest_conflicts',
  {
    contestId: uuid('contest_id').notNull().references(() => contests.id),
    entryId: uuid('entry_id').notNull().references(() => contestEntries.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    /** keluarga | satu_unit | kolaborator | lainnya | mundur */
    type: text('type').notNull(),
    note: text('note'),
    declaredAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.userId] }), index('contest_conflicts_contest').on(t.contestId)],
);

export const contestAssignments = pgTable(
  'contest_assignments',
  {
    roundId: uuid('round_id').notNull().references(() => contestRounds.id),
    entryId: uuid('entry_id').notNull().references(() => contestEntries.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    assignedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.entryId, t.userId] }), index('contest_assignments_user').on(t.userId, t.roundId)],
);

/** One judge's score on one criterion of one entry in one round; a null score with `abstain` is an abstention. */
export const contestScores = pgTable(
  'contest_scores',
  {
    roundId: uuid('round_id').notNull().references(() => contestRounds.id),
    entryId: uuid('entry_id').notNull().references(() => contestEntries.id),
    userId: uuid('user_id').notNull().references(() => users.id),
    criterion: text('criterion').notNull(),
    score: doublePrecision('score'),
    abstain: boolean('abstain').notNull().default(false),
    comment: text('comment'),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.roundId, t.entryId, t.userId, t.criterion] }), index('contest_scores_entry').on(t.entryId)],
);
