import { eq } from 'drizzle-orm';
import type { UnitType } from '../../../domain/unit-types.js';
import { roles, type Role } from '../../../domain/roles.js';
import type { Db } from '../../db/client.js';
import type { Storage } from '../../lib/storage.js';
import { announcements, regions, units } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { freeSlug } from '../announcements/announcements.service.js';
import { createContest, publishContest } from '../contests/contests.service.js';
import { hashPassword, insertUser } from '../auth/auth.service.js';
import { seedMasterData } from '../master-data/master-data.service.js';
import { seedDemoInnovations } from './demo-innovations.seed.js';
import { seedPeriods } from '../periods/periods.seed.js';

export const DEMO_PASSWORD = 'lumbung-demo';
export const DEMO_REGION_CODE = '99.01';
const demoEmail = (role: Role) => `${role}@lumbung-demo.test`;

/** Judges beside the one demo account per role (same password). */
export const demoExtraJudges = [
  { email: 'juri2@lumbung-demo.test', name: 'Juri Akademisi' },
  { email: 'juri3@lumbung-demo.test', name: 'Juri Praktisi' },
] as const;

export function demoAccounts() {
  return roles.map((role) => ({ email: demoEmail(role), role }));
}

/** A fictional kabupaten with the units a real one has: agencies, kecamatan, puskesmas, schools, desa. */
const demoUnits: [string, UnitType, string?][] = [
  ['Sekretariat Daerah', 'sekretariat'],
  ['Bagian Organisasi', 'bagian', 'Sekretariat Daerah'],
  ['Bagian Hukum', 'bagian', 'Sekretariat Daerah'],
  ['Bagian Perekonomian dan Sumber Daya Alam', 'bagian', 'Sekretariat Daerah'],
  ['Sekretariat DPRD', 'sekretariat'],
  ['Inspektorat Daerah', 'inspektorat'],
  ['Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'badan'],
  ['Badan Pengelolaan Keuangan dan Aset Daerah', 'badan'],
  ['Badan Kepegawaian dan Pengembangan SDM', 'badan'],
  ['Badan Penanggulangan Bencana Daerah', 'badan'],
  ['Dinas Pendidikan dan Kebudayaan', 'dinas'],
  ['Dinas Kesehatan', 'dinas'],
  ['Dinas Pekerjaan Umum dan Penataan Ruang', 'dinas'],
  ['Dinas Perumahan Rakyat dan Kawasan Permukiman', 'dinas'],
  ['Satuan Polisi Pamong Praja', 'dinas'],
  ['Dinas Sosial', 'dinas'],
  ['Dinas Kependudukan dan Pencatatan Sipil', 'dinas'],
  ['Dinas Pemberdayaan Masyarakat dan Desa', 'dinas'],
  ['Dinas Komunikasi dan Informatika', 'dinas'],
  ['Dinas Penanaman Modal dan PTSP', 'dinas'],
  ['Dinas Pertanian dan Pangan', 'dinas'],
  ['Dinas Perhubungan', 'dinas'],
  ['Dinas Lingkungan Hidup', 'dinas'],
  ['Dinas Koperasi, UKM dan Perdagangan', 'dinas'],
  ['Dinas Pariwisata, Pemuda dan Olahraga', 'dinas'],
  ['Dinas Tenaga Kerja dan Transmigrasi', 'dinas'],
  ['RSUD dr. Soeratno Contoh', 'rsud'],
  ['Kecamatan Contoh Kota', 'kecamatan'],
  ['Kecamatan Sukamaju', 'kecamatan'],
  ['Kecamatan Mekarsari', 'kecamatan'],
  ['Kecamatan Karanganyar', 'kecamatan'],
  ['Kelurahan Sukamaju', 'kelurahan_desa', 'Kecamatan Sukamaju'],
  ['Desa Mekarsari', 'kelurahan_desa', 'Kecamatan Mekarsari'],
  ['Desa Karangrejo', 'kelurahan_desa', 'Kecamatan Karanganyar'],
  ['UPTD Puskesmas Contoh Kota', 'uptd_puskesmas', 'Dinas Kesehatan'],
  ['UPTD Puskesmas Sukamaju', 'uptd_puskesmas', 'Dinas Kesehatan'],
  ['UPTD Puskesmas Mekarsari', 'uptd_puskesmas', 'Dinas Kesehatan'],
  ['SMP Negeri 1 Contoh', 'sekolah', 'Dinas Pendidikan dan Kebudayaan'],
  ['SD Negeri 2 Sukamaju', 'sekolah', 'Dinas Pendidikan dan Kebudayaan'],
  ['PDAM Tirta Contoh', 'bumd'],
  ['Perumda Pasar Contoh', 'bumd'],
];

/** The basic-service affairs the demo units handle, by the start of their name (puskesmas, schools follow their agency). */
const demoAffairs: [string, string[]][] = [
  ['Dinas Pendidikan', ['pendidikan']],
  ['SMP Negeri', ['pendidikan']],
  ['SD Negeri', ['pendidikan']],
  ['Dinas Kesehatan', ['kesehatan']],
  ['UPTD Puskesmas', ['kesehatan']],
  ['RSUD', ['kesehatan']],
  ['Dinas Pekerjaan Umum', ['pupr']],
  ['Dinas Perumahan', ['perkim']],
  ['Satuan Polisi Pamong Praja', ['trantibum_linmas']],
  ['Badan Penanggulangan Bencana', ['trantibum_linmas']],
  ['Dinas Sosial', ['sosial']],
];
const affairsOf = (name: string) => demoAffairs.find(([prefix]) => name.startsWith(prefix))?.[1] ?? [];

/** The demo region signs its letters as a real Bapperida would, so letters work at once. */
const demoLetterSettings = {
  government: 'PEMERINTAH KABUPATEN CONTOH',
  place: 'Contoh',
  numberPattern: '800/{seq:3}/BAPPERIDA/{year}',
  signatory: { title: 'Kepala Bapperida Kabupaten Contoh', name: 'Ir. Hendra Wijaya, M.Si.', rank: 'Pembina Utama Muda (IV/c)', nip: '197203151998031004', onBehalfOf: null },
  headOffice: 'Bupati Contoh',
  headName: null,
};

const heads: [string, string][] = [
  ['Dr. Siti Rahmawati, M.Pd.', '197804122003122004'],
  ['dr. Bambang Hartono, M.Kes.', '197011051998031007'],
  ['Ir. Agus Setiawan, M.T.', '196908171995121002'],
];

/**
 * The portal's first announcements: two news items and an outreach event two weeks after the
 * seeding (so the home page shows a running countdown). Published a few days apart, newest last.
 */
function demoAnnouncements(now: Date) {
  const day = 86_400_000;
  const eventStart = new Date(now.getTime() + 14 * day);
  eventStart.setUTCHours(2, 0, 0, 0); // 09.00 WIB, 13–14 days ahead
  return [
    {
      kind: 'berita',
      title: 'Portal Inovasi Kabupaten Contoh resmi dibuka',
      summary: 'Warga kini dapat menelusuri inovasi perangkat daerah, mengikuti perkembangannya, dan mengusulkan ide.',
      body: 'Pemerintah Kabupaten Contoh membuka portal inovasi daerah untuk umum. Di portal ini warga dapat menelusuri inovasi yang telah diterbitkan, melihat statistik, dan mengunduh data terbuka.\n\nWarga juga dapat mendaftar akun untuk mengusulkan ide di bank ide dan mengikuti inovasi yang diminati.',
      publishedAt: new Date(now.getTime() - 6 * day),
    },
    {
      kind: 'berita',
      title: 'Bank ide dibuka untuk seluruh warga',
      summary: 'Usulkan ide perbaikan layanan publik; ide terpilih dapat menjadi inovasi perangkat daerah.',
      body: 'Bapperida Kabupaten Contoh mengundang warga, pelajar, dan pelaku usaha untuk mengusulkan ide perbaikan layanan publik melalui bank ide.\n\nSetiap ide dibaca oleh tim Bapperida sebelum diterbitkan. Ide yang mendapat banyak dukungan dapat ditugaskan ke perangkat daerah untuk dikembangkan.',
      publishedAt: new Date(now.getTime() - 2 * day),
    },
    {
      kind: 'sosialisasi',
      title: 'Sosialisasi Laboratorium Inovasi Daerah 2026',
      summary: 'Sosialisasi tahapan laboratorium inovasi dan penyusunan rencana aksi bagi perangkat daerah dan kecamatan.',
      body: 'Sosialisasi ini menjelaskan lima tahapan laboratorium inovasi (drum-up, diagnose, design, deliver, display) dan cara menyusun rencana aksi inovasi.\n\nPeserta: operator inovasi perangkat daerah, kecamatan, dan puskesmas. Mohon membawa laptop.',
      eventStartsAt: eventStart,
      eventPlace: 'Aula Bapperida Kabupaten Contoh, Jl. Pemuda No. 1',
      publishedAt: new Date(now.getTime() - 1 * day),
    },
  ];
}

/** Fills the demo region once; a second call changes nothing. */
export async function seedDemo(db: Db, storage?: Storage): Promise<{ created: boolean }> {
  const existing = await db.query.regions.findFirst({ where: eq(regions.code, DEMO_REGION_CODE) });
  if (existing) return { created: false };
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await db.transaction(async (tx) => {
    const [region] = await tx
      .insert(regions)
      .values({ code: DEMO_REGION_CODE, name: 'Kabupaten Contoh', bodyName: 'Bapperida Kabupaten Contoh', address: 'Jl. Pemuda No. 1, Contoh', timeZone: 'Asia/Jakarta', letterSettings: demoLetterSettings })
      .returning();
    await seedPeriods(tx, region!.id);
    await seedMasterData(tx, region!.id);
    const ids = new Map<string, string>();
    for (const [i, [name, type]] of demoUnits.entries()) {
      const head = heads[i % heads.length]!;
      const [row] = await tx
        .insert(units)
        .values({ regionId: region!.id, name, type, headName: head[0], headTitle: `Kepala ${name}`, headNip: head[1], affairs: affairsOf(name), email: `unit${i + 1}@contoh.go.id`, phone: `0271-${String(600000 + i)}` })
        .returning({ id: units.id });
      ids.set(name, row!.id);
    }
    for (const [name, , parent] of demoUnits) {
      if (parent) await tx.update(units).set({ parentId: ids.get(parent)! }).where(eq(units.id, ids.get(name)!));
    }
    const education = ids.get('Dinas Pendidikan dan Kebudayaan')!;
    const health = ids.get('Dinas Kesehatan')!;
    const unitsOf: Partial<Record<Role, string[]>> = {
      operator: [education],
      kepala_unit: [education],
      pendamping: [education, health, ids.get('UPTD Puskesmas Sukamaju')!],
    };
    const names: Record<Role, string> = {
      admin: 'Admin Bapperida',
      operator: 'Operator Dinas Pendidikan',
      pendamping: 'Pendamping Inovasi',
      kepala_unit: 'Kepala Dinas Pendidikan',
      tim_penilai: 'Tim Penilai Independen',
      juri: 'Juri Krenova',
      pimpinan: 'Sekretaris Daerah',
      masyarakat: 'Warga Contoh',
    };
    const userIds = new Map<Role, string>();
    for (const role of roles) {
      const user = await insertUser(tx, { regionId: region!.id, email: demoEmail(role), name: names[role], passwordHash, roles: [role], unitIds: unitsOf[role] ?? [] });
      userIds.set(role, user.id);
    }
    // A contest panel needs several judges: two more beside "Juri Krenova".
    for (const judge of demoExtraJudges) {
      await insertUser(tx, { regionId: region!.id, email: judge.email, name: judge.name, passwordHash, roles: ['juri'], unitIds: [] });
    }
    await seedDemoInnovations(tx, storage, { regionId: region!.id, unitIds: ids, userId: userIds.get('operator') ?? null });
    for (const a of demoAnnouncements(new Date())) {
      await tx.insert(announcements).values({ ...a, regionId: region!.id, slug: await freeSlug(tx, a.title), createdBy: userIds.get('admin') ?? null });
    }
    // A Krenova open for entries, so the portal's /lomba and the entrants' pages have one to show.
    const admin = { userId: userIds.get('admin')!, regionId: region!.id, name: names.admin, email: demoEmail('admin'), roles: ['admin' as const], unitIds: [] };
    const krenova = await createContest(tx, admin, { template: 'krenova', name: `Krenova Kabupaten Contoh ${new Date().getFullYear()}` }, 'seed-demo');
    await publishContest(tx, admin, krenova.id, 'seed-demo');
    await audit(tx, { actor: null, regionId: region!.id, action: 'seed_demo', entity: 'region', entityId: region!.id, after: { units: demoUnits.length, accounts: roles.length } });
  });
  return { created: true };
}
