import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, csvRecord, csvRow, jsonRow, neutraliseFormula, openDataColumns, openDataKeys, openDataTypes, type OpenDataRow } from './open-data-columns.js';

describe('the column definition', () => {
  it('names every column once, with a known type and an example', () => {
    expect(new Set(openDataKeys).size).toBe(openDataKeys.length);
    for (const c of openDataColumns) {
      expect(openDataTypes, c.key).toContain(c.type);
      expect(c.example.length, c.key).toBeGreaterThan(0);
      expect(c.key).toMatch(/^[a-z][A-Za-z]*$/);
    }
  });

  it('never carries a personal-data column', () => {
    for (const banned of ['headNip', 'headName', 'nip', 'nik', 'email', 'phone', 'initiatorName', 'createdBy', 'publishedBy']) {
      expect(openDataKeys).not.toContain(banned);
    }
  });
});

describe('neutraliseFormula', () => {
  it.each([
    ['=HYPERLINK("http://x")', `'=HYPERLINK("http://x")`],
    ['+62 812', `'+62 812`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tcmd', `'\tcmd`],
    ['\rcmd', `'\rcmd`],
    ['Layanan = cepat', 'Layanan = cepat'],
    ['', ''],
    ['2026', '2026'],
  ])('%j → %j', (input, output) => {
    expect(neutraliseFormula(input)).toBe(output);
  });
});

describe('csvField (RFC 4180)', () => {
  it.each([
    [null, ''],
    [2026, '2026'],
    [-7.0051, '-7.0051'],
    [Number.NaN, ''],
    ['Layanan Akta', 'Layanan Akta'],
    ['Satu, dua', '"Satu, dua"'],
    ['Kata "cepat"', '"Kata ""cepat"""'],
    ['baris\nbaru', '"baris\nbaru"'],
    ['baris\r\nbaru', '"baris\r\nbaru"'],
    [['pmd', 'sosial'], 'pmd;sosial'],
    [[], ''],
    ['=1+1', "'=1+1"],
    ['=A1,"x"', `"'=A1,""x"""`],
  ] as const)('%j → %j', (value, out) => {
    expect(csvField(value as never)).toBe(out);
  });

  it('ends each record with CRLF', () => {
    expect(csvRecord(['a', 1, null])).toBe('a,1,\r\n');
  });

  it('writes the header as the documented keys in order', () => {
    expect(csvHeader()).toBe(`${openDataKeys.join(',')}\r\n`);
  });
});

describe('rows', () => {
  const row = Object.fromEntries(openDataKeys.map((k) => [k, null])) as OpenDataRow;
  row.name = 'Layanan, "Cepat"';
  row.year = 2026;
  row.otherAffairs = ['pmd'];

  it('puts values in the documented column order', () => {
    const fields = csvRow(row).trimEnd().split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    expect(fields).toHaveLength(openDataKeys.length);
    expect(fields[openDataKeys.indexOf('name')]).toBe('"Layanan, ""Cepat"""');
    expect(fields[openDataKeys.indexOf('year')]).toBe('2026');
  });

  it('gives JSON exactly the documented keys, lists as arrays', () => {
    const json = jsonRow({ ...row, extra: 'x' } as OpenDataRow);
    expect(Object.keys(json)).toEqual(openDataKeys);
    expect(json.otherAffairs).toEqual(['pmd']);
  });
});
