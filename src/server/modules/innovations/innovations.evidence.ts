import path from 'node:path';
import type { Readable } from 'node:stream';
import { and, eq } from 'drizzle-orm';
import type { AnswerInput, EvidenceLinkInput } from '../../../domain/contracts/innovations.js';
import { findIndicator } from '../../../domain/iid/catalogue.js';
import { allowedEvidenceMimes, evidenceKindOfMime, letterOf, sizeClassOf, type LetterFields } from '../../../domain/innovations/evidence.js';
import type { Db } from '../../db/client.js';
import { answers, evidence, files, indicators, innovations, lifecycleRecords } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, invalid, notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import type { Storage } from '../../lib/storage.js';
import { storeUpload } from '../../lib/uploads.js';
import type { Env } from '../../env.js';
import { loadCatalogue } from '../periods/periods.service.js';
import { assertWritable, findInnovation, loadDetail } from './innovations.detail.js';
import type { InnovationRow } from './innovations.presenter.js';
import { indicatorChanged } from '../review/review.service.js';

export type UploadDeps = { db: Db; storage: Storage; env: Env };

/** The innovation indicator `code` of the innovation's period, or a clear refusal. */
async function innovationIndicator(db: Db, row: InnovationRow, code: string) {
  const catalogue = await loadCatalogue(db, row.regionId, row.periodId);
  const indicator = findIndicator(catalogue, code);
  if (!indicator || indicator.aspect !== 'innovation') throw new AppError('NOT_FOUND', 'error.indicatorNotInnovation', { code });
  return indicator;
}

/** Touches the innovation so lists sort by last activity. */
const touch = (db: Db, id: string) => db.update(innovations).set({ updatedAt: new Date() }).where(eq(innovations.id, id));

export async function answerIndicator(db: Db, actor: Actor, id: string, code: string, input: AnswerInput, requestId: string) {
  const row = await findInnovation(db, actor, id);
  assertWritable(actor, row);
  const indicator = await innovationIndicator(db, row, code);
  const basis = input.basis ?? null;
  if (indicator.bases && input.option > 0 && !(basis && basis in indicator.bases)) throw invalid('basis', 'error.basisRequired');
  if (!indicator.bases && basis) throw invalid('basis', 'error.basisNotAllowed');
  const [{ version: indicatorVersion } = { version: 1 }] = await db.select({ version: indicators.version }).from(indicators).where(and(eq(indicators.periodId, row.periodId), eq(indicators.code, code)));
  return db.transaction(async (tx) => {
    const before = await tx.query.answers.findFirst({ where: and(eq(answers.innovationId, id), eq(answers.code, code)) });
    // Before the change: the verdict must be read while the answer still exists.
    await indicatorChanged(tx, actor, row, code);
    if (input.option === 0) await tx.delete(answers).where(and(eq(answers.innovationId, id), eq(answers.code, code)));
    else {
      await tx
        .insert(answers)
        .values({ innovationId: id, code, option: input.option, basis, indicatorVersion, updatedBy: actor.userId })
        .onConflictDoUpdate({ target: [answers.innovationId, answers.code], set: { option: input.option, basis, indicatorVersion, updatedBy: actor.userId, updatedAt: new Date() } });
    }
    await touch(tx, id);
    await audit(tx, {
      actor,
      action: 'innovation.answer',
      entity: 'innovation',
      entityId: id,
      before: { [code]: before ? { option: before.option, basis: before.basis } : null },
      after: { [code]: input.option ? { option: input.option, basis } : null },
      requestId,
    });
    return loadDetail(tx, (await tx.query.innovations.findFirst({ where: eq(innovations.id, id) }))!);
  });
}

const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(1));

/** Upload limits by type, and the 413 message that names them. */
export function uploadRules(env: Env) {
  const { documentBytes, videoBytes } = env.uploadLimits;
  return {
    allowed: allowedEvidenceMimes,
    refusedKey: 'error.evidenceRefused',
    maxBytes: (mime: string) => (sizeClassOf(mime) === 'video' ? videoBytes : documentBytes),
    tooLarge: { key: 'error.evidenceTooLarge', params: { documentMb: mb(documentBytes), videoMb: mb(videoBytes) } },
    /** The stream limit: the largest any type may be. */
    streamLimit: Math.max(documentBytes, videoBytes),
  };
}

