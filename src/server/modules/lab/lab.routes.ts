import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import {
  ActionPlan,
  CohortDetail,
  CohortIdeaInput,
  CohortIdeaParams,
  CohortInput,
  CohortList,
  MilestoneInput,
  MilestoneParams,
  PlanCreateInput,
  PlanParams,
  VersionInput,
  VersionQuery,
} from '../../../domain/contracts/lab.js';
import { filePart, sendAttachment } from '../../lib/http-files.js';
import { withRole } from '../../lib/policy.js';
import { uploadRules } from '../innovations/innovations.evidence.js';
import { addMilestone, addMilestoneEvidence, createPlan, getPlan, milestoneEvidenceFile, removeMilestone, submitPlan, updateMilestone } from './lab.plans.js';
import { addCohortIdea, createCohort, getCohort, listCohorts, removeCohortIdea, updateCohort } from './lab.service.js';

/** The admin runs cohorts; leadership reads; a participating unit's people read their own units; its operator (or the admin) writes the plans. */
const canRead = withRole('admin', 'pimpinan', 'pendamping', 'operator', 'kepala_unit');
const canRun = withRole('admin');
const canPlan = withRole('admin', 'operator');

/** API: innovation lab cohorts and action plans. */
export const labRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, storage: app.deps.storage, env: app.deps.env };
  const rules = uploadRules(app.deps.env);
  const tags = ['lab'];
  const milestone = '/lab/plans/:planId/milestones/:milestoneId';

  app.get('/lab/cohorts', { config: { policy: canRead }, schema: { tags, response: { 200: CohortList } } }, async (req) => listCohorts(db, req.actor!));
  app.post('/lab/cohorts', { config: { policy: canRun }, schema: { tags, body: CohortInput, response: { 201: CohortDetail } } }, async (req, reply) =>
    reply.status(201).send(await createCohort(db, req.actor!, req.body, req.id)),
  );
  app.get('/lab/cohorts/:id', { config: { policy: canRead }, schema: { tags, params: IdParams, response: { 200: CohortDetail } } }, async (req) => getCohort(db, req.actor!, req.params.id));
  app.put('/lab/cohorts/:id', { config: { policy: canRun }, schema: { tags, params: IdParams, body: CohortInput, response: { 200: CohortDetail } } }, async (req) =>
    updateCohort(db, req.actor!, req.params.id, req.body, req.id),
  );
  app.post('/lab/cohorts/:id/ideas', { config: { policy: canRun }, schema: { tags, params: IdParams, body: CohortIdeaInput, response: { 200: CohortDetail } } }, async (req) =>
    addCohortIdea(db, req.actor!, req.params.id, req.body.ideaId, req.id),
  );
  app.delete('/lab/cohorts/:id/ideas/:ideaId', { config: { policy: canRun }, schema: { tags, params: CohortIdeaParams, response: { 200: CohortDetail } } }, async (req) =>
    removeCohortIdea(db, req.actor!, req.params.id, req.params.ideaId, req.id),
  );

  app.post('/lab/cohorts/:id/plans', { config: { policy: canPlan }, schema: { tags, params: IdParams, body: PlanCreateInput, response: { 201: ActionPlan } } }, async (req, reply) =>
    reply.status(201).send(await createPlan(db, req.actor!, req.params.id, req.body.innovationId, req.id)),
  );
  app.get('/lab/plans/:planId', { config: { policy: canRead }, schema: { tags, params: PlanParams, response: { 200: ActionPlan } } }, async (req) => getPlan(db, req.actor!, req.params.planId));
  app.post('/lab/plans/:planId/milestones', { config: { policy: canPlan }, schema: { tags, params: PlanParams, body: MilestoneInput, response: { 200: ActionPlan } } }, async (req) =>
    addMilestone(db, req.actor!, req.params.planId, req.body, req.id),
  );
  app.put(milestone, { config: { policy: canPlan }, schema: { tags, params: MilestoneParams, body: MilestoneInput, response: { 200: ActionPlan } } }, async (req) =>
    updateMilestone(db, req.actor!, req.params.planId, req.params.milestoneId, req.body, req.id),
  );
  app.delete(milestone, { config: { policy: canPlan }, schema: { tags, params: MilestoneParams, querystring: VersionQuery, response: { 200: ActionPlan } } }, async (req) =>
    removeMilestone(db, req.actor!, req.params.planId, req.params.milestoneId, req.query.version, req.id),
  );
  app.post(`${milestone}/evidence`, { config: { policy: canPlan }, schema: { tags, params: MilestoneParams, consumes: ['multipart/form-data'], response: { 200: ActionPlan } } }, async (req) => {
    const part = await filePart(req, rules.streamLimit);
    return addMilestoneEvidence(deps, req.actor!, req.params.planId, req.params.milestoneId, { stream: part.file, fileName: part.filename }, req.id);
  });
  app.get(`${milestone}/evidence`, { config: { policy: canRead }, schema: { tags, params: MilestoneParams } }, async (req, reply) => {
    const file = await milestoneEvidenceFile(db, req.actor!, req.params.planId, req.params.milestoneId);
    return sendAttachment(reply, { mime: file.mime, name: file.originalName, size: file.size }, await app.deps.storage.get(file.storageKey));
  });
  app.post('/lab/plans/:planId/submit', { config: { policy: canPlan }, schema: { tags, params: PlanParams, body: VersionInput, response: { 200: ActionPlan } } }, async (req) =>
    submitPlan(db, req.actor!, req.params.planId, req.body.version, req.id),
  );
};
