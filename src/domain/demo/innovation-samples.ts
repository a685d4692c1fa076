import { innovationSamples1 } from './innovation-samples-1.js';
import { innovationSamples2 } from './innovation-samples-2.js';
import { innovationSamples3 } from './innovation-samples-3.js';
import { innovationSamples4 } from './innovation-samples-4.js';
import { innovationSamples5 } from './innovation-samples-5.js';
import { innovationSamples6 } from './innovation-samples-6.js';

/**
 * The demo region's innovations (Kabupaten Contoh): 60 entries over the demo units, built so the
 * 2026 IID rules have something to bite on — 40 penerapan (a few old, a few with short designs,
 * missing mandatory answers or too many IGA entries), 10 uji coba and 10 inisiatif.
 * The entries live in innovation-samples-1…6.ts as short facts; this module turns them into
 * profiles (the design narrative is composed by `designText`).
 */
export type DemoInnovation = {
  /** The demo unit's name, as demo.seed.ts keys its units. */
  unitKey: string;
  name: string;
  stage: 'inisiatif' | 'uji_coba' | 'penerapan';
  initiator: 'kepala_daerah' | 'anggota_dprd' | 'asn' | 'perangkat_daerah' | 'masyarakat';
  initiatorName: string;
  kind: 'digital' | 'non_digital';
  form: 'tata_kelola' | 'pelayanan_publik' | 'lainnya';
  mainAffair: string;
  otherAffairs: string[];
  theme: 'digitalisasi_layanan' | 'penanggulangan_kemiskinan' | 'kemudahan_investasi' | 'prioritas_presiden' | 'non_tematik';
  classification: 'perangkat_daerah' | 'desa' | 'masyarakat';
  trialStartedOn: string | null;
  implementedOn: string | null;
  developedOn: string | null;
  goal: string;
  benefits: string;
  results: string;
  /** Restricted HTML: <h3> headings and <p> paragraphs. */
  design: string;
  budgetAmount: number | null;
  budgetSource: 'APBD' | 'APBDes' | 'BOS' | 'BOK' | 'CSR' | 'lainnya' | null;
  latitude: number;
  longitude: number;
  igaEntries: number;
  /** 2026 innovation indicator code → option 1–3; indicator 33 carries its benefit basis. */
  answers: Record<string, number | { basis: 'a' | 'b' | 'c' | 'd' | 'e' | 'f'; option: number }>;
  /** The answered codes that have evidence (data dukung). */
  evidenceFor: string[];
};

/** Per-entry facts a full design narrative is composed of. */
export type DesignFacts = {
  /** Sector regulations by full title; the regional designation follows from indicator 16's answer. */
  legal: string[];
  /** The local problem with concrete numbers, 1–3 sentences. */
  problem: string;
  /** The strategic issue as a noun phrase in lower case, e.g. "prevalensi stunting yang masih di atas target". */
  issue: string;
  /** The situation before and after, each a lower-case clause ending with a full stop. */
  before: string;
  after: string;
  /** What is new, 1–2 full sentences. */
  novelty: string;
  /** 3–5 steps, each a lower-case clause without the full stop. */
  steps: string[];
  /** Where it runs, e.g. "tujuh desa wilayah kerja UPTD Puskesmas Sukamaju". */
  place: string;
};

/** Facts of a draft design of 120–290 words: legal basis, problem and workings only. */
export type BriefDesignFacts = Pick<DesignFacts, 'legal' | 'problem' | 'steps' | 'place'> & { brief: true };

/** An entry as written in the data files: design facts instead of HTML, and the codes lacking evidence. */
export type DemoInnovationSource = Omit<DemoInnovation, 'design' | 'evidenceFor'> & {
  /** null: no design written yet (an early inisiatif). */
  design: DesignFacts | BriefDesignFacts | null;
  /** Answered codes without evidence, about one in five; the others have evidence. */
  noEvidence: string[];
};

// ---------------------------------------------------------------------------------------------
// Design narrative

/** FNV-1a of a string: picks template variants and decree numbers deterministically. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The innovation's short name: the acronym before the expansion in brackets. */
export const shortName = (name: string): string => name.split(' (')[0]!.trim();

const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** "A", "A serta B", "A; B; serta C". */
function joinList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  if (items.length === 2) return `${items[0]} serta ${items[1]}`;
  return `${items.slice(0, -1).join('; ')}; serta ${items[items.length - 1]}`;
}

