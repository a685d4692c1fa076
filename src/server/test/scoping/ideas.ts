import type { ScopingPart } from '../scoping-parts.js';

/** The ideas routes in the access matrix (see scoping.test.ts for what each flag means). */
export const ideaScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {},
};
