import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: entering a contest (citizens and unit operators). */
export const entryRoutes: FastifyPluginAsyncZod = async () => {};
