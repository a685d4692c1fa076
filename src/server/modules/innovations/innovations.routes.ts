import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import {
  AnswerInput,
  CarryOverInput,
  EvidenceLinkInput,
  EvidenceParams,
  FileParams,
  FileRef,
  History,
  ImportModeQuery,
  IndicatorParams,
  InnovationCreate,
  InnovationDetail,
  InnovationImportReport,
  InnovationList,
  InnovationListQuery,
  InnovationUpdate,
  LifecycleInput,
  RegistryReport,
  RegistryReportQuery,
} from '../../../domain/contracts/innovations.js';
import { filePart, letterFieldsOf, sendAttachment } from '../../lib/http-files.js';
import { carryOver, history } from './innovations.carry-over.js';
import { addEvidenceFile, addEvidenceLink, answerIndicator, innovationFile, removeEvidence, storeInnovationFile, uploadRules } from './innovations.evidence.js';
import { exportSheet, importInnovations, importTemplate } from './innovations.import.js';
import { recordStep } from './innovations.lifecycle.js';
import { registryReport } from './innovations.report.js';
import { canSimulate } from '../periods/periods.policy.js';
import { canImportInnovations, canReadInnovations, canWriteInnovations } from './innovations.policy.js';
import { presentFile } from './innovations.presenter.js';
import { createInnovation, getInnovation, listInnovations, updateInnovation } from './innovations.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const IMPORT_MAX_BYTES = 10 * 1024 * 1024;

export const innovationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, env: app.deps.env };
  const tags = ['innovations'];
  const rules = uploadRules(app.deps.env);

  const sendFile = async (reply: FastifyReply, file: { mime: string; originalName: string; size: number; storageKey: string }) =>
    sendAttachment(reply, { mime: file.mime, name: file.originalName, size: file.size }, await deps.storage.get(file.storageKey));

  app.get('/innovations', { config: { policy: canReadInnovations }, schema: { tags, querystring: InnovationListQuery, response: { 200: InnovationList } } }, async (req) =>
    listInnovations(db, req.actor!, req.query),
  );

  app.get('/innovations/export.xlsx', { config: { policy: canReadInnovations }, schema: { tags, querystring: InnovationListQuery } }, async (req, reply) =>
    reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="inovasi.xlsx"').send(await exportSheet(db, req.actor!, req.query)),
  );

  app.get('/innovations/import/template.xlsx', { config: { policy: canImportInnovations }, schema: { tags } }, async (_req, reply) =>
    reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="templat-inovasi.xlsx"').send(await importTemplate()),
  );

  app.post(
    '/innovations/import',
    { config: { policy: canImportInnovations }, schema: { tags, consumes: ['multipart/form-data'], querystring: ImportModeQuery, response: { 200: InnovationImportReport } } },
    async (req) => {
      const buf = await (await filePart(req, IMPORT_MAX_BYTES)).toBuffer();
      return importInnovations(db, req.actor!, buf, { dryRun: req.query.dryRun === 'true', t: req.t, requestId: req.id });
    },
  );

  // The simulator's working set: who may open the simulator may read it (scoped to their units).
  app.get('/iid/registry', { config: { policy: canSimulate }, schema: { tags: ['iid'], querystring: RegistryReportQuery, response: { 200: RegistryReport } } }, async (req) =>
    registryReport(db, req.actor!, req.query.periodId),
  );

  app.post('/innovations', { config: { policy: canWriteInnovations }, schema: { tags, body: InnovationCreate, response: { 201: InnovationDetail } } }, async (req, reply) =>
    reply.status(201).send(await createInnovation(db, req.actor!, req.body, req.id)),
  );

  app.get('/innovations/:id', { config: { policy: canReadInnovations }, schema: { tags, params: IdParams, response: { 200: InnovationDetail } } }, async (req) =>
    getInnovation(db, req.actor!, req.params.id),
  );

  app.patch('/innovations/:id', { config: { policy: canWriteInnovations }, schema: { tags, params: IdParams, body: InnovationUpdate, response: { 200: InnovationDetail } } }, async (req) =>
    updateInnovation(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.post('/innovations/:id/lifecycle', { config: { policy: canReadInnovations }, schema: { tags, params: IdParams, body: LifecycleInput, response: { 200: InnovationDetail } } }, async (req) =>
    recordStep(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.put('/innovations/:id/indicators/:code', { config: { policy: canWriteInnovations }, schema: { tags, params: IndicatorParams, body: AnswerInput, response: { 200: InnovationDetail } } }, async (req) =>
    answerIndicator(db, req.actor!, req.params.id, req.params.code, req.body, req.id),
  );

  app.post(
    '/innovations/:id/indicators/:code/evidence',
    { config: { policy: canWriteInnovations }, schema: { tags, params: IndicatorParams, consumes: ['multipart/form-data'], response: { 200: InnovationDetail } } },
    async (req) => {
      // Letter fields arrive before the file part.
      const part = await filePart(req, rules.streamLimit);
      return addEvidenceFile(deps, req.actor!, req.params.id, req.params.code, { stream: part.file, fileName: part.filename, fields: letterFieldsOf(part) }, req.id);
    },
  );

  app.post('/innovations/:id/indicators/:code/links', { config: { policy: canWriteInnovations }, schema: { tags, params: IndicatorParams, body: EvidenceLinkInput, response: { 200: InnovationDetail } } }, async (req) =>
    addEvidenceLink(db, req.actor!, req.params.id, req.params.code, req.body, req.id),
  );

  app.delete('/innovations/:id/evidence/:evidenceId', { config: { policy: canWriteInnovations }, schema: { tags, params: EvidenceParams, response: { 200: InnovationDetail } } }, async (req) =>
    removeEvidence(db, req.actor!, req.params.id, req.params.evidenceId, req.id),
  );

  app.get('/innovations/:id/evidence/:evidenceId/file', { config: { policy: canReadInnovations }, schema: { tags, params: EvidenceParams } }, async (req, reply) =>
    sendFile(reply, await innovationFile(db, req.actor!, req.params.id, { evidenceId: req.params.evidenceId })),
  );

  app.post('/innovations/:id/files', { config: { policy: canWriteInnovations }, schema: { tags, params: IdParams, consumes: ['multipart/form-data'], response: { 201: FileRef } } }, async (req, reply) => {
    const part = await filePart(req, rules.streamLimit);
    const file = await storeInnovationFile(deps, req.actor!, req.params.id, { stream: part.file, fileName: part.filename });
    return reply.status(201).send(presentFile(file)!);
  });

  app.get('/innovations/:id/files/:fileId', { config: { policy: canReadInnovations }, schema: { tags, params: FileParams } }, async (req, reply) =>
    sendFile(reply, await innovationFile(db, req.actor!, req.params.id, { fileId: req.params.fileId })),
  );

  app.get('/innovations/:id/history', { config: { policy: canReadInnovations }, schema: { tags, params: IdParams, response: { 200: History } } }, async (req) =>
    history(db, req.actor!, req.params.id),
  );

  app.post('/innovations/:id/carry-over', { config: { policy: canWriteInnovations }, schema: { tags, params: IdParams, body: CarryOverInput, response: { 201: InnovationDetail } } }, async (req, reply) =>
    reply.status(201).send(await carryOver(db, req.actor!, req.params.id, req.body.note, req.id)),
  );
};
