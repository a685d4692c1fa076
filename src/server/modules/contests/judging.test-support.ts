import { and, desc, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Category, Criterion } from '../../../domain/contests/contests.js';
import type { Db } from '../../db/client.js';
import { contestEntries, contestRounds, contests, mailMessages } from '../../db/schema.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { signedIn } from '../../test/fixtures.js';
import type { Client, TestApp } from '../../test/harness.js';

/*
 * Test data for the judging and results suites, written straight into the tables (the setup and
 * entry API is another suite's): a contest with its timeline — registration and selection already
 * closed, a desk judging round open now, the announcement after — and entries that passed the
 * selection, each by its own citizen account.
 */

/** The IGA presentation rubric (domain §7): 30/25/15/20/10 on 0–100. */
export const igaCriteria: Criterion[] = [
  { key: 'kebaruan', name: 'Kebaruan', guidance: 'Seberapa baru gagasan dan caranya.', weight: 30, min: 0, max: 100, commentRequired: false },
  { key: 'manfaat', name: 'Kemanfaatan', guidance: null, weight: 25, min: 0, max: 100, commentRequired: true },
  { key: 'kewenangan_kolaborasi', name: 'Kewenangan dan kolaborasi', guidance: null, weight: 15, min: 0, max: 100, commentRequired: false },
  { key: 'replikasi', name: 'Replikasi dan keterterapan', guidance: null, weight: 20, min: 0, max: 100, commentRequired: false },
  { key: 'penguasaan', name: 'Penguasaan dan penyampaian', guidance: null, weight: 10, min: 0, max: 100, commentRequired: false },
];

const hour = 3_600_000;
const day = 24 * hour;
let seq = 0;

export type WorldOptions = {
  categories?: Category[];
  criteria?: Criterion[];
  normalise?: boolean;
  tieBreak?: 'kriteria_berurutan' | 'kriteria_terberat' | 'kiriman_terawal';
  mode?: 'semua' | 'sebar';
  minPerEntry?: number;
  winnersPerCategory?: number;
  /** Entries that passed the selection, with their category (default: the first category). */
  entries?: { title: string; category?: string; kind?: 'perorangan' | 'kelompok'; groupName?: string; members?: string[] }[];
  /** Entries sent but not passed. */
  failed?: number;
  regionName?: string;
  /** An e-mail domain for the people made (the scoping matrix wants @alfa.test). */
  domain?: string;
};

export type WorldEntry = { id: string; number: string; title: string; entrant: { id: string; email: string; name: string } };

export async function contestWorld(t: TestApp, opts: WorldOptions = {}) {
  seq += 1;
  const domain = opts.domain ?? 'uji.test';
  const region = await buildRegion(t.db, { name: opts.regionName ?? `Kabupaten Lomba ${seq}`, bodyName: `Bapperida Lomba ${seq}` });
  const adminUser = await buildUser(t.db, { regionId: region.id, roles: ['admin'], name: `Admin Lomba ${seq}`, email: `admin-lomba-${seq}@${domain}` });
  const seeded = await seedContest(t.db, region.id, opts);
  return { region, adminUser, admin: await signedIn(t, adminUser), ...seeded, domain };
}

