import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: the public read-only JSON API of published innovations (/api/public/...), rate-limited. */
export const publicApiRoutes: FastifyPluginAsyncZod = async () => {};
