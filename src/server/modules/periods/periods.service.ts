import { and, asc, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { CloneInput, IidCalculateInput, IidCalculateResult, Indicator, IndicatorDefinition, IndicatorUpdate, PeriodParameters, PeriodUpdate } from '../../../domain/contracts/periods.js';
import type { z } from 'zod';
import type { Catalogue } from '../../../domain/iid/catalogue.js';
import { assessBoth } from '../../../domain/iid/engine.js';
import { reportOfInput } from '../../../domain/contracts/iid.js';
import { queryRows, type Db } from '../../db/client.js';
import { indicators, indicatorVersions, periods } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, conflict, isUniqueViolation, notFound, type FieldProblem } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { cloneMasterData } from '../master-data/master-data.service.js';
import { catalogueOf, presentIndicator, presentPeriod, presentPeriodDetail, type PeriodRow } from './periods.presenter.js';

// Every edit of a period or an indicator writes an audit entry with before/after, and never renumbers
// codes (code and aspect are not editable). An edit of an indicator that stored answers were given
// under keeps the old definition as a numbered version (indicator_versions), and those answers are
// marked for a second look.

async function findPeriod(db: Db, actor: Actor, id: string): Promise<PeriodRow> {
  const row = await db.query.periods.findFirst({ where: and(eq(periods.id, id), eq(periods.regionId, actor.regionId)) });
  if (!row) throw notFound();
  return row;
}

const indicatorRows = (db: Db, periodId: string) => db.select().from(indicators).where(eq(indicators.periodId, periodId)).orderBy(asc(indicators.position));

export async function listPeriods(db: Db, actor: Actor) {
  const rows = await db.select().from(periods).where(eq(periods.regionId, actor.regionId)).orderBy(desc(periods.year));
  const counts = rows.length
    ? await db
        .select({ periodId: indicators.periodId, aspect: indicators.aspect, n: sql<number>`count(*)::int` })
        .from(indicators)
        .where(inArray(indicators.periodId, rows.map((r) => r.id)))
        .groupBy(indicators.periodId, indicators.aspect)
    : [];
  const count = (periodId: string, aspect: string) => counts.find((c) => c.periodId === periodId && c.aspect === aspect)?.n ?? 0;
  return { items: rows.map((row) => presentPeriod(row, { region: count(row.id, 'region'), innovation: count(row.id, 'innovation') })) };
}

export async function getPeriod(db: Db, actor: Actor, id: string) {
  const row = await findPeriod(db, actor, id);
  return presentPeriodDetail(row, await indicatorRows(db, id));
}

type CatalogueRow = Pick<PeriodRow, 'id' | 'regionId' | 'year' | 'parameters' | 'variables'> & { indicators: { code: string; aspect: string; definition: unknown }[] };

/** Periods with their indicators (in display order) in one round trip: the engine's input. */
const catalogueRows = (db: Db, where: SQL) =>
  queryRows<CatalogueRow>(
    db,
    sql`select p.id, p.region_id as "regionId", p.year, p.parameters, p.variables,
      coalesce((select json_agg(json_build_object('code', i.code, 'aspect', i.aspect, 'definition', i.definition) order by i.position)
                from indicators i where i.period_id = p.id), '[]'::json) as indicators
    from periods p where ${where}`,
  );

const toCatalogue = (row: CatalogueRow) => catalogueOf(row, row.indicators);

/** The catalogue the engine uses for one of a region's periods ('current' for its current one), read from the database. */
export async function loadCatalogue(db: Db, regionId: string, periodId: string | 'current'): Promise<Catalogue> {
  const [row] = await catalogueRows(db, periodId === 'current' ? sql`p.region_id = ${regionId} and p.is_current` : sql`p.region_id = ${regionId} and p.id = ${periodId}`);
  if (!row) throw notFound();
  return toCatalogue(row);
}

