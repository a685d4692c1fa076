import type { IndicatorDefinition, PeriodDetail, PeriodParameters, PeriodSummary } from '../../../domain/contracts/periods.js';
import type { Aspect, Catalogue, Indicator as CatalogueIndicator } from '../../../domain/iid/catalogue.js';
import { catalogueFromPeriod } from '../../../domain/iid/period-catalogue.js';
import type { indicators, periods } from '../../db/schema.js';

export type PeriodRow = typeof periods.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;

/** A stored indicator in the catalogue's shape; `code` and `aspect` come from their own columns. */
export function presentIndicator(row: Pick<IndicatorRow, 'code' | 'aspect' | 'definition'>): CatalogueIndicator {
  const d = row.definition as IndicatorDefinition;
  return {
    code: row.code,
    aspect: row.aspect as Aspect,
    variable: d.variable,
    name: d.name,
    description: d.description,
    weight: d.weight,
    mandatory: d.mandatory,
    options: d.options,
    ...(d.bases ? { bases: d.bases as NonNullable<CatalogueIndicator['bases']> } : {}),
  };
}

export function presentPeriod(row: PeriodRow, counts: { region: number; innovation: number }): PeriodSummary {
  return {
    id: row.id,
    year: row.year,
    isCurrent: row.isCurrent,
    parameters: row.parameters as PeriodParameters,
    variables: row.variables as Record<string, string>,
    regionIndicators: counts.region,
    innovationIndicators: counts.innovation,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentPeriodDetail(row: PeriodRow, rows: readonly IndicatorRow[]): PeriodDetail {
  const list = rows.map(presentIndicator);
  return {
    ...presentPeriod(row, { region: list.filter((i) => i.aspect === 'region').length, innovation: list.filter((i) => i.aspect === 'innovation').length }),
    indicators: list as PeriodDetail['indicators'],
  };
}

/** The engine's input: a stored period and its indicators (in display order). */
export function catalogueOf(row: Pick<PeriodRow, 'year' | 'parameters' | 'variables'>, rows: readonly Pick<IndicatorRow, 'code' | 'aspect' | 'definition'>[]): Catalogue {
  return catalogueFromPeriod({ year: row.year, parameters: row.parameters as PeriodParameters, variables: row.variables as Record<string, string>, indicators: rows.map(presentIndicator) });
}

/** What an indicator row stores as its definition (everything but code and aspect). */
export function definitionOf(i: CatalogueIndicator): IndicatorDefinition {
  return {
    variable: i.variable,
    name: i.name,
    description: i.description,
    weight: i.weight,
    mandatory: i.mandatory,
    options: i.options.map((o) => ({ label: o.label, evidence: { kinds: [...o.evidence.kinds], note: o.evidence.note } })) as IndicatorDefinition['options'],
    ...(i.bases ? { bases: JSON.parse(JSON.stringify(i.bases)) as IndicatorDefinition['bases'] } : {}),
  };
}

/** Stored parameters: the catalogue's period without its year. */
export function parametersOf(period: Catalogue['period']): PeriodParameters {
  const { year: _year, ...rest } = period;
  return JSON.parse(JSON.stringify(rest)) as PeriodParameters;
}
