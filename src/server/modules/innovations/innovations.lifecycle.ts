import { and, asc, eq } from 'drizzle-orm';
import type { LifecycleInput } from '../../../domain/contracts/innovations.js';
import { decisionSteps, nextSteps, stageOfStep, type LifecycleStep } from '../../../domain/innovations/lifecycle.js';
import { stageNames } from '../../../domain/master-data.js';
import type { Db } from '../../db/client.js';
import { files, innovations, lifecycleRecords } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, forbidden, invalid } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { innovationLink, notifyFollowers } from '../citizens/follows.service.js';
import { findInnovation, loadDetail } from './innovations.detail.js';
import { mayDecide, mayEditUnit } from './innovations.policy.js';

/** What a record changes on the innovation itself: its stage and the dates the IID engine reads. */
function innovationChanges(input: LifecycleInput): Partial<typeof innovations.$inferInsert> {
  const stage = stageOfStep[input.step];
  if (input.step === 'trial') return { stage, trialStartedOn: input.date, trialPlannedEndOn: input.plannedEndOn };
  if (input.step === 'implementation') return { stage, implementedOn: input.date };
  return { stage };
}

/**
 * Records the next PP 38/2017 step. Only the steps that may follow the last record are accepted;
 * feasibility and designation are decisions of the admin or the independent team.
 */
export async function recordStep(db: Db, actor: Actor, id: string, input: LifecycleInput, requestId: string) {
  const row = await findInnovation(db, actor, id);
  const decides = decisionSteps.includes(input.step);
  if (decides ? !mayDecide(actor) : !mayEditUnit(actor, row.unitId)) throw decides ? new AppError('FORBIDDEN', 'error.lifecycleDecisionRole') : forbidden();
  if (row.status !== 'aktif') throw new AppError('CONFLICT', 'error.innovationReadOnly');
  const records = await db.select({ step: lifecycleRecords.step, feasible: lifecycleRecords.feasible }).from(lifecycleRecords).where(eq(lifecycleRecords.innovationId, id)).orderBy(asc(lifecycleRecords.recordedAt));
  const allowed = nextSteps(records.map((r) => ({ step: r.step as LifecycleStep, feasible: r.feasible ?? undefined })), row.stage as 'inisiatif');
  if (!allowed.includes(input.step)) {
    throw new AppError('CONFLICT', 'error.lifecycleStepNotAllowed', { step: input.step, next: allowed.join(', ') || '—' }, [{ path: 'step', key: 'error.lifecycleStepNotAllowed', params: { step: input.step, next: allowed.join(', ') || '—' } }]);
  }
  if (input.step === 'designation' && input.fileId) {
    const file = await db.query.files.findFirst({ where: and(eq(files.id, input.fileId), eq(files.regionId, actor.regionId)) });
    if (!file) throw invalid('fileId', 'error.fileNotOfInnovation');
  }
  return db.transaction(async (tx) => {
    const [record] = await tx
      .insert(lifecycleRecords)
      .values({
        innovationId: id,
        step: input.step,
        date: input.date,
        feasible: input.step === 'feasibility' ? input.feasible : null,
        reasons: input.step === 'feasibility' ? (input.reasons ?? null) : null,
        note: input.step === 'proposal' ? (input.note ?? null) : null,
        legalBasis: input.step === 'designation' ? input.legalBasis : null,
        number: input.step === 'designation' ? input.number : null,
        fileId: input.step === 'designation' ? (input.fileId ?? null) : null,
        plannedEndOn: input.step === 'trial' ? input.plannedEndOn : null,
        recordedBy: actor.userId,
        recordedByName: actor.name,
      })
      .returning();
    const [updated] = await tx.update(innovations).set({ ...innovationChanges(input), updatedAt: new Date() }).where(eq(innovations.id, id)).returning();
    await audit(tx, { actor, action: 'innovation.lifecycle', entity: 'innovation', entityId: id, before: { stage: row.stage }, after: { ...input, stage: updated!.stage, record: record!.id }, requestId });
    // Citizens following a published innovation hear when it enters a new stage.
    const link = innovationLink(updated!.slug, updated!.publishedAt);
    if (link && updated!.stage !== row.stage) {
      const stage = stageNames[updated!.stage as keyof typeof stageNames] ?? updated!.stage;
      await notifyFollowers(tx, 'innovation', id, 'follow.innovationStage', { title: updated!.name, stage }, link, { except: [actor.userId] });
    }
    return loadDetail(tx, updated!);
  });
}
