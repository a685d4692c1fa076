import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';

/** Public pages: /statistik, /data (+ /data/inovasi.csv|json), /sitemap.xml, /robots.txt. */
export const openDataPages: FastifyPluginAsyncZod = async () => {};
