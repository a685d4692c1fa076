import type { TFunction } from 'i18next';
import type { CohortSummary } from '../../../../domain/contracts/lab.js';

/** "Tahap Desain", "Jeda sebelum tahap Penerapan", "Selesai". */
export function stageLabel(t: TFunction, current: CohortSummary['current']): string {
  const stage = current.stage ? t(`ui.lab.stages.${current.stage}`) : '';
  return t(`ui.lab.phase.${current.phase}`, { stage });
}
