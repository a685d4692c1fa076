import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { Contest, ContestUpdate, Entry, EntryUpdate } from '../../../domain/contracts/contests.js';
import type { ContestTemplateKey } from '../../../domain/contests/contests.js';
import { contestRounds } from '../../db/schema.js';
import type { Client, TestApp } from '../../test/harness.js';

/** A contest made from a template by the admin (201), still a draft. */
export async function createContest(admin: Client, template: ContestTemplateKey = 'krenova', name = 'Krenova Kabupaten 2026'): Promise<Contest> {
  const res = await admin.post('/api/contests', { template, name });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Contest;
}

/** A contest made from a template and published: registration is open from today. */
export async function publishedContest(admin: Client, template: ContestTemplateKey = 'krenova', name?: string): Promise<Contest> {
  const contest = await createContest(admin, template, name);
  const res = await admin.post(`/api/contests/${contest.id}/publish`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Contest;
}

/** The whole setup of a contest as PATCH takes it (rounds with their ids, without their state). */
export function setupOf(c: Contest): ContestUpdate {
  return {
    name: c.name,
    kind: c.kind,
    description: c.description,
    rules: c.rules,
    categories: c.categories,
    fieldsOfWork: c.fieldsOfWork,
    eligibility: c.eligibility,
    rounds: c.rounds.map((r) => ({ id: r.id, kind: r.kind, name: r.name, opensAt: r.opensAt, closesAt: r.closesAt, mode: r.mode })),
    form: c.form,
    criteria: c.criteria,
    normalise: c.normalise,
    tieBreak: c.tieBreak,
    assignment: c.assignment,
    winnersPerCategory: c.winnersPerCategory,
    signatory: c.signatory,
    version: c.version,
  };
}

/** Moves a round's instants in the database (the admin's form would refuse a timeline in the past). */
export async function setRound(t: TestApp, contestId: string, kind: 'pendaftaran' | 'seleksi' | 'penjurian', at: { opensAt?: Date; closesAt?: Date }, nth = 0): Promise<void> {
  const rounds = await t.db
    .select()
    .from(contestRounds)
    .where(and(eq(contestRounds.contestId, contestId), eq(contestRounds.kind, kind)))
    .orderBy(contestRounds.position);
  const round = rounds[nth];
  expect(round, `${kind} round ${nth}`).toBeDefined();
  await t.db.update(contestRounds).set(at).where(eq(contestRounds.id, round!.id));
}

/** A Krenova group entry that can be sent (once its proposal file is uploaded). */
export function groupEntry(version: number, overrides: Partial<EntryUpdate> = {}): EntryUpdate {
  return {
    category: 'umum',
    fieldOfWork: 'Energi',
    title: 'Kompor biomassa sekam padi',
    summary: 'Kompor hemat bahan bakar dari sekam padi, dipakai 40 rumah tangga di Desa Sukamaju sejak 2025.',
    groupName: 'Kelompok Tani Maju Bersama',
    members: [
      { name: 'Siti Rahayu', role: 'Ketua' },
      { name: 'Budi Santoso', role: 'Anggota' },
      { name: 'Wati Lestari', role: null },
    ],
    answers: { video: 'https://video.example.id/kompor-sekam', bahan_lokal: 'Sekam padi dan tanah liat' },
    declarations: { resident: true, notAwardedElsewhere: true, implementedOn: null },
    version,
    ...overrides,
  };
}

/** The update that saves an entry as it is (the fields it shows), e.g. to re-send it unchanged. */
export function asUpdate(e: Entry): EntryUpdate {
  return {
    category: e.category,
    fieldOfWork: e.fieldOfWork,
    title: e.title,
    summary: e.summary,
    groupName: e.groupName,
    members: e.members,
    answers: e.answers,
    declarations: e.declarations,
    version: e.version,
  };
}

export const tinyMp4 = () => Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypmp42'), Buffer.from([0, 0, 0, 0]), Buffer.from('mp42isom'), Buffer.alloc(5000, 0)]);