export async function addEvidenceFile(
  deps: UploadDeps,
  actor: Actor,
  id: string,
  code: string,
  upload: { stream: Readable & { truncated?: boolean }; fileName: string; fields: LetterFields },
  requestId: string,
) {
  const { db } = deps;
  const row = await findInnovation(db, actor, id);
  assertWritable(actor, row);
  await innovationIndicator(db, row, code);
  const rules = uploadRules(deps.env);
  const { attached } = await storeUpload(
    { db, storage: deps.storage, tmpDir: path.join(deps.env.dataDir, 'tmp') },
    { regionId: actor.regionId, userId: actor.userId, stream: upload.stream, fileName: upload.fileName, ...rules },
    async (tx, file) => {
      await indicatorChanged(tx, actor, row, code);
      const [ev] = await tx
        .insert(evidence)
        .values({ innovationId: id, code, kind: evidenceKindOfMime(file.mime)!, fileId: file.id, ...upload.fields, createdBy: actor.userId })
        .returning();
      await touch(tx, id);
      await audit(tx, { actor, action: 'innovation.evidence.add', entity: 'innovation', entityId: id, after: { indicator: code, evidence: ev!.id, file: file.originalName, size: file.size, mime: file.mime }, requestId });
      return loadDetail(tx, (await tx.query.innovations.findFirst({ where: eq(innovations.id, id) }))!);
    },
  );
  return attached;
}

export async function addEvidenceLink(db: Db, actor: Actor, id: string, code: string, input: EvidenceLinkInput, requestId: string) {
  const row = await findInnovation(db, actor, id);
  assertWritable(actor, row);
  await innovationIndicator(db, row, code);
  return db.transaction(async (tx) => {
    await indicatorChanged(tx, actor, row, code);
    const [ev] = await tx.insert(evidence).values({ innovationId: id, code, kind: 'link', url: input.url, ...letterOf(input), createdBy: actor.userId }).returning();
    await touch(tx, id);
    await audit(tx, { actor, action: 'innovation.evidence.add', entity: 'innovation', entityId: id, after: { indicator: code, evidence: ev!.id, url: input.url }, requestId });
    return loadDetail(tx, (await tx.query.innovations.findFirst({ where: eq(innovations.id, id) }))!);
  });
}

/** Removes the evidence record; the stored file stays (other records may share it by hash, and the audit names it). */
export async function removeEvidence(db: Db, actor: Actor, id: string, evidenceId: string, requestId: string) {
  const row = await findInnovation(db, actor, id);
  assertWritable(actor, row);
  return db.transaction(async (tx) => {
    const target = await tx.query.evidence.findFirst({ where: and(eq(evidence.id, evidenceId), eq(evidence.innovationId, id)) });
    if (!target) throw notFound();
    await indicatorChanged(tx, actor, row, target.code);
    const [gone] = await tx.delete(evidence).where(eq(evidence.id, target.id)).returning();
    if (!gone) throw notFound();
    await touch(tx, id);
    await audit(tx, { actor, action: 'innovation.evidence.remove', entity: 'innovation', entityId: id, before: { indicator: gone.code, evidence: gone.id, fileId: gone.fileId, url: gone.url }, requestId });
    return loadDetail(tx, (await tx.query.innovations.findFirst({ where: eq(innovations.id, id) }))!);
  });
}

/** A profile or lifecycle document of the innovation (budget, business profile, video, decree). */
export async function storeInnovationFile(deps: UploadDeps, actor: Actor, id: string, upload: { stream: Readable & { truncated?: boolean }; fileName: string }) {
  const row = await findInnovation(deps.db, actor, id);
  assertWritable(actor, row);
  const { file } = await storeUpload(
    { db: deps.db, storage: deps.storage, tmpDir: path.join(deps.env.dataDir, 'tmp') },
    { regionId: actor.regionId, userId: actor.userId, stream: upload.stream, fileName: upload.fileName, ...uploadRules(deps.env) },
  );
  return file;
}

/** A file for download, only when this visible innovation refers to it. */
export async function innovationFile(db: Db, actor: Actor, id: string, ref: { evidenceId?: string; fileId?: string }) {
  const row = await findInnovation(db, actor, id);
  let fileId: string | null | undefined;
  if (ref.evidenceId) {
    fileId = (await db.query.evidence.findFirst({ where: and(eq(evidence.id, ref.evidenceId), eq(evidence.innovationId, id)) }))?.fileId;
  } else if (ref.fileId) {
    const own = [row.budgetFileId, row.businessProfileFileId, row.videoFileId].includes(ref.fileId);
    const inRecord = own || !!(await db.query.lifecycleRecords.findFirst({ where: and(eq(lifecycleRecords.innovationId, id), eq(lifecycleRecords.fileId, ref.fileId)) }));
    fileId = inRecord ? ref.fileId : undefined;
  }
  if (!fileId) throw notFound();
  const file = await db.query.files.findFirst({ where: and(eq(files.id, fileId), eq(files.regionId, row.regionId)) });
  if (!file) throw notFound();
  return file;
}