const answerOption = (answer: DemoInnovation['answers'][string] | undefined): number | null =>
  answer === undefined ? null : typeof answer === 'number' ? answer : answer.option;

/** The regional legal instrument matching indicator 16's answer (SK Bupati, Perbup or Perda), if answered. */
function designation(entry: DemoInnovationSource, short: string, h: number): string | null {
  const option = answerOption(entry.answers['16']);
  if (option === null) return null;
  const year = Number((entry.developedOn ?? entry.implementedOn ?? entry.trialStartedOn ?? '2025').slice(0, 4));
  if (option === 3) return `Peraturan Daerah Kabupaten Contoh Nomor ${1 + (h % 9)} Tahun ${year - 1} tentang Penyelenggaraan Inovasi Daerah`;
  if (option === 2) return `Peraturan Bupati Contoh Nomor ${5 + (h % 70)} Tahun ${year} tentang Penerapan Inovasi ${short}`;
  return `Keputusan Bupati Contoh Nomor 000.8.3/${100 + (h % 400)}/${year} tentang Penetapan Inovasi Daerah Kabupaten Contoh Tahun ${year}`;
}

interface Context {
  s: string;
  unit: string;
  law: string;
  kind: DemoInnovation['kind'];
  stage: DemoInnovation['stage'];
  f: DesignFacts;
}

type Template = (c: Context) => string;

const headings: readonly (readonly [string, string, string])[] = [
  ['Dasar Hukum', 'Dasar Hukum Pelaksanaan', 'Landasan dan Dasar Hukum'],
  ['Permasalahan', 'Permasalahan di Lapangan', 'Latar Belakang Permasalahan'],
  ['Isu Strategis', 'Isu Strategis Daerah', 'Isu Strategis yang Dijawab'],
  ['Metode Pembaruan', 'Metode Pembaruan (Sebelum dan Sesudah)', 'Metode Pembaruan yang Ditempuh'],
  ['Keunggulan dan Kebaruan', 'Keunggulan Inovasi', 'Keunggulan Dibanding Praktik Sebelumnya'],
  ['Cara Kerja', 'Cara Kerja Inovasi', 'Cara Kerja dan Alur Layanan'],
];

const legalTemplates: Template[] = [
  (c) =>
    `Penyelenggaraan ${c.s} berpijak pada Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah, yang memberi ruang bagi perangkat daerah untuk melakukan pembaruan dalam penyelenggaraan pemerintahan daerah. Selain itu, inovasi ini mengacu pada ${c.law}. Ketentuan tersebut menjadi dasar kewenangan ${c.unit} untuk merancang, menguji coba, dan menerapkan inovasi tanpa menimbulkan beban yang bertentangan dengan peraturan perundang-undangan.`,
  (c) =>
    `Inovasi ini disusun dalam koridor kewenangan ${c.unit} sebagaimana diatur dalam Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah, khususnya Pasal 386 sampai dengan Pasal 390, serta Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah. Dasar hukum lain yang dirujuk adalah ${c.law}. Dengan landasan itu, ${c.s} memiliki kepastian hukum, baik dalam penganggaran maupun dalam penugasan para pelaksananya.`,
  (c) =>
    `Landasan hukum ${c.s} terdiri atas peraturan nasional dan kebijakan daerah. Pada tingkat nasional, inovasi ini merujuk pada Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah dan Peraturan Menteri Dalam Negeri Nomor 104 Tahun 2018 tentang Penilaian dan Pemberian Penghargaan dan/atau Insentif Inovasi Daerah. Secara khusus, pelaksanaannya berpedoman pada ${c.law}.`,
];

const problemTemplates: Template[] = [
  (c) =>
    `${c.f.problem} Kondisi tersebut tercatat dalam laporan kinerja ${c.unit} dan dikuatkan oleh keluhan masyarakat yang masuk melalui kanal pengaduan. Apabila dibiarkan, persoalan ini berpotensi menurunkan kualitas layanan sekaligus kepercayaan publik terhadap pemerintah daerah.`,
  (c) =>
    `Inovasi ini lahir dari persoalan nyata di ${c.f.place}. ${c.f.problem} Hasil identifikasi masalah bersama para pemangku kepentingan menunjukkan bahwa akar persoalannya terletak pada proses kerja yang belum efisien dan koordinasi antarpihak yang belum terbangun dengan baik.`,
  (c) =>
    `Data yang dihimpun ${c.unit} menggambarkan besarnya tantangan yang dihadapi. ${c.f.problem} Angka-angka tersebut dibahas dalam forum evaluasi internal dan menjadi dasar perlunya perubahan cara kerja, bukan sekadar penambahan kegiatan rutin.`,
];

