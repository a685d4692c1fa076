import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: announcements (admin). */
export const announcementRoutes: FastifyPluginAsyncZod = async () => {};
