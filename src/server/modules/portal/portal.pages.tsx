import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Public pages: / (home), /lomba, /bahasa (language switch). */
export const portalPages: FastifyPluginAsyncZod = async () => {};
