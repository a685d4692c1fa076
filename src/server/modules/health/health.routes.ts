import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Health } from '../../../domain/contracts/health.js';
import { anyone } from '../../lib/policy.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health', { config: { policy: anyone }, schema: { tags: ['health'], response: { 200: Health, 503: Health } } }, async (_req, reply) => {
    const { database, storage, version } = app.deps;
    const db = await database.ping().then(
      () => ({ ok: true, driver: database.driver }),
      (err: Error) => ({ ok: false, driver: database.driver, detail: err.message }),
    );
    const files = { ...(await storage.check()), driver: storage.driver };
    const ok = db.ok && files.ok;
    return reply.status(ok ? 200 : 503).send({ status: ok ? 'ok' : 'degraded', version, database: db, storage: files });
  });
};
