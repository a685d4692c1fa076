import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { ExportJob, ReportInput } from '../../../domain/contracts/letters.js';
import { withRole } from '../../lib/policy.js';
import { startExport } from '../exports/exports.service.js';
import { canReadInnovations } from '../innovations/innovations.policy.js';
import { sendAttachment } from '../../lib/http-files.js';
import { evidenceZip, innovationDossier } from './innovation-files.js';

/** Region-wide reports are for the regional body and leadership; an innovation's files for whoever may read it. */
const canReport = withRole('admin', 'pimpinan');

export const reportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, jobs: app.deps.jobs };
  const tags = ['reports'];
  app.post('/reports', { config: { policy: canReport }, schema: { tags, body: ReportInput, response: { 202: ExportJob } } }, async (req, reply) =>
    reply.status(202).send(await startExport(deps, req.actor!, req.body.kind, req.body)),
  );
  app.get('/innovations/:id/dossier.pdf', { config: { policy: canReadInnovations }, schema: { tags, params: IdParams } }, async (req, reply) => {
    const { pdf, fileName } = await innovationDossier(deps, req.actor!, req.params.id, req.id);
    return sendAttachment(reply, { mime: 'application/pdf', name: fileName, size: pdf.length }, pdf);
  });
  app.get('/innovations/:id/evidence.zip', { config: { policy: canReadInnovations }, schema: { tags, params: IdParams } }, async (req, reply) => {
    const { stream, fileName } = await evidenceZip(deps, req.actor!, req.params.id, req.id);
    return sendAttachment(reply, { mime: 'application/zip', name: fileName }, stream);
  });
};
