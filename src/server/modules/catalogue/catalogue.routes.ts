import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { Publication, PublicationInput } from '../../../domain/contracts/catalogue.js';
import { withRole } from '../../lib/policy.js';
import { canReadInnovations } from '../innovations/innovations.policy.js';
import { getPublication, setPublication } from './catalogue.service.js';
import { publicApiRoutes } from './public-api.routes.js';

/** Only the region's admin decides what the public sees. */
const canPublish = withRole('admin');

/** API: publishing innovations (admin); the public read-only API lives in public-api.routes. */
export const catalogueRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const publicUrl = app.deps.env.publicUrl;
  const tags = ['catalogue'];

  app.get('/innovations/:id/publication', { config: { policy: canReadInnovations }, schema: { tags, params: IdParams, response: { 200: Publication } } }, async (req) =>
    getPublication(db, req.actor!, req.params.id, publicUrl),
  );
  app.put('/innovations/:id/publication', { config: { policy: canPublish }, schema: { tags, params: IdParams, body: PublicationInput, response: { 200: Publication } } }, async (req) =>
    setPublication(db, req.actor!, req.params.id, req.body.published, req.id, publicUrl),
  );

  await app.register(publicApiRoutes);
};
