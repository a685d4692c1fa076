import { describe, expect, it } from 'vitest';
import { indonesianDate, indonesianDateTime, terbilang, zoneDay } from './indonesian-date.js';

describe('Indonesian dates', () => {
  it.each([
    // Calendar dates are not moved between zones.
    ['2026-11-23', 'Asia/Jakarta', '23 November 2026'],
    ['2026-01-01', 'Asia/Jayapura', '1 Januari 2026'],
    ['2026-02-28', 'Asia/Makassar', '28 Februari 2026'],
    // Instants fall on the day of the region's wall clock.
    ['2026-11-30T17:30:00Z', 'Asia/Jakarta', '1 Desember 2026'],
    ['2026-11-30T16:59:59Z', 'Asia/Jakarta', '30 November 2026'],
    ['2026-11-30T15:30:00Z', 'Asia/Makassar', '30 November 2026'],
    ['2026-11-30T16:00:00Z', 'Asia/Makassar', '1 Desember 2026'],
    ['2026-11-30T14:59:00Z', 'Asia/Jayapura', '30 November 2026'],
    ['2026-11-30T15:00:00Z', 'Asia/Jayapura', '1 Desember 2026'],
    ['2026-12-31T17:00:00Z', 'Asia/Jakarta', '1 Januari 2027'],
    ['2028-02-28T20:00:00Z', 'Asia/Jayapura', '29 Februari 2028'],
    ['2026-05-01T00:00:00+07:00', 'Asia/Jayapura', '1 Mei 2026'],
    ['2026-05-01T00:00:00+07:00', 'Asia/Jakarta', '1 Mei 2026'],
    ['2026-05-01T00:30:00+08:00', 'Asia/Jakarta', '30 April 2026'],
  ] as const)('%s in %s is %s', (value, zone, expected) => {
    expect(indonesianDate(value, zone)).toBe(expected);
  });

  it.each([
    ['2026-11-23T07:05:00Z', 'Asia/Jakarta', '23 November 2026 pukul 14.05 WIB'],
    ['2026-11-23T07:05:00Z', 'Asia/Makassar', '23 November 2026 pukul 15.05 WITA'],
    ['2026-11-23T07:05:00Z', 'Asia/Jayapura', '23 November 2026 pukul 16.05 WIT'],
    ['2026-11-30T17:30:00Z', 'Asia/Jakarta', '1 Desember 2026 pukul 00.30 WIB'],
    ['2026-08-23T23:59:00+07:00', 'Asia/Jakarta', '23 Agustus 2026 pukul 23.59 WIB'],
    ['2026-08-23T23:59:00+07:00', 'Asia/Jayapura', '24 Agustus 2026 pukul 01.59 WIT'],
    ['2026-06-20T01:00:00.000Z', 'Asia/Makassar', '20 Juni 2026 pukul 09.00 WITA'],
  ] as const)('%s in %s is %s', (value, zone, expected) => {
    expect(indonesianDateTime(value, zone)).toBe(expected);
  });

  it('takes Date objects', () => {
    const at = new Date('2026-03-31T16:00:00Z');
    expect(indonesianDate(at, 'Asia/Makassar')).toBe('1 April 2026');
    expect(indonesianDateTime(at, 'Asia/Makassar')).toBe('1 April 2026 pukul 00.00 WITA');
    expect(zoneDay(at, 'Asia/Jakarta')).toBe('2026-03-31');
    expect(zoneDay(at, 'Asia/Makassar')).toBe('2026-04-01');
  });

  it.each([
    'not a date',
    '2026-02-30',
    '23-11-2026',
    // Without an offset the server's own zone would decide the day.
    '2026-11-23T10:00:00',
    '2026-11-23T10:00',
  ])('refuses %j', (value) => {
    expect(() => indonesianDate(value, 'Asia/Jakarta')).toThrow(RangeError);
  });

  it('refuses an invalid Date and a time for a bare date', () => {
    expect(() => indonesianDate(new Date(Number.NaN), 'Asia/Jakarta')).toThrow(RangeError);
    expect(() => indonesianDateTime('2026-11-23', 'Asia/Jakarta')).toThrow(RangeError);
  });
});

describe('terbilang', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [2, 'dua'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
    [1000, 'seribu'],
    [1239, 'seribu dua ratus tiga puluh sembilan'],
    [2000, 'dua ribu'],
    [100_000, 'seratus ribu'],
    [1_000_000, 'satu juta'],
    [36_742, 'tiga puluh enam ribu tujuh ratus empat puluh dua'],
    [2_000_000_001, 'dua miliar satu'],
  ])('%i is "%s"', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it.each([-1, 1.5, 1e12])('refuses %s', (n) => {
    expect(() => terbilang(n)).toThrow(RangeError);
  });
});
