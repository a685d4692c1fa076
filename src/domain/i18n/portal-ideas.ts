import type { DeepStrings } from './deep-strings.js';

/** Public portal texts (merged into `portal`: `portal.ideas` …). Indonesian first; English must have the same keys. */
export const portalIdeasId = {
  ideas: { title: 'Bank ide' },
};

export const portalIdeasEn: DeepStrings<typeof portalIdeasId> = {
  ideas: { title: 'Idea bank' },
};
