import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: publishing innovations (admin) and the public read-only JSON API (/api/public/...). */
export const catalogueRoutes: FastifyPluginAsyncZod = async () => {};
