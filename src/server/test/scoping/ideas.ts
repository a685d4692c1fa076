import { expect } from 'vitest';
import { buildUser } from '../factories.js';
import { signedIn } from '../fixtures.js';
import type { ScopingPart } from '../scoping-parts.js';

const pdf = (text: string) => ({ content: Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`), fileName: 'lampiran.pdf' });
const idea = (title: string) => ({ title, problem: 'Masalah Alfa rahasia di desa.', solution: 'Solusi Alfa rahasia untuk desa.' });

/**
 * The ideas routes in the access matrix (see scoping.test.ts for what each flag means). Region A
 * holds a published idea with an attachment and a waiting comment, and a waiting idea with an
 * attachment. Only the published idea's attachment is public by design (the /ide page links it).
 */
export const ideaScoping: ScopingPart = {
  seed: async ({ t, regionA, adminA }) => {
    const citizen = await buildUser(t.db, { regionId: regionA, roles: ['masyarakat'], name: 'Warga Alfa', email: 'warga@alfa.test' });
    const asCitizen = await signedIn(t, citizen);
    const published = await asCitizen.post('/api/ideas', idea('Ide Alfa Terbit'));
    expect(published.statusCode, published.body).toBe(201);
    const ideaA = published.json().id as string;
    const file = await asCitizen.upload(`/api/ideas/${ideaA}/files`, pdf('terbit').content, 'ide-alfa.pdf');
    expect(file.statusCode, file.body).toBe(201);
    expect((await adminA.post(`/api/ideas/${ideaA}/moderation`, { decision: 'publish' })).statusCode).toBe(200);
    const waiting = await asCitizen.post('/api/ideas', idea('Ide Alfa Menunggu'));
    expect(waiting.statusCode, waiting.body).toBe(201);
    const ideaWaitingA = waiting.json().id as string;
    const waitingFile = await asCitizen.upload(`/api/ideas/${ideaWaitingA}/files`, pdf('menunggu').content, 'ide-alfa-menunggu.pdf');
    expect(waitingFile.statusCode, waitingFile.body).toBe(201);
    const commenter = await signedIn(t, await buildUser(t.db, { regionId: regionA, roles: ['masyarakat'], name: 'Pengomentar Alfa' }));
    const comment = await commenter.post(`/api/ideas/${ideaA}/comments`, { body: 'Komentar Alfa rahasia.' });
    expect(comment.statusCode, comment.body).toBe(201);
    const ids = { ideaA, ideaFileA: file.json().id as string, ideaWaitingA, ideaWaitingFileA: waitingFile.json().id as string, ideaCommentA: comment.json().id as string };
    return { ids, markers: [...Object.values(ids), citizen.id, 'Ide Alfa', 'Warga Alfa', 'Pengomentar Alfa', 'Komentar Alfa', 'Masalah Alfa', 'Solusi Alfa'] };
  },
  rows: {
    'GET /api/ideas': { call: () => ({ method: 'GET', url: '/api/ideas?pageSize=200' }) },
    'GET /api/ideas/mine': { call: () => ({ method: 'GET', url: '/api/ideas/mine' }) },
    'POST /api/ideas': { call: () => ({ method: 'POST', url: '/api/ideas', body: { title: 'Ide Beta', problem: 'Masalah Beta.', solution: 'Solusi Beta.' } }) },
    'GET /api/ideas/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/ideas/${ids.ideaA}` }) },
    'PATCH /api/ideas/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PATCH', url: `/api/ideas/${ids.ideaWaitingA}`, body: { title: 'Dibajak Beta' } }) },
    'POST /api/ideas/{id}/files': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/ideas/${ids.ideaWaitingA}/files`, upload: pdf('beta') }) },
    'GET /api/ideas/{id}/files/{fileId}': {
      public: true,
      publicData: true,
      call: (ids) => ({ method: 'GET', url: `/api/ideas/${ids.ideaA}/files/${ids.ideaFileA}` }),
    },
    'DELETE /api/ideas/{id}/files/{fileId}': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'DELETE', url: `/api/ideas/${ids.ideaWaitingA}/files/${ids.ideaWaitingFileA}` }),
    },
    'POST /api/ideas/{id}/moderation': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/ideas/${ids.ideaWaitingA}/moderation`, body: { decision: 'publish' } }) },
    'POST /api/ideas/{id}/support': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/ideas/${ids.ideaA}/support` }) },
    'DELETE /api/ideas/{id}/support': { foreign: true, adminB: 404, call: (ids) => ({ method: 'DELETE', url: `/api/ideas/${ids.ideaA}/support` }) },
    'POST /api/ideas/{id}/comments': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/ideas/${ids.ideaA}/comments`, body: { body: 'Komentar Beta.' } }) },
    'GET /api/idea-comments': { call: () => ({ method: 'GET', url: '/api/idea-comments?pageSize=200' }) },
    'POST /api/idea-comments/{id}/moderation': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'POST', url: `/api/idea-comments/${ids.ideaCommentA}/moderation`, body: { decision: 'reject', reason: 'Dibajak Beta' } }),
    },
    'POST /api/ideas/{id}/assignment': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/ideas/${ids.ideaA}/assignment`, body: { unitId: ids.unitA1 } }) },
  },
};
