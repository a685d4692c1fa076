import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams } from '../../../domain/contracts/common.js';
import { MonitoringQuery, MonitoringReport, PeriodDuties } from '../../../domain/contracts/monitoring.js';
import { withRole } from '../../lib/policy.js';
import { monitoringSheet } from './monitoring.export.js';
import { getDuties, monitoringReport, setDuties } from './monitoring.service.js';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Leadership get the dashboard read-only; only the admin sets duties. */
const canMonitor = withRole('admin', 'pimpinan');
const canSetDuties = withRole('admin');

export const monitoringRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const tags = ['monitoring'];
  app.get('/monitoring', { config: { policy: canMonitor }, schema: { tags, querystring: MonitoringQuery, response: { 200: MonitoringReport } } }, async (req) =>
    monitoringReport(db, req.actor!, req.query.periodId),
  );
  app.get('/monitoring/export.xlsx', { config: { policy: canMonitor }, schema: { tags, querystring: MonitoringQuery } }, async (req, reply) =>
    reply.header('content-type', XLSX).header('content-disposition', 'attachment; filename="pemantauan-unit.xlsx"').send(await monitoringSheet(db, req.actor!, req.query.periodId)),
  );
  app.get('/periods/:id/duties', { config: { policy: canMonitor }, schema: { tags, params: IdParams, response: { 200: PeriodDuties } } }, async (req) => getDuties(db, req.actor!, req.params.id));
  app.put('/periods/:id/duties', { config: { policy: canSetDuties }, schema: { tags, params: IdParams, body: PeriodDuties, response: { 200: PeriodDuties } } }, async (req) =>
    setDuties(db, req.actor!, req.params.id, req.body, req.id),
  );
};
