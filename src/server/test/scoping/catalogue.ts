import type { ScopingPart } from '../scoping-parts.js';

/** The catalogue routes in the access matrix (see scoping.test.ts for what each flag means). */
export const catalogueScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {},
};
