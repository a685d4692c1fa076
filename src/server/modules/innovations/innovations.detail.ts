import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Assessment, Evidence, InnovationDetail } from '../../../domain/contracts/innovations.js';
import { aspectMax, findIndicator, type Catalogue } from '../../../domain/iid/catalogue.js';
import { evaluateInnovation, methodOf } from '../../../domain/iid/engine.js';
import { nextSteps, trialTooLong, type LifecycleStep } from '../../../domain/innovations/lifecycle.js';
import { completenessOf, evidenceCheckOf, toEngineInnovation, type StoredAnswer } from '../../../domain/innovations/scoring.js';
import { frozenStates, type IndicatorReviewState, type ReviewState } from '../../../domain/review/workflow.js';
import type { Db } from '../../db/client.js';
import { answers, evidence, files, indicators, innovations, lifecycleRecords, periods, units } from '../../db/schema.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { loadCatalogue } from '../periods/periods.service.js';
import { mayEditUnit, visibleInnovationUnits } from './innovations.policy.js';
import { presentFile, presentInnovation, presentLifecycleRecord, type FileRow, type InnovationRow } from './innovations.presenter.js';

/** The trial length above which the page warns; PP 38/2017 sets none nationally, so it is a period parameter. */
export const DEFAULT_MAX_TRIAL_DAYS = 365;

/** One of the actor's visible innovations, or 404 (a hidden innovation is not even confirmed to exist). */
export async function findInnovation(db: Db, actor: Actor, id: string): Promise<InnovationRow> {
  const row = await db.query.innovations.findFirst({ where: and(eq(innovations.id, id), eq(innovations.regionId, actor.regionId)) });
  const scope = visibleInnovationUnits(actor);
  if (!row || (scope !== 'all' && !scope.includes(row.unitId))) throw notFound();
  return row;
}

/** An innovation the actor may change: their unit's (or any, for an admin), and not carried over. */
export function assertWritable(actor: Actor, row: InnovationRow): void {
  if (!mayEditUnit(actor, row.unitId)) throw forbidden();
  if (row.status !== 'aktif') throw new AppError('CONFLICT', 'error.innovationReadOnly');
  if (frozenStates.includes(row.reviewState as ReviewState)) throw new AppError('CONFLICT', 'error.innovationReported');
}

type Loaded = {
  row: InnovationRow;
  catalogue: Catalogue;
  answers: (StoredAnswer & { evidenceRows: (typeof evidence.$inferSelect)[]; outdated: boolean; review: IndicatorReviewState; reviewNote: string | null })[];
  fileById: Map<string, FileRow>;
};

async function loadParts(db: Db, row: InnovationRow): Promise<Loaded> {
  const catalogue = await loadCatalogue(db, row.regionId, row.periodId);
  const [answerRows, evidenceRows, recordFiles, versions] = await Promise.all([
    db.select().from(answers).where(eq(answers.innovationId, row.id)),
    db.select().from(evidence).where(eq(evidence.innovationId, row.id)).orderBy(asc(evidence.createdAt)),
    db.select({ fileId: lifecycleRecords.fileId }).from(lifecycleRecords).where(eq(lifecycleRecords.innovationId, row.id)),
    db.select({ code: indicators.code, version: indicators.version }).from(indicators).where(eq(indicators.periodId, row.periodId)),
  ]);
  const currentVersion = new Map(versions.map((v) => [v.code, v.version]));
  const fileIds = [row.budgetFileId, row.businessProfileFileId, row.videoFileId, ...evidenceRows.map((e) => e.fileId), ...recordFiles.map((r) => r.fileId)].filter(
    (x): x is string => !!x,
  );
  const fileRows = fileIds.length ? await db.select().from(files).where(inArray(files.id, fileIds)) : [];
  const fileById = new Map(fileRows.map((f) => [f.id, f]));
  const codes = new Set([...answerRows.map((a) => a.code), ...evidenceRows.map((e) => e.code)]);
  const stored = [...codes].map((code) => {
    const a = answerRows.find((x) => x.code === code);
    const ev = evidenceRows.filter((e) => e.code === code);
    return {
      code,
      option: a?.option ?? 0,
      basis: a?.basis ?? null,
      evidence: ev.map((e) => ({ kind: e.kind as 'pdf', status: e.status as 'pending' })),
      evidenceRows: ev,
      outdated: !!a && a.indicatorVersion < (currentVersion.get(code) ?? 1),
      review: (a?.review ?? 'pending') as IndicatorReviewState,
      reviewNote: a?.reviewNote ?? null,
    };
  });
  return { row, catalogue, answers: stored, fileById };
}

