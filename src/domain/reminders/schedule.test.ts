import { describe, expect, it } from 'vitest';
import {
  defaultReminderDays,
  digestKey,
  digestWindow,
  dueReminders,
  groupForDigest,
  reminderKey,
  reminderMoment,
  ReminderDays,
  reminderSends,
} from './schedule.js';

const closesWib = new Date('2026-08-23T23:59:00+07:00');

describe('reminder moments', () => {
  it.each([
    // 08:00 region time on the calendar day N days before the region's closing day.
    [closesWib, 30, 'Asia/Jakarta', '2026-07-24T01:00:00.000Z'],
    [closesWib, 1, 'Asia/Jakarta', '2026-08-22T01:00:00.000Z'],
    [new Date('2026-08-23T23:59:00+09:00'), 30, 'Asia/Jayapura', '2026-07-23T23:00:00.000Z'],
    // A window closing at midnight still gets its 1-day reminder the morning before.
    [new Date('2026-08-23T00:00:00+07:00'), 1, 'Asia/Jakarta', '2026-08-22T01:00:00.000Z'],
    // Across a month boundary, in a leap-free February.
    [new Date('2026-03-01T12:00:00+08:00'), 1, 'Asia/Makassar', '2026-02-28T00:00:00.000Z'],
    [new Date('2026-03-01T12:00:00+08:00'), 30, 'Asia/Makassar', '2026-01-30T00:00:00.000Z'],
    // The closing day is the region's: 23 Aug 23:59 WIB is already 24 Aug in WIT.
    [closesWib, 1, 'Asia/Jayapura', '2026-08-22T23:00:00.000Z'],
  ] as const)('%s minus %i days in %s is %s', (closesAt, days, zone, expected) => {
    expect(reminderMoment(closesAt, days, zone).toISOString()).toBe(expected);
  });
});

describe('due reminders', () => {
  const days = defaultReminderDays;
  it.each([
    ['a second before the 30-day moment', '2026-07-24T00:59:59Z', []],
    ['exactly at 08:00 of the 30-days-before day', '2026-07-24T01:00:00Z', [30]],
    ['between 30 and 14', '2026-08-09T00:59:59Z', [30]],
    ['at the 14-day moment', '2026-08-09T01:00:00Z', [14]],
    ['after 7, before 3', '2026-08-19T12:00:00Z', [7]],
    ['at the 1-day moment', '2026-08-22T01:00:00Z', [1]],
    ['a second before closing', '2026-08-23T16:58:59Z', [1]],
    ['exactly at closing', '2026-08-23T16:59:00Z', []],
    ['after close, nothing is due', '2026-09-01T00:00:00Z', []],
    ['long before the window', '2026-01-01T00:00:00Z', []],
  ])('%s (%s) → %j', (_label, now, expected) => {
    expect(dueReminders({ closesAt: closesWib, now: new Date(now), days, zone: 'Asia/Jakarta' }).map((r) => r.days)).toEqual(expected);
  });

  it('reports the moment of the due reminder', () => {
    expect(dueReminders({ closesAt: closesWib, now: new Date('2026-08-10T00:00:00Z'), days, zone: 'Asia/Jakarta' })).toEqual([
      { days: 14, at: new Date('2026-08-09T01:00:00Z') },
    ]);
  });

  it.each([
    ['WIT reaches 08:00 two hours before WIB', 'Asia/Jayapura', '2026-07-23T23:00:00Z', [30]],
    ['while WIB is still at 06:00', 'Asia/Jakarta', '2026-07-23T23:00:00Z', []],
  ] as const)('%s', (_label, zone, now, expected) => {
    const closesAt = new Date('2026-08-23T23:59:00+09:00');
    expect(dueReminders({ closesAt, now: new Date(now), days, zone }).map((r) => r.days)).toEqual(expected);
  });

  it.each([
    ['skips moments before the window opened', '2026-08-05T00:00:00Z', []],
    ['then continues with the schedule', '2026-08-09T01:00:00Z', [14]],
  ])('%s', (_label, now, expected) => {
    const opensAt = new Date('2026-08-01T00:00:00+07:00');
    expect(dueReminders({ closesAt: closesWib, opensAt, now: new Date(now), days, zone: 'Asia/Jakarta' }).map((r) => r.days)).toEqual(expected);
  });

  it('ignores duplicates, order and entries that are not whole days', () => {
    expect(dueReminders({ closesAt: closesWib, now: new Date('2026-08-20T02:00:00Z'), days: [1, 30, 30, 0, -3, 2.5, 7], zone: 'Asia/Jakarta' }).map((r) => r.days)).toEqual([7]);
    expect(dueReminders({ closesAt: closesWib, now: new Date('2026-08-20T02:00:00Z'), days: [], zone: 'Asia/Jakarta' })).toEqual([]);
  });
});

