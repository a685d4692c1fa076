import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Public pages: /lomba and /lomba/<slug>. */
export const contestPages: FastifyPluginAsyncZod = async () => {};
