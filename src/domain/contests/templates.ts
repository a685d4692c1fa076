import type { ContestSetup } from '../contracts/contests.js';
import type { TimeZone } from '../contracts/regions.js';
import { zoneDay } from '../letters/indonesian-date.js';
import { fromZoneLocal } from '../zone-time.js';
import type { ContestTemplateKey, Criterion, FormField, JudgingMode, RoundKind } from './contests.js';

/*
 * The templates an admin starts a contest from (domain §7 and §9). Their texts are Indonesian
 * data the admin edits (names, guidance, rules), not interface texts, so they are not in i18n.
 */

export type ContestTemplate = Omit<ContestSetup, 'name'>;

function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/**
 * A timeline of consecutive rounds starting today at 00:00 in the region's zone, each lasting the
 * given number of whole days and closing at 23:59:59 of its last day (the next opens at 00:00).
 */
function timeline(now: Date, zone: TimeZone, rounds: readonly { kind: RoundKind; name: string; days: number; mode?: JudgingMode }[]): ContestTemplate['rounds'] {
  let day = zoneDay(now, zone);
  return rounds.map((r) => {
    const last = addDays(day, r.days - 1);
    const round = { kind: r.kind, name: r.name, opensAt: fromZoneLocal(`${day}T00:00:00`, zone)!, closesAt: fromZoneLocal(`${last}T23:59:59`, zone)!, mode: r.mode ?? null };
    day = addDays(last, 1);
    return round;
  });
}

const criterion = (key: string, name: string, weight: number, min: number, max: number, guidance: string): Criterion => ({ key, name, guidance, weight, min, max, commentRequired: false });
const field = (key: string, label: string, kind: FormField['kind'], required: boolean, help: string | null): FormField => ({ key, label, kind, required, help, options: [] });

const signatory = { name: 'Nama Penandatangan', title: 'Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah' };

function krenova(now: Date, zone: TimeZone): ContestTemplate {
  const scale = (what: string) => `${what} Nilai 1 (sangat kurang) sampai 10 (sangat baik).`;
  return {
    kind: 'komunitas',
    description: 'Lomba Kreativitas dan Inovasi Masyarakat (Krenova): penghargaan bagi warga yang menghasilkan karya inovatif yang sudah diterapkan dan bermanfaat bagi masyarakat.',
    rules:
      'Peserta adalah penduduk daerah ini (dibuktikan dengan KTP atau kartu pelajar setempat), perorangan atau kelompok paling banyak 5 orang.\n' +
      'Karya sudah diterapkan, mudah diadopsi, memanfaatkan bahan lokal, terjangkau, dan berkelanjutan.\n' +
      'Karya belum pernah memperoleh penghargaan pada lomba sejenis.\n' +
      'Tahapan: pendaftaran dengan proposal, seleksi administrasi, penilaian proposal, presentasi dan pemeriksaan produk, pengumuman pemenang.',
    categories: [
      { key: 'smp', name: 'Pelajar SMP/sederajat' },
      { key: 'sma', name: 'Pelajar SMA/SMK/sederajat' },
      { key: 'mahasiswa', name: 'Mahasiswa' },
      { key: 'umum', name: 'Masyarakat umum' },
    ],
    fieldsOfWork: [
      'Agribisnis dan pangan',
      'Energi',
      'Kehutanan dan lingkungan hidup',
      'Kelautan dan perikanan',
      'Kesehatan dan kosmetik',
      'Pendidikan',
      'Teknik dan manufaktur',
      'Teknologi informasi dan komunikasi',
      'Industri kreatif dan kerajinan',
      'Sosial dan budaya',
    ],
    eligibility: {
      entrants: ['perorangan', 'kelompok'],
      residentsOnly: true,
      maxGroupSize: 5,
      implementedFrom: null,
      implementedTo: null,
      notAwardedElsewhere: true,
      notes: 'Kelompok paling banyak 5 orang, termasuk ketua. Setiap anggota penduduk daerah ini.',
    },
    rounds: timeline(now, zone, [
      { kind: 'pendaftaran', name: 'Pendaftaran dan pengiriman proposal', days: 30 },
      { kind: 'seleksi', name: 'Seleksi administrasi', days: 7 },
      { kind: 'penjurian', name: 'Penilaian proposal', days: 10, mode: 'desk' },
      { kind: 'penjurian', name: 'Presentasi dan pemeriksaan produk', days: 5, mode: 'presentasi' },
      { kind: 'pengumuman', name: 'Pengumuman pemenang', days: 1 },
    ]),
    form: [
      field('proposal', 'Proposal karya (PDF)', 'berkas', true, 'Latar belakang, cara kerja, bahan, biaya, hasil penerapan, dan rencana keberlanjutan.'),
      field('video', 'Tautan video peragaan', 'tautan', false, 'Video singkat yang memperlihatkan karya digunakan (YouTube, Google Drive, dan sejenisnya).'),
      field('bahan_lokal', 'Bahan lokal yang digunakan', 'teks', false, null),
    ],
    criteria: [
      criterion('orisinalitas', 'Orisinalitas', 20, 1, 10, scale('Karya asli, bukan tiruan; gagasannya baru atau cara penerapannya baru.')),
      criterion('kepeloporan', 'Kepeloporan', 20, 1, 10, scale('Karya merintis cara baru di lingkungannya dan dapat menjadi contoh bagi yang lain.')),
      criterion('penerapan', 'Penerapan di masyarakat', 20, 1, 10, scale('Karya sudah digunakan masyarakat, mudah diadopsi, dan memakai bahan lokal.')),
      criterion('manfaat', 'Manfaat', 20, 1, 10, scale('Manfaat ekonomi, sosial, atau lingkungan yang nyata dan terukur; harga terjangkau.')),
      criterion('keberlanjutan', 'Keberlanjutan', 20, 1, 10, scale('Karya dapat terus dikembangkan, diproduksi, dan dipelihara tanpa bergantung pada bantuan.')),
    ],
    normalise: true,
    tieBreak: 'kriteria_berurutan',
    assignment: { mode: 'sebar', minPerEntry: 3 },
    winnersPerCategory: 3,
    signatory,
  };
}

