import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { AuditList, AuditQuery } from '../../../domain/contracts/audit.js';
import { withRole } from '../../lib/policy.js';
import { listAudit } from './audit.service.js';

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  app.get('/audit', { config: { policy: withRole('admin') }, schema: { tags: ['audit'], querystring: AuditQuery, response: { 200: AuditList } } }, async (req) =>
    listAudit(db, req.actor!, req.query),
  );
};
