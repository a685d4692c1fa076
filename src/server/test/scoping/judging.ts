import { expect } from 'vitest';
import { fullSheet, seedContest } from '../../modules/contests/judging.test-support.js';
import { buildUser } from '../factories.js';
import { signedIn } from '../fixtures.js';
import type { Row, ScopingPart } from '../scoping-parts.js';

/**
 * The panel, judging and results routes in the access matrix (see scoping.test.ts for what each
 * flag means). Region A holds a contest with a desk judging round open now, two passed entries, a
 * chair who has scored the first entry, and a second judge. Region B's admin has no `juri` role, so the judges' routes refuse them
 * by role (403); every route that names A's contest answers 404.
 */
export const judgingScoping: ScopingPart = {
  seed: async ({ t, regionA, adminA }) => {
    const seeded = await seedContest(t.db, regionA, { domain: 'alfa.test', entries: [{ title: 'Karya Lomba Alfa Rahasia' }, { title: 'Karya Kedua Alfa' }] });
    const round = seeded.rounds.desk.id;
    const contest = seeded.contest.id;
    const chair = await buildUser(t.db, { regionId: regionA, roles: ['masyarakat'], name: 'Ketua Juri Alfa', email: 'ketua-juri@alfa.test' });
    const member = await buildUser(t.db, { regionId: regionA, roles: ['masyarakat'], name: 'Anggota Juri Alfa', email: 'anggota-juri@alfa.test' });
    for (const [person, isChair] of [
      [chair, true],
      [member, false],
    ] as const) {
      const invited = await adminA.post(`/api/contests/${contest}/rounds/${round}/panel`, { name: person.name, email: person.email, chair: isChair });
      expect(invited.statusCode, invited.body).toBe(200);
    }
    expect((await adminA.post(`/api/contests/${contest}/rounds/${round}/assignment`)).statusCode).toBe(200);
    const judge = await signedIn(t, chair);
    const entryA = seeded.entries[0]!.id;
    const scored = await judge.put(`/api/judging/${round}/entries/${entryA}/sheet`, { scores: fullSheet(77).scores.map((s) => (s.comment ? { ...s, comment: 'Komentar Juri Alfa Rahasia' } : s)) });
    expect(scored.statusCode, scored.body).toBe(200);
    return {
      ids: { judgingContestA: contest, judgingRoundA: round, judgingEntryA: entryA, judgingMemberA: member.id },
      markers: [contest, round, entryA, seeded.contest.name, 'Karya Lomba Alfa', 'Ketua Juri Alfa', 'Anggota Juri Alfa', 'Komentar Juri Alfa', 'juri@alfa.test'],
    };
  },
  rows: {
    'GET /api/contests/{id}/rounds/{roundId}/panel': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contests/${ids.judgingContestA}/rounds/${ids.judgingRoundA}/panel` }) },
    'POST /api/contests/{id}/rounds/{roundId}/panel': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'POST', url: `/api/contests/${ids.judgingContestA}/rounds/${ids.judgingRoundA}/panel`, body: { name: 'Juri Beta', email: 'juri-penyusup@beta.test', chair: true } }),
    },
    'DELETE /api/contests/{id}/rounds/{roundId}/panel/{userId}': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'DELETE', url: `/api/contests/${ids.judgingContestA}/rounds/${ids.judgingRoundA}/panel/${ids.judgingMemberA}` }),
    },
    'POST /api/contests/{id}/rounds/{roundId}/assignment': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/contests/${ids.judgingContestA}/rounds/${ids.judgingRoundA}/assignment` }) },
    'GET /api/judging': { call: () => ({ method: 'GET', url: '/api/judging' }) },
    'GET /api/judging/{roundId}': { foreign: true, adminB: 403, call: (ids) => ({ method: 'GET', url: `/api/judging/${ids.judgingRoundA}` }) },
    'GET /api/judging/{roundId}/entries/{entryId}': { foreign: true, adminB: 403, call: (ids) => ({ method: 'GET', url: `/api/judging/${ids.judgingRoundA}/entries/${ids.judgingEntryA}` }) },
    'PUT /api/judging/{roundId}/entries/{entryId}/sheet': {
      foreign: true,
      adminB: 403,
      call: (ids) => ({ method: 'PUT', url: `/api/judging/${ids.judgingRoundA}/entries/${ids.judgingEntryA}/sheet`, body: fullSheet(1) }),
    },
    'POST /api/judging/{roundId}/conflicts': {
      foreign: true,
      adminB: 403,
      call: (ids) => ({ method: 'POST', url: `/api/judging/${ids.judgingRoundA}/conflicts`, body: { entryId: ids.judgingEntryA, type: 'keluarga', note: null } }),
    },
    'GET /api/judging/{roundId}/entries/{entryId}/scores': {
      foreign: true,
      adminB: 403,
      call: (ids) => ({ method: 'GET', url: `/api/judging/${ids.judgingRoundA}/entries/${ids.judgingEntryA}/scores` }),
    },
    'GET /api/contests/{id}/results': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contests/${ids.judgingContestA}/results?roundId=${ids.judgingRoundA}` }) },
    'POST /api/contests/{id}/results/publish': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'POST', url: `/api/contests/${ids.judgingContestA}/results/publish`, body: { roundId: ids.judgingRoundA, normalised: false } }),
    },
    'GET /api/contests/{id}/scores.xlsx': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contests/${ids.judgingContestA}/scores.xlsx` }) },
    'GET /api/contests/{id}/score-audit': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contests/${ids.judgingContestA}/score-audit` }) },
    'GET /api/contest-entries/{id}/certificate.pdf': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contest-entries/${ids.judgingEntryA}/certificate.pdf` }) },
  } satisfies Record<string, Row>,
};
