import { describe, expect, it } from 'vitest';
import { fromZoneLocal, toZoneLocal } from './zone-time.js';

describe('zone time', () => {
  it.each([
    ['Asia/Jakarta', '2026-01-01T00:00:00+07:00', '2026-01-01T00:00'],
    ['Asia/Makassar', '2026-03-31T16:00:00.000Z', '2026-04-01T00:00'],
    ['Asia/Jayapura', '2026-12-31T23:59:00+09:00', '2026-12-31T23:59'],
  ] as const)('%s shows %s as %s and reads it back', (zone, iso, local) => {
    expect(toZoneLocal(iso, zone)).toBe(local);
    expect(Date.parse(fromZoneLocal(local, zone)!)).toBe(Date.parse(iso));
  });

  it('rejects malformed input', () => {
    expect(fromZoneLocal('', 'Asia/Jakarta')).toBeNull();
    expect(fromZoneLocal('2026-13-45T10:00', 'Asia/Jakarta')).toBeNull();
    expect(toZoneLocal('nope', 'Asia/Jakarta')).toBe('');
  });
});
