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
  const inReport = and(eq(innovations.regionId, actor.regionId), eq(innovations.periodId, period.id), eq(innovations.status, 'aktif'), scope === 'all' ? undefined : inArray(innovations.unitId, scope.length ? scope : ['00000000-0000-4000-8000-000000000000']));
  // Answers and evidence are joined to the same filter rather than listed by 2,000 ids: one plan, no huge parameter list.
  const [rows, answerRows, evidenceRows, regionAnswers] = await Promise.all([
    db
      .select({ id: innovations.id, name: innovations.name, unitName: units.name, stage: innovations.stage, mainAffair: innovations.mainAffair, implementedOn: innovations.implementedOn, developedOn: innovations.developedOn, designWords: innovations.designWords, igaEntries: innovations.igaEntries })
      .from(innovations)
      .innerJoin(units, eq(units.id, innovations.unitId))
      .where(inReport),
    db.select({ innovationId: answers.innovationId, code: answers.code, option: answers.option, basis: answers.basis }).from(answers).innerJoin(innovations, eq(innovations.id, answers.innovationId)).where(inReport),
    db.select({ innovationId: evidence.innovationId, code: evidence.code, kind: evidence.kind, status: evidence.status }).from(evidence).innerJoin(innovations, eq(innovations.id, evidence.innovationId)).where(inReport),
    regionEngineAnswers(db, catalogue, period.id),
  ]);
  // Grouped once by innovation and indicator: a scan per answer would be 40,000 × 40,000 steps at a region's size.
  const evidenceOf = new Map<string, { kind: 'pdf'; status: 'pending' }[]>();
  for (const e of evidenceRows) {
    const key = `${e.innovationId}:${e.code}`;
    const items = evidenceOf.get(key) ?? [];
    items.push({ kind: e.kind as 'pdf', status: e.status as 'pending' });
    evidenceOf.set(key, items);
  }
  const stored = new Map<string, StoredAnswer[]>();
  for (const a of answerRows) {
    const list = stored.get(a.innovationId) ?? [];
    list.push({ code: a.code, option: a.option, basis: a.basis, evidence: evidenceOf.get(`${a.innovationId}:${a.code}`) ?? [] });
    stored.set(a.innovationId, list);
  }
  const nameCount = new Map<string, number>();
  for (const r of rows) nameCount.set(r.name, (nameCount.get(r.name) ?? 0) + 1);
  return {
    period: period.year,
    region: { answers: regionAnswers as RegistryReport['region']['answers'] },
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
