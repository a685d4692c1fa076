import { and, asc, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { InnovationCreate, InnovationListQuery, InnovationUpdate } from '../../../domain/contracts/innovations.js';
import { countWords, plainText } from '../../../domain/innovations/design-text.js';
import type { MasterList } from '../../../domain/master-data.js';
import type { Db } from '../../db/client.js';
import { files, innovations, periods, units } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, forbidden, invalid, notFound, type FieldProblem } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { innovationLink, notifyFollowers } from '../citizens/follows.service.js';
import { activeCodes } from '../master-data/master-data.service.js';
import { assertWritable, findInnovation, loadDetail } from './innovations.detail.js';
import { mayEditUnit, visibleInnovationUnits } from './innovations.policy.js';
import { presentListItem, type InnovationRow } from './innovations.presenter.js';

type Profile = Partial<InnovationCreate>;

/** Which master list each coded profile field draws from. */
const codedFields: [keyof Profile, MasterList][] = [
  ['initiator', 'initiator'],
  ['kind', 'kind'],
  ['form', 'form'],
  ['mainAffair', 'affair'],
  ['otherAffairs', 'affair'],
  ['theme', 'theme'],
  ['classification', 'classification'],
  ['priorities', 'priority'],
];

/** Every code must be an active master-data item (per-period lists: of the innovation's period). */
export async function checkCodes(db: Db, regionId: string, periodId: string, input: Profile): Promise<void> {
  const lists = await activeCodes(db, regionId, periodId);
  const problems: FieldProblem[] = [];
  for (const [field, list] of codedFields) {
    const value = input[field];
    const values = Array.isArray(value) ? value : typeof value === 'string' ? [value] : [];
    for (const code of values) if (!lists.get(list)?.has(code)) problems.push({ path: field, key: 'error.masterItemUnknown', params: { code } });
  }
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, {}, problems);
}

/** A file the profile points at must be one of this region's stored files. */
async function checkFiles(db: Db, regionId: string, input: Profile): Promise<void> {
  const ids = [input.budgetFileId, input.businessProfileFileId, input.videoFileId].filter((x): x is string => !!x);
  if (!ids.length) return;
  const found = await db.select({ id: files.id }).from(files).where(and(eq(files.regionId, regionId), inArray(files.id, ids)));
  const missing = ids.filter((id) => !found.some((f) => f.id === id));
  if (missing.length) throw invalid('budgetFileId', 'error.fileNotOfInnovation');
}

async function checkUnit(db: Db, actor: Actor, unitId: string): Promise<void> {
  if (!mayEditUnit(actor, unitId)) throw forbidden();
  const unit = await db.query.units.findFirst({ where: and(eq(units.id, unitId), eq(units.regionId, actor.regionId)), columns: { id: true } });
  if (!unit) throw invalid('unitId', 'error.unitUnknown');
}

/** The stored columns of profile fields; the design also keeps its plain text and word count. */
function columnsOf(input: Profile): Partial<typeof innovations.$inferInsert> {
  const { design, ...rest } = input;
  const out: Partial<typeof innovations.$inferInsert> = Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined));
  if (design !== undefined) Object.assign(out, { design, designText: plainText(design), designWords: countWords(design) });
  return out;
}

export async function currentPeriod(db: Db, regionId: string) {
  const period = await db.query.periods.findFirst({ where: and(eq(periods.regionId, regionId), eq(periods.isCurrent, true)) });
  if (!period) throw notFound();
  return period;
}

/**
 * Creates an innovation in the current period. `opts.ideaId`: the idea-bank idea it is made from
 * (the idea bank's assignment); the link is kept on the row and in the audit entry.
 */
export async function createInnovation(db: Db, actor: Actor, input: InnovationCreate, requestId: string, opts: { ideaId?: string } = {}) {
  await checkUnit(db, actor, input.unitId);
  const period = await currentPeriod(db, actor.regionId);
  await checkCodes(db, actor.regionId, period.id, input);
  await checkFiles(db, actor.regionId, input);
  const ideaId = opts.ideaId ?? null;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(innovations)
      .values({ ...columnsOf(input), regionId: actor.regionId, unitId: input.unitId, periodId: period.id, name: input.name, createdBy: actor.userId, ideaId })
      .returning();
    await audit(tx, { actor, action: 'innovation.create', entity: 'innovation', entityId: row!.id, after: { name: row!.name, unitId: row!.unitId, period: period.year, ...(ideaId ? { ideaId } : {}) }, requestId });
    return loadDetail(tx, row!);
  });
}

const auditable = (row: InnovationRow, keys: string[]) => Object.fromEntries(keys.map((k) => [k, k === 'design' ? `${row.designWords} kata` : row[k as keyof InnovationRow]]));

/**
 * Saves profile fields over the version the editor started from. A stale version is refused with
 * both versions available to the client (the stored one in `details.current`), never merged silently.
 */
