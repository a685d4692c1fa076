import type { DeepStrings } from './deep-strings.js';

/** Portal texts of /lomba and /lomba/<slug> (under `portal.contest`). Indonesian first; English must have the same keys. */
export const portalContestsId = {} as const;

export const portalContestsEn: DeepStrings<typeof portalContestsId> = {};
