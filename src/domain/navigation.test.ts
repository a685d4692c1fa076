import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';
import { roles } from './roles.js';

describe('navigationFor', () => {
  it.each([
    ['admin', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'review', 'monitoring', 'lab', 'simulator', 'periods', 'masterData', 'ideaModeration', 'announcements', 'units', 'users', 'audit', 'outbox', 'region']],
    ['operator', ['dashboard', 'innovations', 'myIdeas', 'lab']],
    ['pendamping', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'review', 'lab', 'simulator']],
    ['kepala_unit', ['dashboard', 'innovations', 'myIdeas', 'review', 'lab']],
    ['tim_penilai', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'simulator']],
    ['juri', ['dashboard', 'myIdeas']],
    ['pimpinan', ['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'monitoring', 'lab', 'simulator', 'units']],
    ['masyarakat', ['dashboard', 'myIdeas']],
  ] as const)('%s sees %j', (role, keys) => {
    expect(navigationFor([role]).map((i) => i.key)).toEqual(keys);
  });

  it('gives every role a place to land', () => {
    for (const role of roles) expect(navigationFor([role]).length).toBeGreaterThan(0);
  });

  it('unites the menus of several roles', () => {
    expect(navigationFor(['operator', 'pimpinan']).map((i) => i.key)).toEqual(['dashboard', 'innovations', 'myIdeas', 'regionAspect', 'monitoring', 'lab', 'simulator', 'units']);
  });
});
