import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: panels, assignment, judging, results, certificates and the score export. */
export const judgingRoutes: FastifyPluginAsyncZod = async () => {};
