import { describe, expect, it } from 'vitest';
import { formatLetterNumber, patternNeedsUnit, romanMonth, validatePattern, type PatternProblem } from './numbering.js';

describe('letter number patterns', () => {
  it.each<[string, PatternProblem[]]>([
    ['800/{seq}/BAPPERIDA/{year}', []],
    ['{seq:3}/{unit}/{romanMonth}/{year}', []],
    ['B-{seq:4}/{month}.{year}', []],
    ['  800/{seq}  ', []],
    ['', [{ code: 'empty' }]],
    ['   ', [{ code: 'empty' }]],
    ['800/BAPPERIDA/{year}', [{ code: 'missingSeq' }]],
    ['800/{seq}/{tahun}', [{ code: 'unknownPlaceholder', placeholder: '{tahun}' }]],
    ['800/{Seq}/{year}', [{ code: 'missingSeq' }, { code: 'unknownPlaceholder', placeholder: '{Seq}' }]],
    ['800/{seq}/{}', [{ code: 'unknownPlaceholder', placeholder: '{}' }]],
    ['{seq:0}', [{ code: 'missingSeq' }, { code: 'badPadding', placeholder: '{seq:0}', max: 9 }]],
    ['{seq:10}', [{ code: 'missingSeq' }, { code: 'badPadding', placeholder: '{seq:10}', max: 9 }]],
    ['{seq}/{year:2}', [{ code: 'badPadding', placeholder: '{year:2}', max: 9 }]],
    ['800/{seq/{year}', [{ code: 'missingSeq' }, { code: 'unbalancedBraces' }]],
    ['800}/{seq}', [{ code: 'unbalancedBraces' }]],
    ['800/{seq}/{year', [{ code: 'unbalancedBraces' }]],
    ['{seq}/' + 'X'.repeat(115), [{ code: 'tooLong', max: 120 }]],
    ['{seq}/' + 'X'.repeat(114), []],
  ])('%j → %j', (pattern, problems) => {
    expect(validatePattern(pattern)).toEqual(problems);
  });

  it.each([
    ['800/{seq}/BAPPERIDA/{year}', { seq: 12, date: '2026-11-23' }, '800/12/BAPPERIDA/2026'],
    ['800/{seq:3}/BAPPERIDA/{year}', { seq: 7, date: '2026-11-23' }, '800/007/BAPPERIDA/2026'],
    ['800/{seq:2}/BAPPERIDA/{year}', { seq: 1234, date: '2026-11-23' }, '800/1234/BAPPERIDA/2026'],
    ['{seq}/{unit}/{romanMonth}/{year}', { seq: 5, date: '2026-01-02', unitCode: 'BAPPEDA' }, '5/BAPPEDA/I/2026'],
    ['{seq}/{romanMonth}/{year}', { seq: 5, date: '2026-04-30' }, '5/IV/2026'],
    ['{seq}/{romanMonth}/{year}', { seq: 5, date: '2026-09-01' }, '5/IX/2026'],
    ['{seq}/{romanMonth}/{year}', { seq: 5, date: '2026-12-31' }, '5/XII/2026'],
    ['B-{seq:4}/{month}.{year}', { seq: 31, date: '2027-03-15' }, 'B-0031/03.2027'],
    ['  {seq}/{unit}  ', { seq: 1, date: '2026-06-01', unitCode: ' DISKES ' }, '1/DISKES'],
  ])('%s with %j gives %s', (pattern, input, expected) => {
    expect(formatLetterNumber(pattern, input)).toBe(expected);
  });

  it.each([
    ['800/{tahun}', { seq: 1, date: '2026-01-01' }, /invalid letter number pattern/],
    ['{seq}', { seq: 0, date: '2026-01-01' }, /seq/],
    ['{seq}', { seq: 1.5, date: '2026-01-01' }, /seq/],
    ['{seq}', { seq: 1, date: '2026-02-30' }, /date/],
    ['{seq}', { seq: 1, date: '2026-11-23T10:00:00Z' }, /date/],
    ['{seq}/{unit}', { seq: 1, date: '2026-01-01' }, /unit/],
    ['{seq}/{unit}', { seq: 1, date: '2026-01-01', unitCode: '  ' }, /unit/],
  ])('refuses %s with %j', (pattern, input, error) => {
    expect(() => formatLetterNumber(pattern, input)).toThrow(error);
  });

  it('tells whether a pattern needs a unit code', () => {
    expect(patternNeedsUnit('{seq}/{unit}/{year}')).toBe(true);
    expect(patternNeedsUnit('800/{seq}/BAPPERIDA/{year}')).toBe(false);
  });

  it.each([
    [1, 'I'],
    [4, 'IV'],
    [9, 'IX'],
    [11, 'XI'],
    [12, 'XII'],
  ])('month %i is %s in Roman numerals', (month, roman) => {
    expect(romanMonth(month)).toBe(roman);
  });

  it.each([0, 13, 1.5])('month %s has no Roman numeral', (month) => {
    expect(() => romanMonth(month)).toThrow(RangeError);
  });
});
