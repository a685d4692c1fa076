import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: the idea bank (submit, moderate, support, comment, assign). */
export const ideaRoutes: FastifyPluginAsyncZod = async () => {};
