import { describe, expect, it } from 'vitest';
import { clockTime, regionDisplayName, timeZoneOf, titleCaseRegionName } from './regions.js';

describe('timeZoneOf', () => {
  it.each([
    ['33.14', 'Asia/Jakarta', 'Sragen, Jawa Tengah'],
    ['18.01', 'Asia/Jakarta', 'Lampung Selatan'],
    ['61.71', 'Asia/Jakarta', 'Pontianak, Kalimantan Barat'],
    ['51.71', 'Asia/Makassar', 'Denpasar, Bali'],
    ['64.72', 'Asia/Makassar', 'Samarinda, Kalimantan Timur'],
    ['73.71', 'Asia/Makassar', 'Makassar, Sulawesi Selatan'],
    ['81.71', 'Asia/Jayapura', 'Ambon, Maluku'],
    ['82', 'Asia/Jayapura', 'Maluku Utara province'],
    ['91.71', 'Asia/Jayapura', 'Jayapura, Papua'],
    ['96.01', 'Asia/Jayapura', 'Papua Barat Daya'],
  ])('%s → %s (%s)', (code, zone) => {
    expect(timeZoneOf(code)).toBe(zone);
  });
});

describe('region names', () => {
  it.each([
    ['KABUPATEN SRAGEN', 'Kabupaten Sragen'],
    ['KOTA BANDAR LAMPUNG', 'Kota Bandar Lampung'],
    ['DKI JAKARTA', 'DKI Jakarta'],
    ['DI YOGYAKARTA', 'DI Yogyakarta'],
    ['KOTA ADM. JAKARTA PUSAT', 'Kota Adm. Jakarta Pusat'],
  ])('%s → %s', (official, shown) => {
    expect(titleCaseRegionName(official)).toBe(shown);
  });

  it('prefixes provinces with their kind but not kabupaten/kota', () => {
    expect(regionDisplayName('33', 'JAWA TENGAH')).toBe('Provinsi Jawa Tengah');
    expect(regionDisplayName('33.14', 'KABUPATEN SRAGEN')).toBe('Kabupaten Sragen');
  });
});

describe('clockTime', () => {
  it.each([
    ['2026-11-23T07:05:00Z', 'Asia/Jakarta', '14.05 WIB'],
    ['2026-11-23T07:05:00Z', 'Asia/Makassar', '15.05 WITA'],
    ['2026-11-23T07:05:00Z', 'Asia/Jayapura', '16.05 WIT'],
    ['2026-11-23T17:30:00Z', 'Asia/Jakarta', '00.30 WIB'],
  ] as const)('%s in %s → %s', (instant, zone, shown) => {
    expect(clockTime(new Date(instant), zone)).toBe(shown);
  });
});
