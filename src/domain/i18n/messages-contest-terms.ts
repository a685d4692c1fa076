import type { DeepStrings } from './deep-strings.js';

/**
 * The contests' shared vocabulary (top-level `contestTerms`: kinds, statuses, round kinds, conflict
 * types … as labels) used by the portal, the admin, entrant and judge pages alike, and the domain
 * rules' validation messages (`validation.contests.*`). Indonesian first; English must have the same keys.
 */
export const messagesContestTermsId = {} as const;

export const messagesContestTermsEn: DeepStrings<typeof messagesContestTermsId> = {};
