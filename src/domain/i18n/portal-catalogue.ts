import type { DeepStrings } from './deep-strings.js';

/** Public portal texts (merged into `portal`: `portal.catalogue` …). Indonesian first; English must have the same keys. */
export const portalCatalogueId = {
  catalogue: { title: 'Katalog inovasi' },
};

export const portalCatalogueEn: DeepStrings<typeof portalCatalogueId> = {
  catalogue: { title: 'Innovation catalogue' },
};
