import { options, type Aspect, type Catalogue, type EvidenceKind, type Indicator } from './catalogue.js';

// The 2026 method (Surat Kepala BSKDN 400.10.11/1887/BSKDN) as transcribed in the domain reference
// §6.1–6.8 [regional]. Numeric cut-offs are kept exactly as published, overlaps included (the higher option wins).

const pdf: EvidenceKind[] = ['pdf'];
const statistics: EvidenceKind[] = ['pdf', 'link'];

type Row = [code: string, variable: string, name: string, description: string, weight: number, mandatory: boolean, labels: [string, string, string], kinds: EvidenceKind[], note: string];

const indicator = (aspect: Aspect) => ([code, variable, name, description, weight, mandatory, labels, kinds, note]: Row): Indicator => ({
  code, aspect, variable, name, description, weight, mandatory, options: options(labels, kinds, note),
});

const regionIndicators: Row[] = [
  ['1', 'I', 'Visi dan misi kepala daerah', 'Inovasi daerah tercantum dalam visi dan/atau misi kepala daerah.', 1, true,
    ['Tercantum dalam misi', 'Tercantum dalam visi', 'Tercantum dalam visi dan misi'], pdf, 'RPJMD atau Perkada'],
  ['2a', 'I', 'Ketepatan waktu penetapan APBD', 'APBD ditetapkan tepat waktu dalam 3 tahun terakhir.', 1, false,
    ['1 tahun', '2 tahun', '3 tahun'], pdf, 'Tanggal penetapan Perda APBD'],
  ['2b', 'I', 'Alokasi belanja wajib', 'Pemenuhan belanja wajib: pendidikan 20 %, kesehatan 10 %, infrastruktur 40 % dari DTU, belanja pegawai ≤ 30 %.', 1, false,
    ['Memenuhi 2 komponen', 'Memenuhi 3 komponen', 'Memenuhi lebih dari 3 komponen'], pdf, 'Dokumen APBD dengan persentase tiap komponen'],
  ['3', 'I', 'Pertumbuhan jumlah izin yang diterbitkan', 'Pertumbuhan izin terbit tahun T-1 dibanding T-2.', 1, true,
    ['≤ −50.32 %', '−50.33 % s.d. 8.16 %', '≥ 8.17 %'], statistics, 'Data DPMPTSP, T-1 dibanding T-2'],
  ['4', 'I', 'Pertumbuhan pendapatan per kapita', 'Pertumbuhan pendapatan per kapita.', 1, true,
    ['≤ 2.04 %', '2.05–5.23 %', '≥ 5.23 %'], statistics, 'Data BPS'],
  ['5a', 'I', 'Penurunan tingkat pengangguran terbuka (TPT)', 'Penurunan TPT dalam poin persen.', 0.75, true,
    ['≤ 0.00', '0.01–0.36', '≥ 0.36'], statistics, 'Data BPS'],
  ['5b', 'I', 'Tingkat pengangguran terbuka (TPT)', 'TPT tahun T-1 dalam persen.', 0.75, true,
    ['≥ 5.91', '2.34–5.92', '≤ 2.35'], statistics, 'Data BPS'],
  ['6', 'I', 'Pertumbuhan investasi', 'Pertumbuhan realisasi investasi.', 1.5, true,
    ['≤ −47.42 %', '−47.43–94.75 %', '≥ 94.76 %'], statistics, 'Data realisasi investasi'],
  ['7', 'I', 'Pertumbuhan pendapatan asli daerah (PAD)', 'Pertumbuhan PAD tahun T-1 dibanding T-2.', 1.5, true,
    ['≤ −5.14 %', '−5.15–33.84 %', '≥ 33.85 %'], pdf, 'Laporan PAD T-1 dan T-2'],
  ['8', 'I', 'Opini BPK', 'Opini BPK atas laporan keuangan tahun T-1.', 1.5, true,
    ['Tidak menyatakan pendapat atau tidak wajar', 'Wajar dengan pengecualian (WDP)', 'Wajar tanpa pengecualian (WTP)'], pdf, 'LHP BPK tahun T-1'],
  ['9', 'I', 'Nilai SAKIP/LAKIP', 'Hasil evaluasi SAKIP tahun T-1.', 1, true,
    ['D atau C', 'B', 'A'], pdf, 'Hasil evaluasi SAKIP T-1'],
  ['10a', 'I', 'Penurunan tingkat kemiskinan', 'Penurunan persentase penduduk miskin dalam poin persen.', 0.75, true,
    ['≤ 0.07', '0.08–1.15', '≥ 1.16'], statistics, 'Data BPS'],
  ['10b', 'I', 'Persentase penduduk miskin', 'Persentase penduduk miskin tahun T-1.', 0.75, true,
    ['≥ 13.10', '4.81–13.11', '≤ 4.82'], statistics, 'Data BPS'],
  ['11a', 'SDM', 'Peningkatan indeks pembangunan manusia (IPM)', 'Kenaikan IPM dalam 2 tahun.', 0.75, true,
    ['≤ 0.55', '0.56–0.90', '≥ 0.90'], statistics, 'Data BPS'],
  ['11b', 'SDM', 'Nilai indeks pembangunan manusia (IPM)', 'IPM tahun terakhir.', 0.75, true,
    ['≤ 69.99', '70.00–79.99', '≥ 80.00'], statistics, 'Data BPS'],
  ['12', 'SDM', 'Penghargaan bagi inovator', 'Penghargaan pemerintah daerah bagi inovator dalam 2 tahun terakhir.', 2, false,
    ['Sertifikat', 'Sertifikat dan insentif', 'Sertifikat, insentif dan mekanisme budaya inovasi'], pdf, 'Bukti pemberian dalam 2 tahun terakhir'],
  ['13a', 'EIK', 'Rekomendasi kebijakan inovasi', 'Jumlah rekomendasi kebijakan untuk inovasi.', 1, false,
    ['1–3 rekomendasi', '4–7 rekomendasi', 'Lebih dari 7 rekomendasi'], pdf, 'Policy brief'],
  ['13b', 'EIK', 'Indeks Kualitas Kebijakan (IKK)', 'Hasil penilaian IKK oleh LAN.', 1, false,
    ['Cukup atau kurang', 'Baik', 'Unggul atau sangat baik'], statistics, 'Hasil penilaian IKK'],
  ['14', 'EIK', 'Rencana induk pemajuan ilmu pengetahuan dan teknologi daerah (RIPJ PID)', 'Status dokumen RIPJ PID.', 1, false,
    ['Rancangan', 'Disepakati', 'Ditetapkan dengan Perkada'], pdf, 'Dokumen RIPJ PID'],
  ['15', 'EIK', 'Fasilitasi hak kekayaan intelektual (HKI) inovasi', 'Fasilitasi HKI bagi inovasi daerah.', 1, false,
    ['Sosialisasi', 'Sosialisasi dan bantuan administrasi', 'Sosialisasi, bantuan administrasi dan pembiayaan'], pdf, 'Dokumen fasilitasi'],
];

