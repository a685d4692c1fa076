import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { openDataPages } from './open-data.pages.js';

/** Public pages: /inovasi, /inovasi/:slug; open data, statistics, sitemap and robots come from open-data.pages. */
export const cataloguePages: FastifyPluginAsyncZod = async (app) => {
  await app.register(openDataPages);
};
