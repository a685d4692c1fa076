export const unitTypes = [
  'dinas',
  'badan',
  'bagian',
  'inspektorat',
  'sekretariat',
  'kecamatan',
  'kelurahan_desa',
  'uptd_puskesmas',
  'sekolah',
  'rsud',
  'bumd',
  'lainnya',
] as const;
export type UnitType = (typeof unitTypes)[number];

/** Official Indonesian names, also accepted in spreadsheets. */
export const unitTypeNames: Record<UnitType, string> = {
  dinas: 'Dinas',
  badan: 'Badan',
  bagian: 'Bagian',
  inspektorat: 'Inspektorat',
  sekretariat: 'Sekretariat',
  kecamatan: 'Kecamatan',
  kelurahan_desa: 'Kelurahan/Desa',
  uptd_puskesmas: 'UPTD Puskesmas',
  sekolah: 'Sekolah',
  rsud: 'RSUD',
  bumd: 'BUMD',
  lainnya: 'Lainnya',
};

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const byName = new Map<string, UnitType>(
  unitTypes.flatMap((t) => [
    [normalise(t), t],
    [normalise(unitTypeNames[t]), t],
  ]),
);
byName.set('kelurahan', 'kelurahan_desa');
byName.set('desa', 'kelurahan_desa');
byName.set('puskesmas', 'uptd_puskesmas');

/** Reads a unit type as people write it ("UPTD Puskesmas", "uptd_puskesmas", "Desa"). */
export function parseUnitType(value: string): UnitType | null {
  return byName.get(normalise(value)) ?? null;
}
