import { z } from 'zod';
import { commentStatuses, ideaStatuses, moderationDecisions } from '../ideas/ideas.js';
import { Id, optionalText, PageQuery, paginated, text } from './common.js';

// The idea bank (issue 6): submit, moderate, support, comment, assign. Public reads are the /ide pages.

export const IdeaStatus = z.enum(ideaStatuses);
export const CommentStatus = z.enum(commentStatuses);
const code = z.string().trim().regex(/^[a-z0-9_]{1,60}$/);

/**
 * POST /api/ideas — any signed-in account (citizen or staff) submits an idea in its own region;
 * 201 with the `Idea`. It waits for moderation (`menunggu`). `affair` is a code of the affair master
 * list (unknown code: 400 with a field error).
 */
export const IdeaInput = z.strictObject({
  title: text(200),
  problem: text(5000),
  solution: text(5000),
  affair: code.nullable().optional(),
  location: optionalText(200),
});
export type IdeaInput = z.infer<typeof IdeaInput>;

/** PATCH /api/ideas/{id} — the author edits the idea while it waits for moderation (else 409). */
export const IdeaUpdate = IdeaInput.partial().strict();
export type IdeaUpdate = z.infer<typeof IdeaUpdate>;

export const IdeaFileParams = z.strictObject({ id: Id, fileId: Id });

/**
 * An attachment. POST /api/ideas/{id}/files (multipart, field `file`): PDF, JPG or PNG judged by
 * the bytes (else 415), at most 5 MB (413), at most 5 per idea (409), by the author while the idea
 * waits (403/409); 201 with this. GET /api/ideas/{id}/files/{fileId} sends the bytes (author and
 * admins always; anyone once the idea is public). DELETE /api/ideas/{id}/files/{fileId} (author,
 * while waiting) answers `{ ok: true }`.
 */
export const IdeaFile = z.object({ id: Id, name: z.string(), mime: z.string(), size: z.number().int() });
export type IdeaFile = z.infer<typeof IdeaFile>;

