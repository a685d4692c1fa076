import { z } from 'zod';
import { ideaNotificationKinds } from '../ideas/ideas.js';
import { labNotificationKinds } from '../lab/plans.js';
import { checklistItems, indicatorReviewStates, reviewActions, reviewStates } from '../review/workflow.js';
import { Id } from './common.js';

// The review before the national report (issue 5). Custom issue messages are i18n keys under `validation.`.

export const ReviewState = z.enum(reviewStates);
export const ReviewAction = z.enum(reviewActions);
export const IndicatorReviewState = z.enum(indicatorReviewStates);

const note = z.string().trim().max(2000).nullable().optional();

/** The mentor's verdict on one indicator's evidence: a return needs a note saying what to fix. */
export const IndicatorReviewInput = z
  .strictObject({ decision: z.enum(['accepted', 'returned']), note })
  .refine((v) => v.decision === 'accepted' || !!v.note?.trim(), { path: ['note'], message: 'returnNoteRequired' });
export type IndicatorReviewInput = z.infer<typeof IndicatorReviewInput>;

/** A transition of the innovation. `reportedOn` only for `markReported` (default: today in the region's zone). */
export const ReviewActionInput = z.strictObject({
  action: ReviewAction,
  note,
  reportedOn: z.iso.date().optional(),
});
export type ReviewActionInput = z.infer<typeof ReviewActionInput>;

export const IndicatorReview = z.object({
  code: z.string(),
  review: IndicatorReviewState,
  note: z.string().nullable(),
  reviewerName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
});
export type IndicatorReview = z.infer<typeof IndicatorReview>;

export const ReviewEntry = z.object({
  id: Id,
  action: ReviewAction.or(z.enum(['indicatorAccepted', 'indicatorReturned', 'indicatorReset'])),
  code: z.string().nullable(),
  from: ReviewState.nullable(),
  to: ReviewState.nullable(),
  actorName: z.string().nullable(),
  note: z.string().nullable(),
  at: z.string(),
});
export type ReviewEntry = z.infer<typeof ReviewEntry>;

export const ChecklistEntry = z.object({ item: z.enum(checklistItems), ok: z.boolean(), detail: z.string().optional() });

export const ReviewDetail = z.object({
  innovationId: Id,
  state: ReviewState,
  since: z.string().nullable(),
  reportedOn: z.string().nullable(),
  reportedByName: z.string().nullable(),
  indicators: z.array(IndicatorReview),
  /** What this actor may do now (the server still checks the guards). */
  actions: z.array(ReviewAction),
  /** May this actor accept or return indicators now. */
  mayReviewIndicators: z.boolean(),
  /** The ready-to-report checklist, once the unit head signed off. */
  checklist: z.array(ChecklistEntry).nullable(),
  timeline: z.array(ReviewEntry),
});
export type ReviewDetail = z.infer<typeof ReviewDetail>;

export const ReviewParams = z.strictObject({ id: Id, code: z.string().min(1).max(20) });

// ---------------------------------------------------------------- the mentor's inbox

export const InboxItem = z.object({
  innovationId: Id,
  name: z.string(),
  unitId: Id,
  unitName: z.string(),
  state: ReviewState,
  since: z.string(),
  /** Whole days the item has waited in its state. */
  ageDays: z.number().int(),
  pendingIndicators: z.number().int(),
  returnedIndicators: z.number().int(),
});
export type InboxItem = z.infer<typeof InboxItem>;
export const Inbox = z.object({ items: z.array(InboxItem) });
export type Inbox = z.infer<typeof Inbox>;

export const MentorStatsRow = z.object({
  mentorId: Id,
  name: z.string(),
  units: z.number().int(),
  waiting: z.number().int(),
  reviews: z.number().int(),
  returns: z.number().int(),
  returnRate: z.number(),
  medianTurnaroundHours: z.number().nullable(),
});
export type MentorStatsRow = z.infer<typeof MentorStatsRow>;
export const MentorStatsList = z.object({ items: z.array(MentorStatsRow) });
export type MentorStatsList = z.infer<typeof MentorStatsList>;

// ---------------------------------------------------------------- notifications

/** Contests (issue 7): the entrant's receipt and the administrative selection's decision. */
const contestNotificationKinds = ['contests.entrySubmitted', 'contests.entryPassed', 'contests.entryFailed'] as const;
/** Contests' results (issue 7, judging): every entrant whose entry passed the selection is told when the results are published. */
const judgingNotificationKinds = ['judging.results'] as const;
export const notificationKinds = ['review.submitted', 'review.returned', 'review.verified', 'review.signedOff', 'review.ready', 'review.reported', 'review.reopened', 'review.backToReview', 'reminder.quota', 'reminder.reviews', ...ideaNotificationKinds, ...labNotificationKinds, ...contestNotificationKinds, ...judgingNotificationKinds] as const;
export const Notification = z.object({
  id: Id,
  kind: z.enum(notificationKinds),
  /** Rendered in the reader's language. */
  text: z.string(),
  link: z.string().nullable(),
  createdAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;
export const NotificationList = z.object({ items: z.array(Notification), unread: z.number().int() });
export type NotificationList = z.infer<typeof NotificationList>;
export const NotificationsRead = z.strictObject({ ids: z.array(Id).max(500).optional() });
