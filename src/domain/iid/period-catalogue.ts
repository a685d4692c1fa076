import type { Basis, BasisCode, Catalogue, Indicator, PeriodParameters } from './catalogue.js';

/** A stored period as the API gives it (`GET /api/periods/:id`): parameters without the year, which is its own field. */
export interface StoredPeriod {
  year: number;
  parameters: Omit<PeriodParameters, 'year'>;
  variables: Readonly<Record<string, string>>;
  indicators: readonly (Omit<Indicator, 'bases'> & { bases?: Partial<Record<BasisCode, Basis>> | undefined })[];
}

/**
 * The engine's catalogue of a stored period. The server scores with it and the simulator converts
 * `GET /api/periods/:id` with it, so both run the engine on the same method.
 */
export function catalogueFromPeriod(period: StoredPeriod): Catalogue {
  return {
    period: { ...period.parameters, year: period.year },
    variables: period.variables,
    indicators: period.indicators.map(({ bases, ...indicator }) => (bases ? { ...indicator, bases: bases as Readonly<Record<BasisCode, Basis>> } : indicator)),
  };
}
