import { expect } from 'vitest';
import { contestTemplate } from '../../../domain/contests/templates.js';
import { buildUser } from '../factories.js';
import { signedIn } from '../fixtures.js';
import type { ScopingPart } from '../scoping-parts.js';

const pdf = (text: string) => ({ content: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`), fileName: 'proposal.pdf' });

/** A whole, valid setup (so a foreign caller meets the region check, not the schema). */
const setup = () => ({ ...contestTemplate('krenova', { now: new Date(), zone: 'Asia/Jakarta' }), name: 'Krenova Dibajak Beta', version: 1 });

const entryUpdate = {
  category: 'umum',
  fieldOfWork: 'Energi',
  title: 'Dibajak Beta',
  summary: 'Dibajak Beta.',
  groupName: 'Kelompok Beta',
  members: [
    { name: 'Beta Satu', role: null },
    { name: 'Beta Dua', role: null },
  ],
  answers: {},
  declarations: { resident: true, notAwardedElsewhere: true, implementedOn: null },
  version: 1,
};

/**
 * The contest setup, entry and selection routes in the access matrix (see scoping.test.ts for
 * what each flag means). Region A holds a published Krenova contest with a citizen's sent group
 * entry (with its proposal file) and another citizen's draft, and a draft contest.
 */
export const contestScoping: ScopingPart = {
  seed: async ({ t, regionA, adminA }) => {
    const created = await adminA.post('/api/contests', { template: 'krenova', name: 'Krenova Alfa Rahasia' });
    expect(created.statusCode, created.body).toBe(201);
    const contestA = created.json().id as string;
    expect((await adminA.post(`/api/contests/${contestA}/publish`)).statusCode).toBe(200);
    const draft = await adminA.post('/api/contests', { template: 'internal', name: 'Penghargaan Alfa Draf' });
    expect(draft.statusCode, draft.body).toBe(201);
    const contestDraftA = draft.json().id as string;

    const citizen = await signedIn(t, await buildUser(t.db, { regionId: regionA, roles: ['masyarakat'], name: 'Warga Lomba Alfa', email: 'lomba@alfa.test' }));
    const entry = await citizen.post(`/api/contests/${contestA}/entries`, { entrantKind: 'kelompok' });
    expect(entry.statusCode, entry.body).toBe(201);
    const contestEntryA = entry.json().id as string;
    const file = await citizen.upload(`/api/contest-entries/${contestEntryA}/files?field=proposal`, pdf('proposal alfa').content, 'proposal-alfa.pdf');
    expect(file.statusCode, file.body).toBe(201);
    const saved = await citizen.patch(`/api/contest-entries/${contestEntryA}`, { ...entryUpdate, title: 'Karya Alfa Rahasia', summary: 'Ringkasan Alfa rahasia.', groupName: 'Kelompok Alfa', members: [{ name: 'Anggota Alfa Satu', role: null }, { name: 'Anggota Alfa Dua', role: null }] });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await citizen.post(`/api/contest-entries/${contestEntryA}/submit`)).statusCode).toBe(200);

    const drafter = await signedIn(t, await buildUser(t.db, { regionId: regionA, roles: ['masyarakat'], name: 'Penyusun Draf Alfa' }));
    const draftEntry = await drafter.post(`/api/contests/${contestA}/entries`, { entrantKind: 'perorangan' });
    expect(draftEntry.statusCode, draftEntry.body).toBe(201);
    const contestDraftEntryA = draftEntry.json().id as string;
    const draftFile = await drafter.upload(`/api/contest-entries/${contestDraftEntryA}/files?field=proposal`, pdf('draf alfa').content, 'draf-alfa.pdf');
    expect(draftFile.statusCode, draftFile.body).toBe(201);

    const ids = { contestA, contestDraftA, contestEntryA, contestFileA: file.json().id as string, contestDraftEntryA, contestDraftFileA: draftFile.json().id as string };
    return { ids, markers: [...Object.values(ids), 'Krenova Alfa', 'Penghargaan Alfa', 'Warga Lomba Alfa', 'Penyusun Draf Alfa', 'Karya Alfa', 'Kelompok Alfa', 'Anggota Alfa', 'Ringkasan Alfa', 'krenova-alfa'] };
  },
  rows: {
    'GET /api/contests': { call: () => ({ method: 'GET', url: '/api/contests' }) },
    'POST /api/contests': { call: () => ({ method: 'POST', url: '/api/contests', body: { template: 'krenova', name: 'Krenova Beta' } }) },
    'GET /api/contests/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contests/${ids.contestA}` }) },
    'PATCH /api/contests/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/contests/${ids.contestDraftA}`, body: setup() }) },
    'POST /api/contests/{id}/publish': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/contests/${ids.contestDraftA}/publish` }) },
    'GET /api/contests/{id}/entries': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contests/${ids.contestA}/entries` }) },
    'POST /api/contests/{id}/entries': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/contests/${ids.contestA}/entries`, body: { entrantKind: 'perorangan' } }) },
    'GET /api/contest-entries/mine': { call: () => ({ method: 'GET', url: '/api/contest-entries/mine' }) },
    'GET /api/contest-entries/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contest-entries/${ids.contestEntryA}` }) },
    'PATCH /api/contest-entries/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/contest-entries/${ids.contestDraftEntryA}`, body: entryUpdate }) },
    'POST /api/contest-entries/{id}/submit': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/contest-entries/${ids.contestDraftEntryA}/submit` }) },
    'POST /api/contest-entries/{id}/files': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'POST', url: `/api/contest-entries/${ids.contestDraftEntryA}/files?field=proposal`, upload: pdf('beta') }),
    },
    'GET /api/contest-entries/{id}/files/{fileId}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/contest-entries/${ids.contestEntryA}/files/${ids.contestFileA}` }) },
    'DELETE /api/contest-entries/{id}/files/{fileId}': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'DELETE', url: `/api/contest-entries/${ids.contestDraftEntryA}/files/${ids.contestDraftFileA}` }),
    },
    'POST /api/contest-entries/{id}/selection': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/contest-entries/${ids.contestEntryA}/selection`, body: { decision: 'lolos', version: 1 } }) },
  },
};
