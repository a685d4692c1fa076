import { affairs } from './iid/affairs.js';
import { stages } from './iid/engine.js';

/**
 * Master data (domain reference §5) as admin-editable lists. Codes are stable keys stored on
 * innovations; names are what people read and may be edited. Stages, kinds and forms are fixed by
 * PP 38/2017 and the engine, so only their names can change; the other lists also take new items.
 * Themes, classifications and national priorities change with the method, so they are per period.
 */
export const masterLists = ['affair', 'form', 'kind', 'initiator', 'stage', 'theme', 'classification', 'priority'] as const;
export type MasterList = (typeof masterLists)[number];

export const periodLists: readonly MasterList[] = ['theme', 'classification', 'priority'];
/** Lists whose codes the rules depend on: items cannot be added or deactivated. */
export const fixedLists: readonly MasterList[] = ['stage', 'kind', 'form'];

export const isPeriodList = (list: MasterList): boolean => periodLists.includes(list);
export const isFixedList = (list: MasterList): boolean => fixedLists.includes(list);

export interface MasterItemSeed {
  code: string;
  name: string;
  /** Only affairs: wajib_pelayanan_dasar, wajib_non_pelayanan_dasar, pilihan, penunjang. */
  group?: string;
}

/** The stages' official names (the `stage` master list is fixed: its names are these). */
export const stageNames: Record<(typeof stages)[number], string> = { inisiatif: 'Inisiatif', uji_coba: 'Uji Coba', penerapan: 'Penerapan' };

export const regionListSeeds: Record<Exclude<MasterList, 'theme' | 'classification' | 'priority'>, MasterItemSeed[]> = {
  affair: affairs.map((a) => ({ code: a.code, name: a.name, group: a.group })),
  form: [
    { code: 'tata_kelola', name: 'Inovasi tata kelola pemerintahan daerah' },
    { code: 'pelayanan_publik', name: 'Inovasi pelayanan publik' },
    { code: 'lainnya', name: 'Inovasi daerah lainnya sesuai urusan pemerintahan' },
  ],
  kind: [
    { code: 'digital', name: 'Digital' },
    { code: 'non_digital', name: 'Non digital' },
  ],
  initiator: [
    { code: 'kepala_daerah', name: 'Kepala Daerah' },
    { code: 'anggota_dprd', name: 'Anggota DPRD' },
    { code: 'asn', name: 'ASN' },
    { code: 'perangkat_daerah', name: 'Perangkat Daerah' },
    { code: 'masyarakat', name: 'Masyarakat' },
  ],
  stage: stages.map((code) => ({ code, name: stageNames[code] })),
};

const themes: MasterItemSeed[] = [
  { code: 'digitalisasi_layanan', name: 'Digitalisasi layanan pemerintahan' },
  { code: 'penanggulangan_kemiskinan', name: 'Penanggulangan kemiskinan' },
  { code: 'kemudahan_investasi', name: 'Kemudahan investasi' },
  { code: 'prioritas_presiden', name: 'Prioritas aktual presiden' },
  { code: 'non_tematik', name: 'Non tematik' },
];

const astaCita = [
  'Memperkokoh ideologi Pancasila, demokrasi, dan hak asasi manusia',
  'Memantapkan sistem pertahanan keamanan dan kemandirian bangsa melalui swasembada pangan, energi, air, ekonomi kreatif, hijau, dan biru',
  'Meningkatkan lapangan kerja berkualitas, kewirausahaan, industri kreatif, dan infrastruktur',
  'Memperkuat pembangunan SDM, sains, teknologi, pendidikan, kesehatan, olahraga, kesetaraan gender, serta peran perempuan, pemuda, dan penyandang disabilitas',
  'Melanjutkan hilirisasi dan industrialisasi untuk nilai tambah di dalam negeri',
  'Membangun dari desa dan dari bawah untuk pemerataan ekonomi dan pemberantasan kemiskinan',
  'Memperkuat reformasi politik, hukum, dan birokrasi, serta pencegahan korupsi dan narkoba',
  'Memperkuat keselarasan hidup dengan lingkungan, alam, dan budaya, serta toleransi antarumat beragama',
];

/** Per-period lists of a seeded year; a year without its own lists gets the themes only. */
export function periodListSeeds(year: number): Record<'theme' | 'classification' | 'priority', MasterItemSeed[]> {
  if (year < 2026) return { theme: themes, classification: [], priority: [] };
  return {
    theme: themes,
    classification: [
      { code: 'perangkat_daerah', name: 'Inovasi Perangkat Daerah' },
      { code: 'desa', name: 'Inovasi Desa' },
      { code: 'masyarakat', name: 'Inovasi Masyarakat' },
    ],
    priority: astaCita.map((name, i) => ({ code: `asta_cita_${i + 1}`, name: `Asta Cita ${i + 1}: ${name}` })),
  };
}

/** A new code from a name: lower-case ASCII words joined by `_`, as the seeded codes are. */
export function codeFromName(name: string): string {
  return name
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 60);
}
