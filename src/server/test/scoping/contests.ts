import type { ScopingPart } from '../scoping-parts.js';

/** The contest setup, entry and selection routes in the access matrix. */
export const contestScoping: ScopingPart = { seed: async () => ({ ids: {} }), rows: {} };
