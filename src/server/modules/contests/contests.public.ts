import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { Results } from '../../../domain/contracts/contests.js';
import type { Category, ContestKind, ContestStatus, Eligibility, JudgingMode, RoundKind, RoundState } from '../../../domain/contests/contests.js';
import { registrationRound, roundState } from '../../../domain/contests/timeline.js';
import type { SitemapEntry } from '../../../domain/portal/sitemap.js';
import type { Db } from '../../db/client.js';
import { contestRounds, contests } from '../../db/schema.js';

/*
 * The public side of contests (/lomba, /lomba/<slug>, the home page's open contests, the sitemap):
 * published contests only, and of a contest only what its announcement says — the setup, the
 * timeline and, once results are published, the winners by name (the group's, unit's or person's)
 * and title. Never an entrant's e-mail, NIK or phone: they are not read here at all.
 */

/** Statuses the portal shows (a draft is staff-only). */
const visible = ['terbit', 'selesai'] as const;

/** A contest open for entries, as the home page lists it. */
export type OpenContest = { title: string; href: string; closesAt: Date };

export type PublicRound = { kind: RoundKind; name: string; opensAt: Date; closesAt: Date; mode: JudgingMode | null; state: RoundState };

export type PublicContestCard = {
  id: string;
  slug: string;
  name: string;
  kind: ContestKind;
  description: string | null;
  registration: PublicRound | null;
  resultsPublished: boolean;
};

export type PublicWinner = { rank: number; entrantName: string; title: string };

export type PublicContest = PublicContestCard & {
  status: ContestStatus;
  rules: string | null;
  eligibility: Eligibility;
  categories: Category[];
  fieldsOfWork: string[];
  rounds: PublicRound[];
  /** Per category in the contest's order, once results are published. */
  winners: { category: string; ranking: PublicWinner[] }[] | null;
};

type ContestRow = typeof contests.$inferSelect;

async function roundsByContest(db: Db, ids: readonly string[], now: Date): Promise<Map<string, PublicRound[]>> {
  const out = new Map<string, PublicRound[]>();
  if (!ids.length) return out;
  const rows = await db
    .select()
    .from(contestRounds)
    .where(inArray(contestRounds.contestId, [...ids]))
    .orderBy(asc(contestRounds.contestId), asc(contestRounds.position));
  for (const r of rows) {
    const round: PublicRound = { kind: r.kind as RoundKind, name: r.name, opensAt: r.opensAt, closesAt: r.closesAt, mode: (r.mode as JudgingMode | null) ?? null, state: roundState(r, now) };
    out.set(r.contestId, [...(out.get(r.contestId) ?? []), round]);
  }
  return out;
}

function card(row: ContestRow, rounds: readonly PublicRound[]): PublicContestCard {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    kind: row.kind as ContestKind,
    description: row.description,
    registration: registrationRound(rounds) ?? null,
    resultsPublished: Boolean(row.resultsPublishedAt && row.results),
  };
}

/** The region's published contests, grouped for /lomba: open now (closing first), upcoming (opening first), and the rest (newest first). */
export async function publicContests(db: Db, regionId: string, now: Date): Promise<{ open: PublicContestCard[]; upcoming: PublicContestCard[]; closed: PublicContestCard[] }> {
  const rows = await db
    .select()
    .from(contests)
    .where(and(eq(contests.regionId, regionId), inArray(contests.status, [...visible])))
    .orderBy(desc(contests.publishedAt), asc(contests.id));
  const rounds = await roundsByContest(
    db,
    rows.map((r) => r.id),
    now,
  );
  const cards = rows.map((r) => card(r, rounds.get(r.id) ?? []));
  const stateOf = (c: PublicContestCard) => c.registration?.state;
  const at = (c: PublicContestCard, k: 'opensAt' | 'closesAt') => c.registration?.[k].getTime() ?? 0;
  return {
    open: cards.filter((c) => stateOf(c) === 'buka' && !c.resultsPublished).sort((a, b) => at(a, 'closesAt') - at(b, 'closesAt')),
    upcoming: cards.filter((c) => stateOf(c) === 'belum' && !c.resultsPublished).sort((a, b) => at(a, 'opensAt') - at(b, 'opensAt')),
    closed: cards.filter((c) => stateOf(c) === 'tutup' || stateOf(c) === undefined || c.resultsPublished),
  };
}

/** The home page's "open contests": registration open now, closing first. */
export async function openContests(db: Db, regionId: string, now: Date): Promise<OpenContest[]> {
  const { open } = await publicContests(db, regionId, now);
  return open.map((c) => ({ title: c.name, href: `/lomba/${encodeURIComponent(c.slug)}`, closesAt: c.registration!.closesAt }));
}

/** The winners from the frozen results: names and titles only. */
function winnersOf(row: ContestRow): PublicContest['winners'] {
  if (!row.resultsPublishedAt || !row.results) return null;
  const results = row.results as Results;
  const names = new Map((row.categories as Category[]).map((c) => [c.key, c.name]));
  return results.categories.map((c) => ({
    category: names.get(c.key) ?? c.name,
    ranking: c.ranking.filter((r) => r.winner).map((r) => ({ rank: r.rank, entrantName: r.entrantName, title: r.title })),
  }));
}

/** One published contest of the region by its slug; null for an unknown slug or a draft. */
export async function publicContest(db: Db, regionId: string, slug: string, now: Date): Promise<PublicContest | null> {
  const row = await db.query.contests.findFirst({ where: and(eq(contests.regionId, regionId), eq(contests.slug, slug), inArray(contests.status, [...visible])) });
  if (!row) return null;
  const rounds = (await roundsByContest(db, [row.id], now)).get(row.id) ?? [];
  return {
    ...card(row, rounds),
    status: row.status as ContestStatus,
    rules: row.rules,
    eligibility: row.eligibility as Eligibility,
    categories: row.categories as Category[],
    fieldsOfWork: row.fieldsOfWork as string[],
    rounds,
    winners: winnersOf(row),
  };
}

/** The sitemap's contest pages: every published contest of the region. */
export async function publicContestAddresses(db: Db, regionId: string): Promise<SitemapEntry[]> {
  const rows = await db
    .select({ slug: contests.slug, updatedAt: contests.updatedAt })
    .from(contests)
    .where(and(eq(contests.regionId, regionId), inArray(contests.status, [...visible])))
    .orderBy(asc(contests.slug));
  return rows.map((r) => ({ path: `/lomba/${r.slug}`, lastmod: r.updatedAt }));
}
