import type { DeepStrings } from './deep-strings.js';

/** Web texts of the innovation lab and action plans (merged into `ui`: `ui.lab`). Indonesian first; English must have the same keys. */
export const uiLabId = {
  lab: { title: 'Laboratorium Inovasi' },
};

export const uiLabEn: DeepStrings<typeof uiLabId> = {
  lab: { title: 'Innovation lab' },
};
