import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Public pages: /pengumuman/:slug, /pengumuman/rss.xml. */
export const announcementPages: FastifyPluginAsyncZod = async () => {};
