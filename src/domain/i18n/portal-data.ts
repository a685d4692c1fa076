import type { DeepStrings } from './deep-strings.js';

/** Public portal texts (merged into `portal`: `portal.openData` …). Indonesian first; English must have the same keys. */
export const portalDataId = {
  openData: { title: 'Data terbuka' },
};

export const portalDataEn: DeepStrings<typeof portalDataId> = {
  openData: { title: 'Open data' },
};
