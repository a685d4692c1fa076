/** Government affairs (urusan pemerintahan, UU 23/2014) with their group, as in the domain reference §5. */
export const affairGroups = ['wajib_pelayanan_dasar', 'wajib_non_pelayanan_dasar', 'pilihan', 'penunjang'] as const;
export type AffairGroup = (typeof affairGroups)[number];

export const affairs = [
  { code: 'pendidikan', name: 'Pendidikan', group: 'wajib_pelayanan_dasar' },
  { code: 'kesehatan', name: 'Kesehatan', group: 'wajib_pelayanan_dasar' },
  { code: 'pupr', name: 'Pekerjaan Umum dan Penataan Ruang', group: 'wajib_pelayanan_dasar' },
  { code: 'perkim', name: 'Perumahan Rakyat dan Kawasan Permukiman', group: 'wajib_pelayanan_dasar' },
  { code: 'trantibum_linmas', name: 'Ketenteraman, Ketertiban Umum dan Pelindungan Masyarakat', group: 'wajib_pelayanan_dasar' },
  { code: 'sosial', name: 'Sosial', group: 'wajib_pelayanan_dasar' },
  { code: 'tenaga_kerja', name: 'Tenaga Kerja', group: 'wajib_non_pelayanan_dasar' },
  { code: 'pppa', name: 'Pemberdayaan Perempuan dan Pelindungan Anak', group: 'wajib_non_pelayanan_dasar' },
  { code: 'pangan', name: 'Pangan', group: 'wajib_non_pelayanan_dasar' },
  { code: 'pertanahan', name: 'Pertanahan', group: 'wajib_non_pelayanan_dasar' },
  { code: 'lingkungan_hidup', name: 'Lingkungan Hidup', group: 'wajib_non_pelayanan_dasar' },
  { code: 'adminduk_capil', name: 'Administrasi Kependudukan dan Pencatatan Sipil', group: 'wajib_non_pelayanan_dasar' },
  { code: 'pmd', name: 'Pemberdayaan Masyarakat dan Desa', group: 'wajib_non_pelayanan_dasar' },
  { code: 'ppkb', name: 'Pengendalian Penduduk dan Keluarga Berencana', group: 'wajib_non_pelayanan_dasar' },
  { code: 'perhubungan', name: 'Perhubungan', group: 'wajib_non_pelayanan_dasar' },
  { code: 'kominfo', name: 'Komunikasi dan Informatika', group: 'wajib_non_pelayanan_dasar' },
  { code: 'koperasi_ukm', name: 'Koperasi, Usaha Kecil dan Menengah', group: 'wajib_non_pelayanan_dasar' },
  { code: 'penanaman_modal', name: 'Penanaman Modal', group: 'wajib_non_pelayanan_dasar' },
  { code: 'kepemudaan_olahraga', name: 'Kepemudaan dan Olahraga', group: 'wajib_non_pelayanan_dasar' },
  { code: 'statistik', name: 'Statistik', group: 'wajib_non_pelayanan_dasar' },
  { code: 'persandian', name: 'Persandian', group: 'wajib_non_pelayanan_dasar' },
  { code: 'kebudayaan', name: 'Kebudayaan', group: 'wajib_non_pelayanan_dasar' },
  { code: 'perpustakaan', name: 'Perpustakaan', group: 'wajib_non_pelayanan_dasar' },
  { code: 'kearsipan', name: 'Kearsipan', group: 'wajib_non_pelayanan_dasar' },
  { code: 'kelautan_perikanan', name: 'Kelautan dan Perikanan', group: 'pilihan' },
  { code: 'pariwisata', name: 'Pariwisata', group: 'pilihan' },
  { code: 'pertanian', name: 'Pertanian', group: 'pilihan' },
  { code: 'kehutanan', name: 'Kehutanan', group: 'pilihan' },
  { code: 'esdm', name: 'Energi dan Sumber Daya Mineral', group: 'pilihan' },
  { code: 'perdagangan', name: 'Perdagangan', group: 'pilihan' },
  { code: 'perindustrian', name: 'Perindustrian', group: 'pilihan' },
  { code: 'transmigrasi', name: 'Transmigrasi', group: 'pilihan' },
  // The reference lists these supporting functions but says more may exist [unconfirmed].
  { code: 'perencanaan', name: 'Perencanaan', group: 'penunjang' },
  { code: 'keuangan', name: 'Keuangan', group: 'penunjang' },
  { code: 'kepegawaian', name: 'Kepegawaian', group: 'penunjang' },
  { code: 'diklat', name: 'Pendidikan dan Pelatihan', group: 'penunjang' },
  { code: 'litbang', name: 'Penelitian dan Pengembangan', group: 'penunjang' },
] as const satisfies readonly { code: string; name: string; group: AffairGroup }[];

export type AffairCode = (typeof affairs)[number]['code'];
export const affairCodes = affairs.map((a) => a.code) as [AffairCode, ...AffairCode[]];

/** The six mandatory basic-service affairs (yandas) that the count score's coverage rule looks at. */
export const basicServiceAffairs: readonly AffairCode[] = affairs.filter((a) => a.group === 'wajib_pelayanan_dasar').map((a) => a.code);
export const isBasicServiceAffair = (affair: AffairCode): boolean => basicServiceAffairs.includes(affair);

const normalise = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const byName = new Map<string, AffairCode>(affairs.flatMap((a) => [[normalise(a.name), a.code], [normalise(a.code), a.code]]));

/** Reads an affair as people write it: its official name in any case or spacing, or its code. */
export function parseAffair(value: string): AffairCode | null {
  return byName.get(normalise(value)) ?? null;
}