function assessmentOf(parts: Loaded): Assessment {
  const { row, catalogue } = parts;
  const engineInnovation = toEngineInnovation(catalogue, row as Parameters<typeof toEngineInnovation>[1], parts.answers);
  const method = methodOf(catalogue);
  const score = (projection: 'claimed' | 'verified') => {
    const r = evaluateInnovation(method, engineInnovation, projection);
    return { maturity: r.maturity, eligible: r.eligible, reasons: r.reasons };
  };
  const presentEvidence = (e: Loaded['answers'][number]['evidenceRows'][number]): Evidence => ({
    id: e.id,
    kind: e.kind as Evidence['kind'],
    file: presentFile(e.fileId ? parts.fileById.get(e.fileId) : null),
    url: e.url,
    letterNumber: e.letterNumber,
    letterDate: e.letterDate,
    letterSubject: e.letterSubject,
    status: e.status as Evidence['status'],
    createdAt: e.createdAt.toISOString(),
  });
  return {
    answers: parts.answers
      .filter((a) => findIndicator(catalogue, a.code)?.aspect === 'innovation')
      .map((a) => {
        const check = evidenceCheckOf(catalogue, a);
        const indicator = findIndicator(catalogue, a.code)!;
        return {
          code: a.code,
          option: a.option,
          basis: a.basis as Assessment['answers'][number]['basis'],
          evidence: a.evidenceRows.map(presentEvidence),
          accepts: [...check.accepts],
          present: check.present,
          score: check.present && a.option > 0 && (!indicator.bases || a.basis) ? indicator.weight * a.option : 0,
          outdated: a.outdated,
          review: a.review,
          reviewNote: a.reviewNote,
        };
      }),
    claimed: score('claimed'),
    verified: score('verified'),
    maturityMax: aspectMax(catalogue, 'innovation'),
    completeness: completenessOf(catalogue, row, parts.answers),
    version: row.version,
  };
}

export function maxTrialDays(catalogue: Catalogue): number {
  return catalogue.period.maxTrialDays ?? DEFAULT_MAX_TRIAL_DAYS;
}

/**
 * Everything the innovation page shows. Also brings the list's denormalised figures (completeness,
 * claimed maturity) up to date, so every mutation that ends by loading the detail keeps lists right.
 */
export async function loadDetail(db: Db, row: InnovationRow): Promise<InnovationDetail> {
  const parts = await loadParts(db, row);
  const assessment = assessmentOf(parts);
  if (row.completeness !== assessment.completeness.percent || row.maturityClaimed !== assessment.claimed.maturity) {
    await db.update(innovations).set({ completeness: assessment.completeness.percent, maturityClaimed: assessment.claimed.maturity }).where(eq(innovations.id, row.id));
    row = { ...row, completeness: assessment.completeness.percent, maturityClaimed: assessment.claimed.maturity };
  }
  const [unit, period, next, records] = await Promise.all([
    db.query.units.findFirst({ where: eq(units.id, row.unitId), columns: { name: true } }),
    db.query.periods.findFirst({ where: eq(periods.id, row.periodId), columns: { year: true } }),
    db.query.innovations.findFirst({ where: eq(innovations.previousId, row.id), columns: { id: true } }),
    db.select().from(lifecycleRecords).where(eq(lifecycleRecords.innovationId, row.id)).orderBy(asc(lifecycleRecords.recordedAt)),
  ]);
  const limit = maxTrialDays(parts.catalogue);
  return {
    innovation: presentInnovation(row, { unitName: unit?.name ?? '', periodYear: period?.year ?? 0, nextId: next?.id ?? null, fileById: parts.fileById }),
    lifecycle: {
      records: records.map((r) => presentLifecycleRecord(r, r.fileId ? parts.fileById.get(r.fileId) : undefined)),
      nextSteps: row.status === 'aktif' ? nextSteps(records.map((r) => ({ step: r.step as LifecycleStep, feasible: r.feasible ?? undefined })), row.stage as 'inisiatif') : [],
      trialTooLong: !!(row.trialStartedOn && row.trialPlannedEndOn && trialTooLong(row.trialStartedOn, row.trialPlannedEndOn, limit)),
      maxTrialDays: limit,
    },
    assessment,
  };
}
