import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { ExportJob, ExportJobList } from '../../../domain/contracts/letters.js';
import { signedIn } from '../../lib/policy.js';
import { sendAttachment } from '../../lib/http-files.js';
import { exportFile, findExport, listExports, presentExport } from './exports.service.js';

/** Everyone follows and downloads only the exports they asked for. */
export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const tags = ['exports'];
  app.get('/exports', { config: { policy: signedIn }, schema: { tags, response: { 200: ExportJobList } } }, async (req) => listExports(db, req.actor!));
  app.get('/exports/:id', { config: { policy: signedIn }, schema: { tags, params: IdParams, response: { 200: ExportJob } } }, async (req) => presentExport(await findExport(db, req.actor!, req.params.id)));
  app.get('/exports/:id/file', { config: { policy: signedIn }, schema: { tags, params: IdParams } }, async (req, reply) => {
    const { row, stream } = await exportFile({ db, storage: app.deps.storage }, req.actor!, req.params.id);
    return sendAttachment(reply, { mime: row.mime ?? 'application/octet-stream', name: row.fileName ?? 'ekspor', size: row.size }, stream);
  });
};
