import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { Inbox, IndicatorReviewInput, MentorStatsList, ReviewActionInput, ReviewDetail, ReviewParams } from '../../../domain/contracts/review.js';
import { withRole } from '../../lib/policy.js';
import { canReadInnovations } from '../innovations/innovations.policy.js';
import { createLinkChecker } from './link-check.js';
import { mentorStatsList } from './review.mentors.js';
import { applyReviewAction, inbox, reviewDetail, reviewIndicator } from './review.service.js';

/** Who acts on a review is decided per innovation (role and assigned unit) by the workflow. */
const canReview = withRole('admin', 'operator', 'pendamping', 'kepala_unit');
const canSeeInbox = withRole('admin', 'pendamping', 'kepala_unit');

export const reviewRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const deps = { db, checkLinks: createLinkChecker({ allowPrivate: app.deps.env.linkCheckAllowPrivate }) };
  const tags = ['review'];

  app.get('/innovations/:id/review', { config: { policy: canReadInnovations }, schema: { tags, params: IdParams, response: { 200: ReviewDetail } } }, async (req) =>
    reviewDetail(deps, req.actor!, req.params.id),
  );
  app.post('/innovations/:id/review', { config: { policy: canReview }, schema: { tags, params: IdParams, body: ReviewActionInput, response: { 200: ReviewDetail } } }, async (req) =>
    applyReviewAction(deps, req.actor!, req.params.id, req.body, req.id),
  );
  app.put('/innovations/:id/review/indicators/:code', { config: { policy: withRole('admin', 'pendamping') }, schema: { tags, params: ReviewParams, body: IndicatorReviewInput, response: { 200: ReviewDetail } } }, async (req) =>
    reviewIndicator(deps, req.actor!, req.params.id, req.params.code, req.body, req.id),
  );
  app.get('/review/inbox', { config: { policy: canSeeInbox }, schema: { tags, response: { 200: Inbox } } }, async (req) => inbox(db, req.actor!));
  // Mentors see the team's turnaround and return rates too: the issue asks for it, and it is how a desk evens out its load.
  app.get('/review/mentors', { config: { policy: withRole('admin', 'pendamping') }, schema: { tags, response: { 200: MentorStatsList } } }, async (req) => mentorStatsList(db, req.actor!));
};
