import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { Contest, ContestCreate, ContestList, ContestUpdate, Entry, EntryList, EntryListQuery, SelectionInput } from '../../../domain/contracts/contests.js';
import { withRole } from '../../lib/policy.js';
import { listEntries, selectEntry } from './contests.entries.js';
import { createContest, getContest, listContests, publishContest, updateContest } from './contests.service.js';

/** The region's admins set contests up and run the administrative selection. */
const canRunContests = withRole('admin');

/** API: contest setup (admin), the administrative selection and the public contest reads. */
export const contestRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, env: app.deps.env, mailer: app.deps.mailer };
  const tags = ['contests'];
  const admin = { policy: canRunContests };

  app.get('/contests', { config: admin, schema: { tags, response: { 200: ContestList } } }, async (req) => listContests(db, req.actor!));

  app.post('/contests', { config: admin, schema: { tags, body: ContestCreate, response: { 201: Contest } } }, async (req, reply) =>
    reply.status(201).send(await createContest(db, req.actor!, req.body, req.id)),
  );

  app.get('/contests/:id', { config: admin, schema: { tags, params: IdParams, response: { 200: Contest } } }, async (req) => getContest(db, req.actor!, req.params.id));

  app.patch('/contests/:id', { config: admin, schema: { tags, params: IdParams, body: ContestUpdate, response: { 200: Contest } } }, async (req) =>
    updateContest(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.post('/contests/:id/publish', { config: admin, schema: { tags, params: IdParams, response: { 200: Contest } } }, async (req) => publishContest(db, req.actor!, req.params.id, req.id));

  app.get('/contests/:id/entries', { config: admin, schema: { tags, params: IdParams, querystring: EntryListQuery, response: { 200: EntryList } } }, async (req) =>
    listEntries(db, req.actor!, req.params.id, req.query),
  );

  app.post('/contest-entries/:id/selection', { config: admin, schema: { tags, params: IdParams, body: SelectionInput, response: { 200: Entry } } }, async (req) =>
    selectEntry(deps, req.actor!, req.params.id, req.body, req.id),
  );
};
