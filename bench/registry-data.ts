// A realistic registry for the benchmarks of issue 4: the demo kabupaten grown to ~45 units with
// 2,000 innovations in its current period, each with a 300–600-word design in Indonesian, ~15
// answers and 1–3 evidence rows. Rows go in directly with drizzle, in batches (seconds, not the
// minutes the API would take); the list figures (completeness, claimed maturity) are computed with
// the same domain functions the service uses, so opening an innovation does not change them.
import { randomUUID, createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { and, eq } from 'drizzle-orm';
import { affairCodes, type AffairCode } from '../src/domain/iid/affairs.js';
import { indicatorsOf, type Indicator } from '../src/domain/iid/catalogue.js';
import { evaluateInnovation, methodOf, type Stage } from '../src/domain/iid/engine.js';
import { countWords, plainText } from '../src/domain/innovations/design-text.js';
import type { EvidenceItem } from '../src/domain/innovations/evidence.js';
import { completenessOf, requirementOf, toEngineInnovation, type StoredAnswer } from '../src/domain/innovations/scoring.js';
import type { UnitType } from '../src/domain/unit-types.js';
import type { Db } from '../src/server/db/client.js';
import { answers, evidence, files, innovations, periods, regions, units, userUnits, users } from '../src/server/db/schema.js';
import type { Storage } from '../src/server/lib/storage.js';
import { DEMO_REGION_CODE, seedDemo } from '../src/server/modules/demo/demo.seed.js';
import { loadCatalogue } from '../src/server/modules/periods/periods.service.js';
import { prng } from './iid-data.js';

export { prng };

// ---------------------------------------------------------------- vocabulary

/**
 * Words of each affair, so names and designs use the stems people search for (pelayanan/layanan,
 * kesehatan, desa, antrean/antre, sekolah …) with a realistic spread over the region.
 */
const topics: Partial<Record<AffairCode, { nouns: string[]; places: string[] }>> = {
  kesehatan: { nouns: ['puskesmas', 'posyandu', 'stunting', 'imunisasi', 'ibu hamil', 'balita', 'obat', 'pasien', 'rujukan', 'gizi', 'kesehatan ibu dan anak', 'pemeriksaan kesehatan', 'antrean pasien', 'rekam medis'], places: ['di puskesmas', 'di posyandu', 'di desa terpencil', 'di rumah sakit daerah'] },
  pendidikan: { nouns: ['sekolah', 'guru', 'siswa', 'literasi', 'numerasi', 'beasiswa', 'perpustakaan sekolah', 'pembelajaran', 'anak putus sekolah', 'rapor digital'], places: ['di sekolah', 'di sekolah dasar', 'di taman baca desa', 'di kelas'] },
  adminduk_capil: { nouns: ['akta kelahiran', 'KTP elektronik', 'kartu keluarga', 'dokumen kependudukan', 'akta kematian', 'kartu identitas anak'], places: ['di kantor desa', 'di kecamatan', 'di rumah warga'] },
  pmd: { nouns: ['desa', 'BUMDes', 'dana desa', 'musyawarah desa', 'perangkat desa', 'profil desa', 'pasar desa'], places: ['di desa', 'di balai desa', 'di tingkat desa'] },
  sosial: { nouns: ['bantuan sosial', 'lansia', 'penyandang disabilitas', 'keluarga miskin', 'data kesejahteraan sosial', 'anak terlantar'], places: ['di kelurahan', 'di desa', 'di panti sosial'] },
  pertanian: { nouns: ['petani', 'pupuk bersubsidi', 'benih unggul', 'hasil panen', 'irigasi', 'kelompok tani', 'penyuluh pertanian'], places: ['di sawah', 'di desa', 'di balai penyuluhan'] },
  pangan: { nouns: ['cadangan pangan', 'harga pangan', 'pangan lokal', 'kerawanan pangan'], places: ['di pasar', 'di desa'] },
  kominfo: { nouns: ['aplikasi', 'data terpadu', 'jaringan internet', 'layanan digital', 'situs web', 'satu data', 'pengaduan daring'], places: ['di seluruh perangkat daerah', 'di ruang publik', 'di kantor pemerintah'] },
  statistik: { nouns: ['data sektoral', 'portal data', 'statistik daerah'], places: ['di seluruh perangkat daerah'] },
  perhubungan: { nouns: ['angkutan umum', 'terminal', 'parkir', 'lalu lintas', 'uji kendaraan', 'angkutan sekolah'], places: ['di terminal', 'di jalan kabupaten', 'di kawasan sekolah'] },
  lingkungan_hidup: { nouns: ['sampah', 'bank sampah', 'daur ulang', 'air bersih', 'penghijauan', 'limbah rumah tangga'], places: ['di permukiman', 'di bantaran sungai', 'di pasar'] },
  penanaman_modal: { nouns: ['perizinan', 'investasi', 'pelaku usaha', 'izin usaha', 'layanan perizinan', 'antrean perizinan'], places: ['di mal pelayanan publik', 'di kantor PTSP'] },
  koperasi_ukm: { nouns: ['UMKM', 'koperasi', 'produk lokal', 'pemasaran daring', 'modal usaha'], places: ['di sentra UMKM', 'di pasar'] },
  perdagangan: { nouns: ['pasar rakyat', 'harga kebutuhan pokok', 'pedagang', 'timbangan'], places: ['di pasar', 'di pusat perdagangan'] },
  pariwisata: { nouns: ['desa wisata', 'wisatawan', 'pemandu wisata', 'destinasi wisata'], places: ['di desa wisata', 'di kawasan wisata'] },
  kepemudaan_olahraga: { nouns: ['pemuda', 'atlet', 'sarana olahraga', 'wirausaha muda'], places: ['di gelanggang olahraga', 'di desa'] },
  tenaga_kerja: { nouns: ['pencari kerja', 'pelatihan kerja', 'lowongan kerja', 'pekerja migran'], places: ['di balai latihan kerja', 'di kecamatan'] },
  transmigrasi: { nouns: ['kawasan transmigrasi', 'warga transmigran'], places: ['di kawasan transmigrasi'] },
  pupr: { nouns: ['jalan desa', 'drainase', 'air minum', 'jembatan', 'pelanggan air', 'keluhan pelanggan'], places: ['di jalan kabupaten', 'di permukiman', 'di desa'] },
  perkim: { nouns: ['rumah tidak layak huni', 'permukiman kumuh', 'sanitasi'], places: ['di permukiman', 'di kelurahan'] },
  trantibum_linmas: { nouns: ['ketertiban umum', 'bencana', 'kebakaran', 'relawan', 'peringatan dini'], places: ['di kecamatan', 'di daerah rawan bencana', 'di desa'] },
  perencanaan: { nouns: ['perencanaan pembangunan', 'usulan musrenbang', 'riset daerah', 'inovasi daerah'], places: ['di tingkat kabupaten', 'di kecamatan'] },
  litbang: { nouns: ['riset daerah', 'kajian kebijakan', 'inovasi daerah'], places: ['di tingkat kabupaten'] },
  keuangan: { nouns: ['pajak daerah', 'retribusi', 'aset daerah', 'pembayaran nontunai', 'tagihan pajak'], places: ['di kantor pajak daerah', 'di kecamatan'] },
  kepegawaian: { nouns: ['aparatur sipil negara', 'kenaikan pangkat', 'kinerja pegawai', 'absensi pegawai'], places: ['di seluruh perangkat daerah'] },
  diklat: { nouns: ['pelatihan aparatur', 'kompetensi pegawai'], places: ['di pusat pelatihan'] },
  kebudayaan: { nouns: ['cagar budaya', 'kesenian daerah', 'sanggar seni'], places: ['di sanggar', 'di desa adat'] },
  perpustakaan: { nouns: ['perpustakaan keliling', 'minat baca', 'buku digital'], places: ['di taman baca', 'di desa'] },
  kearsipan: { nouns: ['arsip digital', 'dokumen dinas'], places: ['di kantor arsip'] },
  pppa: { nouns: ['perempuan', 'perlindungan anak', 'kekerasan terhadap anak', 'kota layak anak'], places: ['di desa', 'di sekolah'] },
  ppkb: { nouns: ['keluarga berencana', 'pasangan usia subur', 'kampung KB'], places: ['di kampung KB', 'di desa'] },
};
const genericNouns = ['pelayanan publik', 'pengaduan warga', 'data penerima manfaat', 'partisipasi masyarakat', 'waktu tunggu', 'koordinasi lintas sektor', 'sistem informasi', 'pencatatan manual', 'biaya perjalanan warga', 'antrean layanan', 'kepuasan masyarakat', 'pelaporan berkala'];
const genericPlaces = ['di seluruh kabupaten', 'di setiap kecamatan', 'di wilayah terpencil', 'di kantor pelayanan'];
const subjects = ['Petugas', 'Tim pelaksana', 'Masyarakat', 'Perangkat daerah', 'Kader', 'Warga', 'Pemerintah desa', 'Relawan', 'Pendamping'];
const verbs = ['memberikan', 'mendata', 'mendampingi', 'memantau', 'mengumpulkan', 'menyampaikan', 'mengurangi', 'meningkatkan', 'mempercepat', 'mempermudah', 'mengintegrasikan', 'mencatat', 'memverifikasi', 'mendekatkan', 'menyederhanakan'];
const manners = ['secara daring', 'tanpa biaya', 'dalam satu hari kerja', 'melalui aplikasi', 'secara berkala', 'dengan jadwal yang jelas', 'tanpa harus datang ke kantor', 'bersama masyarakat', 'dengan pesan singkat', 'secara terpadu'];
const connectives = ['Selain itu,', 'Oleh karena itu,', 'Dengan demikian,', 'Sebelumnya,', 'Pada tahap berikutnya,', 'Sejak penerapan,', 'Dalam pelaksanaannya,', 'Untuk menjamin keberlanjutan,'];
const sections = ['Latar Belakang', 'Penjaringan Ide', 'Pemilihan Ide', 'Tujuan dan Sasaran', 'Tahapan Pelaksanaan', 'Manfaat', 'Dampak'];

const nameHeads = ['Layanan', 'Sistem Informasi', 'Aplikasi', 'Gerakan', 'Program', 'Klinik', 'Pojok', 'Rumah', 'Kampung', 'Pelayanan', 'Sekolah', 'Gerai'];
const nameQualifiers = ['Keliling', 'Terpadu', 'Daring', 'Satu Pintu', 'Tanpa Antre', 'Ramah Anak', 'Berbasis Desa', 'Digital', 'Mandiri', 'Cepat', 'Gratis', 'Sehat', 'Antar Jemput', 'Antrean Daring'];

/** The affairs a unit works in, from its name: a puskesmas innovates in health, a school in education. */
const unitAffairs: [RegExp, AffairCode[]][] = [
  [/kesehatan|puskesmas|rsud/i, ['kesehatan']],
  [/pendidikan|sekolah|sd negeri|smp|sma/i, ['pendidikan', 'kebudayaan', 'perpustakaan']],
  [/kependudukan|pencatatan sipil/i, ['adminduk_capil']],
  [/pemberdayaan masyarakat|desa|kelurahan/i, ['pmd', 'sosial', 'adminduk_capil']],
  [/kecamatan/i, ['adminduk_capil', 'pmd', 'trantibum_linmas', 'sosial']],
  [/sosial/i, ['sosial', 'pppa']],
  [/komunikasi|informatika/i, ['kominfo', 'statistik', 'persandian']],
  [/penanaman modal|ptsp/i, ['penanaman_modal']],
  [/pertanian|pangan/i, ['pertanian', 'pangan']],
  [/perhubungan/i, ['perhubungan']],
  [/lingkungan/i, ['lingkungan_hidup']],
  [/koperasi|perdagangan|pasar/i, ['koperasi_ukm', 'perdagangan']],
  [/pariwisata|pemuda/i, ['pariwisata', 'kepemudaan_olahraga']],
  [/tenaga kerja|transmigrasi/i, ['tenaga_kerja', 'transmigrasi']],
  [/pekerjaan umum|pdam|tirta/i, ['pupr']],
  [/perumahan/i, ['perkim']],
  [/polisi|bencana/i, ['trantibum_linmas']],
  [/perencanaan|riset/i, ['perencanaan', 'litbang']],
  [/keuangan|aset/i, ['keuangan']],
  [/kepegawaian/i, ['kepegawaian', 'diklat']],
];

/** Units of a real kabupaten innovate unevenly: health and education units and kecamatan the most. */
const typeWeight: Partial<Record<UnitType, number>> = { dinas: 3, uptd_puskesmas: 3, badan: 2, kecamatan: 2, kelurahan_desa: 2, sekolah: 2, rsud: 2 };

/** Units added to the demo's 41 so the region has ~45, as a mid-sized kabupaten registers. */
const extraUnits: [string, UnitType][] = [
  ['UPTD Puskesmas Karanganyar', 'uptd_puskesmas'],
  ['SMA Negeri 1 Contoh', 'sekolah'],
  ['Desa Sukamulya', 'kelurahan_desa'],
  ['Kelurahan Contoh Kota', 'kelurahan_desa'],
];

// ---------------------------------------------------------------- generation

export type RegistryData = {
  regionId: string;
  periodId: string;
  /** The demo accounts (password `lumbung-demo`): the admin sees all, the operator one unit. */
  adminEmail: string;
  operatorEmail: string;
  operatorUnitId: string;
  /** The unit with the most innovations, for the unit filter. */
  busiestUnitId: string;
  counts: { units: number; innovations: number; answers: number; evidence: number; designWords: number };
  ms: number;
};

export type RegistryOptions = { seed?: number; innovations?: number; storage?: Storage; log?: (line: string) => void };

/** A minimal PDF and the first bytes of a PNG: file evidence of indicators that take no links points at one of these. */
const samplePdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\n% bukti bench\ntrailer <<>>\n%%EOF\n');
const samplePng = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');

/**
 * Fills the demo region (created if missing, as `--demo` would) with the registry, next to whatever
 * the demo seed itself brings. Returns ids and counts; the demo accounts sign in with `lumbung-demo`.
 */
export async function generateRegistry(db: Db, opts: RegistryOptions = {}): Promise<RegistryData> {
  const started = performance.now();
  const random = prng(opts.seed ?? 1);
  const log = opts.log ?? (() => {});
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const between = (lo: number, hi: number) => lo + Math.floor(random() * (hi - lo + 1));
  const shuffled = <T>(list: readonly T[]) => list.map((v) => [random(), v] as const).sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  const dateIn = (fromYear: number, years: number) => new Date(Date.UTC(fromYear, 0, 1) + random() * years * 365 * 86_400_000).toISOString().slice(0, 10);

  await seedDemo(db);
  const region = (await db.query.regions.findFirst({ where: eq(regions.code, DEMO_REGION_CODE) }))!;
  const period = (await db.query.periods.findFirst({ where: and(eq(periods.regionId, region.id), eq(periods.isCurrent, true)) }))!;
  const existing = new Set((await db.select({ name: units.name }).from(units).where(eq(units.regionId, region.id))).map((u) => u.name));
  const missing = extraUnits.filter(([name]) => !existing.has(name));
  if (missing.length) await db.insert(units).values(missing.map(([name, type]) => ({ regionId: region.id, name, type })));
  const unitRows = await db.select({ id: units.id, name: units.name, type: units.type }).from(units).where(eq(units.regionId, region.id));
  const [{ unitId: operatorUnitId }] = (await db
    .select({ unitId: userUnits.unitId })
    .from(userUnits)
    .innerJoin(users, eq(users.id, userUnits.userId))
    .where(eq(users.email, 'operator@lumbung-demo.test'))) as [{ unitId: string }];

  // Two stored files that file evidence points at (one row each: files are kept once per hash).
  const sampleFiles = new Map<'pdf' | 'image', string>();
  for (const [kind, bytes, mime, name] of [
    ['pdf', samplePdf, 'application/pdf', 'bukti-dukung.pdf'],
    ['image', samplePng, 'image/png', 'foto-kegiatan.png'],
  ] as const) {
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const storageKey = `${region.id}/${sha256.slice(0, 2)}/${sha256}`;
    const [row] = await db.insert(files).values({ regionId: region.id, sha256, size: bytes.length, mime, originalName: name, storageKey }).onConflictDoNothing().returning({ id: files.id });
    const id = row?.id ?? (await db.query.files.findFirst({ where: and(eq(files.regionId, region.id), eq(files.sha256, sha256)) }))!.id;
    if (opts.storage) {
      // Downloads work too when the caller gives the storage; putFile moves a finished file in.
      const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-bench-'));
      await fs.writeFile(path.join(dir, 'f'), bytes);
      await opts.storage.putFile(storageKey, path.join(dir, 'f'));
      await fs.rm(dir, { recursive: true, force: true });
    }
    sampleFiles.set(kind, id);
  }

  const catalogue = await loadCatalogue(db, region.id, period.id);
  const method = methodOf(catalogue);
  const innovationIndicators = indicatorsOf(catalogue, 'innovation');
  const mandatory = innovationIndicators.filter((i) => i.mandatory);
  const optional = innovationIndicators.filter((i) => !i.mandatory);

  // A weighted pick of the unit; a linear scan is plenty for 45 units.
  const weights = unitRows.map((u) => typeWeight[u.type as UnitType] ?? 1);
  const totalWeight = weights.reduce((s, w) => s + w, 0);
  const pickUnit = () => {
    let r = random() * totalWeight;
    for (let i = 0; i < unitRows.length; i++) if ((r -= weights[i]!) < 0) return unitRows[i]!;
    return unitRows.at(-1)!;
  };
  const affairsOf = (unitName: string): AffairCode[] => unitAffairs.find(([re]) => re.test(unitName))?.[1] ?? [pick(affairCodes)];

  const sentence = (nouns: string[], generic: string[], places: string[]) => {
    const noun = pick(nouns);
    switch (Math.floor(random() * 5)) {
      case 0:
        return `${pick(subjects)} ${pick(verbs)} ${noun} ${pick(manners)} ${pick(places)}.`;
      case 1:
        return `Sebelum inovasi ini, warga menunggu ${between(2, 14)} hari untuk urusan ${noun} dan sering harus datang lebih dari sekali.`;
      case 2:
        return `Setelah penerapan, waktu pengurusan ${noun} turun dari ${between(3, 10)} hari menjadi ${between(1, 24)} jam ${pick(places)}.`;
      case 3:
        return `${pick(connectives)} ${pick(subjects).toLowerCase()} ${pick(verbs)} ${pick(generic)} agar ${noun} lebih mudah dijangkau ${pick(places)}.`;
      default:
        return `Jumlah penerima manfaat ${noun} mencapai ${between(120, 9000).toLocaleString('id-ID')} orang pada tahun ${between(2022, 2025)}.`;
    }
  };

  /** The design as the rich-text editor stores it: headed sections of paragraphs, 300–600 words. */
  const designOf = (affair: AffairCode, name: string) => {
    // Each design dwells on a few subjects of its affair, as a real one does; search terms then
    // select a realistic share of the register instead of nearly all of it.
    const topic = topics[affair] ?? { nouns: [], places: [] };
    const generic = shuffled(genericNouns).slice(0, 2);
    const nouns = [...shuffled(topic.nouns).slice(0, 3), ...generic];
    const places = [...shuffled(topic.places).slice(0, 2), pick(genericPlaces)];
    const target = between(300, 600);
    const parts: string[] = [];
    let words = 0;
    for (let s = 0; words < target; s++) {
      const heading = sections[s % sections.length]!;
      const paragraph: string[] = s === 0 ? [`Inovasi ${name} lahir dari keluhan masyarakat tentang ${pick(nouns)}.`] : [];
      for (let n = between(3, 6); n > 0; n--) paragraph.push(sentence(nouns, generic, places));
      const text = paragraph.join(' ');
      parts.push(`<h3>${heading}</h3><p>${text}</p>`);
      words += countWords(text) + heading.split(' ').length;
    }
    return parts.join('');
  };

  const nameOf = (affair: AffairCode, unitName: string) => {
    const topic = topics[affair];
    const noun = pick(topic?.nouns ?? genericNouns);
    const title = (s: string) => s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());
    const qualifier = pick(nameQualifiers.filter((q) => !title(noun).includes(q)));
    const long = `${pick(nameHeads)} ${title(noun)} ${qualifier}`;
    // Half carry an acronym, as registered names do ("SI CANTIK (…)"); a few name their unit.
    const acronym = long.split(' ').map((w) => w.slice(0, between(1, 3))).join('').toUpperCase().slice(0, 9);
    const base = random() < 0.5 ? `${acronym} (${long})` : long;
    return random() < 0.1 ? `${base} ${unitName.replace(/^(UPTD |Dinas |Badan )/, '')}` : base;
  };

  type InnovationInsert = typeof innovations.$inferInsert;
  const innovationRows: InnovationInsert[] = [];
  const answerRows: (typeof answers.$inferInsert)[] = [];
  const evidenceRows: (typeof evidence.$inferInsert)[] = [];
  const now = Date.now();
  let designWords = 0;

  for (let n = 0; n < (opts.innovations ?? 2000); n++) {
    const unit = pickUnit();
    const affair = pick(affairsOf(unit.name));
    const name = nameOf(affair, unit.name);
    const stage: Stage = random() < 0.85 ? 'penerapan' : random() < 0.65 ? 'uji_coba' : 'inisiatif';
    const design = designOf(affair, name);
    const id = randomUUID();
    // Profiles are mostly filled; one in five misses a field or two, as real registers do.
    const sparse = random() < 0.2;
    const updatedAt = new Date(now - random() * 180 * 86_400_000);
    const row = {
      id,
      regionId: region.id,
      unitId: unit.id,
      periodId: period.id,
      name,
      stage,
      initiator: pick(['kepala_daerah', 'asn', 'asn', 'perangkat_daerah', 'perangkat_daerah', 'masyarakat', 'anggota_dprd']),
      initiatorName: sparse && random() < 0.5 ? null : `Tim Inovasi ${unit.name}`,
      kind: random() < 0.55 ? 'digital' : 'non_digital',
      form: random() < 0.6 ? 'pelayanan_publik' : random() < 0.75 ? 'tata_kelola' : 'lainnya',
      mainAffair: affair,
      otherAffairs: random() < 0.3 ? [pick(affairCodes)].filter((a) => a !== affair) : [],
      theme: sparse && random() < 0.5 ? null : pick(['digitalisasi_layanan', 'penanggulangan_kemiskinan', 'kemudahan_investasi', 'prioritas_presiden', 'non_tematik']),
      classification: pick(['perangkat_daerah', 'perangkat_daerah', 'desa', 'masyarakat']),
      priorities: random() < 0.6 ? [`asta_cita_${between(1, 8)}`] : [],
      trialStartedOn: stage === 'inisiatif' ? null : dateIn(2021, 3),
      implementedOn: stage === 'penerapan' ? dateIn(2022, 4) : null,
      developedOn: random() < 0.3 ? dateIn(2023, 3) : null,
      design,
      designText: plainText(design),
      designWords: countWords(design),
      goal: `Meningkatkan kualitas ${pick(topics[affair]?.nouns ?? genericNouns)} bagi masyarakat ${pick(topics[affair]?.places ?? genericPlaces)}.`,
      benefits: sparse && random() < 0.5 ? null : pick(['Layanan lebih cepat, lebih murah dan lebih mudah dijangkau warga.', 'Warga tidak perlu datang berulang kali ke kantor.', 'Data lebih akurat dan mudah dipantau pimpinan.', 'Biaya yang ditanggung masyarakat berkurang.']),
      results: sparse && random() < 0.5 ? null : pick([`Waktu layanan turun ${between(20, 80)} persen.`, `Kepuasan masyarakat naik menjadi ${between(70, 95)} persen.`, `Cakupan sasaran naik ${between(10, 60)} persen dalam setahun.`]),
      budgetAmount: between(10, 500) * 1_000_000,
      budgetSource: 'apbd',
      igaEntries: pick([0, 0, 0, 1, 2]),
      createdAt: new Date(updatedAt.getTime() - random() * 365 * 86_400_000),
      updatedAt,
    } satisfies InnovationInsert;
    designWords += row.designWords;

    // ~15 of the innovation indicators answered: the mandatory ones nearly always, then others.
    const chosen = [...mandatory.filter(() => random() < 0.9), ...shuffled(optional)].slice(0, between(13, 17));
    const stored: (StoredAnswer & { evidence: EvidenceItem[] })[] = chosen.map((indicator: Indicator) => {
      const basis = indicator.bases ? pick(Object.keys(indicator.bases)) : null;
      return { code: indicator.code, option: pick([1, 2, 3, 3]), basis, evidence: [] };
    });
    for (const a of stored) answerRows.push({ id: randomUUID(), innovationId: id, code: a.code, option: a.option, basis: a.basis, updatedAt });

    // 1–3 evidence rows on answered indicators, of a kind the chosen option accepts.
    for (const a of shuffled(stored).slice(0, between(1, 3))) {
      const kinds = requirementOf(chosen.find((i) => i.code === a.code)!, a)?.kinds ?? ['link'];
      const kind = kinds.includes('link') ? 'link' : kinds.includes('pdf') ? 'pdf' : kinds.includes('image') ? 'image' : 'link';
      const fileId = kind === 'link' ? null : sampleFiles.get(kind)!;
      const url = kind === 'link' ? `https://drive.contoh.go.id/inovasi/${id.slice(0, 8)}/${a.code}` : null;
      const status = random() < 0.3 ? 'accepted' : 'pending';
      evidenceRows.push({ id: randomUUID(), innovationId: id, code: a.code, kind, fileId, url, status, createdAt: updatedAt });
      a.evidence.push({ kind, status });
    }

    // The list's figures exactly as loadDetail would compute them.
    const engine = toEngineInnovation(catalogue, row, stored);
    innovationRows.push({
      ...row,
      completeness: completenessOf(catalogue, row, stored).percent,
      maturityClaimed: evaluateInnovation(method, engine, 'claimed').maturity,
    });
  }

  // Batches well under PostgreSQL's 65,535 bind parameters per statement.
  const insertAll = async <T>(label: string, rows: T[], size: number, insert: (batch: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += size) {
      await insert(rows.slice(i, i + size));
      log(`\rinserting ${label} ${Math.min(i + size, rows.length)}/${rows.length}   `);
    }
  };
  await insertAll('innovations', innovationRows, 100, (b) => db.insert(innovations).values(b));
  await insertAll('answers', answerRows, 2000, (b) => db.insert(answers).values(b));
  await insertAll('evidence', evidenceRows, 2000, (b) => db.insert(evidence).values(b));
  log('\n');

  const perUnit = new Map<string, number>();
  for (const r of innovationRows) perUnit.set(r.unitId, (perUnit.get(r.unitId) ?? 0) + 1);
  const busiestUnitId = [...perUnit].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    regionId: region.id,
    periodId: period.id,
    adminEmail: 'admin@lumbung-demo.test',
    operatorEmail: 'operator@lumbung-demo.test',
    operatorUnitId,
    busiestUnitId,
    counts: { units: unitRows.length, innovations: innovationRows.length, answers: answerRows.length, evidence: evidenceRows.length, designWords },
    ms: performance.now() - started,
  };
}
