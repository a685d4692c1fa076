import path from 'node:path';
import type { Readable } from 'node:stream';
import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type {
  CommentInput,
  Idea,
  IdeaComment,
  IdeaCommentList,
  IdeaCommentListQuery,
  IdeaFile,
  IdeaInput,
  IdeaList,
  IdeaListItem,
  IdeaListQuery,
  IdeaUpdate,
  ModerationInput,
  MyIdeas,
  SupportState,
} from '../../../domain/contracts/ideas.js';
import {
  IDEA_FILE_MAX_BYTES,
  IDEA_FILES_MAX,
  ideaFileTypes,
  initiatorOf,
  isModerator,
  isPublicIdea,
  mayAssign,
  mayComment,
  mayEditIdea,
  mayReadIdea,
  moderate,
  supportRefusal,
  type CommentStatus,
  type IdeaStatus,
} from '../../../domain/ideas/ideas.js';
import type { Role } from '../../../domain/roles.js';
import { zoneDay } from '../../../domain/letters/indonesian-date.js';
import type { Db } from '../../db/client.js';
import { files, ideaComments, ideaFiles, ideas, ideaSupports, regions, units, userRoles, users } from '../../db/schema.js';
import type { Env } from '../../env.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import { translator } from '../../lib/i18n.js';
import type { Actor } from '../../lib/policy.js';
import type { Storage } from '../../lib/storage.js';
import { storeUpload } from '../../lib/uploads.js';
import { ideaLink, isFollowing, notifyFollowers } from '../citizens/follows.service.js';
import { createInnovation, currentPeriod } from '../innovations/innovations.service.js';
import { recordStep } from '../innovations/innovations.lifecycle.js';
import { activeCodes } from '../master-data/master-data.service.js';
import { audienceOf, notify } from '../notifications/notifications.service.js';
import { ideaSearchCondition, supportsIdea } from './ideas.public.js';

type IdeaRow = typeof ideas.$inferSelect;
type Who = Pick<Actor, 'userId' | 'roles' | 'regionId'>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const conflict = (key: string, params: Record<string, unknown> = {}) => new AppError('CONFLICT', key, params);

// ---------------------------------------------------------------- reading

/** An idea of the actor's region that the actor may read (author, admins; anyone once public), else 404. */
async function findIdea(db: Db, actor: Who, id: string): Promise<IdeaRow> {
  const row = await db.query.ideas.findFirst({ where: and(eq(ideas.id, id), eq(ideas.regionId, actor.regionId)) });
  if (!row || !mayReadIdea(actor, row)) throw notFound();
  return row;
}

async function filesOf(db: Db, ideaIds: readonly string[]): Promise<Map<string, IdeaFile[]>> {
  const out = new Map<string, IdeaFile[]>();
  if (!ideaIds.length) return out;
  const rows = await db
    .select({ ideaId: ideaFiles.ideaId, id: files.id, name: files.originalName, mime: files.mime, size: files.size })
    .from(ideaFiles)
    .innerJoin(files, eq(files.id, ideaFiles.fileId))
    .where(inArray(ideaFiles.ideaId, [...ideaIds]))
    .orderBy(asc(ideaFiles.createdAt), asc(files.id));
  for (const { ideaId, ...file } of rows) out.set(ideaId, [...(out.get(ideaId) ?? []), file]);
  return out;
}

