import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import {
  CloneInput,
  IidCalculateInput,
  IidCalculateResult,
  Indicator,
  IndicatorHistory,
  IndicatorUpdate,
  PeriodCodeParams,
  PeriodDetail,
  PeriodList,
  PeriodUpdate,
} from '../../../domain/contracts/periods.js';
import { canManagePeriods, canReadPeriods, canSimulate } from './periods.policy.js';
import { calculate, clonePeriod, getPeriod, indicatorHistory, listPeriods, makeCurrent, updateIndicator, updatePeriod } from './periods.service.js';

export const periodRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const tags = ['periods'];

  app.get('/periods', { config: { policy: canReadPeriods }, schema: { tags, response: { 200: PeriodList } } }, async (req) => listPeriods(db, req.actor!));

  app.get('/periods/:id', { config: { policy: canReadPeriods }, schema: { tags, params: IdParams, response: { 200: PeriodDetail } } }, async (req) =>
    getPeriod(db, req.actor!, req.params.id),
  );

  app.patch('/periods/:id', { config: { policy: canManagePeriods }, schema: { tags, params: IdParams, body: PeriodUpdate, response: { 200: PeriodDetail } } }, async (req) =>
    updatePeriod(db, req.actor!, req.params.id, req.body, req.id),
  );

  app.post('/periods/:id/current', { config: { policy: canManagePeriods }, schema: { tags, params: IdParams, response: { 200: PeriodDetail } } }, async (req) =>
    makeCurrent(db, req.actor!, req.params.id, req.id),
  );

  app.post('/periods/:id/clone', { config: { policy: canManagePeriods }, schema: { tags, params: IdParams, body: CloneInput, response: { 201: PeriodDetail } } }, async (req, reply) =>
    reply.status(201).send(await clonePeriod(db, req.actor!, req.params.id, req.body, req.id)),
  );

  app.patch(
    '/periods/:id/indicators/:code',
    { config: { policy: canManagePeriods }, schema: { tags, params: PeriodCodeParams, body: IndicatorUpdate, response: { 200: Indicator } } },
    async (req) => updateIndicator(db, req.actor!, req.params.id, req.params.code, req.body, req.id),
  );

  app.get(
    '/periods/:id/indicators/:code/versions',
    { config: { policy: canReadPeriods }, schema: { tags, params: PeriodCodeParams, response: { 200: IndicatorHistory } } },
    async (req) => indicatorHistory(db, req.actor!, req.params.id, req.params.code),
  );

  app.post('/iid/calculate', { config: { policy: canSimulate }, schema: { tags: ['iid'], body: IidCalculateInput, response: { 200: IidCalculateResult } } }, async (req) =>
    calculate(db, req.actor!, req.body),
  );
};
