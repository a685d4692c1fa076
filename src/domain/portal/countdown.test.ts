import { describe, expect, it } from 'vitest';
import { countdownParts, countdownText, formatCountdown } from './countdown.js';

const now = Date.parse('2026-11-23T10:00:00Z');
const later = (s: number) => now + s * 1000;

describe('countdownParts', () => {
  it.each([
    [0, { days: 0, hours: 0, minutes: 0, seconds: 0, done: true }],
    [-5, { days: 0, hours: 0, minutes: 0, seconds: 0, done: true }],
    [1, { days: 0, hours: 0, minutes: 0, seconds: 1, done: false }],
    [59, { days: 0, hours: 0, minutes: 0, seconds: 59, done: false }],
    [3600 + 61, { days: 0, hours: 1, minutes: 1, seconds: 1, done: false }],
    [86_399, { days: 0, hours: 23, minutes: 59, seconds: 59, done: false }],
    [86_400, { days: 1, hours: 0, minutes: 0, seconds: 0, done: false }],
    [3 * 86_400 + 4 * 3600 + 12 * 60 + 9, { days: 3, hours: 4, minutes: 12, seconds: 9, done: false }],
  ])('%i seconds ahead → %j', (seconds, parts) => {
    expect(countdownParts(later(seconds), now)).toEqual(parts);
  });

  it('drops the part of a second still left (the clock never shows a second that has not begun)', () => {
    expect(countdownParts(now + 1999, now)).toMatchObject({ seconds: 1, done: false });
    expect(countdownParts(now + 999, now)).toMatchObject({ done: true });
  });

  it('is done for an impossible target', () => {
    expect(countdownParts(Number.NaN, now).done).toBe(true);
  });
});

describe('formatCountdown', () => {
  const p = (seconds: number) => countdownParts(later(seconds), now);
  it.each([
    [3 * 86_400 + 4 * 3600 + 12 * 60 + 9, 'id', '3 hari 04:12:09 lagi'],
    [3 * 86_400 + 4 * 3600 + 12 * 60 + 9, 'en', '3 days 04:12:09 left'],
    [86_400 + 5, 'en', '1 day 00:00:05 left'],
    [86_400 + 5, 'id', '1 hari 00:00:05 lagi'],
    [4 * 3600 + 12 * 60 + 9, 'id', '04:12:09 lagi'],
    [59, 'en-GB', '00:00:59 left'],
    [0, 'id', 'ditutup'],
    [0, 'en', 'closed'],
    [0, 'fr', 'ditutup'],
    [120 * 86_400, 'id', '120 hari 00:00:00 lagi'],
  ])('%i s in %s → %j', (seconds, lang, text) => {
    expect(formatCountdown(p(seconds), lang)).toBe(text);
  });

  it('says the page’s own words at zero when it names them', () => {
    expect(formatCountdown(p(0), 'id', 'sudah dimulai')).toBe('sudah dimulai');
    expect(formatCountdown(p(10), 'id', 'sudah dimulai')).toBe('00:00:10 lagi');
  });
});

describe('countdownText', () => {
  it.each([
    ['2026-11-23T10:00:10Z', 'id', '00:00:10 lagi'],
    ['2026-11-24T10:00:00+00:00', 'en', '1 day 00:00:00 left'],
    ['2026-11-23T17:00:00+07:00', 'id', 'ditutup'],
    ['bukan tanggal', 'id', null],
    ['', 'en', null],
  ])('%j in %s → %j', (iso, lang, text) => {
    expect(countdownText(iso, now, lang)).toBe(text);
  });
});