const innovationIndicators: Row[] = [
  ['16', 'Infra', 'Regulasi inovasi daerah', 'Dasar hukum penerapan inovasi yang berlaku pada tahun penerapan.', 3, true,
    ['SK kepala daerah (atau SK kepala perangkat daerah atas nama kepala daerah)', 'Peraturan kepala daerah (Perkada)', 'Peraturan daerah (Perda)'], pdf,
    'Sampul dan halaman yang memuat nama inovasi, berlaku pada tahun penerapan'],
  ['17', 'Infra', 'Ketersediaan SDM terhadap inovasi daerah', 'Jumlah dan peran sumber daya manusia pelaksana inovasi.', 2, true,
    ['1–10 orang', '11–30 orang', 'Lebih dari 30 orang'], pdf, 'SK atau surat tugas yang menyebut peran tiap orang'],
  ['18', 'Infra', 'Dukungan anggaran', 'Anggaran inovasi pada tahun T-2, T-1 dan T-0.', 2, false,
    ['Dianggarkan pada salah satu tahun T-2, T-1 atau T-0', 'Dianggarkan dua tahun berturut-turut', 'Dianggarkan pada ketiga tahun'], pdf,
    'Halaman dokumen anggaran yang ditandai; sekolah BOSP, kesehatan BOK/JKN'],
  ['19', 'KP', 'Alat kerja', 'Alat kerja yang digunakan inovasi.', 2, false,
    ['Manual atau non elektronik', 'Perangkat elektronik', 'Sistem daring, AI, IoT atau super-app'], ['image'], 'Foto atau tangkapan layar'],
  ['20', 'Infra', 'Bimtek inovasi', 'Bimbingan teknis inovasi dalam 3 tahun terakhir.', 1, false,
    ['1 kali dalam 3 tahun', '2 kali dalam 3 tahun', '3 kali atau lebih dalam 3 tahun'], pdf, 'Undangan, daftar hadir dan sertifikat'],
  ['21', 'Infra', 'Program dan kegiatan inovasi dalam RKPD', 'Inovasi tercantum dalam program dan kegiatan RKPD.', 2, false,
    ['RKPD T-1 atau T-2', 'RKPD T-1 dan T-2', 'RKPD T-1, T-2 dan T0'], pdf, 'Halaman RKPD yang ditandai; setara: RKAS, RUK/RPK, RBA, RKP Desa'],
  ['22', 'OPT', 'Keterlibatan aktor inovasi', 'Aktor yang terlibat: akademisi, dunia usaha, masyarakat, pemerintah, media.', 1, false,
    ['3 aktor', '4 aktor', '5 aktor atau lebih'], ['pdf', 'image', 'link'], 'Perjanjian kerja sama, hibah, liputan, undangan FGD'],
  ['23', 'OPT', 'Pelaksana inovasi daerah', 'Penugasan pelaksana inovasi.', 1, false,
    ['Tanpa surat penugasan', 'Ditugaskan oleh kepala perangkat daerah', 'Ditugaskan oleh kepala daerah'], pdf, 'Surat penugasan'],
  ['24', 'OPT', 'Jejaring inovasi', 'Jumlah perangkat daerah dalam jejaring inovasi.', 1, false,
    ['2 perangkat daerah', '3–4 perangkat daerah', '5 perangkat daerah atau lebih'], pdf, 'SK atau surat'],
  ['25', 'OPT', 'Sosialisasi inovasi daerah', 'Media sosialisasi inovasi.', 1, false,
    ['Foto dengan spanduk inovasi', 'Media sosial atau media milik pemerintah daerah', 'Media berita independen'], ['image', 'link'], 'Foto atau tangkapan layar'],
  ['26', 'KBP', 'Pedoman teknis', 'Bentuk pedoman teknis inovasi.', 1, false,
    ['Cetak', 'E-book', 'Daring'], ['pdf', 'image', 'link'], 'PDF atau tangkapan layar dan tautan'],
  ['27', 'KBP', 'Kemudahan informasi layanan', 'Saluran informasi layanan: manual, hotline, media sosial, daring/aplikasi/chatbot.', 1, false,
    ['1 dari 4 saluran', '2 saluran', '3 saluran atau lebih'], ['image', 'link'], 'Tangkapan layar tiap saluran'],
  ['28', 'KBP', 'Kecepatan hasil layanan', 'Lama hasil layanan diterima.', 2, false,
    ['6 hari atau lebih', '2–5 hari', '1 hari'], pdf, 'SOP yang ditandatangani beserta waktu layanan'],
  ['29', 'KBP', 'Penyelesaian layanan pengaduan', 'Persentase pengaduan yang diselesaikan dalam 2 tahun terakhir.', 1, false,
    ['≤ 50 % atau tidak ada pengaduan', '51–90 %', '≥ 91 %'], pdf, 'Rekap pengaduan 2 tahun terakhir'],
  ['30', 'KP', 'Layanan terintegrasi', 'Keterpaduan layanan inovasi.', 2, false,
    ['Berdiri sendiri', 'Terintegrasi dalam perangkat daerah atau satu urusan', 'Terintegrasi lintas perangkat daerah atau urusan (super-app, MPP)'],
    ['pdf', 'image'], 'Tangkapan layar atau dokumen'],
  ['31', 'KP', 'Replikasi', 'Jumlah daerah lain yang mereplikasi inovasi.', 3, false,
    ['Direplikasi 1 daerah lain', 'Direplikasi 2 daerah lain', 'Direplikasi 3 daerah lain'], pdf, 'MoU, perjanjian atau surat'],
  ['32', 'KBP', 'Kecepatan penciptaan inovasi', 'Lama dari tahap inisiatif sampai penerapan.', 2, true,
    ['9 bulan atau lebih', '5–8 bulan', '1–4 bulan'], pdf, 'Proposal atau laporan dengan lama tiap tahapan'],
  ['33', 'JIHK', 'Kemanfaatan inovasi', 'Manfaat inovasi menurut satu basis yang dipilih, dengan ambang basis itu.', 3, true,
    ['Tingkat 1 pada basis yang dipilih', 'Tingkat 2 pada basis yang dipilih', 'Tingkat 3 pada basis yang dipilih'], pdf, 'Sesuai basis yang dipilih'],
  ['34', 'JIHK', 'Monitoring dan evaluasi inovasi daerah', 'Bentuk pemantauan dan evaluasi inovasi.', 2, false,
    ['Laporan internal', 'Survei kepuasan masyarakat (SKM)', 'Kajian eksternal'], pdf, 'Laporan'],
  ['35', 'JIHK', 'Video inovasi daerah', 'Video memuat 5 unsur: latar belakang, penjaringan ide, pemilihan ide, manfaat, dampak.', 4, true,
    ['1–2 dari 5 unsur', '3–4 unsur', 'Kelima unsur'], ['video', 'link'], 'MP4 paling lama 5 menit atau tautan'],
];

