// Builders for the IID tests (domain and CLI). Not imported by application code.
import type { AffairCode } from './affairs.js';
import { indicatorsOf, type Aspect, type BasisCode, type Catalogue } from './catalogue.js';
import { catalogue2026 } from './catalogue-2026.js';
import type { Answer, Innovation, Option, RegionReport } from './engine.js';

export const evidenced = (option: Option, basis?: BasisCode, accepted = true): Answer => ({ option, ...(basis && { basis }), evidenced: true, accepted });

/** Answers of one aspect that score exactly `target`, every mandatory indicator answered (a small depth-first search). */
export function answersWorth(target: number, aspect: Aspect = 'innovation', catalogue: Catalogue = catalogue2026): Record<string, Answer> {
  const indicators = indicatorsOf(catalogue, aspect);
  const restMax = indicators.map((_, index) => indicators.slice(index + 1).reduce((sum, i) => sum + 3 * i.weight, 0));
  const options: Option[] = [];
  const search = (index: number, left: number): boolean => {
    const indicator = indicators[index];
    if (!indicator) return Math.abs(left) < 1e-9;
    for (let option = 3; option >= (indicator.mandatory ? 1 : 0); option--) {
      const rest = left - option * indicator.weight;
      if (rest < -1e-9 || rest > restMax[index]! + 1e-9) continue;
      options[index] = option as Option;
      if (search(index + 1, rest)) return true;
    }
    return false;
  };
  if (!search(0, target)) throw new Error(`no ${aspect} answers worth ${target}`);
  return Object.fromEntries(
    indicators.flatMap((indicator, index) => (options[index] ? [[indicator.code, evidenced(options[index], indicator.bases ? 'a' : undefined)]] : [])),
  );
}

/** An innovation that counts under the 2026 rules unless overridden. */
export const innovation = (id: string, overrides: Partial<Innovation> = {}): Innovation => ({
  id,
  stage: 'penerapan',
  mainAffair: 'pendidikan',
  implementedOn: '2024-06-01',
  developedOn: null,
  designWords: 300,
  igaEntries: 0,
  answers: answersWorth(70),
  ...overrides,
});

/** `n` innovations worth `maturity` each; the first `affairs.length` take those main affairs, the rest Pariwisata. */
export const innovations = (n: number, maturity: number, affairs: readonly AffairCode[] = []): Innovation[] => {
  const answers = answersWorth(maturity);
  return Array.from({ length: n }, (_, j) => innovation(`I${j + 1}`, { answers, mainAffair: affairs[j] ?? 'pariwisata' }));
};

export const report = (spd: number, list: Innovation[]): RegionReport => ({ answers: spd > 0 ? answersWorth(spd, 'region') : {}, innovations: list });
