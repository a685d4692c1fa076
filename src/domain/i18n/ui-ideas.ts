import type { DeepStrings } from './deep-strings.js';

/** Web texts of citizen accounts and the idea bank (merged into `ui`: `ui.citizen`, `ui.ideas`). Indonesian first; English must have the same keys. */
export const uiIdeasId = {
  ideas: { title: 'Bank Ide' },
};

export const uiIdeasEn: DeepStrings<typeof uiIdeasId> = {
  ideas: { title: 'Idea bank' },
};
