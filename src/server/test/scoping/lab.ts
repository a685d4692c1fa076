import type { ScopingPart } from '../scoping-parts.js';

/** The lab routes in the access matrix (see scoping.test.ts for what each flag means). */
export const labScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {},
};
