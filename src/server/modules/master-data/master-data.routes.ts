import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { MasterData, MasterDataQuery, MasterItem, MasterItemInput, MasterItemUpdate } from '../../../domain/contracts/master-data.js';
import { signedIn, withRole } from '../../lib/policy.js';
import { createMasterItem, listMasterData, updateMasterItem } from './master-data.service.js';
import { presentMasterItem } from './master-data.presenter.js';

export const masterDataRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['master-data'];
  const canManage = withRole('admin');

  // Every signed-in role reads the lists: forms and filters show their names.
  app.get('/master-data', { config: { policy: signedIn }, schema: { tags, querystring: MasterDataQuery, response: { 200: MasterData } } }, async (req) => {
    const data = await listMasterData(db, req.actor!.regionId, req.query.periodId);
    return { periodId: data.periodId, items: data.items.map(presentMasterItem) };
  });

  app.post('/master-data', { config: { policy: canManage }, schema: { tags, body: MasterItemInput, response: { 201: MasterItem } } }, async (req, reply) =>
    reply.status(201).send(presentMasterItem(await createMasterItem(db, req.actor!, req.body, req.id))),
  );

  app.patch('/master-data/:id', { config: { policy: canManage }, schema: { tags, params: IdParams, body: MasterItemUpdate, response: { 200: MasterItem } } }, async (req) =>
    presentMasterItem(await updateMasterItem(db, req.actor!, req.params.id, req.body, req.id)),
  );
};
