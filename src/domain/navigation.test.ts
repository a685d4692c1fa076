import { describe, expect, it } from 'vitest';
import { isPortalPath, navigationFor, portalPaths } from './navigation.js';
import { roles } from './roles.js';

describe('navigationFor', () => {
  it.each([
    ['admin', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'review', 'monitoring', 'lab', 'myContests', 'contests', 'simulator', 'periods', 'masterData', 'ideaModeration', 'announcements', 'units', 'users', 'audit', 'outbox', 'region']],
    ['operator', ['dashboard', 'innovations', 'myIdeas', 'lab', 'myContests']],
    ['pendamping', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'review', 'lab', 'simulator']],
    ['kepala_unit', ['dashboard', 'innovations', 'myIdeas', 'review', 'lab', 'myContests']],
    ['tim_penilai', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'simulator']],
    ['juri', ['dashboard', 'myIdeas', 'judging']],
    ['pimpinan', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'monitoring', 'lab', 'simulator', 'units']],
    ['masyarakat', ['dashboard', 'myIdeas', 'myContests']],
  ] as const)('%s sees %j', (role, keys) => {
    expect(navigationFor([role]).map((i) => i.key)).toEqual(keys);
  });

  it('gives every role a place to land', () => {
    for (const role of roles) expect(navigationFor([role]).length).toBeGreaterThan(0);
  });

  it('unites the menus of several roles', () => {
    expect(navigationFor(['operator', 'pimpinan']).map((i) => i.key)).toEqual(['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'monitoring', 'lab', 'myContests', 'simulator', 'units']);
  });
});

describe('isPortalPath', () => {
  it('is true for the portal sections and the pages below them, with or without a query', () => {
    for (const link of [...portalPaths, '/?x=1', '/inovasi/antrean-daring', '/inovasi?q=layanan', '/ide/4f0c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f', '/pengumuman/rss.xml', '/data/inovasi.csv', '/ide#komentar']) {
      expect(isPortalPath(link), link).toBe(true);
    }
  });

  it("is false for the app's own pages, even those that start like a portal section", () => {
    for (const link of ['/dasbor', '/registri/4f0c2b8e-1d2a-4c3b-9e8f-0a1b2c3d4e5f', '/ide-saya', '/data-master', '/data-master?list=theme', '/lab/1', '/inovasiku', '//inovasi', '/lomba-saya', '/lomba-saya/1']) {
      expect(isPortalPath(link), link).toBe(false);
    }
  });

  it("shares no address with the app's navigation", () => {
    for (const item of navigationFor(roles)) expect(isPortalPath(item.path), item.path).toBe(false);
  });
});
