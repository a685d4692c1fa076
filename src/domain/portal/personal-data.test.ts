import { describe, expect, it } from 'vitest';
import { findPersonalData, masked, maskPersonalData } from './personal-data.js';

describe('personal data on public pages', () => {
  it.each([
    ['NIP 198001012006041001 kepala dinas', 'nip'],
    ['NIP 19800101 200604 1 001', 'nip'],
    ['NIK 3201010101010001', 'nik'],
    ['hubungi budi.santoso@dinkes.go.id', 'email'],
    ['WA 0812-3456-7890', 'phone'],
    ['telepon +62 812 3456 7890', 'phone'],
  ] as const)('finds and masks %j (%s)', (text, kind) => {
    expect(findPersonalData(text).map((f) => f.kind)).toContain(kind);
    const clean = maskPersonalData(text);
    expect(clean).toContain(masked);
    expect(findPersonalData(clean)).toEqual([]);
  });

  it.each(['Tahun 2026, 1.250 warga dilayani dalam 15 menit', 'Perbup Nomor 12 Tahun 2024', 'Rp 150.000.000', 'koordinat -6.2, 106.8', 'data-key="09217451-2045-4b1c-8d3e-0123456789ab"'])(
    'leaves ordinary text alone: %j',
    (text) => {
      expect(findPersonalData(text)).toEqual([]);
      expect(maskPersonalData(text)).toBe(text);
    },
  );
});
