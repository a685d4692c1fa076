import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: citizen self-registration, e-mail verification, follows. */
export const citizenRoutes: FastifyPluginAsyncZod = async () => {};
