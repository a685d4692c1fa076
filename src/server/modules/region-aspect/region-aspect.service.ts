import path from 'node:path';
import type { Readable } from 'node:stream';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { EvidenceLinkInput } from '../../../domain/contracts/innovations.js';
import type { RegionAspect } from '../../../domain/contracts/region-aspect.js';
import type { IndicatorReviewInput } from '../../../domain/contracts/review.js';
import { findIndicator, indicatorsOf, type Catalogue } from '../../../domain/iid/catalogue.js';
import { regionAspect } from '../../../domain/iid/engine.js';
import { evidenceKindOfMime, letterOf, type LetterFields } from '../../../domain/innovations/evidence.js';
import { engineAnswers, evidenceCheckOf, type StoredAnswer } from '../../../domain/innovations/scoring.js';
import { hasAnyRole } from '../../../domain/roles.js';
import type { Db } from '../../db/client.js';
import { files, periods, regionAnswers, regionEvidence } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, forbidden, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { storeUpload } from '../../lib/uploads.js';
import { uploadRules, type UploadDeps } from '../innovations/innovations.evidence.js';
import { presentFile } from '../innovations/innovations.presenter.js';
import { loadCatalogue } from '../periods/periods.service.js';

/** The admin answers for the region; mentors and the assessment team review (never one's own answers). */
const mayAnswer = (actor: Actor) => actor.roles.includes('admin');
const mayReview = (actor: Actor) => hasAnyRole(actor.roles, ['pendamping', 'tim_penilai']);

async function periodOf(db: Db, actor: Actor, periodId: string) {
  const period = await db.query.periods.findFirst({ where: and(eq(periods.id, periodId), eq(periods.regionId, actor.regionId)) });
  if (!period) throw notFound();
  return period;
}

async function regionIndicator(db: Db, actor: Actor, periodId: string, code: string) {
  const catalogue = await loadCatalogue(db, actor.regionId, periodId);
  const indicator = findIndicator(catalogue, code);
  if (!indicator || indicator.aspect !== 'region') throw new AppError('NOT_FOUND', 'error.indicatorNotRegion', { code });
  return indicator;
}

/** The stored answers with their evidence rows, as the engine and the page need them. */
async function storedAnswers(db: Db, periodId: string) {
  const [answerRows, evidenceRows] = await Promise.all([
    db.select().from(regionAnswers).where(eq(regionAnswers.periodId, periodId)),
    db.select().from(regionEvidence).where(eq(regionEvidence.periodId, periodId)).orderBy(asc(regionEvidence.createdAt)),
  ]);
  const stored: StoredAnswer[] = answerRows.map((a) => ({
    code: a.code,
    option: a.option,
    basis: null,
    evidence: evidenceRows.filter((e) => e.code === a.code).map((e) => ({ kind: e.kind as 'pdf', status: e.status as 'pending' })),
  }));
  return { answerRows, evidenceRows, stored };
}

/** The region's SPD answers in the engine's terms (for the registry's IID and the monitoring). */
export async function regionEngineAnswers(db: Db, catalogue: Catalogue, periodId: string) {
  return engineAnswers(catalogue, (await storedAnswers(db, periodId)).stored);
}

