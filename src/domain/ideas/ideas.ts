import { hasAnyRole, type Role } from '../roles.js';

/**
 * The idea bank's rules (issue 6, domain §9): an idea waits for moderation (`menunggu`), is then
 * published (`terbit`) or rejected (`ditolak`); a published idea may be assigned to a unit
 * (`ditugaskan`), which turns it into an innovation proposal. Comments wait for moderation too.
 */
export const ideaStatuses = ['menunggu', 'terbit', 'ditolak', 'ditugaskan'] as const;
export type IdeaStatus = (typeof ideaStatuses)[number];

export const commentStatuses = ['menunggu', 'terbit', 'ditolak'] as const;
export type CommentStatus = (typeof commentStatuses)[number];

export const moderationDecisions = ['publish', 'reject'] as const;
export type ModerationDecision = (typeof moderationDecisions)[number];

/** Statuses anyone may see (the public pages show these); the others only the author and admins. */
export const publicIdeaStatuses: readonly IdeaStatus[] = ['terbit', 'ditugaskan'];
export const isPublicIdea = (status: string): boolean => publicIdeaStatuses.includes(status as IdeaStatus);

/** Who follows what: an innovation (published in the catalogue) or an idea (published). */
export const followSubjects = ['innovation', 'idea'] as const;
export type FollowSubject = (typeof followSubjects)[number];

export const IDEA_FILE_MAX_BYTES = 5 * 1024 * 1024;
export const IDEA_FILES_MAX = 5;
export const ideaFileTypes = ['application/pdf', 'image/jpeg', 'image/png'] as const;

const decisionTarget: Record<ModerationDecision, IdeaStatus & CommentStatus> = { publish: 'terbit', reject: 'ditolak' };

/** The allowed moves of an idea; everything else is refused. */
const ideaMoves: Record<IdeaStatus, readonly IdeaStatus[]> = {
  menunggu: ['terbit', 'ditolak'],
  terbit: ['ditugaskan'],
  ditolak: [],
  ditugaskan: [],
};

export function mayMoveIdea(from: IdeaStatus, to: IdeaStatus): boolean {
  return ideaMoves[from].includes(to);
}

/**
 * The outcome of a moderation decision on an idea or a comment in `from`:
 * - `apply` with the new status;
 * - `same` when the item already carries exactly this decision (a double submit: answered 409);
 * - `refused` when the item was decided otherwise or has moved on;
 * - `reasonRequired` when rejecting without a reason (the author must be told why).
 */
export type ModerationOutcome = { kind: 'apply'; to: 'terbit' | 'ditolak' } | { kind: 'same' } | { kind: 'refused' } | { kind: 'reasonRequired' };

export function moderate(from: string, decision: ModerationDecision, reason: string | null | undefined): ModerationOutcome {
  if (decision === 'reject' && !(reason ?? '').trim()) return { kind: 'reasonRequired' };
  const to = decisionTarget[decision];
  if (from === to) return { kind: 'same' };
  if (from !== 'menunggu') return { kind: 'refused' };
  return { kind: 'apply', to: to as 'terbit' | 'ditolak' };
}

type Who = { userId: string; roles: readonly Role[] };
type IdeaFacts = { authorId: string; status: string };

export const isModerator = (who: Pick<Who, 'roles'>): boolean => hasAnyRole(who.roles, ['admin']);

/** The author may edit an idea and add or remove its files while it waits for moderation. */
export const mayEditIdea = (who: Who, idea: IdeaFacts): boolean => idea.authorId === who.userId && idea.status === 'menunggu';

/** Author and admins read an idea in any status; everyone else only once it is public. */
export const mayReadIdea = (who: Who | null, idea: IdeaFacts): boolean =>
  isPublicIdea(idea.status) || (!!who && (who.userId === idea.authorId || isModerator(who)));

export type SupportRefusal = 'notPublished' | 'supportClosed' | 'ownIdea' | null;

/** Support counts only on a published idea (closed once it is assigned) and never from its own author. */
export function supportRefusal(who: Who, idea: IdeaFacts): SupportRefusal {
  if (idea.status === 'ditugaskan') return 'supportClosed';
  if (idea.status !== 'terbit') return 'notPublished';
  if (idea.authorId === who.userId) return 'ownIdea';
  return null;
}

/** Comments are taken on public ideas (a published or assigned idea still gathers views). */
export const mayComment = (idea: IdeaFacts): boolean => isPublicIdea(idea.status);

/** Only a published idea, not yet assigned, can become an innovation proposal. */
export const mayAssign = (idea: IdeaFacts): boolean => mayMoveIdea(idea.status as IdeaStatus, 'ditugaskan');

/**
 * The initiator code of the proposal made from an idea: a citizen's idea is the community's
 * (`masyarakat`); a staff member's is a civil servant's (`asn`) — codes of the initiator master list.
 */
export function initiatorOf(authorRoles: readonly Role[]): 'masyarakat' | 'asn' {
  return authorRoles.some((r) => r !== 'masyarakat') ? 'asn' : 'masyarakat';
}

/** Notification kinds of the idea bank and of follows; each has its text at `notification.<kind>`. */
export const ideaNotificationKinds = [
  'ideas.published',
  'ideas.rejected',
  'ideas.assigned',
  'ideas.proposal',
  'ideas.commentPublished',
  'ideas.commentRejected',
  'follow.ideaPublished',
  'follow.ideaAssigned',
  'follow.innovationStage',
  'follow.innovationUpdated',
] as const;
export type IdeaNotificationKind = (typeof ideaNotificationKinds)[number];
