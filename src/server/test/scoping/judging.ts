import type { ScopingPart } from '../scoping-parts.js';

/** The panel, judging and results routes in the access matrix. */
export const judgingScoping: ScopingPart = { seed: async () => ({ ids: {} }), rows: {} };