export async function getRegionAspect(db: Db, actor: Actor, periodId: string): Promise<RegionAspect> {
  const period = await periodOf(db, actor, periodId);
  const catalogue = await loadCatalogue(db, actor.regionId, periodId);
  const { answerRows, evidenceRows, stored } = await storedAnswers(db, periodId);
  const fileIds = evidenceRows.map((e) => e.fileId).filter((f): f is string => !!f);
  const fileById = new Map((fileIds.length ? await db.select().from(files).where(inArray(files.id, fileIds)) : []).map((f) => [f.id, f]));
  const answers = engineAnswers(catalogue, stored);
  const regionIndicators = indicatorsOf(catalogue, 'region');
  return {
    periodId,
    year: period.year,
    indicators: regionIndicators.map((i) => {
      const row = answerRows.find((a) => a.code === i.code);
      const answer = stored.find((a) => a.code === i.code);
      const check = answer ? evidenceCheckOf(catalogue, answer) : { present: false };
      return {
        code: i.code,
        variable: i.variable,
        name: i.name,
        description: i.description,
        weight: i.weight,
        mandatory: i.mandatory,
        options: i.options.map((o) => ({ label: o.label, accepts: [...o.evidence.kinds], note: o.evidence.note })),
        option: row?.option ?? 0,
        evidence: evidenceRows
          .filter((e) => e.code === i.code)
          .map((e) => ({
            id: e.id,
            kind: e.kind as 'pdf',
            file: presentFile(e.fileId ? fileById.get(e.fileId) : null),
            url: e.url,
            letterNumber: e.letterNumber,
            letterDate: e.letterDate,
            letterSubject: e.letterSubject,
            status: e.status as 'pending',
            createdAt: e.createdAt.toISOString(),
          })),
        present: check.present,
        score: check.present && row ? i.weight * row.option : 0,
        review: (row?.review ?? 'pending') as 'pending',
        reviewNote: row?.reviewNote ?? null,
        reviewerName: row?.reviewedByName ?? null,
      };
    }),
    spd: { claimed: regionAspect(catalogue, answers, 'claimed'), verified: regionAspect(catalogue, answers, 'verified'), max: regionIndicators.reduce((s, i) => s + i.weight * 3, 0) },
    mandatoryMissing: regionIndicators.filter((i) => i.mandatory && !(answers[i.code]?.evidenced && answers[i.code]!.option > 0)).map((i) => i.code),
    mayAnswer: mayAnswer(actor),
    mayReview: mayReview(actor),
  };
}

/** A change by the admin sends the indicator back to review, its evidence with it. */
async function resetReview(tx: Db, periodId: string, code: string) {
  await tx
    .update(regionAnswers)
    .set({ review: 'pending', reviewedAt: null, reviewedBy: null, reviewedByName: null })
    .where(and(eq(regionAnswers.periodId, periodId), eq(regionAnswers.code, code), sql`${regionAnswers.review} <> 'pending'`));
  await tx.update(regionEvidence).set({ status: 'pending' }).where(and(eq(regionEvidence.periodId, periodId), eq(regionEvidence.code, code)));
}

function assertAnswerer(actor: Actor) {
  if (!mayAnswer(actor)) throw forbidden();
}

export async function answerRegionIndicator(db: Db, actor: Actor, periodId: string, code: string, option: number, requestId: string) {
  assertAnswerer(actor);
  await periodOf(db, actor, periodId);
  await regionIndicator(db, actor, periodId, code);
  await db.transaction(async (tx) => {
    const before = await tx.query.regionAnswers.findFirst({ where: and(eq(regionAnswers.periodId, periodId), eq(regionAnswers.code, code)) });
    await resetReview(tx, periodId, code);
    if (option === 0) await tx.delete(regionAnswers).where(and(eq(regionAnswers.periodId, periodId), eq(regionAnswers.code, code)));
    else {
      await tx
        .insert(regionAnswers)
        .values({ regionId: actor.regionId, periodId, code, option, updatedBy: actor.userId })
        .onConflictDoUpdate({ target: [regionAnswers.periodId, regionAnswers.code], set: { option, updatedBy: actor.userId, updatedAt: new Date() } });
    }
    await audit(tx, { actor, action: 'region.answer', entity: 'period', entityId: periodId, before: { [code]: before?.option ?? null }, after: { [code]: option || null }, requestId });
  });
  return getRegionAspect(db, actor, periodId);
}

export async function addRegionEvidenceFile(deps: UploadDeps, actor: Actor, periodId: string, code: string, upload: { stream: Readable & { truncated?: boolean }; fileName: string; fields: LetterFields }, requestId: string) {
  const { db } = deps;
  assertAnswerer(actor);
  await periodOf(db, actor, periodId);
  await regionIndicator(db, actor, periodId, code);
  await storeUpload(
    { db, storage: deps.storage, tmpDir: path.join(deps.env.dataDir, 'tmp') },
    { regionId: actor.regionId, userId: actor.userId, stream: upload.stream, fileName: upload.fileName, ...uploadRules(deps.env) },
    async (tx, file) => {
      await resetReview(tx, periodId, code);
      const [ev] = await tx.insert(regionEvidence).values({ regionId: actor.regionId, periodId, code, kind: evidenceKindOfMime(file.mime)!, fileId: file.id, ...upload.fields, createdBy: actor.userId }).returning();
      await audit(tx, { actor, action: 'region.evidence.add', entity: 'period', entityId: periodId, after: { indicator: code, evidence: ev!.id, file: file.originalName, size: file.size, mime: file.mime }, requestId });
    },
  );
  return getRegionAspect(db, actor, periodId);
}

