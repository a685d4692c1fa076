import { describe, expect, it } from 'vitest';
import { navigationFor } from './navigation.js';
import { roles } from './roles.js';

describe('navigationFor', () => {
  it.each([
    ['admin', ['dashboard', 'innovations', 'regionAspect', 'review', 'monitoring', 'simulator', 'periods', 'masterData', 'units', 'users', 'audit', 'outbox', 'region']],
    ['operator', ['dashboard', 'innovations']],
    ['pendamping', ['dashboard', 'innovations', 'regionAspect', 'review', 'simulator']],
    ['kepala_unit', ['dashboard', 'innovations', 'review']],
    ['tim_penilai', ['dashboard', 'innovations', 'regionAspect', 'simulator']],
    ['juri', ['dashboard']],
    ['pimpinan', ['dashboard', 'innovations', 'regionAspect', 'monitoring', 'simulator', 'units']],
    ['masyarakat', ['dashboard']],
  ] as const)('%s sees %j', (role, keys) => {
    expect(navigationFor([role]).map((i) => i.key)).toEqual(keys);
  });

  it('gives every role a place to land', () => {
    for (const role of roles) expect(navigationFor([role]).length).toBeGreaterThan(0);
  });

  it('unites the menus of several roles', () => {
    expect(navigationFor(['operator', 'pimpinan']).map((i) => i.key)).toEqual(['dashboard', 'innovations', 'regionAspect', 'monitoring', 'simulator', 'units']);
  });
});