function internal(now: Date, zone: TimeZone): ContestTemplate {
  const year = Number(zoneDay(now, zone).slice(0, 4));
  return {
    kind: 'internal',
    description: 'Penghargaan inovasi daerah bagi perangkat daerah, kecamatan, puskesmas, desa/kelurahan, dan sekolah atas inovasi yang sudah diterapkan.',
    rules:
      'Peserta adalah unit di lingkungan pemerintah daerah, mendaftarkan inovasi yang tercatat di Lumbung.\n' +
      `Inovasi sudah diterapkan antara 1 Januari ${year - 2} dan 31 Desember ${year - 1}.\n` +
      'Tahapan: pendaftaran, seleksi administrasi, penilaian dokumen, presentasi, pengumuman.',
    categories: [
      { key: 'perangkat_daerah', name: 'Perangkat daerah' },
      { key: 'kecamatan', name: 'Kecamatan' },
      { key: 'puskesmas', name: 'Puskesmas' },
      { key: 'desa', name: 'Desa/kelurahan' },
      { key: 'sekolah', name: 'Sekolah' },
    ],
    fieldsOfWork: [],
    eligibility: {
      entrants: ['unit'],
      residentsOnly: false,
      maxGroupSize: null,
      implementedFrom: `${year - 2}-01-01`,
      implementedTo: `${year - 1}-12-31`,
      notAwardedElsewhere: false,
      notes: null,
    },
    rounds: timeline(now, zone, [
      { kind: 'pendaftaran', name: 'Pendaftaran inovasi', days: 30 },
      { kind: 'seleksi', name: 'Seleksi administrasi', days: 7 },
      { kind: 'penjurian', name: 'Penilaian dokumen', days: 10, mode: 'desk' },
      { kind: 'penjurian', name: 'Presentasi', days: 5, mode: 'presentasi' },
      { kind: 'pengumuman', name: 'Pengumuman pemenang', days: 1 },
    ]),
    form: [
      field('profil', 'Profil inovasi (PDF)', 'berkas', true, 'Latar belakang, tujuan, cara kerja, hasil, dan dukungan anggaran.'),
      field('bukti_penerapan', 'Tautan bukti penerapan', 'tautan', false, 'Dokumentasi, berita, atau laman layanan.'),
    ],
    criteria: [
      criterion('kebaruan', 'Kebaruan', 25, 0, 100, 'Inovasi baru atau pengembangan yang berbeda dari yang sudah ada di daerah.'),
      criterion('manfaat', 'Manfaat', 30, 0, 100, 'Manfaat bagi masyarakat atau layanan, didukung data sebelum dan sesudah.'),
      criterion('keberlanjutan', 'Keberlanjutan', 20, 0, 100, 'Dasar hukum, anggaran, SDM, dan SOP yang menjamin inovasi terus berjalan.'),
      criterion('replikasi', 'Replikasi', 15, 0, 100, 'Mudah ditiru unit atau daerah lain; sudah atau sedang direplikasi.'),
      criterion('kolaborasi', 'Kolaborasi', 10, 0, 100, 'Keterlibatan pihak lain: unit lain, masyarakat, dunia usaha, perguruan tinggi.'),
    ],
    normalise: true,
    tieBreak: 'kriteria_terberat',
    assignment: { mode: 'sebar', minPerEntry: 3 },
    winnersPerCategory: 3,
    signatory,
  };
}