/** The current catalogue of every given region (or of all regions), in one query: for nation-wide scoring. */
export async function loadCurrentCatalogues(db: Db, regionIds?: readonly string[]): Promise<Map<string, Catalogue>> {
  if (regionIds?.length === 0) return new Map();
  const where = regionIds ? sql`p.is_current and p.region_id in (${sql.join(regionIds.map((id) => sql`${id}`), sql`, `)})` : sql`p.is_current`;
  return new Map((await catalogueRows(db, where)).map((row) => [row.regionId, toCatalogue(row)]));
}

export async function updatePeriod(db: Db, actor: Actor, id: string, input: PeriodUpdate, requestId: string) {
  const before = await findPeriod(db, actor, id);
  const old = before.parameters as PeriodParameters;
  const next: PeriodParameters = { ...old, ...Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) };
  const changes = diff(old, next);
  if (Object.keys(changes.after).length > 0) {
    await db.transaction(async (tx) => {
      await tx.update(periods).set({ parameters: next, updatedAt: new Date() }).where(and(eq(periods.id, id), eq(periods.regionId, actor.regionId)));
      await audit(tx, { actor, action: 'update', entity: 'period', entityId: id, before: { year: before.year, ...changes.before }, after: { year: before.year, ...changes.after }, requestId });
    });
  }
  return getPeriod(db, actor, id);
}

export async function makeCurrent(db: Db, actor: Actor, id: string, requestId: string) {
  const target = await findPeriod(db, actor, id);
  if (!target.isCurrent) {
    await db.transaction(async (tx) => {
      const [previous] = await tx
        .update(periods)
        .set({ isCurrent: false, updatedAt: new Date() })
        .where(and(eq(periods.regionId, actor.regionId), eq(periods.isCurrent, true)))
        .returning({ id: periods.id, year: periods.year });
      await tx.update(periods).set({ isCurrent: true, updatedAt: new Date() }).where(and(eq(periods.id, id), eq(periods.regionId, actor.regionId)));
      await audit(tx, {
        actor,
        action: 'make_current',
        entity: 'period',
        entityId: id,
        before: { current: previous ? { id: previous.id, year: previous.year } : null },
        after: { current: { id, year: target.year } },
        requestId,
      });
    });
  }
  return getPeriod(db, actor, id);
}

export async function clonePeriod(db: Db, actor: Actor, id: string, input: z.infer<typeof CloneInput>, requestId: string) {
  const source = await findPeriod(db, actor, id);
  const rows = await indicatorRows(db, id);
  let newId: string;
  try {
    newId = await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(periods)
        .values({ regionId: actor.regionId, year: input.year, parameters: source.parameters, variables: source.variables, isCurrent: false })
        .returning({ id: periods.id });
      if (rows.length) {
        await tx.insert(indicators).values(rows.map((r) => ({ periodId: row!.id, code: r.code, aspect: r.aspect, position: r.position, definition: r.definition })));
      }
      await cloneMasterData(tx, actor.regionId, id, row!.id);
      await audit(tx, { actor, action: 'clone', entity: 'period', entityId: row!.id, after: { year: input.year, from: { id, year: source.year }, indicators: rows.length }, requestId });
      return row!.id;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw conflict('error.periodYearTaken', 'year');
    throw err;
  }
  return getPeriod(db, actor, newId);
}