/** The idea as its author and the admins see it, with what the caller may do now. */
async function present(db: Db, actor: Who, row: IdeaRow): Promise<Idea> {
  const [author, unit, fileMap, supported, following] = await Promise.all([
    db.query.users.findFirst({ where: eq(users.id, row.authorId), columns: { name: true } }),
    row.unitId ? db.query.units.findFirst({ where: eq(units.id, row.unitId), columns: { name: true } }) : Promise.resolve(undefined),
    filesOf(db, [row.id]),
    supportsIdea(db, actor.userId, row.id),
    isFollowing(db, actor.userId, 'idea', row.id),
  ]);
  const moderator = isModerator(actor);
  return {
    id: row.id,
    title: row.title,
    problem: row.problem,
    solution: row.solution,
    affair: row.affair,
    location: row.location,
    status: row.status as IdeaStatus,
    rejectReason: row.rejectReason,
    authorId: row.authorId,
    authorName: author?.name ?? '',
    moderatedAt: iso(row.moderatedAt),
    unitId: row.unitId,
    unitName: unit?.name ?? null,
    innovationId: row.innovationId,
    assignedAt: iso(row.assignedAt),
    supportCount: row.supportCount,
    commentCount: row.commentCount,
    files: fileMap.get(row.id) ?? [],
    may: {
      edit: mayEditIdea(actor, row),
      moderate: moderator && row.status === 'menunggu',
      assign: moderator && mayAssign(row),
      support: supportRefusal(actor, row) === null,
    },
    supported,
    following,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function getIdea(db: Db, actor: Actor, id: string): Promise<Idea> {
  return present(db, actor, await findIdea(db, actor, id));
}

const listColumns = {
  id: ideas.id,
  title: ideas.title,
  status: ideas.status,
  affair: ideas.affair,
  location: ideas.location,
  authorName: users.name,
  supportCount: ideas.supportCount,
  commentCount: ideas.commentCount,
  fileCount: sql<number>`(select count(*)::int from ${ideaFiles} f where f.idea_id = ${ideas.id})`,
  rejectReason: ideas.rejectReason,
  unitName: units.name,
  innovationId: ideas.innovationId,
  createdAt: ideas.createdAt,
};

type ListRow = { [K in keyof typeof listColumns]: unknown } & { status: string; createdAt: Date };
const presentListItem = (r: ListRow): IdeaListItem => ({ ...(r as unknown as IdeaListItem), status: r.status as IdeaStatus, createdAt: r.createdAt.toISOString() });

function listQuery(db: Db, where: SQL | undefined) {
  return db.select(listColumns).from(ideas).innerJoin(users, eq(users.id, ideas.authorId)).leftJoin(units, eq(units.id, ideas.unitId)).where(where);
}

/** The caller's own ideas, every status, newest first. */
export async function listMyIdeas(db: Db, actor: Actor): Promise<MyIdeas> {
  const rows = await listQuery(db, and(eq(ideas.authorId, actor.userId), eq(ideas.regionId, actor.regionId))).orderBy(desc(ideas.createdAt), asc(ideas.id)).limit(500);
  return { items: rows.map(presentListItem) };
}

/** The admin's list: the waiting ones oldest first (a queue), the others newest first; counts per status for the tabs. */
export async function listIdeas(db: Db, actor: Actor, q: IdeaListQuery): Promise<IdeaList> {
  const base = and(eq(ideas.regionId, actor.regionId), q.q ? ideaSearchCondition(q.q) : undefined);
  const where = and(base, q.status ? eq(ideas.status, q.status) : undefined);
  const order = q.status === 'menunggu' ? [asc(ideas.createdAt), asc(ideas.id)] : [desc(ideas.createdAt), asc(ideas.id)];
  const [rows, countRows] = await Promise.all([
    listQuery(db, where).orderBy(...order).limit(q.pageSize).offset((q.page - 1) * q.pageSize),
    db.select({ status: ideas.status, n: count() }).from(ideas).where(base).groupBy(ideas.status),
  ]);
  const counts = { menunggu: 0, terbit: 0, ditolak: 0, ditugaskan: 0 };
  for (const c of countRows) if (c.status in counts) counts[c.status as IdeaStatus] = c.n;
  const total = q.status ? counts[q.status] : Object.values(counts).reduce((a, b) => a + b, 0);
  return { items: rows.map(presentListItem), total, page: q.page, pageSize: q.pageSize, counts };
}

// ---------------------------------------------------------------- writing

/** An affair must be an active item of the region's affair list. */
async function checkAffair(db: Db, regionId: string, affair: string | null | undefined): Promise<void> {
  if (!affair) return;
  const period = await currentPeriod(db, regionId).catch(() => null);
  const known = period ? (await activeCodes(db, regionId, period.id)).get('affair') : undefined;
  if (!known?.has(affair)) throw invalid('affair', 'ideas.error.affairUnknown', { code: affair });
}

export async function submitIdea(db: Db, actor: Actor, input: IdeaInput, requestId: string): Promise<Idea> {
  await checkAffair(db, actor.regionId, input.affair);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(ideas)
      .values({ regionId: actor.regionId, authorId: actor.userId, title: input.title, problem: input.problem, solution: input.solution, affair: input.affair ?? null, location: input.location ?? null })
      .returning();
    await audit(tx, { actor, action: 'idea.submit', entity: 'idea', entityId: row!.id, after: { title: row!.title }, requestId });
    return present(tx, actor, row!);
  });
}

