import { and, asc, count, desc, eq, inArray, isNotNull, isNull, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { affairs } from '../../../domain/iid/affairs.js';
import { publicIdeaStatuses } from '../../../domain/ideas/ideas.js';
import { maskPersonalData } from '../../../domain/portal/personal-data.js';
import type { Db } from '../../db/client.js';
import { files, ideaComments, ideaFiles, ideas, ideaSupports, innovations, masterItems, units, users } from '../../db/schema.js';
import { isFollowing } from '../citizens/follows.service.js';

/**
 * What the public idea pages read: published (`terbit`) and assigned (`ditugaskan`) ideas of the
 * portal's region, nothing else. Columns are named one by one so that no e-mail, NIP or phone
 * ever leaves the database for a public page, and free text is masked here, once, so every view
 * prints it safely.
 */

export const ideaSorts = ['terbaru', 'dukungan'] as const;
export type IdeaSort = (typeof ideaSorts)[number];
export const ideasPerPage = 20;

export type PublicIdeaQuery = { q: string; sort: IdeaSort; page: number };

export type PublicIdeaListItem = {
  id: string;
  title: string;
  affair: string | null;
  supportCount: number;
  commentCount: number;
  status: 'terbit' | 'ditugaskan';
  unitName: string | null;
  /** The public address of the innovation the idea became, once that innovation is published. */
  innovationSlug: string | null;
  createdAt: Date;
};

export type PublicIdea = PublicIdeaListItem & {
  /** Not printed: tells the author's own copy of the page not to offer support. */
  authorId: string;
  problem: string;
  solution: string;
  location: string | null;
  authorName: string;
  files: { id: string; name: string; size: number; mime: string }[];
  comments: { id: string; authorName: string; body: string; createdAt: Date }[];
};

const affairNames = new Map<string, string>(affairs.map((a) => [a.code, a.name]));

/**
 * Words reduced to letters and digits, each a prefix of a stemmed word (as the registry's
 * search): nothing typed reaches the query syntax, and the GIN index on `search` answers it.
 * Undefined (no condition) when nothing searchable was typed. The admins' list uses it too.
 */
export function ideaSearchCondition(text: string): SQL | undefined {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
  if (!words.length) return undefined;
  return sql`${ideas.search} @@ to_tsquery('indonesian', ${words.map((w) => `${w}:*`).join(' & ')})`;
}

const publishedInnovation = alias(innovations, 'published_innovation');
const affairItem = alias(masterItems, 'affair_item');
/** The innovation an assigned idea became, only once it is itself published. */
const publishedInnovationJoin = and(eq(publishedInnovation.id, ideas.innovationId), isNotNull(publishedInnovation.publishedAt));
/** The affair's name from the region's affair list (not per period). */
const affairItemJoin = and(eq(affairItem.regionId, ideas.regionId), eq(affairItem.list, 'affair'), eq(affairItem.code, ideas.affair), isNull(affairItem.periodId));
/** What every public read of ideas is limited to: the region's published and assigned ideas. */
const isPublicIdeaOf = (regionId: string) => and(eq(ideas.regionId, regionId), inArray(ideas.status, [...publicIdeaStatuses]));

/** The list columns; the innovation link only when that innovation is itself published. */
const listColumns = {
  id: ideas.id,
  title: ideas.title,
  affairCode: ideas.affair,
  affairName: affairItem.name,
  supportCount: ideas.supportCount,
  commentCount: ideas.commentCount,
  status: ideas.status,
  unitName: units.name,
  innovationSlug: publishedInnovation.slug,
  createdAt: ideas.createdAt,
};

function baseQuery(db: Db, where: SQL | undefined) {
  return db
    .select(listColumns)
    .from(ideas)
    .leftJoin(units, eq(units.id, ideas.unitId))
    .leftJoin(publishedInnovation, publishedInnovationJoin)
    .leftJoin(affairItem, affairItemJoin)
    .where(where);
}

type ListRow = Awaited<ReturnType<typeof baseQuery>>[number];

function presentItem(row: ListRow): PublicIdeaListItem {
  return {
    id: row.id,
    title: maskPersonalData(row.title),
    affair: row.affairName ?? (row.affairCode ? (affairNames.get(row.affairCode) ?? row.affairCode) : null),
    supportCount: row.supportCount,
    commentCount: row.commentCount,
    status: row.status === 'ditugaskan' ? 'ditugaskan' : 'terbit',
    unitName: row.status === 'ditugaskan' ? row.unitName : null,
    innovationSlug: row.status === 'ditugaskan' ? row.innovationSlug : null,
    createdAt: row.createdAt,
  };
}

/** One page of the region's public ideas, newest first or most supported first. */
export async function listPublicIdeas(db: Db, regionId: string, query: PublicIdeaQuery) {
  const where = and(isPublicIdeaOf(regionId), ideaSearchCondition(query.q));
  const order = query.sort === 'dukungan' ? [desc(ideas.supportCount), desc(ideas.createdAt), asc(ideas.id)] : [desc(ideas.createdAt), asc(ideas.id)];
  const [rows, [total]] = await Promise.all([
    baseQuery(db, where)
      .orderBy(...order)
      .limit(ideasPerPage)
      .offset((query.page - 1) * ideasPerPage),
    db.select({ n: count() }).from(ideas).where(where),
  ]);
  return { items: rows.map(presentItem), total: total?.n ?? 0, page: query.page, pageSize: ideasPerPage };
}

/** How many ideas the region shows publicly (the home page's figure): one count, no rows. */
export async function countPublicIdeas(db: Db, regionId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(ideas).where(isPublicIdeaOf(regionId));
  return row?.n ?? 0;
}

/** Every public idea's address for the sitemap, in one query of two columns (newest first). */
export async function publicIdeaAddresses(db: Db, regionId: string): Promise<{ path: string; lastmod: Date }[]> {
  const rows = await db
    .select({ id: ideas.id, createdAt: ideas.createdAt })
    .from(ideas)
    .where(isPublicIdeaOf(regionId))
    .orderBy(desc(ideas.createdAt), asc(ideas.id));
  return rows.map((r) => ({ path: `/ide/${r.id}`, lastmod: r.createdAt }));
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One public idea with its attachments and published comments; null when unknown, not public or of another region. */
export async function getPublicIdea(db: Db, regionId: string, id: string): Promise<PublicIdea | null> {
  // A malformed id would make PostgreSQL refuse the uuid comparison: it is simply not found.
  if (!uuidPattern.test(id)) return null;
  const [row] = await db
    .select({ ...listColumns, authorId: ideas.authorId, problem: ideas.problem, solution: ideas.solution, location: ideas.location, authorName: users.name })
    .from(ideas)
    .innerJoin(users, eq(users.id, ideas.authorId))
    .leftJoin(units, eq(units.id, ideas.unitId))
    .leftJoin(publishedInnovation, publishedInnovationJoin)
    .leftJoin(affairItem, affairItemJoin)
    .where(and(eq(ideas.id, id), isPublicIdeaOf(regionId)));
  if (!row) return null;
  const [attachments, comments] = await Promise.all([
    db
      .select({ id: files.id, name: files.originalName, size: files.size, mime: files.mime })
      .from(ideaFiles)
      .innerJoin(files, eq(files.id, ideaFiles.fileId))
      .where(eq(ideaFiles.ideaId, id))
      .orderBy(asc(ideaFiles.createdAt), asc(files.originalName)),
    db
      .select({ id: ideaComments.id, authorName: users.name, body: ideaComments.body, createdAt: ideaComments.createdAt })
      .from(ideaComments)
      .innerJoin(users, eq(users.id, ideaComments.authorId))
      .where(and(eq(ideaComments.ideaId, id), eq(ideaComments.status, 'terbit')))
      .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id))
      .limit(500),
  ]);
  return {
    ...presentItem(row),
    authorId: row.authorId,
    problem: maskPersonalData(row.problem),
    solution: maskPersonalData(row.solution),
    location: row.location ? maskPersonalData(row.location) : null,
    authorName: maskPersonalData(row.authorName),
    files: attachments.map((f) => ({ ...f, name: maskPersonalData(f.name) })),
    comments: comments.map((c) => ({ ...c, authorName: maskPersonalData(c.authorName), body: maskPersonalData(c.body) })),
  };
}

/** Whether the account supports the idea (one row per account and idea: the primary key). */
export async function supportsIdea(db: Db, userId: string, ideaId: string): Promise<boolean> {
  const row = await db.query.ideaSupports.findFirst({ where: and(eq(ideaSupports.ideaId, ideaId), eq(ideaSupports.userId, userId)), columns: { userId: true } });
  return !!row;
}

/** Whether the signed-in visitor already supports and follows the idea (their own copy of the page says so). */
export async function visitorState(db: Db, userId: string, ideaId: string) {
  const [supported, following] = await Promise.all([supportsIdea(db, userId, ideaId), isFollowing(db, userId, 'idea', ideaId)]);
  return { supported, following };
}