export async function updateIndicator(db: Db, actor: Actor, id: string, code: string, input: IndicatorUpdate, requestId: string) {
  await findPeriod(db, actor, id);
  const [row] = await db.select().from(indicators).where(and(eq(indicators.periodId, id), eq(indicators.code, code)));
  if (!row) throw notFound();
  const old = row.definition as IndicatorDefinition;
  if (input.bases) {
    // Bases can be relabelled, never added to an indicator without them or to a basis it does not have.
    const unknown = Object.keys(input.bases).filter((b) => !old.bases || !(b in old.bases));
    if (unknown.length) throw new AppError('VALIDATION_FAILED', undefined, {}, unknown.map((b) => ({ path: `bases.${b}`, key: 'validation.unknown_field' })));
  }
  const next: IndicatorDefinition = {
    ...old,
    ...Object.fromEntries(Object.entries(input).filter(([k, v]) => v !== undefined && k !== 'bases')),
    ...(input.bases && old.bases ? { bases: { ...old.bases, ...input.bases } } : {}),
  };
  const changes = diff(old as Record<string, unknown>, next as Record<string, unknown>);
  let version = row.version;
  if (Object.keys(changes.after).length > 0) {
    await db.transaction(async (tx) => {
      // Answers given under the current definition keep it: it becomes a numbered earlier version.
      const inUse = (await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from answers a join innovations i on i.id = a.innovation_id where i.period_id = ${id} and a.code = ${code} and a.indicator_version = ${row.version}`))[0]!.n > 0;
      if (inUse) {
        await tx.insert(indicatorVersions).values({ indicatorId: row.id, version: row.version, definition: row.definition, replacedBy: actor.name });
        version = row.version + 1;
      }
      await tx.update(indicators).set({ definition: next, version, updatedAt: new Date() }).where(eq(indicators.id, row.id));
      await audit(tx, { actor, action: 'update', entity: 'indicator', entityId: row.id, before: { periodId: id, code, ...changes.before }, after: { periodId: id, code, ...changes.after }, requestId });
    });
  }
  return presentIndicator({ ...row, definition: next }) as Indicator;
}

/** The earlier definitions of an indicator of a period in use, newest first, with the current one on top. */
export async function indicatorHistory(db: Db, actor: Actor, id: string, code: string) {
  await findPeriod(db, actor, id);
  const [row] = await db.select().from(indicators).where(and(eq(indicators.periodId, id), eq(indicators.code, code)));
  if (!row) throw notFound();
  const earlier = await db.select().from(indicatorVersions).where(eq(indicatorVersions.indicatorId, row.id)).orderBy(desc(indicatorVersions.version));
  return {
    items: [
      { version: row.version, current: true, replacedAt: null, replacedBy: null, indicator: presentIndicator(row) as Indicator },
      ...earlier.map((v) => ({ version: v.version, current: false, replacedAt: v.replacedAt.toISOString(), replacedBy: v.replacedBy, indicator: presentIndicator({ ...row, definition: v.definition }) as Indicator })),
    ],
  };
}

type AnswerInput = IidCalculateInput['region']['answers'];

/** Codes the period does not know, or answers of the wrong shape, as field problems. */
function answerProblems(catalogue: Catalogue, answers: AnswerInput, aspect: 'region' | 'innovation', path: string, problems: FieldProblem[]) {
  for (const [code, value] of Object.entries(answers)) {
    const indicator = catalogue.indicators.find((i) => i.code === code && i.aspect === aspect);
    const key = !indicator
      ? 'validation.unknownIndicator'
      : typeof value === 'object' && !indicator.bases
        ? 'validation.noBasis'
        : typeof value === 'number' && value > 0 && indicator.bases
          ? 'validation.needsBasis'
          : null;
    if (key && problems.length < 50) problems.push({ path: `${path}.${code}`, key });
  }
}

/** The simulator's server side: both projections of the given answers under the stored period's method. */
export async function calculate(db: Db, actor: Actor, input: IidCalculateInput): Promise<IidCalculateResult> {
  const catalogue = await loadCatalogue(db, actor.regionId, input.periodId);
  const problems: FieldProblem[] = [];
  answerProblems(catalogue, input.region.answers, 'region', 'region.answers', problems);
  input.innovations.forEach((innovation, index) => answerProblems(catalogue, innovation.answers, 'innovation', `innovations.${index}.answers`, problems));
  if (problems.length) throw new AppError('VALIDATION_FAILED', undefined, {}, problems);
  return { period: { id: input.periodId, year: catalogue.period.year }, ...assessBoth(catalogue, reportOfInput(input)) };
}
