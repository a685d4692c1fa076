import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { publicApiRoutes } from './public-api.routes.js';

/** API: publishing innovations (admin); the public read-only API lives in public-api.routes. */
export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(publicApiRoutes);
};