export async function updateInnovation(db: Db, actor: Actor, id: string, input: InnovationUpdate, requestId: string) {
  const row = await findInnovation(db, actor, id);
  assertWritable(actor, row);
  const { version, ...profile } = input;
  if (profile.unitId && profile.unitId !== row.unitId) await checkUnit(db, actor, profile.unitId);
  await checkCodes(db, actor.regionId, row.periodId, profile);
  await checkFiles(db, actor.regionId, profile);
  return db.transaction(async (tx) => {
    const [updated] = await tx
      .update(innovations)
      .set({ ...columnsOf(profile), version: sql`${innovations.version} + 1`, updatedAt: new Date() })
      .where(and(eq(innovations.id, id), eq(innovations.version, version)))
      .returning();
    if (!updated) {
      const stored = (await tx.query.innovations.findFirst({ where: eq(innovations.id, id) }))!;
      const detail = await loadDetail(tx, stored);
      throw new AppError('VERSION_CONFLICT', 'error.VERSION_CONFLICT', {}, [], { current: detail.innovation });
    }
    const keys = Object.keys(profile).filter((k) => profile[k as keyof typeof profile] !== undefined);
    const changes = diff(auditable(row, keys), auditable(updated, keys));
    if (Object.keys(changes.after).length) await audit(tx, { actor, action: 'innovation.update', entity: 'innovation', entityId: id, ...changes, requestId });
    // Citizens following a published innovation hear of it (at most once a day each).
    const link = innovationLink(updated.slug, updated.publishedAt);
    if (link && Object.keys(changes.after).length) {
      await notifyFollowers(tx, 'innovation', id, 'follow.innovationUpdated', { title: updated.name }, link, { except: [actor.userId] });
    }
    return loadDetail(tx, updated);
  });
}

export async function getInnovation(db: Db, actor: Actor, id: string) {
  return loadDetail(db, await findInnovation(db, actor, id));
}

// ---------------------------------------------------------------- lists

/**
 * Every word must match as a prefix of a stemmed word (Indonesian stemming finds "pelayanan" for
 * "layanan"; the prefix catches a half-typed "antre"), so the GIN index on `search` answers it.
 * Words are reduced to letters and digits: nothing the person types reaches the query syntax.
 */
export function searchCondition(text: string): SQL {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 8);
  if (!words.length) return sql`false`;
  return sql`${innovations.search} @@ to_tsquery('indonesian', ${words.map((w) => `${w}:*`).join(' & ')})`;
}

function listWhere(actor: Actor, q: InnovationListQuery, periodId: string): SQL {
  const scope = visibleInnovationUnits(actor);
  const conditions: (SQL | undefined)[] = [
    eq(innovations.regionId, actor.regionId),
    eq(innovations.periodId, periodId),
    scope === 'all' ? undefined : scope.length ? inArray(innovations.unitId, scope) : sql`false`,
    q.unitId ? eq(innovations.unitId, q.unitId) : undefined,
    q.stage ? eq(innovations.stage, q.stage) : undefined,
    q.affair ? or(eq(innovations.mainAffair, q.affair), sql`${q.affair} = any(${innovations.otherAffairs})`) : undefined,
    q.form ? eq(innovations.form, q.form) : undefined,
    q.kind ? eq(innovations.kind, q.kind) : undefined,
    q.status ? eq(innovations.status, q.status) : undefined,
    q.reviewState ? eq(innovations.reviewState, q.reviewState) : undefined,
    q.complete === 'true' ? eq(innovations.completeness, 100) : q.complete === 'false' ? sql`${innovations.completeness} < 100` : undefined,
    q.q ? searchCondition(q.q) : undefined,
  ];
  return and(...conditions.filter((c): c is SQL => !!c))!;
}

const sortColumns = {
  updated: innovations.updatedAt,
  name: innovations.name,
  maturity: innovations.maturityClaimed,
  completeness: innovations.completeness,
  unit: units.name,
} as const;

async function listRows(db: Db, actor: Actor, q: InnovationListQuery, limit: number, offset: number) {
  const periodId = q.periodId ?? (await currentPeriod(db, actor.regionId)).id;
  const where = listWhere(actor, q, periodId);
  const dir = q.order === 'asc' ? asc : desc;
  const rows = await db
    .select({
      id: innovations.id,
      name: innovations.name,
      unitId: innovations.unitId,
      unitName: units.name,
      periodYear: periods.year,
      stage: innovations.stage,
      mainAffair: innovations.mainAffair,
      form: innovations.form,
      kind: innovations.kind,
      status: innovations.status,
      reviewState: innovations.reviewState,
      completeness: innovations.completeness,
      maturityClaimed: innovations.maturityClaimed,
      updatedAt: innovations.updatedAt,
    })
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .innerJoin(periods, eq(periods.id, innovations.periodId))
    .where(where)
    .orderBy(dir(sortColumns[q.sort]), asc(innovations.id))
    .limit(limit)
    .offset(offset);
  return { rows, where };
}

export async function listInnovations(db: Db, actor: Actor, q: InnovationListQuery) {
  const { rows, where } = await listRows(db, actor, q, q.pageSize, (q.page - 1) * q.pageSize);
  // Counted apart, on innovations alone: a window count would build every matching joined row.
  const [counted] = await db.select({ total: sql<number>`count(*)::int` }).from(innovations).where(where);
  return { items: rows.map(presentListItem), total: counted?.total ?? 0, page: q.page, pageSize: q.pageSize };
}

/** The whole filtered list (up to the import cap), for the Excel export. */
export async function exportRows(db: Db, actor: Actor, q: InnovationListQuery) {
  return (await listRows(db, actor, q, 10_000, 0)).rows;
}

