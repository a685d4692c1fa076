import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Public pages: /ide, /ide/:id. */
export const ideaPages: FastifyPluginAsyncZod = async () => {};
