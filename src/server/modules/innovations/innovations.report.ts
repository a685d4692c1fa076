import { and, eq, inArray } from 'drizzle-orm';
import type { RegistryReport } from '../../../domain/contracts/innovations.js';
import { engineAnswers, type StoredAnswer } from '../../../domain/innovations/scoring.js';
import type { Db } from '../../db/client.js';
import { answers, evidence, innovations, periods, units } from '../../db/schema.js';
import { notFound } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { loadCatalogue } from '../periods/periods.service.js';
import { visibleInnovationUnits } from './innovations.policy.js';
import { regionEngineAnswers } from '../region-aspect/region-aspect.service.js';

/**
 * The period's stored, active innovations in the engine's terms, in three queries whatever their
 * number: the simulator's working set. Carried-over (read-only) versions are left out.
 */
export async function registryReport(db: Db, actor: Actor, periodId?: string): Promise<RegistryReport> {
  const period = await db.query.periods.findFirst({
    where: and(eq(periods.regionId, actor.regionId), periodId ? eq(periods.id, periodId) : eq(periods.isCurrent, true)),
  });
  if (!period) throw notFound();
  const catalogue = await loadCatalogue(db, actor.regionId, period.id);
  const scope = visibleInnovationUnits(actor);
  const rows = await db
    .select({ id: innovations.id, name: innovations.name, unitName: units.name, stage: innovations.stage, mainAffair: innovations.mainAffair, implementedOn: innovations.implementedOn, developedOn: innovations.developedOn, designWords: innovations.designWords, igaEntries: innovations.igaEntries })
    .from(innovations)
    .innerJoin(units, eq(units.id, innovations.unitId))
    .where(and(eq(innovations.regionId, actor.regionId), eq(innovations.periodId, period.id), eq(innovations.status, 'aktif'), scope === 'all' ? undefined : inArray(innovations.unitId, scope.length ? scope : ['00000000-0000-4000-8000-000000000000'])));
  const ids = rows.map((r) => r.id);
  const [answerRows, evidenceRows] = ids.length
    ? await Promise.all([
        db.select({ innovationId: answers.innovationId, code: answers.code, option: answers.option, basis: answers.basis }).from(answers).where(inArray(answers.innovationId, ids)),
        db.select({ innovationId: evidence.innovationId, code: evidence.code, kind: evidence.kind, status: evidence.status }).from(evidence).where(inArray(evidence.innovationId, ids)),
      ])
    : [[], []];
  const stored = new Map<string, StoredAnswer[]>();
  for (const a of answerRows) {
    const items = evidenceRows.filter((e) => e.innovationId === a.innovationId && e.code === a.code).map((e) => ({ kind: e.kind as 'pdf', status: e.status as 'pending' }));
    stored.set(a.innovationId, [...(stored.get(a.innovationId) ?? []), { code: a.code, option: a.option, basis: a.basis, evidence: items }]);
  }
  const nameCount = new Map<string, number>();
  for (const r of rows) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
  return {
    period: period.year,
    region: { answers: (await regionEngineAnswers(db, catalogue, period.id)) as RegistryReport['region']['answers'] },
    innovations: rows.map((r) => ({
      id: nameCount.get(r.name)! > 1 ? `${r.name} (${r.unitName}, ${r.id.slice(0, 4)})` : r.name,
      stage: r.stage as RegistryReport['innovations'][number]['stage'],
      mainAffair: r.mainAffair ?? '',
      implementedOn: r.implementedOn,
      developedOn: r.developedOn,
      designWords: r.designWords,
      igaEntries: r.igaEntries,
      answers: engineAnswers(catalogue, stored.get(r.id) ?? []) as RegistryReport['innovations'][number]['answers'],
    })),
  };
}