function iga(now: Date, zone: TimeZone): ContestTemplate {
  return {
    kind: 'iga',
    description: 'Gladi presentasi Innovative Government Award: nominasi inovasi daerah berlatih di hadapan panel dengan rubrik penilaian IGA.',
    rules: 'Setiap unit mempresentasikan satu inovasi nominasi. Seluruh juri menilai seluruh presentasi dengan bobot rubrik IGA.',
    categories: [{ key: 'nominasi', name: 'Nominasi IGA' }],
    fieldsOfWork: [],
    eligibility: { entrants: ['unit'], residentsOnly: false, maxGroupSize: null, implementedFrom: null, implementedTo: null, notAwardedElsewhere: false, notes: null },
    rounds: timeline(now, zone, [
      { kind: 'pendaftaran', name: 'Pendaftaran nominasi', days: 14 },
      { kind: 'seleksi', name: 'Pemeriksaan kelengkapan', days: 3 },
      { kind: 'penjurian', name: 'Gladi presentasi', days: 5, mode: 'presentasi' },
      { kind: 'pengumuman', name: 'Pengumuman hasil gladi', days: 1 },
    ]),
    form: [
      field('bahan_presentasi', 'Bahan presentasi (PDF)', 'berkas', true, null),
      field('video', 'Tautan video inovasi', 'tautan', false, null),
    ],
    criteria: [
      criterion('kebaruan', 'Kebaruan', 30, 0, 100, 'Keunikan dan kebaruan inovasi dibandingkan yang sudah ada.'),
      criterion('manfaat', 'Kemanfaatan', 25, 0, 100, 'Manfaat nyata bagi masyarakat dan pemerintah daerah, dengan data.'),
      criterion('kewenangan_kolaborasi', 'Kewenangan daerah dan kolaborasi', 15, 0, 100, 'Inovasi dalam urusan kewenangan daerah dan melibatkan pemangku kepentingan.'),
      criterion('replikasi', 'Replikasi dan keterterapan', 20, 0, 100, 'Dapat diterapkan dan direplikasi di daerah lain.'),
      criterion('penguasaan', 'Penguasaan dan penyampaian', 10, 0, 100, 'Penguasaan materi, kejelasan penyampaian, dan ketepatan menjawab pertanyaan.'),
    ],
    normalise: false,
    tieBreak: 'kriteria_berurutan',
    assignment: { mode: 'semua', minPerEntry: 1 },
    winnersPerCategory: 3,
    signatory,
  };
}

/**
 * A new contest's setup from a template, its timeline starting today in the region's zone.
 * Krenova (domain §9): community contest, four pupil/student/public categories, five criteria of
 * 20 % on 1–10, an even spread of three judges per entry, normalised. Internal award: the region's
 * units, work implemented in the two previous calendar years, five weighted criteria on 0–100.
 * IGA rehearsal (domain §7): the 2023 presentation weights, one presentation round, every judge
 * scores every entry, raw scores (one panel sees all entries, so there is nothing to normalise).
 */
export function contestTemplate(key: ContestTemplateKey, opts: { now: Date; zone: TimeZone }): ContestTemplate {
  switch (key) {
    case 'krenova':
      return krenova(opts.now, opts.zone);
    case 'internal':
      return internal(opts.now, opts.zone);
    case 'iga':
      return iga(opts.now, opts.zone);
  }
}
