import { innovationPath } from '../../innovations/api/keys.js';

/**
 * Query keys of the review. One innovation's review lives under the registry's key, so anything
 * that refreshes an innovation (`innovationsKey`) can also reach its review.
 */
export const reviewKey = (id: string) => ['innovations', 'review', id] as const;
export const reviewPath = (id: string) => `${innovationPath(id)}/review`;
export const inboxKey = ['review', 'inbox'] as const;
export const mentorStatsKey = ['review', 'mentors'] as const;
export const notificationsKey = ['notifications'] as const;
