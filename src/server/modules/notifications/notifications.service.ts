import { and, count, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import type { NotificationList } from '../../../domain/contracts/review.js';
import type { ReviewActorKind } from '../../../domain/review/workflow.js';
import type { Role } from '../../../domain/roles.js';
import type { Db } from '../../db/client.js';
import { notifications, userRoles, userUnits, users } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';

export type NotificationKind = NotificationList['items'][number]['kind'];

const roleOfKind: Record<ReviewActorKind, Role> = { operator: 'operator', mentor: 'pendamping', unitHead: 'kepala_unit', admin: 'admin' };

/** The active accounts that act as `kind` for a unit (admins: the whole region). */
export async function audienceOf(db: Db, regionId: string, kind: ReviewActorKind, unitId: string): Promise<string[]> {
  const role = roleOfKind[kind];
  const base = db
    .selectDistinct({ id: users.id })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, role)));
  const rows =
    kind === 'admin'
      ? await base.where(and(eq(users.regionId, regionId), eq(users.active, true)))
      : await base.innerJoin(userUnits, eq(userUnits.userId, users.id)).where(and(eq(users.regionId, regionId), eq(users.active, true), eq(userUnits.unitId, unitId)));
  return rows.map((r) => r.id);
}

/**
 * Leaves a notification for each user, inside the caller's transaction so a notification exists
 * exactly when its decision does. The actor is never told about their own action.
 */
export async function notify(
  db: Db,
  input: { regionId: string; userIds: readonly string[]; kind: NotificationKind; params: Record<string, string>; link: string | null; exceptUserId?: string },
): Promise<void> {
  const to = [...new Set(input.userIds)].filter((id) => id !== input.exceptUserId);
  await notifyEach(db, { regionId: input.regionId, kind: input.kind, items: to.map((userId) => ({ userId, params: input.params, link: input.link })) });
}

/**
 * One notification per item, each with its own words and link (a contest's results: one per
 * entry), in batched inserts inside the caller's transaction rather than one round trip each.
 */
export async function notifyEach(
  db: Db,
  input: { regionId: string; kind: NotificationKind; items: readonly { userId: string; params: Record<string, string>; link: string | null }[] },
): Promise<void> {
  for (let i = 0; i < input.items.length; i += 500) {
    const batch = input.items.slice(i, i + 500);
    await db.insert(notifications).values(batch.map((item) => ({ regionId: input.regionId, kind: input.kind, ...item })));
  }
}

const PAGE = 50;

export async function listNotifications(db: Db, actor: Actor, t: TFunction): Promise<NotificationList> {
  const mine = eq(notifications.userId, actor.userId);
  const [rows, [unread]] = await Promise.all([
    db.select().from(notifications).where(mine).orderBy(desc(notifications.createdAt)).limit(PAGE),
    db.select({ n: count() }).from(notifications).where(and(mine, isNull(notifications.readAt))),
  ]);
  return {
    items: rows.map((r) => ({
      id: r.id,
      kind: r.kind as NotificationKind,
      text: t(`notification.${r.kind}`, r.params as Record<string, string>),
      link: r.link,
      createdAt: r.createdAt.toISOString(),
      readAt: r.readAt?.toISOString() ?? null,
    })),
    unread: unread!.n,
  };
}

/** Marks the given notifications (or all) of the actor as read; others' notifications are untouched. */
export async function markRead(db: Db, actor: Actor, ids?: readonly string[]): Promise<void> {
  await db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(and(eq(notifications.userId, actor.userId), isNull(notifications.readAt), ids?.length ? inArray(notifications.id, [...ids]) : undefined));
}