export async function addRegionEvidenceLink(db: Db, actor: Actor, periodId: string, code: string, input: EvidenceLinkInput, requestId: string) {
  assertAnswerer(actor);
  await periodOf(db, actor, periodId);
  await regionIndicator(db, actor, periodId, code);
  await db.transaction(async (tx) => {
    await resetReview(tx, periodId, code);
    const [ev] = await tx.insert(regionEvidence).values({ regionId: actor.regionId, periodId, code, kind: 'link', url: input.url, ...letterOf(input), createdBy: actor.userId }).returning();
    await audit(tx, { actor, action: 'region.evidence.add', entity: 'period', entityId: periodId, after: { indicator: code, evidence: ev!.id, url: input.url }, requestId });
  });
  return getRegionAspect(db, actor, periodId);
}

export async function removeRegionEvidence(db: Db, actor: Actor, periodId: string, evidenceId: string, requestId: string) {
  assertAnswerer(actor);
  await periodOf(db, actor, periodId);
  await db.transaction(async (tx) => {
    const [gone] = await tx.delete(regionEvidence).where(and(eq(regionEvidence.id, evidenceId), eq(regionEvidence.periodId, periodId), eq(regionEvidence.regionId, actor.regionId))).returning();
    if (!gone) throw notFound();
    await resetReview(tx, periodId, gone.code);
    await audit(tx, { actor, action: 'region.evidence.remove', entity: 'period', entityId: periodId, before: { indicator: gone.code, evidence: gone.id, fileId: gone.fileId, url: gone.url }, requestId });
  });
  return getRegionAspect(db, actor, periodId);
}

export async function reviewRegionIndicator(db: Db, actor: Actor, periodId: string, code: string, input: IndicatorReviewInput, requestId: string) {
  if (!mayReview(actor)) throw forbidden();
  await periodOf(db, actor, periodId);
  const answer = await db.query.regionAnswers.findFirst({ where: and(eq(regionAnswers.periodId, periodId), eq(regionAnswers.code, code)) });
  if (!answer) throw new AppError('CONFLICT', 'error.reviewIndicatorUnanswered', { code });
  // An admin who is also a mentor may not pass their own answer.
  if (answer.updatedBy === actor.userId) throw new AppError('FORBIDDEN', 'error.reviewOwnAnswer');
  const note = input.note?.trim() || null;
  await db.transaction(async (tx) => {
    await tx.update(regionAnswers).set({ review: input.decision, reviewNote: note, reviewedBy: actor.userId, reviewedByName: actor.name, reviewedAt: new Date() }).where(eq(regionAnswers.id, answer.id));
    await tx.update(regionEvidence).set({ status: input.decision }).where(and(eq(regionEvidence.periodId, periodId), eq(regionEvidence.code, code)));
    await audit(tx, { actor, action: 'region.review', entity: 'period', entityId: periodId, before: { [code]: answer.review }, after: { [code]: input.decision }, reason: note, requestId });
  });
  return getRegionAspect(db, actor, periodId);
}

export async function regionEvidenceFile(db: Db, actor: Actor, periodId: string, evidenceId: string) {
  const ev = await db.query.regionEvidence.findFirst({ where: and(eq(regionEvidence.id, evidenceId), eq(regionEvidence.periodId, periodId), eq(regionEvidence.regionId, actor.regionId)) });
  const file = ev?.fileId ? await db.query.files.findFirst({ where: and(eq(files.id, ev.fileId), eq(files.regionId, actor.regionId)) }) : undefined;
  if (!file) throw notFound();
  return file;
}