/** The author changes the idea while it waits; a moderated idea is what was decided on, so it stays. */
export async function updateIdea(db: Db, actor: Actor, id: string, input: IdeaUpdate, requestId: string): Promise<Idea> {
  const row = await findIdea(db, actor, id);
  if (!mayEditIdea(actor, row)) throw row.authorId === actor.userId ? conflict('ideas.error.notEditable') : new AppError('FORBIDDEN', 'ideas.error.notEditable');
  if (input.affair !== undefined) await checkAffair(db, actor.regionId, input.affair);
  const changes = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as Partial<IdeaRow>;
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(ideas)
      .set({ ...changes, updatedAt: new Date() })
      .where(and(eq(ideas.id, id), eq(ideas.status, 'menunggu')))
      .returning();
    if (!updated) throw conflict('ideas.error.notEditable');
    const keys = Object.keys(changes) as (keyof IdeaRow)[];
    const pick = (r: IdeaRow) => Object.fromEntries(keys.map((k) => [k, r[k]]));
    const d = diff(pick(row), pick(updated));
    if (Object.keys(d.after).length) await audit(tx, { actor, action: 'idea.update', entity: 'idea', entityId: id, ...d, requestId });
    return present(tx, actor, updated);
  });
}

/** The moderation's outcome for an idea or a comment in `status`, or the error that refuses it. */
function decisionOf(status: string, input: ModerationInput) {
  const outcome = moderate(status, input.decision, input.reason);
  if (outcome.kind === 'reasonRequired') throw invalid('reason', 'ideas.error.reasonRequired');
  if (outcome.kind === 'same') throw conflict('ideas.error.alreadyDecided');
  if (outcome.kind === 'refused') throw conflict('ideas.error.decidedOtherwise');
  return { to: outcome.to, reason: outcome.to === 'ditolak' ? input.reason!.trim() : null };
}

/**
 * Publishes or rejects a waiting idea. The status is changed only if it is still `menunggu`, so
 * two admins (or a double click) decide once; the second identical decision is a 409.
 */
export async function moderateIdea(db: Db, actor: Actor, id: string, input: ModerationInput, requestId: string): Promise<Idea> {
  const row = await findIdea(db, actor, id);
  const { to, reason } = decisionOf(row.status, input);
  const now = new Date();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(ideas)
      .set({ status: to, rejectReason: reason, moderatedBy: actor.userId, moderatedAt: now, updatedAt: now })
      .where(and(eq(ideas.id, id), eq(ideas.status, 'menunggu')))
      .returning();
    if (!updated) throw conflict('ideas.error.alreadyDecided');
    await audit(tx, { actor, action: `idea.${input.decision}`, entity: 'idea', entityId: id, before: { status: row.status }, after: { status: updated.status }, reason, requestId });
    const link = to === 'terbit' ? `/ide/${id}` : '/ide-saya';
    await notify(tx, {
      regionId: row.regionId,
      userIds: [row.authorId],
      kind: to === 'terbit' ? 'ideas.published' : 'ideas.rejected',
      params: to === 'terbit' ? { title: row.title } : { title: row.title, reason: reason! },
      link,
      exceptUserId: actor.userId,
    });
    if (to === 'terbit') await notifyFollowers(tx, 'idea', id, 'follow.ideaPublished', { title: row.title }, link, { except: [actor.userId, row.authorId] });
    return present(tx, actor, updated);
  });
}

// ---------------------------------------------------------------- files

export type IdeaUploadDeps = { db: Db; storage: Storage; env: Env };

const fileRules = {
  allowed: ideaFileTypes,
  refusedKey: 'ideas.error.fileRefused',
  maxBytes: () => IDEA_FILE_MAX_BYTES,
  tooLarge: { key: 'ideas.error.fileTooLarge', params: { mb: IDEA_FILE_MAX_BYTES / 1024 / 1024 } },
};

