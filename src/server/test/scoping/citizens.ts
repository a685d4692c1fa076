import type { ScopingPart } from '../scoping-parts.js';

/** The citizens routes in the access matrix (see scoping.test.ts for what each flag means). */
export const citizenScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {},
};
