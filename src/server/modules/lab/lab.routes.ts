import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: innovation lab cohorts and action plans. */
export const labRoutes: FastifyPluginAsyncZod = async () => {};
