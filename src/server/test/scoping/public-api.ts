import type { ScopingPart } from '../scoping-parts.js';

/**
 * The public read-only API in the access matrix (see scoping.test.ts for what each flag means).
 * Anyone may call it and it serves every region's published innovations by design (`publicData`);
 * region A publishes nothing in the matrix's seed, so A's markers must not appear anyway.
 */
export const publicApiScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {
    'GET /api/public/innovations': { public: true, publicData: true, call: () => ({ method: 'GET', url: '/api/public/innovations?q=alfa&page=1' }) },
    'GET /api/public/innovations/{slug}': { public: true, publicData: true, call: () => ({ method: 'GET', url: '/api/public/innovations/inovasi-alfa-rahasia' }) },
  },
};
