import { describe, expect, it } from 'vitest';
import { entrantName, entryNumber } from './entrant.js';

describe('entrantName', () => {
  it.each([
    ['a person', { entrantKind: 'perorangan', groupName: 'ignored', unitName: 'ignored', userName: 'Siti Aminah' }, 'Siti Aminah'],
    ['a group by its name', { entrantKind: 'kelompok', groupName: 'Tim Biogas Sukamaju', unitName: null, userName: 'Siti Aminah' }, 'Tim Biogas Sukamaju'],
    ['a group saved without a name', { entrantKind: 'kelompok', groupName: '  ', unitName: null, userName: 'Siti Aminah' }, 'Siti Aminah'],
    ['a unit by its name', { entrantKind: 'unit', groupName: null, unitName: 'Puskesmas Sragen', userName: 'Operator' }, 'Puskesmas Sragen'],
    ['a unit without a name', { entrantKind: 'unit', groupName: null, unitName: null, userName: 'Operator' }, 'Operator'],
  ] as const)('%s', (_, entrant, name) => {
    expect(entrantName(entrant)).toBe(name);
  });
});

describe('entryNumber', () => {
  it.each([
    ['komunitas', 2026, 7, 'KRN-2026-007'],
    ['internal', 2026, 12, 'PIN-2026-012'],
    ['iga', 2027, 1, 'IGA-2027-001'],
    ['komunitas', 2026, 1234, 'KRN-2026-1234'],
  ] as const)('%s %i #%i → %s', (kind, year, seq, number) => {
    expect(entryNumber(kind, year, seq)).toBe(number);
  });

  it('refuses a sequence below 1', () => {
    expect(() => entryNumber('komunitas', 2026, 0)).toThrow(RangeError);
  });
});
