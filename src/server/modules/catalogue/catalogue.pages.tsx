import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Public pages: /inovasi, /inovasi/:slug, /statistik, /data (+ CSV/JSON), /sitemap.xml, /robots.txt. */
export const cataloguePages: FastifyPluginAsyncZod = async () => {};
