import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { EvidenceLinkInput } from '../../../domain/contracts/innovations.js';
import { RegionAnswerInput, RegionAspect, RegionEvidenceParams, RegionIndicatorParams } from '../../../domain/contracts/region-aspect.js';
import { IndicatorReviewInput } from '../../../domain/contracts/review.js';
import { withRole } from '../../lib/policy.js';
import { uploadRules } from '../innovations/innovations.evidence.js';
import { filePart, letterFieldsOf, sendAttachment } from '../../lib/http-files.js';
import {
  addRegionEvidenceFile,
  addRegionEvidenceLink,
  answerRegionIndicator,
  getRegionAspect,
  regionEvidenceFile,
  removeRegionEvidence,
  reviewRegionIndicator,
} from './region-aspect.service.js';

/** The admin answers; mentors and the assessment team review; leadership reads. */
const canRead = withRole('admin', 'pendamping', 'tim_penilai', 'pimpinan');
const canAnswer = withRole('admin');
const canReview = withRole('pendamping', 'tim_penilai');

export const regionAspectRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, env: app.deps.env };
  const tags = ['region-aspect'];
  const rules = uploadRules(app.deps.env);
  const base = '/periods/:id/region-aspect';

  app.get(base, { config: { policy: canRead }, schema: { tags, params: IdParams, response: { 200: RegionAspect } } }, async (req) => getRegionAspect(db, req.actor!, req.params.id));
  app.put(`${base}/:code`, { config: { policy: canAnswer }, schema: { tags, params: RegionIndicatorParams, body: RegionAnswerInput, response: { 200: RegionAspect } } }, async (req) =>
    answerRegionIndicator(db, req.actor!, req.params.id, req.params.code, req.body.option, req.id),
  );
  app.post(`${base}/:code/evidence`, { config: { policy: canAnswer }, schema: { tags, params: RegionIndicatorParams, consumes: ['multipart/form-data'], response: { 200: RegionAspect } } }, async (req) => {
    const part = await filePart(req, rules.streamLimit);
    return addRegionEvidenceFile(deps, req.actor!, req.params.id, req.params.code, { stream: part.file, fileName: part.filename, fields: letterFieldsOf(part) }, req.id);
  });
  app.post(`${base}/:code/links`, { config: { policy: canAnswer }, schema: { tags, params: RegionIndicatorParams, body: EvidenceLinkInput, response: { 200: RegionAspect } } }, async (req) =>
    addRegionEvidenceLink(db, req.actor!, req.params.id, req.params.code, req.body, req.id),
  );
  app.put(`${base}/:code/review`, { config: { policy: canReview }, schema: { tags, params: RegionIndicatorParams, body: IndicatorReviewInput, response: { 200: RegionAspect } } }, async (req) =>
    reviewRegionIndicator(db, req.actor!, req.params.id, req.params.code, req.body, req.id),
  );
  app.delete(`${base}/evidence/:evidenceId`, { config: { policy: canAnswer }, schema: { tags, params: RegionEvidenceParams, response: { 200: RegionAspect } } }, async (req) =>
    removeRegionEvidence(db, req.actor!, req.params.id, req.params.evidenceId, req.id),
  );
  app.get(`${base}/evidence/:evidenceId/file`, { config: { policy: canRead }, schema: { tags, params: RegionEvidenceParams } }, async (req, reply) => {
    const file = await regionEvidenceFile(db, req.actor!, req.params.id, req.params.evidenceId);
    return sendAttachment(reply, { mime: file.mime, name: file.originalName, size: file.size }, await app.deps.storage.get(file.storageKey));
  });
};
