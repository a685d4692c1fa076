import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { DecreeInput, ExportJob, LetterSettings, LetterSettingsView, QuotaLettersInput } from '../../../domain/contracts/letters.js';
import { sendAttachment } from '../../lib/http-files.js';
import { withRole } from '../../lib/policy.js';
import { decreeDraft, getLetterSettings, setLetterSettings, startQuotaLetters } from './letters.service.js';

const canWriteLetters = withRole('admin');

export const letterRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, jobs: app.deps.jobs };
  const tags = ['letters'];
  app.get('/letters/settings', { config: { policy: canWriteLetters }, schema: { tags, response: { 200: LetterSettingsView } } }, async (req) => getLetterSettings(db, req.actor!));
  app.put('/letters/settings', { config: { policy: canWriteLetters }, schema: { tags, body: LetterSettings, response: { 200: LetterSettingsView } } }, async (req) =>
    setLetterSettings(db, req.actor!, req.body, req.id),
  );
  // Letters to every unit below quota: a job, followed on /api/exports/:id.
  app.post('/letters/quota', { config: { policy: canWriteLetters }, schema: { tags, body: QuotaLettersInput, response: { 202: ExportJob } } }, async (req, reply) =>
    reply.status(202).send(await startQuotaLetters(deps, req.actor!, req.body)),
  );
  app.post('/letters/decree', { config: { policy: canWriteLetters }, schema: { tags, body: DecreeInput } }, async (req, reply) =>
    sendAttachment(reply, { mime: 'application/pdf', name: 'draf-keputusan-inovasi-daerah.pdf' }, await decreeDraft(deps, req.actor!, req.body, req.id)),
  );
};
