import { and, asc, count, desc, eq, gt, isNotNull } from 'drizzle-orm';
import type { AnnouncementKind } from '../../../domain/contracts/announcements.js';
import { maskPersonalData } from '../../../domain/portal/personal-data.js';
import type { Db } from '../../db/client.js';
import { announcements } from '../../db/schema.js';

/*
 * The public side of announcements: published rows of one region (the portal's), named columns
 * only, free text masked for personal data (an admin may paste a contact's phone or e-mail into a
 * body; the public page must not carry it).
 */

export type PublicAnnouncement = {
  kind: AnnouncementKind;
  title: string;
  slug: string;
  summary: string | null;
  body: string;
  eventStartsAt: Date | null;
  eventPlace: string | null;
  publishedAt: Date;
  updatedAt: Date;
};

const columns = {
  kind: announcements.kind,
  title: announcements.title,
  slug: announcements.slug,
  summary: announcements.summary,
  body: announcements.body,
  eventStartsAt: announcements.eventStartsAt,
  eventPlace: announcements.eventPlace,
  publishedAt: announcements.publishedAt,
  updatedAt: announcements.updatedAt,
};

type Selected = Omit<PublicAnnouncement, 'kind' | 'publishedAt'> & { kind: string; publishedAt: Date | null };

function present(row: Selected): PublicAnnouncement {
  const mask = (s: string | null) => (s === null ? null : maskPersonalData(s));
  return {
    kind: row.kind as AnnouncementKind,
    title: maskPersonalData(row.title),
    slug: row.slug,
    summary: mask(row.summary),
    body: maskPersonalData(row.body),
    eventStartsAt: row.eventStartsAt,
    eventPlace: mask(row.eventPlace),
    publishedAt: row.publishedAt!,
    updatedAt: row.updatedAt,
  };
}

const published = (regionId: string) => and(eq(announcements.regionId, regionId), isNotNull(announcements.publishedAt))!;

/** The region's `n` most recently published announcements (home page, RSS feed). */
export async function latestAnnouncements(db: Db, regionId: string, n: number): Promise<PublicAnnouncement[]> {
  const rows = await db.select(columns).from(announcements).where(published(regionId)).orderBy(desc(announcements.publishedAt), desc(announcements.id)).limit(n);
  return rows.map(present);
}

/** The region's next `n` published sosialisasi events that start after `now`, soonest first. */
export async function upcomingEvents(db: Db, regionId: string, now: Date, n: number): Promise<PublicAnnouncement[]> {
  const rows = await db
    .select(columns)
    .from(announcements)
    .where(and(published(regionId), eq(announcements.kind, 'sosialisasi'), gt(announcements.eventStartsAt, now)))
    .orderBy(asc(announcements.eventStartsAt), asc(announcements.id))
    .limit(n);
  return rows.map(present);
}

/** One page of the region's published announcements, newest first. */
export async function publishedAnnouncements(db: Db, regionId: string, page: number, pageSize: number): Promise<{ items: PublicAnnouncement[]; total: number }> {
  const [rows, [total]] = await Promise.all([
    db
      .select(columns)
      .from(announcements)
      .where(published(regionId))
      .orderBy(desc(announcements.publishedAt), desc(announcements.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db.select({ n: count() }).from(announcements).where(published(regionId)),
  ]);
  return { items: rows.map(present), total: total!.n };
}

/** A published announcement of the region by its slug; null for drafts, other regions' and unknown slugs alike. */
export async function publishedAnnouncement(db: Db, regionId: string, slug: string): Promise<PublicAnnouncement | null> {
  const [row] = await db.select(columns).from(announcements).where(and(published(regionId), eq(announcements.slug, slug)));
  return row ? present(row) : null;
}

/** The announcement's body as paragraphs: a blank line separates them; single line breaks stay inside one. */
export function paragraphsOf(body: string): string[][] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').map((line) => line.trim()).filter(Boolean))
    .filter((p) => p.length > 0);
}