/** Attaches a PDF/JPG/PNG (judged by its bytes) to the author's waiting idea; at most five per idea. */
export async function addIdeaFile(deps: IdeaUploadDeps, actor: Actor, id: string, upload: { stream: Readable & { truncated?: boolean }; fileName: string }, requestId: string): Promise<IdeaFile> {
  const row = await findIdea(deps.db, actor, id);
  const editable = (r: IdeaRow) => {
    if (r.authorId !== actor.userId) throw new AppError('FORBIDDEN', 'ideas.error.notEditable');
    if (!mayEditIdea(actor, r)) throw conflict('ideas.error.notEditable');
  };
  editable(row);
  const tooMany = () => conflict('ideas.error.tooManyFiles', { max: IDEA_FILES_MAX });
  const [{ n } = { n: 0 }] = await deps.db.select({ n: count() }).from(ideaFiles).where(eq(ideaFiles.ideaId, id));
  if (n >= IDEA_FILES_MAX) {
    upload.stream.resume(); // drain the refused upload so the request can be answered
    throw tooMany();
  }
  const { attached } = await storeUpload(
    { db: deps.db, storage: deps.storage, tmpDir: path.join(deps.env.dataDir, 'tmp') },
    { regionId: actor.regionId, userId: actor.userId, stream: upload.stream, fileName: upload.fileName, ...fileRules },
    async (tx, file) => {
      // The idea row is locked so two uploads at once cannot both be the fifth.
      const [locked] = await tx.select().from(ideas).where(eq(ideas.id, id)).for('update');
      editable(locked!);
      const [{ n: now } = { n: 0 }] = await tx.select({ n: count() }).from(ideaFiles).where(eq(ideaFiles.ideaId, id));
      if (now >= IDEA_FILES_MAX) throw tooMany();
      await tx.insert(ideaFiles).values({ ideaId: id, fileId: file.id }).onConflictDoNothing();
      await tx.update(ideas).set({ updatedAt: new Date() }).where(eq(ideas.id, id));
      await audit(tx, { actor, action: 'idea.file.add', entity: 'idea', entityId: id, after: { file: file.originalName, size: file.size, mime: file.mime }, requestId });
      return { id: file.id, name: file.originalName, mime: file.mime, size: file.size };
    },
  );
  return attached;
}

export async function removeIdeaFile(db: Db, actor: Actor, id: string, fileId: string, requestId: string): Promise<void> {
  const row = await findIdea(db, actor, id);
  if (row.authorId !== actor.userId) throw new AppError('FORBIDDEN', 'ideas.error.notEditable');
  if (!mayEditIdea(actor, row)) throw conflict('ideas.error.notEditable');
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(ideaFiles).where(and(eq(ideaFiles.ideaId, id), eq(ideaFiles.fileId, fileId))).returning();
    if (!gone) throw notFound();
    await audit(tx, { actor, action: 'idea.file.remove', entity: 'idea', entityId: id, before: { fileId }, requestId });
  });
}

/**
 * An attachment for download: anyone may fetch those of a public idea (the /ide pages link them);
 * a waiting or rejected idea's only its author and its region's admins.
 */
export async function ideaFile(db: Db, actor: Actor | null, id: string, fileId: string) {
  const row = await db.query.ideas.findFirst({ where: eq(ideas.id, id) });
  const allowed = row && (isPublicIdea(row.status) || (actor && actor.regionId === row.regionId && mayReadIdea(actor, row)));
  if (!row || !allowed) throw notFound();
  const link = await db.query.ideaFiles.findFirst({ where: and(eq(ideaFiles.ideaId, id), eq(ideaFiles.fileId, fileId)) });
  const file = link && (await db.query.files.findFirst({ where: and(eq(files.id, fileId), eq(files.regionId, row.regionId)) }));
  if (!file) throw notFound();
  return file;
}

// ---------------------------------------------------------------- support

async function supportState(db: Db, actor: Actor, id: string): Promise<SupportState> {
  const [[row], supported] = await Promise.all([db.select({ supportCount: ideas.supportCount }).from(ideas).where(eq(ideas.id, id)), supportsIdea(db, actor.userId, id)]);
  return { supported, supportCount: row?.supportCount ?? 0 };
}

function refuseSupport(actor: Actor, row: IdeaRow) {
  const refusal = supportRefusal(actor, row);
  if (refusal) throw conflict(`ideas.error.${refusal}`);
}

/**
 * One support per account: the primary key keeps a single row, and the count moves only when a
 * row was really inserted or deleted in the same transaction, so double clicks cannot skew it.
 */
export async function supportIdea(db: Db, actor: Actor, id: string): Promise<SupportState> {
  const row = await findIdea(db, actor, id);
  refuseSupport(actor, row);
  await db.transaction(async (tx) => {
    const added = await tx.insert(ideaSupports).values({ ideaId: id, userId: actor.userId }).onConflictDoNothing().returning({ userId: ideaSupports.userId });
    if (added.length) await tx.update(ideas).set({ supportCount: sql`${ideas.supportCount} + 1` }).where(eq(ideas.id, id));
  });
  return supportState(db, actor, id);
}