const issueTemplates: Template[] = [
  (c) =>
    `Isu strategis yang dijawab oleh ${c.s} adalah ${c.f.issue}. Isu ini sejalan dengan prioritas pembangunan dalam RPJMD Kabupaten Contoh dan arah kebijakan Rencana Kerja Pemerintah Daerah, sehingga penanganannya memerlukan terobosan dan tidak cukup dengan pelaksanaan program rutin.`,
  (c) =>
    `Dalam dokumen perencanaan daerah, ${c.f.issue} ditempatkan sebagai salah satu isu strategis yang harus ditangani bersama lintas perangkat daerah. ${c.s} hadir sebagai jawaban konkret ${c.unit} atas isu tersebut sekaligus mendukung pencapaian indikator kinerja utama pemerintah daerah.`,
  (c) =>
    `${capitalise(c.f.issue)} merupakan isu strategis yang mendapat perhatian pimpinan daerah dan masyarakat. Inovasi ini dirancang untuk berkontribusi langsung pada penyelesaian isu tersebut, selaras dengan sasaran RPJMD dan program prioritas nasional yang menjadi acuan pemerintah daerah.`,
];

const afterLeads: Record<DemoInnovation['stage'], readonly [string, string, string]> = {
  penerapan: ['Setelah inovasi diterapkan', 'Sejak inovasi berjalan', 'Kini'],
  uji_coba: ['Selama uji coba', 'Pada masa uji coba', 'Dalam tahap uji coba'],
  inisiatif: ['Melalui inovasi yang diusulkan', 'Dengan rancangan baru ini', 'Ke depan'],
};

const methodTemplates: Template[] = [
  (c) =>
    `Sebelum inovasi, ${c.f.before} ${afterLeads[c.stage][0]}, ${c.f.after} Pembaruan ini menyentuh proses bisnis, pembagian peran pelaksana, dan pola hubungan antara pemberi layanan dan masyarakat.`,
  (c) =>
    `Metode pembaruan yang ditempuh adalah mengubah cara kerja lama secara bertahap. Pada kondisi awal, ${c.f.before} ${afterLeads[c.stage][1]}, ${c.f.after} Perubahan tersebut dipantau dengan indikator yang sama seperti pada kondisi awal agar hasilnya dapat dibandingkan secara jujur.`,
  (c) =>
    `Perbandingan kondisi sebelum dan sesudah menjadi inti metode pembaruan ${c.s}. Semula, ${c.f.before} ${afterLeads[c.stage][2]}, ${c.f.after} Dengan demikian, pembaruan tidak berhenti pada penggunaan sarana baru, tetapi juga menyentuh pola pikir dan budaya kerja aparatur.`,
];

const kindPhrase = (c: Context): string =>
  c.kind === 'digital'
    ? 'memanfaatkan perangkat dan aplikasi yang sudah tersedia serta terhubung dengan data pemerintah daerah'
    : 'mengandalkan penguatan peran petugas dan partisipasi masyarakat tanpa bergantung pada teknologi yang mahal';

const noveltyTemplates: Template[] = [
  (c) =>
    `${c.f.novelty} Keunggulan lainnya, ${c.s} ${kindPhrase(c)}, sehingga mudah dipelajari oleh pelaksana dan mudah direplikasi oleh perangkat daerah maupun pemerintah daerah lain dengan sumber daya yang terbatas.`,
  (c) =>
    `Kebaruan ${c.s} terletak pada cara layanan diberikan, bukan hanya pada sarana yang digunakan. ${c.f.novelty} Sepanjang penelusuran tim, pendekatan serupa belum pernah diterapkan di Kabupaten Contoh sehingga inovasi ini memberikan nilai tambah yang jelas bagi masyarakat.`,
  (c) =>
    `Dibandingkan praktik sebelumnya, ${c.s} memiliki sejumlah keunggulan. ${c.f.novelty} Selain itu, inovasi ini ${kindPhrase(c)}, tidak menambah biaya bagi masyarakat, dan setiap tahapannya terdokumentasi sehingga hasilnya dapat dipertanggungjawabkan.`,
];

