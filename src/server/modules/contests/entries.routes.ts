import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, Ok } from '../../../domain/contracts/common.js';
import { Entry, EntryCreate, EntryFile, EntryFileParams, EntryFileQuery, EntryUpdate, MyEntries } from '../../../domain/contracts/contests.js';
import { filePart, sendAttachment } from '../../lib/http-files.js';
import { signedIn } from '../../lib/policy.js';
import { addEntryFile, createEntry, ENTRY_FILE_MAX_BYTES, entryFile, getEntry, myEntries, removeEntryFile, submitEntry, updateEntry } from './contests.entries.js';

/** API: entering a contest (citizens and unit operators). */
export const entryRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, env: app.deps.env, mailer: app.deps.mailer };
  const tags = ['contests'];
  // Any account may enter (the service checks the contest's eligibility and, for a unit, the operator's units).
  const entrant = { policy: signedIn };

  app.post('/contests/:id/entries', { config: entrant, schema: { tags, params: IdParams, body: EntryCreate, response: { 201: Entry } } }, async (req, reply) =>
    reply.status(201).send(await createEntry(db, req.actor!, req.params.id, req.body, req.id)),
  );

  app.get('/contest-entries/mine', { config: entrant, schema: { tags, response: { 200: MyEntries } } }, async (req) => myEntries(db, req.actor!));

  app.get('/contest-entries/:id', { config: entrant, schema: { tags, params: IdParams, response: { 200: Entry } } }, async (req) => getEntry(db, req.actor!, req.params.id));

  app.patch('/contest-entries/:id', { config: entrant, schema: { tags, params: IdParams, body: EntryUpdate, response: { 200: Entry } } }, async (req) =>
    updateEntry(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.post('/contest-entries/:id/submit', { config: entrant, schema: { tags, params: IdParams, response: { 200: Entry } } }, async (req) => submitEntry(deps, req.actor!, req.params.id, req.id));

  app.post(
    '/contest-entries/:id/files',
    { config: entrant, schema: { tags, params: IdParams, querystring: EntryFileQuery, consumes: ['multipart/form-data'], response: { 201: EntryFile } } },
    async (req, reply) => {
      const part = await filePart(req, ENTRY_FILE_MAX_BYTES);
      return reply.status(201).send(await addEntryFile(deps, req.actor!, req.params.id, req.query.field, { stream: part.file, fileName: part.filename }, req.id));
    },
  );

  app.get('/contest-entries/:id/files/:fileId', { config: entrant, schema: { tags, params: EntryFileParams } }, async (req, reply) => {
    const { file, name } = await entryFile(db, req.actor!, req.params.id, req.params.fileId);
    return sendAttachment(reply, { mime: file.mime, name, size: file.size }, await deps.storage.get(file.storageKey));
  });

  app.delete('/contest-entries/:id/files/:fileId', { config: entrant, schema: { tags, params: EntryFileParams, response: { 200: Ok } } }, async (req) => {
    await removeEntryFile(db, req.actor!, req.params.id, req.params.fileId, req.id);
    return { ok: true as const };
  });
};
