import { clearCatalogueCache } from '../catalogue/catalogue.query.js';
import { and, asc, desc, eq, gt } from 'drizzle-orm';
import { findIndicator } from '../../../domain/iid/catalogue.js';
import type { Db } from '../../db/client.js';
import { answers, auditLog, evidence, innovations, periods } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, forbidden, isUniqueViolation } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { loadCatalogue } from '../periods/periods.service.js';
import { findInnovation, loadDetail } from './innovations.detail.js';
import { mayEditUnit } from './innovations.policy.js';

/**
 * "Ajukan kembali": carries an innovation into the next period with a note on what was developed.
 * The new row copies the profile, and the answers and evidence whose indicator still exists there;
 * the earlier row becomes read-only and stays linked (`previous_id`). One carry-over per row, so a
 * double submit cannot make two copies.
 */
export async function carryOver(db: Db, actor: Actor, id: string, note: string, requestId: string) {
  const row = await findInnovation(db, actor, id);
  // A reported innovation is frozen for edits but is exactly what is carried into the next year.
  if (!mayEditUnit(actor, row.unitId)) throw forbidden();
  if (row.status !== 'aktif') throw new AppError('CONFLICT', 'error.innovationReadOnly');
  const period = (await db.query.periods.findFirst({ where: eq(periods.id, row.periodId) }))!;
  const target = await db.query.periods.findFirst({ where: and(eq(periods.regionId, row.regionId), gt(periods.year, period.year)), orderBy: asc(periods.year) });
  if (!target) throw new AppError('CONFLICT', 'error.noNextPeriod', { year: period.year });
  const catalogue = await loadCatalogue(db, row.regionId, target.id);
  const keeps = (code: string) => findIndicator(catalogue, code)?.aspect === 'innovation';
  try {
    const detail = await db.transaction(async (tx) => {
      const { id: _id, periodId: _p, previousId: _prev, status: _s, carryNote: _n, version: _v, createdAt: _c, updatedAt: _u, search: _search, ...profile } = row;
      // A published innovation keeps its public address: the publication moves to the new
      // period's version (the slug is unique, so the old row lets go of it first).
      if (row.publishedAt) await tx.update(innovations).set({ slug: null, publishedAt: null, publishedBy: null }).where(eq(innovations.id, id));
      const [copy] = await tx
        .insert(innovations)
        // The new period's version starts its own review: nothing verified last year counts as verified now.
        .values({ ...profile, periodId: target.id, previousId: row.id, carryNote: note, createdBy: actor.userId, reviewState: 'draf', reviewStateAt: null, reportedOn: null, reportedByName: null })
        .returning();
      const oldAnswers = (await tx.select().from(answers).where(eq(answers.innovationId, id))).filter((a) => keeps(a.code));
      if (oldAnswers.length) await tx.insert(answers).values(oldAnswers.map((a) => ({ innovationId: copy!.id, code: a.code, option: a.option, basis: a.basis, updatedBy: actor.userId })));
      // Evidence carries over unreviewed: a mentor checks it again in the new period.
      const oldEvidence = (await tx.select().from(evidence).where(eq(evidence.innovationId, id))).filter((e) => keeps(e.code));
      if (oldEvidence.length) {
        await tx.insert(evidence).values(
          oldEvidence.map((e) => ({ innovationId: copy!.id, code: e.code, kind: e.kind, fileId: e.fileId, url: e.url, letterNumber: e.letterNumber, letterDate: e.letterDate, letterSubject: e.letterSubject, createdBy: actor.userId })),
        );
      }
      await tx.update(innovations).set({ status: 'diajukan_kembali', updatedAt: new Date() }).where(eq(innovations.id, id));
      const after = { from: { id, year: period.year }, to: { id: copy!.id, year: target.year }, note };
      await audit(tx, { actor, action: 'innovation.carryOver', entity: 'innovation', entityId: id, after, requestId });
      await audit(tx, { actor, action: 'innovation.carryOver', entity: 'innovation', entityId: copy!.id, after, requestId });
      return loadDetail(tx, copy!);
    });
    if (row.publishedAt) clearCatalogueCache(db, [id, detail.innovation.id]);
    return detail;
  } catch (err) {
    if (isUniqueViolation(err)) throw new AppError('CONFLICT', 'error.alreadyCarried');
    throw err;
  }
}

const changesOf = (before: unknown, after: unknown) => {
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(b), ...Object.keys(a)])].map((field) => ({ field, before: b[field] ?? null, after: a[field] ?? null }));
};

/** The innovation's audit entries, newest first, as field changes a person can read. */
export async function history(db: Db, actor: Actor, id: string) {
  await findInnovation(db, actor, id);
  const rows = await db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.regionId, actor.regionId), eq(auditLog.entity, 'innovation'), eq(auditLog.entityId, id)))
    .orderBy(desc(auditLog.at))
    .limit(500);
  return {
    items: rows.map((r) => ({ id: r.id, at: r.at.toISOString(), actorName: r.actorName, action: r.action, changes: changesOf(r.before, r.after), reason: r.reason })),
  };
}
