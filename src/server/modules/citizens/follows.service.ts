import { and, eq, inArray, isNotNull, sql } from 'drizzle-orm';
import type { Follow, FollowInput, FollowList } from '../../../domain/contracts/citizens.js';
import { isPublicIdea, publicIdeaStatuses, type FollowSubject, type IdeaNotificationKind } from '../../../domain/ideas/ideas.js';
import type { Db } from '../../db/client.js';
import { follows, ideas, innovations, notifications, users } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { notify } from '../notifications/notifications.service.js';

/** The public address of a followed subject (null while it is not public). */
export const innovationLink = (slug: string | null, publishedAt: Date | null): string | null => (slug && publishedAt ? `/inovasi/${slug}` : null);
export const ideaLink = (id: string, status: string): string | null => (isPublicIdea(status) ? `/ide/${id}` : null);

/**
 * What may be followed: a published innovation of any region (the public catalogue lists them
 * all), or a public idea of the follower's own region (the idea bank is a region's). Anything else
 * is "not found", never "forbidden", so unpublished ids are not confirmed to exist.
 */
async function followable(db: Db, actor: Actor, input: FollowInput): Promise<{ title: string; link: string | null }> {
  if (input.subject === 'innovation') {
    const row = await db.query.innovations.findFirst({
      where: and(eq(innovations.id, input.subjectId), isNotNull(innovations.publishedAt)),
      columns: { name: true, slug: true, publishedAt: true },
    });
    if (!row) throw notFound();
    return { title: row.name, link: innovationLink(row.slug, row.publishedAt) };
  }
  const row = await db.query.ideas.findFirst({
    where: and(eq(ideas.id, input.subjectId), eq(ideas.regionId, actor.regionId), inArray(ideas.status, [...publicIdeaStatuses])),
    columns: { id: true, title: true, status: true },
  });
  if (!row) throw notFound();
  return { title: row.title, link: ideaLink(row.id, row.status) };
}

/** Follows a subject; following it again changes nothing (the primary key holds one row). */
export async function follow(db: Db, actor: Actor, input: FollowInput): Promise<Follow> {
  const subject = await followable(db, actor, input);
  await db.insert(follows).values({ userId: actor.userId, subject: input.subject, subjectId: input.subjectId }).onConflictDoNothing();
  const row = await db.query.follows.findFirst({ where: and(eq(follows.userId, actor.userId), eq(follows.subject, input.subject), eq(follows.subjectId, input.subjectId)) });
  return { subject: input.subject, subjectId: input.subjectId, ...subject, createdAt: (row?.createdAt ?? new Date()).toISOString() };
}

/** Stops following; only the caller's own row can be touched, and a missing row is not an error. */
export async function unfollow(db: Db, actor: Actor, subject: FollowSubject, subjectId: string): Promise<void> {
  await db.delete(follows).where(and(eq(follows.userId, actor.userId), eq(follows.subject, subject), eq(follows.subjectId, subjectId)));
}

export async function isFollowing(db: Db, userId: string, subject: FollowSubject, subjectId: string): Promise<boolean> {
  return !!(await db.query.follows.findFirst({ where: and(eq(follows.userId, userId), eq(follows.subject, subject), eq(follows.subjectId, subjectId)), columns: { userId: true } }));
}

/** The caller's follows, newest first, with titles and public links. */
export async function listFollows(db: Db, actor: Actor): Promise<FollowList> {
  const mine = eq(follows.userId, actor.userId);
  const [innovationRows, ideaRows] = await Promise.all([
    db
      .select({ subjectId: follows.subjectId, createdAt: follows.createdAt, title: innovations.name, slug: innovations.slug, publishedAt: innovations.publishedAt })
      .from(follows)
      .innerJoin(innovations, eq(innovations.id, follows.subjectId))
      .where(and(mine, eq(follows.subject, 'innovation'))),
    db
      .select({ subjectId: follows.subjectId, createdAt: follows.createdAt, title: ideas.title, status: ideas.status })
      .from(follows)
      .innerJoin(ideas, eq(ideas.id, follows.subjectId))
      .where(and(mine, eq(follows.subject, 'idea'), eq(ideas.regionId, actor.regionId))),
  ]);
  const items: (Follow & { at: number })[] = [
    ...innovationRows.map((r) => ({ subject: 'innovation' as const, subjectId: r.subjectId, title: r.title, link: innovationLink(r.slug, r.publishedAt), createdAt: r.createdAt.toISOString(), at: r.createdAt.getTime() })),
    ...ideaRows.map((r) => ({ subject: 'idea' as const, subjectId: r.subjectId, title: r.title, link: ideaLink(r.subjectId, r.status), createdAt: r.createdAt.toISOString(), at: r.createdAt.getTime() })),
  ];
  items.sort((a, b) => b.at - a.at);
  return { items: items.map(({ at: _at, ...item }) => item) };
}

const DAY_MS = 24 * 3_600_000;

/**
 * Tells the followers of a subject about a change, through the notifications (read in the app and
 * mailed in the daily digest). A follower who still has an unread notification of the same kind
 * about the same subject from the last day is not told again: a busy editing day is one line.
 * Followers live in their own regions (an innovation's followers may be anywhere), so each
 * notification carries its reader's region. `except`: who acted, and anyone told directly already.
 * Call it inside the transaction of the change.
 */
export async function notifyFollowers(
  db: Db,
  subject: FollowSubject,
  subjectId: string,
  kind: IdeaNotificationKind,
  params: Record<string, string>,
  link: string | null,
  opts: { except?: readonly string[]; now?: Date } = {},
): Promise<number> {
  const except = new Set(opts.except ?? []);
  const since = new Date((opts.now ?? new Date()).getTime() - DAY_MS);
  const toldAlready = sql`exists (select 1 from ${notifications} n where n.user_id = ${follows.userId} and n.kind = ${kind} and n.params->>'subjectId' = ${subjectId} and n.read_at is null and n.created_at > ${since.toISOString()})`;
  const rows = await db
    .select({ userId: follows.userId, regionId: users.regionId })
    .from(follows)
    .innerJoin(users, and(eq(users.id, follows.userId), eq(users.active, true)))
    .where(and(eq(follows.subject, subject), eq(follows.subjectId, subjectId), sql`not ${toldAlready}`));
  const told = rows.filter((r) => !except.has(r.userId));
  const byRegion = new Map<string, string[]>();
  for (const r of told) byRegion.set(r.regionId, [...(byRegion.get(r.regionId) ?? []), r.userId]);
  for (const [regionId, userIds] of byRegion) await notify(db, { regionId, userIds, kind, params: { ...params, subjectId }, link });
  return told.length;
}
