import { describe, expect, it } from 'vitest';
import { fromZoneLocal, toZoneLocal, toZoneLocalSeconds } from './zone-time.js';

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

  it.each([
    // Seconds kept when there are any, dropped (not zeroed in) on whole minutes; milliseconds never shown.
    ['Asia/Jakarta', '2026-11-30T23:59:59+07:00', '2026-11-30T23:59:59'],
    ['Asia/Jakarta', '2026-11-30T16:59:59.999Z', '2026-11-30T23:59:59'],
    ['Asia/Makassar', '2026-11-30T15:59:59.000Z', '2026-11-30T23:59:59'],
    ['Asia/Jayapura', '2026-12-31T15:00:00.000Z', '2027-01-01T00:00'],
    ['Asia/Jakarta', '2026-11-01T00:00:00+07:00', '2026-11-01T00:00'],
  ] as const)('%s shows %s to the second as %s', (zone, iso, local) => {
    expect(toZoneLocalSeconds(iso, zone)).toBe(local);
  });

  it.each([
    ['Asia/Jakarta', '2026-11-30T23:59:59+07:00'],
    ['Asia/Makassar', '2026-03-01T08:30:05+08:00'],
    ['Asia/Jayapura', '2026-12-31T23:59:00+09:00'],
  ] as const)('%s: %s survives a round trip through the form to the second', (zone, iso) => {
    expect(Date.parse(fromZoneLocal(toZoneLocalSeconds(iso, zone), zone)!)).toBe(Date.parse(iso));
  });

  it('shows nothing for an unreadable instant', () => {
    expect(toZoneLocalSeconds('nope', 'Asia/Jakarta')).toBe('');
  });
});