export async function withdrawSupport(db: Db, actor: Actor, id: string): Promise<SupportState> {
  const row = await findIdea(db, actor, id);
  refuseSupport(actor, row);
  await db.transaction(async (tx) => {
    const removed = await tx.delete(ideaSupports).where(and(eq(ideaSupports.ideaId, id), eq(ideaSupports.userId, actor.userId))).returning({ userId: ideaSupports.userId });
    if (removed.length) await tx.update(ideas).set({ supportCount: sql`greatest(${ideas.supportCount} - 1, 0)` }).where(eq(ideas.id, id));
  });
  return supportState(db, actor, id);
}

// ---------------------------------------------------------------- comments

const commentColumns = {
  id: ideaComments.id,
  ideaId: ideaComments.ideaId,
  ideaTitle: ideas.title,
  authorName: users.name,
  body: ideaComments.body,
  status: ideaComments.status,
  rejectReason: ideaComments.rejectReason,
  createdAt: ideaComments.createdAt,
  moderatedAt: ideaComments.moderatedAt,
};

function commentQuery(db: Db, where: SQL | undefined) {
  return db.select(commentColumns).from(ideaComments).innerJoin(ideas, eq(ideas.id, ideaComments.ideaId)).innerJoin(users, eq(users.id, ideaComments.authorId)).where(where);
}

type CommentRow = Awaited<ReturnType<typeof commentQuery>>[number];
const presentComment = (r: CommentRow): IdeaComment => ({ ...r, status: r.status as CommentStatus, createdAt: r.createdAt.toISOString(), moderatedAt: iso(r.moderatedAt) });

async function loadComment(db: Db, id: string): Promise<IdeaComment> {
  const [row] = await commentQuery(db, eq(ideaComments.id, id));
  return presentComment(row!);
}

/** A comment on a public idea of the caller's region; it waits for moderation before anyone else sees it. */
export async function addComment(db: Db, actor: Actor, id: string, input: CommentInput, requestId: string): Promise<IdeaComment> {
  const row = await findIdea(db, actor, id);
  if (!mayComment(row)) throw conflict('ideas.error.notPublished');
  return db.transaction(async (tx) => {
    const [comment] = await tx.insert(ideaComments).values({ regionId: row.regionId, ideaId: id, authorId: actor.userId, body: input.body }).returning();
    await audit(tx, { actor, action: 'idea.comment.add', entity: 'idea_comment', entityId: comment!.id, after: { ideaId: id }, requestId });
    return loadComment(tx, comment!.id);
  });
}

/** The admin's comment queue: oldest first, with counts per status. */
export async function listComments(db: Db, actor: Actor, q: IdeaCommentListQuery): Promise<IdeaCommentList> {
  const base = eq(ideaComments.regionId, actor.regionId);
  const [rows, countRows] = await Promise.all([
    commentQuery(db, and(base, q.status ? eq(ideaComments.status, q.status) : undefined))
      .orderBy(asc(ideaComments.createdAt), asc(ideaComments.id))
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize),
    db.select({ status: ideaComments.status, n: count() }).from(ideaComments).where(base).groupBy(ideaComments.status),
  ]);
  const counts = { menunggu: 0, terbit: 0, ditolak: 0 };
  for (const c of countRows) if (c.status in counts) counts[c.status as CommentStatus] = c.n;
  const total = q.status ? counts[q.status] : counts.menunggu + counts.terbit + counts.ditolak;
  return { items: rows.map(presentComment), total, page: q.page, pageSize: q.pageSize, counts };
}

/** Publishes or rejects a waiting comment; `comment_count` counts published ones, moved in the same transaction. */
export async function moderateComment(db: Db, actor: Actor, commentId: string, input: ModerationInput, requestId: string): Promise<IdeaComment> {
  const comment = await db.query.ideaComments.findFirst({ where: and(eq(ideaComments.id, commentId), eq(ideaComments.regionId, actor.regionId)) });
  if (!comment) throw notFound();
  const { to, reason } = decisionOf(comment.status, input);
  const now = new Date();
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(ideaComments)
      .set({ status: to, rejectReason: reason, moderatedBy: actor.userId, moderatedAt: now })
      .where(and(eq(ideaComments.id, commentId), eq(ideaComments.status, 'menunggu')))
      .returning();
    if (!updated) throw conflict('ideas.error.alreadyDecided');
    if (to === 'terbit') await tx.update(ideas).set({ commentCount: sql`${ideas.commentCount} + 1` }).where(eq(ideas.id, comment.ideaId));
    await audit(tx, { actor, action: `idea.comment.${input.decision}`, entity: 'idea_comment', entityId: commentId, before: { status: comment.status }, after: { status: to, ideaId: comment.ideaId }, reason, requestId });
    const idea = (await tx.query.ideas.findFirst({ where: eq(ideas.id, comment.ideaId), columns: { title: true } }))!;
    await notify(tx, {
      regionId: comment.regionId,
      userIds: [comment.authorId],
      kind: to === 'terbit' ? 'ideas.commentPublished' : 'ideas.commentRejected',
      params: to === 'terbit' ? { title: idea.title } : { title: idea.title, reason: reason! },
      link: `/ide/${comment.ideaId}`,
      exceptUserId: actor.userId,
    });
    return loadComment(tx, commentId);
  });
}