describe('reminder keys', () => {
  it('builds the idempotency key', () => {
    expect(reminderKey({ periodId: 'p-2026', days: 7, audience: 'operator', recipientId: 'u-1' })).toBe('reminder:p-2026:7:operator:u-1');
  });

  it.each([
    [{ periodId: 'a:b', days: 7, audience: 'operator', recipientId: 'u' }],
    [{ periodId: 'p', days: 7, audience: 'operator', recipientId: '' }],
    [{ periodId: 'p', days: 0, audience: 'operator', recipientId: 'u' }],
  ] as const)('refuses ambiguous parts %j', (parts) => {
    expect(() => reminderKey(parts)).toThrow(RangeError);
  });

  it('gives one send per distinct recipient, each with its key', () => {
    const due = [{ days: 3, at: new Date('2026-08-20T01:00:00Z') }];
    expect(reminderSends(due, { periodId: 'p', audience: 'kepala_unit', recipientIds: ['a', 'b', 'a'] }).map((s) => s.key)).toEqual([
      'reminder:p:3:kepala_unit:a',
      'reminder:p:3:kepala_unit:b',
    ]);
    expect(reminderSends([], { periodId: 'p', audience: 'operator', recipientIds: ['a'] })).toEqual([]);
  });
});

describe('reminder schedule input', () => {
  it('defaults to 30, 14, 7, 3 and 1 days', () => {
    expect(ReminderDays.parse(undefined)).toEqual([30, 14, 7, 3, 1]);
  });

  it.each([
    [[0], 'reminderDays'],
    [[1.5], 'reminderDays'],
    [[400], 'reminderDays'],
    [[7, 7], 'reminderDaysDuplicate'],
    [[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 'reminderDays'],
  ])('refuses %j with %s', (input, message) => {
    const result = ReminderDays.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.message)).toContain(message);
  });
});

describe('digests', () => {
  it.each([
    ['2026-11-30T16:59:59Z', 'Asia/Jakarta', '2026-11-30'],
    ['2026-11-30T17:30:00Z', 'Asia/Jakarta', '2026-12-01'],
    ['2026-11-30T15:59:59Z', 'Asia/Makassar', '2026-11-30'],
    ['2026-11-30T16:00:00Z', 'Asia/Makassar', '2026-12-01'],
    ['2026-12-31T15:00:00Z', 'Asia/Jayapura', '2027-01-01'],
  ] as const)('%s falls on %s day %s', (now, zone, day) => {
    expect(digestWindow(new Date(now), zone)).toBe(day);
  });

  it('keys one digest per user per day', () => {
    expect(digestKey('u-1', '2026-12-01')).toBe('digest:u-1:2026-12-01');
  });

  it('groups notifications per user, keeping order and dropping repeated keys', () => {
    const items = [
      { userId: 'a', key: 'k1', text: 'one' },
      { userId: 'b', key: 'k1', text: 'two' },
      { userId: 'a', key: 'k2', text: 'three' },
      { userId: 'a', key: 'k1', text: 'again' },
      { userId: 'a', text: 'no key' },
      { userId: 'a', text: 'no key' },
    ];
    expect(groupForDigest(items).map((g) => [g.userId, g.items.map((i) => i.text)])).toEqual([
      ['a', ['one', 'three', 'no key', 'no key']],
      ['b', ['two']],
    ]);
    expect(groupForDigest([])).toEqual([]);
  });
});
