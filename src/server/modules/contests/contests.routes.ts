import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** API: contest setup (admin), the administrative selection and the public contest reads. */
export const contestRoutes: FastifyPluginAsyncZod = async () => {};
