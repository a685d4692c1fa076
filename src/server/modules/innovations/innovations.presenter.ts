import type { FileRef, Innovation, InnovationListItem, LifecycleRecord } from '../../../domain/contracts/innovations.js';
import type { files, innovations, lifecycleRecords } from '../../db/schema.js';

export type InnovationRow = typeof innovations.$inferSelect;
export type FileRow = typeof files.$inferSelect;
export type LifecycleRow = typeof lifecycleRecords.$inferSelect;

const iso = (d: Date | string) => (d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export const presentFile = (f: FileRow | undefined | null): FileRef | null => (f ? { id: f.id, name: f.originalName, mime: f.mime, size: f.size } : null);

export function presentInnovation(
  row: InnovationRow,
  extra: { unitName: string; periodYear: number; nextId: string | null; fileById: Map<string, FileRow> },
): Innovation {
  const file = (id: string | null) => presentFile(id ? extra.fileById.get(id) : null);
  return {
    id: row.id,
    unitId: row.unitId,
    unitName: extra.unitName,
    periodId: row.periodId,
    periodYear: extra.periodYear,
    status: row.status as Innovation['status'],
    reviewState: row.reviewState as Innovation['reviewState'],
    readOnly: row.status !== 'aktif',
    previousId: row.previousId,
    nextId: extra.nextId,
    carryNote: row.carryNote,
    ideaId: row.ideaId,
    name: row.name,
    stage: row.stage as Innovation['stage'],
    initiator: row.initiator,
    initiatorName: row.initiatorName,
    kind: row.kind,
    form: row.form,
    mainAffair: row.mainAffair,
    otherAffairs: row.otherAffairs,
    theme: row.theme,
    classification: row.classification,
    priorities: row.priorities,
    latitude: row.latitude,
    longitude: row.longitude,
    trialStartedOn: row.trialStartedOn,
    trialPlannedEndOn: row.trialPlannedEndOn,
    implementedOn: row.implementedOn,
    developedOn: row.developedOn,
    design: row.design,
    designWords: row.designWords,
    goal: row.goal,
    benefits: row.benefits,
    results: row.results,
    budgetAmount: row.budgetAmount,
    budgetSource: row.budgetSource,
    budgetFile: file(row.budgetFileId),
    businessProfileFile: file(row.businessProfileFileId),
    videoFile: file(row.videoFileId),
    videoUrl: row.videoUrl,
    igaEntries: row.igaEntries,
    completeness: row.completeness,
    maturityClaimed: row.maturityClaimed,
    version: row.version,
    createdAt: iso(row.createdAt),
    updatedAt: iso(row.updatedAt),
  };
}

export type ListRow = Pick<InnovationRow, 'id' | 'name' | 'unitId' | 'stage' | 'mainAffair' | 'form' | 'kind' | 'status' | 'reviewState' | 'completeness' | 'maturityClaimed' | 'updatedAt'> & {
  unitName: string;
  periodYear: number;
};

export const presentListItem = (row: ListRow): InnovationListItem => ({
  id: row.id,
  name: row.name,
  unitId: row.unitId,
  unitName: row.unitName,
  periodYear: row.periodYear,
  stage: row.stage as InnovationListItem['stage'],
  mainAffair: row.mainAffair,
  form: row.form,
  kind: row.kind,
  status: row.status as InnovationListItem['status'],
  reviewState: row.reviewState as InnovationListItem['reviewState'],
  completeness: row.completeness,
  maturityClaimed: row.maturityClaimed,
  updatedAt: iso(row.updatedAt),
});

export const presentLifecycleRecord = (row: LifecycleRow, file: FileRow | undefined): LifecycleRecord => ({
  id: row.id,
  step: row.step as LifecycleRecord['step'],
  date: row.date,
  feasible: row.feasible,
  reasons: row.reasons,
  note: row.note,
  legalBasis: row.legalBasis as LifecycleRecord['legalBasis'],
  number: row.number,
  plannedEndOn: row.plannedEndOn,
  file: presentFile(file),
  recordedBy: row.recordedByName,
  recordedAt: iso(row.recordedAt),
});
