import { z } from 'zod';
import { Id, optionalText, PageQuery, paginated, text } from './common.js';

/** News (berita) and outreach events (sosialisasi, with a start and a place), written by the region's admins. */
export const announcementKinds = ['berita', 'sosialisasi'] as const;
export type AnnouncementKind = (typeof announcementKinds)[number];

const instant = z.iso.datetime({ offset: true });

/**
 * One announcement as the admin writes it. The body is plain text; a blank line starts a new
 * paragraph. A sosialisasi needs its start and place; news carries neither (sent ones are dropped).
 */
export const AnnouncementInput = z
  .strictObject({
    kind: z.enum(announcementKinds),
    title: text(200),
    summary: optionalText(500),
    body: text(20_000),
    eventStartsAt: instant.optional().nullable(),
    eventPlace: optionalText(200),
  })
  .superRefine((value, ctx) => {
    if (value.kind !== 'sosialisasi') return;
    if (!value.eventStartsAt) ctx.addIssue({ code: 'custom', path: ['eventStartsAt'], message: 'required' });
    if (!value.eventPlace) ctx.addIssue({ code: 'custom', path: ['eventPlace'], message: 'required' });
  });
export type AnnouncementInput = z.infer<typeof AnnouncementInput>;

export const AnnouncementPublishInput = z.strictObject({ published: z.boolean() });
export type AnnouncementPublishInput = z.infer<typeof AnnouncementPublishInput>;

export const Announcement = z.object({
  id: Id,
  kind: z.enum(announcementKinds),
  title: z.string(),
  /** The public address is `/pengumuman/<slug>`; made from the title, kept once published. */
  slug: z.string(),
  summary: z.string().nullable(),
  body: z.string(),
  eventStartsAt: z.string().nullable(),
  eventPlace: z.string().nullable(),
  publishedAt: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Announcement = z.infer<typeof Announcement>;

export const AnnouncementListQuery = z.strictObject({
  status: z.enum(['all', 'published', 'draft']).default('all'),
  ...PageQuery,
});
export type AnnouncementListQuery = z.infer<typeof AnnouncementListQuery>;
export const AnnouncementList = paginated(Announcement);
export type AnnouncementList = z.infer<typeof AnnouncementList>;