// ---------------------------------------------------------------- assignment

/**
 * Turns a published idea into an innovation proposal of a unit, through the registry's own
 * service functions (create with the back link `innovations.idea_id`, then the `proposal`
 * lifecycle record), in one transaction with the idea's change: the idea is claimed first
 * (`terbit` → `ditugaskan` only if still `terbit`), so a double submit makes one proposal; then
 * `ideas.innovation_id` links the other way.
 */
export async function assignIdea(db: Db, actor: Actor, id: string, unitId: string, requestId: string): Promise<Idea> {
  const row = await findIdea(db, actor, id);
  if (!mayAssign(row)) throw conflict('ideas.error.notAssignable');
  const unit = await db.query.units.findFirst({ where: and(eq(units.id, unitId), eq(units.regionId, actor.regionId), eq(units.active, true)) });
  if (!unit) throw invalid('unitId', 'ideas.error.unitUnknown');
  const author = (await db.query.users.findFirst({ where: eq(users.id, row.authorId), columns: { name: true } }))!;
  const authorRoles = (await db.select({ role: userRoles.role }).from(userRoles).where(eq(userRoles.userId, row.authorId))).map((r) => r.role as Role);
  const period = await currentPeriod(db, actor.regionId);
  const codes = await activeCodes(db, actor.regionId, period.id);
  const initiator = initiatorOf(authorRoles);
  const region = (await db.query.regions.findFirst({ where: eq(regions.id, actor.regionId), columns: { timeZone: true } }))!;
  const today = zoneDay(new Date(), region.timeZone as TimeZone);
  const now = new Date();

  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(ideas)
      .set({ status: 'ditugaskan', unitId, assignedAt: now, updatedAt: now })
      .where(and(eq(ideas.id, id), eq(ideas.status, 'terbit')))
      .returning();
    if (!claimed) throw conflict('ideas.error.notAssignable');
    const created = await createInnovation(
      tx,
      actor,
      {
        unitId,
        name: row.title.slice(0, 300),
        goal: row.problem,
        benefits: row.solution,
        initiator: codes.get('initiator')?.has(initiator) ? initiator : null,
        initiatorName: author.name.slice(0, 200),
        mainAffair: row.affair && codes.get('affair')?.has(row.affair) ? row.affair : null,
      },
      requestId,
      { ideaId: id },
    );
    const innovationId = created.innovation.id;
    const note = translator('id')('ideas.proposalNote', { title: row.title, author: author.name }).slice(0, 2000);
    await recordStep(tx, actor, innovationId, { step: 'proposal', date: today, note }, requestId);
    const [linked] = await tx.update(ideas).set({ innovationId }).where(eq(ideas.id, id)).returning();
    await audit(tx, { actor, action: 'idea.assign', entity: 'idea', entityId: id, before: { status: row.status }, after: { status: 'ditugaskan', unitId, innovationId }, requestId });
    const params = { title: row.title, unit: unit.name };
    await notify(tx, { regionId: row.regionId, userIds: [row.authorId], kind: 'ideas.assigned', params, link: ideaLink(id, 'ditugaskan'), exceptUserId: actor.userId });
    await notifyFollowers(tx, 'idea', id, 'follow.ideaAssigned', params, ideaLink(id, 'ditugaskan'), { except: [actor.userId, row.authorId] });
    const operators = await audienceOf(tx, row.regionId, 'operator', unitId);
    await notify(tx, { regionId: row.regionId, userIds: operators, kind: 'ideas.proposal', params, link: `/registri/${innovationId}`, exceptUserId: actor.userId });
    return present(tx, actor, linked!);
  });
}
