import { describe, expect, it } from 'vitest';
import { parseUnitType, unitTypes, unitTypeNames } from './unit-types.js';

describe('parseUnitType', () => {
  it.each([
    ['Dinas', 'dinas'],
    ['UPTD Puskesmas', 'uptd_puskesmas'],
    ['uptd_puskesmas', 'uptd_puskesmas'],
    ['Puskesmas', 'uptd_puskesmas'],
    ['Kelurahan/Desa', 'kelurahan_desa'],
    ['desa', 'kelurahan_desa'],
    [' RSUD ', 'rsud'],
    ['bumd', 'bumd'],
    ['Kementerian', null],
    ['', null],
  ])('%j → %s', (input, expected) => {
    expect(parseUnitType(input)).toBe(expected);
  });

  it('reads back every official name', () => {
    for (const t of unitTypes) expect(parseUnitType(unitTypeNames[t])).toBe(t);
  });
});
