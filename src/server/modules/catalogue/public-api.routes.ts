import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { PublicInnovation, PublicInnovationList, PublicInnovationParams, PublicInnovationQuery, toCatalogueQuery } from '../../../domain/contracts/public-api.js';
import { openDataLicence } from '../../../domain/portal/open-data-columns.js';
import { notFound } from '../../lib/errors.js';
import { anyone } from '../../lib/policy.js';
import { openDataAttribution } from './catalogue.open-data.js';
import { publicInnovation, searchCatalogue } from './catalogue.query.js';

/**
 * The public read-only JSON API (/api/public/...): published innovations for anyone, from any
 * origin (`access-control-allow-origin: *`), 60 requests a minute per address across both
 * routes. The same search and
 * shapes as the /inovasi pages. A 429 carries the app's error shape (lib/errors.ts) and
 * `retry-after`; the CORS header is set in onSend so errors and 429s are readable cross-origin too.
 */
export const publicApiRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const tags = ['public'];
  const config = { policy: anyone };

  // One limit for the whole public API per address (60 a minute), not one per route: a route's
  // own `config.rateLimit` would count list and detail calls separately. The hook is
  // encapsulated in this plugin, so it applies to these routes only.
  app.addHook('onRequest', app.rateLimit({ max: 60, timeWindow: '1 minute' }));
  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('access-control-allow-origin', '*');
    reply.header('access-control-expose-headers', 'retry-after, x-ratelimit-limit, x-ratelimit-remaining, x-ratelimit-reset, x-request-id');
    if (reply.statusCode < 400) reply.header('cache-control', 'public, max-age=60');
    else reply.header('cache-control', 'no-store');
    return payload;
  });

  app.get(
    '/public/innovations',
    { config, schema: { tags, summary: 'Search published innovations (20 a page)', querystring: PublicInnovationQuery, response: { 200: PublicInnovationList } } },
    async (req) => {
      const [result, attribution] = await Promise.all([searchCatalogue(db, toCatalogueQuery(req.query)), openDataAttribution(db)]);
      return { ...result, licence: { name: openDataLicence.name, url: openDataLicence.url, attribution } };
    },
  );

  app.get(
    '/public/innovations/:slug',
    { config, schema: { tags, summary: 'One published innovation by its slug', params: PublicInnovationParams, response: { 200: PublicInnovation } } },
    async (req) => {
      const innovation = await publicInnovation(db, req.params.slug);
      if (!innovation) throw notFound();
      return innovation;
    },
  );
};