/** The contest, its timeline and its entries in a region, written straight into the tables. */
export async function seedContest(db: Db, regionId: string, opts: WorldOptions = {}) {
  seq += 1;
  const domain = opts.domain ?? 'uji.test';
  const categories = opts.categories ?? [{ key: 'umum', name: 'Umum' }];
  const criteria = opts.criteria ?? igaCriteria;
  const now = Date.now();
  const [contest] = await db
    .insert(contests)
    .values({
      regionId,
      slug: `lomba-uji-${seq}-${regionId.slice(0, 6)}`,
      name: `Gladi IGA Uji ${seq}`,
      kind: 'iga',
      status: 'terbit',
      categories,
      fieldsOfWork: [],
      eligibility: { entrants: ['perorangan', 'kelompok'], residentsOnly: false, maxGroupSize: 5, implementedFrom: null, implementedTo: null, notAwardedElsewhere: false, notes: null },
      form: [{ key: 'video', label: 'Tautan video', kind: 'tautan', required: false, help: null, options: [] }],
      criteria,
      normalise: opts.normalise ?? false,
      tieBreak: opts.tieBreak ?? 'kriteria_berurutan',
      assignmentMode: opts.mode ?? 'semua',
      minPerEntry: opts.minPerEntry ?? 2,
      winnersPerCategory: opts.winnersPerCategory ?? 3,
      signatory: { name: 'Dr. Sri Penandatangan', title: 'Kepala Bapperida Uji' },
      publishedAt: new Date(now - 40 * day),
    })
    .returning();
  const at = (ms: number) => new Date(now + ms);
  const rounds = await db
    .insert(contestRounds)
    .values([
      { contestId: contest!.id, position: 0, kind: 'pendaftaran', name: 'Pendaftaran', opensAt: at(-40 * day), closesAt: at(-10 * day), mode: null },
      { contestId: contest!.id, position: 1, kind: 'seleksi', name: 'Seleksi administrasi', opensAt: at(-10 * day), closesAt: at(-1 * day), mode: null },
      { contestId: contest!.id, position: 2, kind: 'penjurian', name: 'Penilaian berkas', opensAt: at(-1 * day), closesAt: at(7 * day), mode: 'desk' },
      { contestId: contest!.id, position: 3, kind: 'penjurian', name: 'Presentasi', opensAt: at(8 * day), closesAt: at(10 * day), mode: 'presentasi' },
      { contestId: contest!.id, position: 4, kind: 'pengumuman', name: 'Pengumuman', opensAt: at(11 * day), closesAt: at(12 * day), mode: null },
    ])
    .returning();
  const byPosition = rounds.sort((a, b) => a.position - b.position);
  const wanted = opts.entries ?? [{ title: 'Aplikasi Antrean Puskesmas' }, { title: 'Bank Sampah Digital' }, { title: 'Posyandu Keliling' }];
  const entries: WorldEntry[] = [];
  for (const [i, e] of wanted.entries()) {
    const entrant = await buildUser(db, { regionId, roles: ['masyarakat'], name: `Warga Peserta ${seq}-${i + 1}`, email: `warga-${seq}-${i + 1}@${domain}` });
    const number = `IGA-2026-${String(i + 1).padStart(3, '0')}`;
    const [row] = await db
      .insert(contestEntries)
      .values({
        contestId: contest!.id,
        regionId,
        entrantId: entrant.id,
        entrantKind: e.kind ?? 'perorangan',
        number,
        status: 'lolos',
        category: e.category ?? categories[0]!.key,
        title: e.title,
        summary: `Ringkasan ${e.title}`,
        groupName: e.groupName ?? null,
        members: (e.members ?? []).map((name) => ({ name, role: null })),
        answers: { video: 'https://video.example/karya' },
        declarations: { resident: true, notAwardedElsewhere: true, implementedOn: null },
        // Sent in order, a minute apart (the `kiriman_terawal` tie-break reads it).
        submittedAt: at(-20 * day + i * 60_000),
        selectedAt: at(-5 * day),
      })
      .returning();
    entries.push({ id: row!.id, number, title: e.title, entrant: { id: entrant.id, email: entrant.email, name: entrant.name } });
  }
  const failed: WorldEntry[] = [];
  for (let i = 0; i < (opts.failed ?? 0); i++) {
    const entrant = await buildUser(db, { regionId, roles: ['masyarakat'], name: `Warga Gagal ${seq}-${i + 1}`, email: `gagal-${seq}-${i + 1}@${domain}` });
    const number = `IGA-2026-${String(wanted.length + i + 1).padStart(3, '0')}`;
    const [row] = await db
      .insert(contestEntries)
      .values({ contestId: contest!.id, regionId, entrantId: entrant.id, entrantKind: 'perorangan', number, status: 'tidak_lolos', category: categories[0]!.key, title: `Karya Gagal ${i + 1}`, summary: 'x', selectionReason: 'Berkas tidak lengkap', submittedAt: at(-15 * day) })
      .returning();
    failed.push({ id: row!.id, number, title: row!.title, entrant: { id: entrant.id, email: entrant.email, name: entrant.name } });
  }
  return {
    contest: contest!,
    rounds: { registration: byPosition[0]!, selection: byPosition[1]!, desk: byPosition[2]!, presentation: byPosition[3]!, announcement: byPosition[4]! },
    entries,
    failed,
  };
}

export type World = Awaited<ReturnType<typeof contestWorld>>;

/**
 * A judge on the desk round's panel through the admin's invite endpoint: an account of the region
 * (made here with a password) gains the `juri` role; returns it signed in.
 */
export async function addJudge(t: TestApp, world: World, name: string, opts: { chair?: boolean; roundId?: string } = {}): Promise<{ id: string; email: string; name: string; client: Client }> {
  seq += 1;
  const user = await buildUser(t.db, { regionId: world.region.id, roles: ['masyarakat'], name, email: `juri-${seq}@${world.domain}` });
  const res = await world.admin.post(`/api/contests/${world.contest.id}/rounds/${opts.roundId ?? world.rounds.desk.id}/panel`, { name, email: user.email, chair: opts.chair ?? false });
  expect(res.statusCode, res.body).toBe(200);
  return { id: user.id, email: user.email, name, client: await signedIn(t, user) };
}

/** The newest message in the outbox to `to`. */
export async function lastMailTo(db: Db, to: string) {
  const [row] = await db.select().from(mailMessages).where(and(eq(mailMessages.to, to))).orderBy(desc(mailMessages.createdAt)).limit(1);
  return row;
}

/** A full sheet of the IGA rubric with the same score on every criterion (and the required comment). */
export const fullSheet = (score: number, criteria: readonly Criterion[] = igaCriteria) => ({
  scores: criteria.map((c) => ({ criterion: c.key, score, abstain: false, comment: c.commentRequired ? `Catatan untuk ${c.name}` : null })),
});

/** A sheet from explicit scores per criterion key (comments filled where required). */
export const sheetOf = (scores: Record<string, number | 'abstain'>, criteria: readonly Criterion[] = igaCriteria) => ({
  scores: criteria
    .filter((c) => c.key in scores)
    .map((c) => {
      const v = scores[c.key]!;
      return v === 'abstain' ? { criterion: c.key, score: null, abstain: true, comment: null } : { criterion: c.key, score: v, abstain: false, comment: c.commentRequired ? 'Catatan juri' : null };
    }),
});
