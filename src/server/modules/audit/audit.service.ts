import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../domain/contracts/audit.js';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';

export async function listAudit(db: Db, actor: Actor, q: AuditQuery) {
  const filters: SQL[] = [eq(auditLog.regionId, actor.regionId)];
  if (q.entity) filters.push(eq(auditLog.entity, q.entity));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.actorId) filters.push(eq(auditLog.actorId, q.actorId));
  if (q.entityId) filters.push(eq(auditLog.entityId, q.entityId));
  if (q.from) filters.push(gte(auditLog.at, new Date(`${q.from}T00:00:00Z`)));
  if (q.to) filters.push(lt(auditLog.at, new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000)));
  const where = and(...filters)!;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  const items = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
  return { items, total: total!.n, page: q.page, pageSize: q.pageSize };
}
