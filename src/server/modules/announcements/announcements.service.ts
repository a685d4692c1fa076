import { and, count, desc, eq, isNotNull, isNull, like, or, sql, type SQL } from 'drizzle-orm';
import type { Announcement, AnnouncementInput, AnnouncementList, AnnouncementListQuery } from '../../../domain/contracts/announcements.js';
import { announcementSlug, uniqueSlug } from '../../../domain/portal/announcement-slug.js';
import type { Db } from '../../db/client.js';
import { announcements } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, conflict, isUniqueViolation, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';

/*
 * Announcements: news (berita) and outreach events (sosialisasi) an admin writes for the region's
 * public portal. Every query is scoped to the admin's region; the public side (home page, list,
 * one page, RSS) lives in announcements.public.ts and reads only published rows.
 */

type Row = typeof announcements.$inferSelect;

function presentAnnouncement(row: Row): Announcement {
  return {
    id: row.id,
    kind: row.kind as Announcement['kind'],
    title: row.title,
    slug: row.slug,
    summary: row.summary,
    body: row.body,
    eventStartsAt: row.eventStartsAt?.toISOString() ?? null,
    eventPlace: row.eventPlace,
    publishedAt: row.publishedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

const inRegion = (actor: Actor, id: string) => and(eq(announcements.id, id), eq(announcements.regionId, actor.regionId))!;

async function rowOf(db: Db, actor: Actor, id: string): Promise<Row> {
  const [row] = await db.select().from(announcements).where(inRegion(actor, id));
  if (!row) throw notFound();
  return row;
}

export async function listAnnouncements(db: Db, actor: Actor, query: AnnouncementListQuery): Promise<AnnouncementList> {
  const filters: SQL[] = [eq(announcements.regionId, actor.regionId)];
  if (query.status === 'published') filters.push(isNotNull(announcements.publishedAt));
  if (query.status === 'draft') filters.push(isNull(announcements.publishedAt));
  const where = and(...filters)!;
  const [rows, [total]] = await Promise.all([
    db
      .select()
      .from(announcements)
      .where(where)
      // Drafts first (they want work), then the newest.
      .orderBy(sql`${announcements.publishedAt} is not null`, desc(announcements.updatedAt), desc(announcements.id))
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize),
    db.select({ n: count() }).from(announcements).where(where),
  ]);
  return { items: rows.map(presentAnnouncement), total: total!.n, page: query.page, pageSize: query.pageSize };
}

export async function getAnnouncement(db: Db, actor: Actor, id: string): Promise<Announcement> {
  return presentAnnouncement(await rowOf(db, actor, id));
}

/** News carries no event; a sosialisasi keeps its start and place (the contract requires them). */
function valuesOf(input: AnnouncementInput) {
  const event = input.kind === 'sosialisasi';
  return {
    kind: input.kind,
    title: input.title,
    summary: input.summary || null,
    body: input.body,
    eventStartsAt: event && input.eventStartsAt ? new Date(input.eventStartsAt) : null,
    eventPlace: event ? (input.eventPlace ?? null) : null,
  };
}

/**
 * A free slug for `title`. Slugs are unique over the whole installation (one index), so the taken
 * ones are read across regions; only slugs are read, never another region's rows.
 */
export async function freeSlug(db: Db, title: string, selfId?: string): Promise<string> {
  const base = announcementSlug(title);
  const taken = await db
    .select({ slug: announcements.slug, id: announcements.id })
    .from(announcements)
    .where(or(eq(announcements.slug, base), like(announcements.slug, `${base}-%`)));
  return uniqueSlug(
    base,
    taken.filter((r) => r.id !== selfId).map((r) => r.slug),
  );
}

/** Two admins saving the same title at the same moment: the second is told to save again. */
async function slugRace<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('announcements.error.slugTaken', 'title');
    throw err;
  }
}

export async function createAnnouncement(db: Db, actor: Actor, input: AnnouncementInput, requestId: string): Promise<Announcement> {
  const row = await slugRace(() =>
    db.transaction(async (tx) => {
      const slug = await freeSlug(tx, input.title);
      const [created] = await tx
        .insert(announcements)
        .values({ ...valuesOf(input), slug, regionId: actor.regionId, createdBy: actor.userId })
        .returning();
      await audit(tx, { actor, action: 'create', entity: 'announcement', entityId: created!.id, after: presentAnnouncement(created!), requestId });
      return created!;
    }),
  );
  return presentAnnouncement(row);
}

/**
 * Saves the whole announcement. While it is a draft the slug follows the title; once published
 * its address is kept, since it may already be shared, indexed and in feed readers.
 */
export async function updateAnnouncement(db: Db, actor: Actor, id: string, input: AnnouncementInput, requestId: string): Promise<Announcement> {
  const row = await slugRace(() =>
    db.transaction(async (tx) => {
      const [before] = await tx.select().from(announcements).where(inRegion(actor, id)).for('update');
      if (!before) throw notFound();
      const values = valuesOf(input);
      const slug = !before.publishedAt && values.title !== before.title ? await freeSlug(tx, values.title, id) : before.slug;
      const [after] = await tx
        .update(announcements)
        .set({ ...values, slug, updatedAt: new Date() })
        .where(inRegion(actor, id))
        .returning();
      const changes = diff({ ...presentAnnouncement(before), updatedAt: '' }, { ...presentAnnouncement(after!), updatedAt: '' });
      if (Object.keys(changes.after).length) await audit(tx, { actor, action: 'update', entity: 'announcement', entityId: id, ...changes, requestId });
      return after!;
    }),
  );
  return presentAnnouncement(row);
}

/** Publishes (stamped with this moment, which orders the list and the feed) or withdraws an announcement. */
export async function publishAnnouncement(db: Db, actor: Actor, id: string, published: boolean, requestId: string): Promise<Announcement> {
  const row = await db.transaction(async (tx) => {
    const [before] = await tx.select().from(announcements).where(inRegion(actor, id)).for('update');
    if (!before) throw notFound();
    // Publishing twice changes nothing (a double click, two tabs): no new time, no second entry.
    if (Boolean(before.publishedAt) === published) return before;
    const [after] = await tx
      .update(announcements)
      .set({ publishedAt: published ? new Date() : null, updatedAt: new Date() })
      .where(inRegion(actor, id))
      .returning();
    await audit(tx, {
      actor,
      action: published ? 'publish' : 'unpublish',
      entity: 'announcement',
      entityId: id,
      before: { publishedAt: before.publishedAt?.toISOString() ?? null },
      after: { publishedAt: after!.publishedAt?.toISOString() ?? null, slug: after!.slug },
      requestId,
    });
    return after!;
  });
  return presentAnnouncement(row);
}

/** Only a draft may be deleted: a published announcement is withdrawn first, so its removal is a visible, audited step. */
export async function deleteAnnouncement(db: Db, actor: Actor, id: string, requestId: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [before] = await tx.select().from(announcements).where(inRegion(actor, id)).for('update');
    if (!before) throw notFound();
    if (before.publishedAt) throw new AppError('CONFLICT', 'announcements.error.deletePublished');
    await tx.delete(announcements).where(inRegion(actor, id));
    await audit(tx, { actor, action: 'delete', entity: 'announcement', entityId: id, before: presentAnnouncement(before), requestId });
  });
}
