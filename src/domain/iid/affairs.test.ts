import { describe, expect, it } from 'vitest';
import { affairs, basicServiceAffairs, parseAffair } from './affairs.js';

describe('affairs', () => {
  it('lists 6 basic-service, 18 other mandatory, 8 optional and 5 supporting affairs with unique codes', () => {
    const inGroup = (group: string) => affairs.filter((a) => a.group === group).length;
    expect([inGroup('wajib_pelayanan_dasar'), inGroup('wajib_non_pelayanan_dasar'), inGroup('pilihan'), inGroup('penunjang')]).toEqual([6, 18, 8, 5]);
    expect(new Set(affairs.map((a) => a.code)).size).toBe(affairs.length);
  });

  it('names the six yandas affairs of the reference', () => {
    expect(basicServiceAffairs).toEqual(['pendidikan', 'kesehatan', 'pupr', 'perkim', 'trantibum_linmas', 'sosial']);
  });

  it.each([
    ['Pendidikan', 'pendidikan'],
    ['  pendidikan ', 'pendidikan'],
    ['Pendidikan dan Pelatihan', 'diklat'],
    ['Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat', 'trantibum_linmas'],
    ['KOPERASI, USAHA KECIL DAN MENENGAH', 'koperasi_ukm'],
    ['pupr', 'pupr'],
    ['Sihir', null],
    ['', null],
  ])('parseAffair(%j) → %s', (input, expected) => {
    expect(parseAffair(input)).toBe(expected);
  });

  it('reads back every official name and code', () => {
    for (const a of affairs) {
      expect(parseAffair(a.name)).toBe(a.code);
      expect(parseAffair(a.code)).toBe(a.code);
    }
  });
});