// The bases' evidence notes are ours; the reference says only "per basis".
const benefitBases = {
  a: { name: 'Jumlah penerima manfaat (orang)', options: options(['1–200 orang', '201–500 orang', '≥ 501 orang'], pdf, 'Data penerima manfaat') },
  b: { name: 'Cakupan unit sasaran', options: options(['5.00–20.00 %', '20.01–50.00 %', '> 50.00 %'], pdf, 'Data unit sasaran dan cakupan') },
  c: { name: 'Efisiensi belanja', options: options(['0.01–10.00 %', '10.01–20.00 %', '20.01–30 %'], pdf, 'Laporan belanja sebelum dan sesudah inovasi') },
  d: { name: 'Penambahan pendapatan', options: options(['0.01–9.99 %', '10.00–19.99 %', '≥ 20 %'], pdf, 'Laporan pendapatan sebelum dan sesudah inovasi') },
  e: { name: 'Produk yang dihasilkan atau terjual', options: options(['1–100', '101–200', '> 200'], ['pdf', 'image'], 'Data produksi atau penjualan') },
  f: { name: 'Tren kinerja positif', options: options(['1 periode', '2 periode', '3 periode'], pdf, 'Laporan kinerja per periode') },
};

export const catalogue2026: Catalogue = {
  period: {
    year: 2026,
    // [unconfirmed] The reference gives no 2026 input window: 2025's (20 Jun – 23 Aug, WIB) is carried over for the admin to correct.
    inputWindow: { opensAt: '2026-06-19T17:00:00.000Z', closesAt: '2026-08-23T16:59:59.999Z' },
    implementationWindow: { from: '2024-01-01', to: '2025-12-31', acceptsDevelopment: true },
    minDivisor: 12,
    countCap: 200,
    countWeight: 0.38,
    minBasicAffairs: 5,
    totalMax: 250,
    predicates: { sangatInovatif: 65.01, inovatif: 40.01, kurangInovatif: 0.01 },
    minDesignWords: 300,
    maxIgaEntries: 2,
  },
  variables: {
    I: 'Institusi',
    SDM: 'Sumber Daya Manusia',
    EIK: 'Ekosistem Inovasi dan Kajian',
    Infra: 'Infrastruktur',
    OPT: 'Output Pengetahuan dan Teknologi',
    KBP: 'Kecepatan Bisnis Proses',
    KP: 'Kecanggihan Produk',
    JIHK: 'Jumlah Inovasi dan Hasil Kreatif',
  },
  indicators: [
    ...regionIndicators.map(indicator('region')),
    ...innovationIndicators.map(indicator('innovation')).map((i) => (i.code === '33' ? { ...i, bases: benefitBases } : i)),
  ],
};