const stageVerb: Record<DemoInnovation['stage'], string> = { penerapan: 'dilaksanakan', uji_coba: 'diuji coba', inisiatif: 'direncanakan berjalan' };

/** Steps joined with ordinal connectors: the first and last have their own, the middle ones cycle. */
function stepText(steps: readonly string[], first: string, middle: readonly string[], last: string): string {
  return steps
    .map((step, i) => {
      const lead = i === 0 ? first : i === steps.length - 1 ? last : middle[(i - 1) % middle.length]!;
      return `${lead} ${step}.`;
    })
    .join(' ');
}

const workTemplates: Template[] = [
  (c) =>
    `Secara operasional, ${c.s} ${stageVerb[c.stage]} di ${c.f.place} dengan alur sebagai berikut. ${stepText(c.f.steps, 'Pertama,', ['Kedua,', 'Ketiga,', 'Keempat,'], 'Terakhir,')} Setiap tahapan dipantau oleh tim pelaksana dan hasilnya dilaporkan secara berkala kepada pimpinan sebagai bahan evaluasi dan pengembangan inovasi.`,
  (c) =>
    `Inovasi ini ${stageVerb[c.stage]} di ${c.f.place}. ${stepText(c.f.steps, 'Alur kerja dimulai ketika', ['Selanjutnya,', 'Setelah itu,', 'Kemudian,'], 'Pada tahap akhir,')} Tim pelaksana melakukan evaluasi bersama secara rutin untuk memastikan alur tersebut berjalan sesuai standar operasional prosedur.`,
  (c) =>
    `Cara kerja ${c.s} dirancang sederhana agar dapat dijalankan secara konsisten di ${c.f.place}. ${stepText(c.f.steps, 'Langkah pertama,', ['langkah kedua,', 'langkah ketiga,', 'langkah keempat,'].map(capitalise), 'Langkah penutup,')} Dengan alur tersebut, setiap pihak mengetahui perannya masing-masing dan masyarakat memperoleh kepastian layanan.`,
];

const sections: readonly Template[][] = [legalTemplates, problemTemplates, issueTemplates, methodTemplates, noveltyTemplates, workTemplates];

const block = (heading: string, paragraph: string): string => `<h3>${heading}</h3><p>${paragraph}</p>`;

/**
 * The design (rancang bangun) of an entry as restricted HTML. A full design has the six recommended
 * sections (domain reference §4), each from one of three templates chosen by the name's hash so
 * neighbouring entries read differently; a brief one keeps the legal basis, problem and workings.
 */
export function designText(entry: DemoInnovationSource): string {
  const f = entry.design;
  if (!f) return '';
  const s = shortName(entry.name);
  const h = hash(entry.name);
  const local = designation(entry, s, h);
  const law = joinList(local ? [...f.legal, local] : f.legal);
  if ('brief' in f) {
    return [
      block('Dasar Hukum', `Inovasi ${s} disusun berdasarkan Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah dan mengacu pada ${law}.`),
      block('Permasalahan', `${f.problem} Rancang bangun ini masih berupa ringkasan dan akan dilengkapi dengan isu strategis, metode pembaruan, serta keunggulan inovasi.`),
      block('Cara Kerja', `Inovasi ini ${stageVerb[entry.stage]} di ${f.place}. ${stepText(f.steps, 'Pertama,', ['Kedua,', 'Ketiga,', 'Keempat,'], 'Terakhir,')}`),
    ].join('');
  }
  const c: Context = { s, unit: entry.unitKey, law, kind: entry.kind, stage: entry.stage, f };
  return sections
    .map((templates, i) => {
      const variant = (h >>> (i * 3)) % 3;
      return block(headings[i]![variant]!, templates[variant]!(c));
    })
    .join('');
}

/** The profile of a data-file entry: the design composed, the evidence list derived. */
export function toDemoInnovation(source: DemoInnovationSource): DemoInnovation {
  const { noEvidence, design: _facts, ...rest } = source;
  return {
    ...rest,
    design: designText(source),
    evidenceFor: Object.keys(source.answers).filter((code) => !noEvidence.includes(code)),
  };
}

export const demoInnovations: DemoInnovation[] = [
  ...innovationSamples1,
  ...innovationSamples2,
  ...innovationSamples3,
  ...innovationSamples4,
  ...innovationSamples5,
  ...innovationSamples6,
].map(toDemoInnovation);
