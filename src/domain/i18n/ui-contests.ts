import type { DeepStrings } from './deep-strings.js';

/** App texts of the entrant and judge pages (under `ui.contestEntry` and `ui.judging`). Indonesian first; English must have the same keys. */
export const uiContestsId = {} as const;

export const uiContestsEn: DeepStrings<typeof uiContestsId> = {};