/** An idea as its author and the admins see it (private fields included, never an e-mail). */
export const Idea = z.object({
  id: Id,
  title: z.string(),
  problem: z.string(),
  solution: z.string(),
  affair: z.string().nullable(),
  location: z.string().nullable(),
  status: IdeaStatus,
  /** Why a moderator rejected it (shown to the author). */
  rejectReason: z.string().nullable(),
  authorId: Id,
  authorName: z.string(),
  moderatedAt: z.string().nullable(),
  unitId: Id.nullable(),
  unitName: z.string().nullable(),
  /** The innovation proposal the idea became (staff open it at `/registri/<id>`). */
  innovationId: Id.nullable(),
  assignedAt: z.string().nullable(),
  supportCount: z.number().int(),
  commentCount: z.number().int(),
  files: z.array(IdeaFile),
  /** What the caller may do now: the buttons a page shows. */
  may: z.object({ edit: z.boolean(), moderate: z.boolean(), assign: z.boolean(), support: z.boolean() }),
  /** The caller supports it / follows it. */
  supported: z.boolean(),
  following: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Idea = z.infer<typeof Idea>;

/** A row of a list (GET /api/ideas, GET /api/ideas/mine). */
export const IdeaListItem = z.object({
  id: Id,
  title: z.string(),
  status: IdeaStatus,
  affair: z.string().nullable(),
  location: z.string().nullable(),
  authorName: z.string(),
  supportCount: z.number().int(),
  commentCount: z.number().int(),
  fileCount: z.number().int(),
  rejectReason: z.string().nullable(),
  unitName: z.string().nullable(),
  innovationId: Id.nullable(),
  createdAt: z.string(),
});
export type IdeaListItem = z.infer<typeof IdeaListItem>;

/** GET /api/ideas/mine — the signed-in account's own ideas in every status, newest first. */
export const MyIdeas = z.object({ items: z.array(IdeaListItem) });
export type MyIdeas = z.infer<typeof MyIdeas>;

const StatusCounts = z.object({ menunggu: z.number().int(), terbit: z.number().int(), ditolak: z.number().int(), ditugaskan: z.number().int() });

/**
 * GET /api/ideas?status=&q=&page=&pageSize= — admins: the region's ideas (oldest waiting first when
 * `status=menunggu`, else newest first), with counts by status (of the search, before the status
 * filter) for the tabs.
 */
export const IdeaListQuery = z.strictObject({
  status: IdeaStatus.optional(),
  q: z.string().trim().max(100).optional(),
  ...PageQuery,
});
export type IdeaListQuery = z.infer<typeof IdeaListQuery>;
export const IdeaList = paginated(IdeaListItem).extend({ counts: StatusCounts });
export type IdeaList = z.infer<typeof IdeaList>;

/**
 * POST /api/ideas/{id}/moderation and POST /api/idea-comments/{id}/moderation — admins of the
 * region: publish or reject (a reason is required to reject: 400 with a field error on `reason`).
 * Audited; the author is notified (and mailed in the daily digest). The same decision twice answers
 * 409 CONFLICT; a different decision on an already decided item also 409. Answers the `Idea` /
 * `IdeaComment`.
 */
export const ModerationInput = z.strictObject({
  decision: z.enum(moderationDecisions),
  reason: optionalText(1000),
});
export type ModerationInput = z.infer<typeof ModerationInput>;

/**
 * POST /api/ideas/{id}/support and DELETE /api/ideas/{id}/support — one support per account on a
 * published idea, never the author's own: 409 CONFLICT worded by `ideas.error.ownIdea`,
 * `ideas.error.notPublished` (the author's own waiting idea; others get 404 for an idea they cannot
 * see) or `ideas.error.supportClosed` (assigned). Both are idempotent and answer the exact count.
 */
export const SupportState = z.object({ supported: z.boolean(), supportCount: z.number().int() });
export type SupportState = z.infer<typeof SupportState>;

/**
 * POST /api/ideas/{id}/comments — a signed-in account comments on a public idea; 201, the comment
 * waits for moderation (`menunggu`) and appears publicly once published.
 */
export const CommentInput = z.strictObject({ body: text(2000) });
export type CommentInput = z.infer<typeof CommentInput>;

export const IdeaComment = z.object({
  id: Id,
  ideaId: Id,
  ideaTitle: z.string(),
  authorName: z.string(),
  body: z.string(),
  status: CommentStatus,
  rejectReason: z.string().nullable(),
  createdAt: z.string(),
  moderatedAt: z.string().nullable(),
});
export type IdeaComment = z.infer<typeof IdeaComment>;

/** GET /api/idea-comments?status=menunggu&page= — admins: the region's comments (oldest first), with counts by status. */
export const IdeaCommentListQuery = z.strictObject({ status: CommentStatus.optional(), ...PageQuery });
export type IdeaCommentListQuery = z.infer<typeof IdeaCommentListQuery>;
export const IdeaCommentList = paginated(IdeaComment).extend({
  counts: z.object({ menunggu: z.number().int(), terbit: z.number().int(), ditolak: z.number().int() }),
});
export type IdeaCommentList = z.infer<typeof IdeaCommentList>;

/**
 * POST /api/ideas/{id}/assignment — admins: a published idea becomes an innovation proposal of
 * `unitId` in the current period (name = the idea's title; goal and benefits from its problem and
 * solution; a lifecycle `proposal` record). The idea turns `ditugaskan` and links both ways; the
 * author, the idea's followers and the unit's operators are notified. Answers the `Idea` (with
 * `innovationId`). Not published (waiting, rejected or already assigned): 409.
 */
export const AssignmentInput = z.strictObject({ unitId: Id });
export type AssignmentInput = z.infer<typeof AssignmentInput>;
