import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { and, count, desc, eq } from 'drizzle-orm';
import { MailList } from '../../../domain/contracts/audit.js';
import { PageQuery } from '../../../domain/contracts/common.js';
import { mailMessages } from '../../db/schema.js';
import { withRole } from '../../lib/policy.js';

const MailQuery = z.strictObject({ ...PageQuery });

/** The outbox: what Lumbung wrote, for admins to read when no SMTP server is configured. */
export const mailRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  app.get('/mail', { config: { policy: withRole('admin') }, schema: { tags: ['mail'], querystring: MailQuery, response: { 200: MailList } } }, async (req) => {
    const { page, pageSize } = req.query;
    const where = and(eq(mailMessages.regionId, req.actor!.regionId))!;
    const [rows, [total]] = await Promise.all([
      db.select().from(mailMessages).where(where).orderBy(desc(mailMessages.createdAt)).limit(pageSize).offset((page - 1) * pageSize),
      db.select({ n: count() }).from(mailMessages).where(where),
    ]);
    const items = rows.map((r) => ({ id: r.id, to: r.to, subject: r.subject, text: r.text, status: r.status as 'sent', createdAt: r.createdAt.toISOString() }));
    return { items, total: total!.n, page, pageSize };
  });
};
