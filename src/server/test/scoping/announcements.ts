import { expect } from 'vitest';
import type { ScopingPart } from '../scoping-parts.js';

const body = (title: string) => ({ kind: 'berita', title, body: 'Isi pengumuman Beta.' });

/**
 * The announcements routes in the access matrix (see scoping.test.ts for what each flag means).
 * Region A holds one published announcement and one draft; B's admin must reach neither.
 */
export const announcementScoping: ScopingPart = {
  seed: async ({ adminA }) => {
    const published = await adminA.post('/api/announcements', { kind: 'berita', title: 'Pengumuman Alfa Terbit', body: 'Isi Alfa rahasia terbit.' });
    expect(published.statusCode, published.body).toBe(201);
    const announcementA = published.json().id as string;
    expect((await adminA.put(`/api/announcements/${announcementA}/published`, { published: true })).statusCode).toBe(200);
    const draft = await adminA.post('/api/announcements', { kind: 'berita', title: 'Draf Pengumuman Alfa', body: 'Isi draf Alfa.' });
    expect(draft.statusCode, draft.body).toBe(201);
    const draftA = draft.json().id as string;
    return { ids: { announcementA, announcementDraftA: draftA }, markers: [announcementA, draftA, 'Pengumuman Alfa', 'pengumuman-alfa', 'Alfa rahasia', 'Isi draf Alfa'] };
  },
  rows: {
    'GET /api/announcements': { call: () => ({ method: 'GET', url: '/api/announcements?pageSize=200' }) },
    'POST /api/announcements': { call: () => ({ method: 'POST', url: '/api/announcements', body: body('Pengumuman Beta') }) },
    'GET /api/announcements/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/announcements/${ids.announcementA}` }) },
    'PUT /api/announcements/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'PUT', url: `/api/announcements/${ids.announcementA}`, body: body('Dibajak Beta') }) },
    'PUT /api/announcements/{id}/published': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'PUT', url: `/api/announcements/${ids.announcementA}/published`, body: { published: false } }),
    },
    'DELETE /api/announcements/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'DELETE', url: `/api/announcements/${ids.announcementDraftA}` }) },
  },
};
