import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AuditQuery } from '../../../domain/contracts/audit.js';
import type { Db } from '../../db/client.js';
import { auditLog } from '../../db/schema.js';
import { invalid } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';

/** Midnight UTC of a day (plus some days); PostgreSQL stores years 1–9999 only, so others are refused. */
function day(value: string, field: 'from' | 'to', plusDays = 0): Date {
  const date = new Date(Date.parse(`${value}T00:00:00Z`) + plusDays * 86_400_000);
  const year = date.getUTCFullYear();
  if (!(year >= 1 && year <= 9999)) throw invalid(field, 'validation.invalid_date');
  return date;
}

export async function listAudit(db: Db, actor: Actor, q: AuditQuery) {
  const filters: SQL[] = [eq(auditLog.regionId, actor.regionId)];
  if (q.entity) filters.push(eq(auditLog.entity, q.entity));
  if (q.action) filters.push(eq(auditLog.action, q.action));
  if (q.actorId) filters.push(eq(auditLog.actorId, q.actorId));
  if (q.entityId) filters.push(eq(auditLog.entityId, q.entityId));
  if (q.from) filters.push(gte(auditLog.at, day(q.from, 'from')));
  if (q.to) filters.push(lt(auditLog.at, day(q.to, 'to', 1)));
  const where = and(...filters)!;
  const [rows, [total]] = await Promise.all([
    db.select().from(auditLog).where(where).orderBy(desc(auditLog.at)).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ n: count() }).from(auditLog).where(where),
  ]);
  const items = rows.map((r) => ({ ...r, at: r.at.toISOString() }));
  return { items, total: total!.n, page: q.page, pageSize: q.pageSize };
}
