import type { Db } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import type { Actor } from './policy.js';

export type AuditInput = {
  actor: Pick<Actor, 'userId' | 'name' | 'regionId'> | null;
  regionId?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  requestId?: string | null;
};

/** Appends one audit entry; call it inside the transaction that made the change. */
export async function audit(db: Db, entry: AuditInput): Promise<void> {
  await db.insert(auditLog).values({
    regionId: entry.regionId ?? entry.actor?.regionId ?? null,
    actorId: entry.actor?.userId ?? null,
    actorName: entry.actor?.name ?? null,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId ?? null,
    before: entry.before ?? null,
    after: entry.after ?? null,
    reason: entry.reason ?? null,
    requestId: entry.requestId ?? null,
  });
}

/** The fields that changed, as {before, after} with only those keys: what an auditor wants to read. */
export function diff<T extends Record<string, unknown>>(before: T, after: T): { before: Partial<T>; after: Partial<T> } {
  const b: Partial<T> = {};
  const a: Partial<T> = {};
  for (const key of Object.keys(after) as (keyof T)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) {
      b[key] = before[key];
      a[key] = after[key];
    }
  }
  return { before: b, after: a };
}
