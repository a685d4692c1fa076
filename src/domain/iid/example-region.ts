import type { z } from 'zod';
import type { IidInput } from '../contracts/iid.js';

/*
 * The simulator's starting working set: the demo region's answers and 16 innovations, in the
 * `lumbung iid` input format (so it doubles as a sample file to download, edit and load back).
 * Innovations are not stored yet; when the registry lands, the working set comes from the API
 * instead and this file stays only as the demo's sample.
 *
 * Chosen to show every part of the page: 4 of the 6 basic-service affairs (the yandas warning),
 * 11 counted innovations (fewer than m = 12), one ineligible for each reason, and several
 * implemented in 2024 that leave the window next year. Pure data: the agreement test imports it.
 */

type ExampleInput = z.input<typeof IidInput>;
type Answers = ExampleInput['region']['answers'];

const innovationCodes = ['16', '17', '18', '19', '20', '21', '22', '23', '24', '25', '26', '27', '28', '29', '30', '31', '32', '33', '35', '34'] as const;
const mandatory = new Set(['16', '17', '32', '33', '35']);
const bases = ['a', 'b', 'c', 'd', 'e', 'f'] as const;

/** Deterministic answers: `level` 0–3 shifts the options up, `seed` varies them; mandatory indicators are at least 1 unless `skip`ped. */
function answers(seed: number, level: number, skip: readonly string[] = []): Answers {
  const out: Answers = {};
  innovationCodes.forEach((code, index) => {
    if (skip.includes(code)) return;
    const raw = Math.min(3, ((seed * 7 + index * 5) % 4) + Math.floor(level / 2));
    const option = mandatory.has(code) ? Math.max(1, raw) : raw;
    if (option === 0) return;
    out[code] = code === '33' ? { basis: bases[seed % bases.length]!, option } : option;
  });
  return out;
}

type Stage = 'inisiatif' | 'uji_coba' | 'penerapan';
const innovation = (
  id: string,
  mainAffair: string,
  implementedOn: string | null,
  seed: number,
  level: number,
  more: { stage?: Stage; developedOn?: string; designWords?: number; igaEntries?: number; skip?: string[] } = {},
) => ({
  id,
  stage: more.stage ?? 'penerapan',
  mainAffair,
  implementedOn,
  developedOn: more.developedOn ?? null,
  designWords: more.designWords ?? 320 + seed * 23,
  igaEntries: more.igaEntries ?? seed % 2,
  answers: answers(seed, level, more.skip),
});

export const exampleInput = {
  period: 2026,
  region: {
    answers: { '1': 3, '2a': 3, '2b': 2, '3': 2, '4': 2, '5a': 2, '5b': 2, '6': 2, '7': 2, '8': 3, '9': 2, '10a': 2, '10b': 2, '11a': 1, '11b': 2, '12': 1, '13a': 1, '13b': 2 },
  },
  innovations: [
    innovation('SIPINTAR — Sistem Informasi Pintar Sekolah', 'Pendidikan', '2024-03-15', 1, 3),
    innovation('Gerobak Baca Keliling', 'Pendidikan', '2024-08-01', 2, 2),
    innovation('SI CANTIK — Cek Antrean Puskesmas', 'Kesehatan', '2025-02-10', 3, 3),
    innovation('Posyandu Digital', 'Kesehatan', '2024-11-20', 4, 2),
    innovation('JALAN MULUS — Lapor Jalan Rusak', 'Pekerjaan Umum dan Penataan Ruang', '2025-01-05', 5, 2),
    innovation('SIGAP Bansos', 'Sosial', '2024-05-12', 6, 1),
    innovation('Dukcapil Jemput Bola', 'Administrasi Kependudukan dan Pencatatan Sipil', '2025-06-01', 7, 3),
    innovation('Petani Pintar Berbasis Aplikasi', 'Pertanian', '2024-02-01', 8, 1),
    innovation('Desa Wisata Digital', 'Pariwisata', '2025-03-03', 9, 2),
    innovation('Satu Data Kabupaten', 'Komunikasi dan Informatika', '2024-09-09', 10, 2),
    innovation('Angkot Pelajar Gratis', 'Perhubungan', '2022-07-01', 11, 1, { developedOn: '2025-01-15' }),
    innovation('UMKM Naik Kelas', 'Koperasi, Usaha Kecil dan Menengah', null, 12, 1, { stage: 'uji_coba' }),
    innovation('Bank Sampah Sekolah', 'Lingkungan Hidup', '2021-05-01', 13, 2),
    innovation('Klinik Pajak Keliling', 'Keuangan', '2024-04-04', 14, 1, { designWords: 180 }),
    innovation('Telemedisin Pustu', 'Kesehatan', '2025-04-21', 15, 2, { skip: ['35'] }),
    innovation('Lapak Ikan Segar Daring', 'Kelautan dan Perikanan', '2024-10-10', 16, 2, { igaEntries: 3 }),
  ],
} satisfies ExampleInput;

/**
 * Answers whose evidence a mentor has not accepted yet (`null`: the region's own answers). They
 * count in the claimed index only, so the example's verified index is lower.
 */
export const examplePendingReview: readonly (readonly [innovationId: string | null, code: string])[] = [
  [null, '12'],
  ['SI CANTIK — Cek Antrean Puskesmas', '31'],
  ['Dukcapil Jemput Bola', '35'],
  ['Desa Wisata Digital', '18'],
];

/** The `lumbung iid` input example of issue 3: one eligible innovation in Pendidikan (IID 3.33). */
export const issueExampleInput = {
  period: 2026,
  region: { answers: { '1': 3, '2a': 2, '5a': 1 } },
  innovations: [
    {
      id: 'A',
      stage: 'penerapan',
      mainAffair: 'Pendidikan',
      implementedOn: '2024-06-01',
      developedOn: null,
      designWords: 350,
      igaEntries: 0,
      answers: { '16': 2, '17': 3, '32': 1, '33': { basis: 'a', option: 3 }, '35': 2 },
    },
  ],
} as const;
