import type { ScopingPart } from '../scoping-parts.js';

/**
 * The catalogue routes in the access matrix (see scoping.test.ts for what each flag means). They
 * act on the base innovation A, which stays unpublished: region B's admin may neither read nor
 * change its publication.
 */
export const catalogueScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {
    'GET /api/innovations/{id}/publication': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/innovations/${ids.innovationA}/publication` }) },
    'PUT /api/innovations/{id}/publication': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'PUT', url: `/api/innovations/${ids.innovationA}/publication`, body: { published: true } }),
    },
  },
};
