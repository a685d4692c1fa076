import type { DeepStrings } from './deep-strings.js';

/** App texts of the contest admin pages (under `ui.contestAdmin`). Indonesian first; English must have the same keys. */
export const uiContestsAdminId = {} as const;

export const uiContestsAdminEn: DeepStrings<typeof uiContestsAdminId> = {};
