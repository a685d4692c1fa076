import type { ScopingPart } from '../scoping-parts.js';

/**
 * The citizens routes in the access matrix (see scoping.test.ts for what each flag means). Region
 * A is the first region, so the portal's: registration and the privacy notice speak for it by
 * design. Follows touch only the caller's own rows; following A's idea (seeded by the ideas part)
 * is refused to region B.
 */
export const citizenScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {
    'GET /api/citizens/privacy': { public: true, publicData: true, call: () => ({ method: 'GET', url: '/api/citizens/privacy' }) },
    'POST /api/citizens/register': {
      public: true,
      // An @alfa.test address: region A's outbox must only ever hold mail to A's people.
      call: () => ({ method: 'POST', url: '/api/citizens/register', body: { name: 'Warga Baru', email: 'warga-baru@alfa.test', password: 'kata-sandi-warga-1', acceptPrivacy: true } }),
    },
    'POST /api/citizens/verify': { public: true, call: () => ({ method: 'POST', url: '/api/citizens/verify', body: { token: 'x'.repeat(43) } }) },
    'POST /api/citizens/resend-verification': {
      public: true,
      call: (ids) => ({ method: 'POST', url: '/api/citizens/resend-verification', body: { email: ids.operatorAEmail } }),
    },
    'GET /api/follows': { call: () => ({ method: 'GET', url: '/api/follows' }) },
    'POST /api/follows': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: '/api/follows', body: { subject: 'idea', subjectId: ids.ideaA } }) },
    'DELETE /api/follows/{subject}/{subjectId}': { call: (ids) => ({ method: 'DELETE', url: `/api/follows/idea/${ids.ideaA}` }) },
  },
};
