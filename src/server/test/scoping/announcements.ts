import type { ScopingPart } from '../scoping-parts.js';

/** The announcements routes in the access matrix (see scoping.test.ts for what each flag means). */
export const announcementScoping: ScopingPart = {
  seed: async () => ({ ids: {} }),
  rows: {},
};
