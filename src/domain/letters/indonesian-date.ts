import type { TimeZone } from '../contracts/regions.js';
import { toZoneLocal } from '../zone-time.js';

/**
 * Dates as Indonesian official letters write them: "23 November 2026", and with a time
 * "23 November 2026 pukul 14.05 WIB" (a dot between hours and minutes, the zone's abbreviation).
 * Written out here rather than with Intl so the words never depend on the server's ICU build.
 */
export const indonesianMonths = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** The abbreviations people use; a deadline without one is ambiguous across Indonesia's three zones. */
export const zoneAbbreviations: Record<TimeZone, 'WIB' | 'WITA' | 'WIT'> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

const dateOnly = /^(\d{4})-(\d{2})-(\d{2})$/;
// An instant must say where it is: a time without an offset would be read in the server's own zone.
const instantWithOffset = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

interface WallClock {
  year: number;
  month: number;
  day: number;
  /** HH:mm, absent for a calendar date. */
  time?: string;
}

function checkedDate(year: number, month: number, day: number): WallClock | null {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return { year, month, day };
}

/**
 * The zone's wall clock for an instant (a Date or an ISO string with an offset). A plain
 * YYYY-MM-DD is a calendar date already: it is not moved between zones.
 */
function wallClock(value: Date | string, zone: TimeZone): WallClock {
  if (typeof value === 'string') {
    const date = dateOnly.exec(value);
    if (date) {
      const clock = checkedDate(Number(date[1]), Number(date[2]), Number(date[3]));
      if (clock) return clock;
    }
  }
  const iso = value instanceof Date ? (Number.isNaN(value.getTime()) ? '' : value.toISOString()) : instantWithOffset.test(value) ? value : '';
  const local = iso ? toZoneLocal(iso, zone) : '';
  if (!local) throw new RangeError(`not a date or an instant with an offset: ${String(value)}`);
  return { year: Number(local.slice(0, 4)), month: Number(local.slice(5, 7)), day: Number(local.slice(8, 10)), time: local.slice(11, 16) };
}

/** "23 November 2026": a calendar date as is, or the day an instant falls on in the region's zone. */
export function indonesianDate(value: Date | string, zone: TimeZone): string {
  const { year, month, day } = wallClock(value, zone);
  return `${day} ${indonesianMonths[month - 1]} ${year}`;
}

/** "23 November 2026 pukul 14.05 WIB": an instant in the region's zone. A bare date has no time and is refused. */
export function indonesianDateTime(value: Date | string, zone: TimeZone): string {
  const clock = wallClock(value, zone);
  if (!clock.time) throw new RangeError(`a calendar date has no time of day: ${String(value)}`);
  return `${clock.day} ${indonesianMonths[clock.month - 1]} ${clock.year} pukul ${clock.time.replace(':', '.')} ${zoneAbbreviations[zone]}`;
}

/** The calendar day (YYYY-MM-DD) an instant falls on in the region's zone. */
export function zoneDay(instant: Date, zone: TimeZone): string {
  const { year, month, day } = wallClock(instant, zone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const ones = ['', 'satu', 'dua', 'tiga', 'empat', 'lima', 'enam', 'tujuh', 'delapan', 'sembilan', 'sepuluh', 'sebelas'];

/**
 * A whole number in Indonesian words (terbilang), as letters repeat counts: "2 (dua) inovasi".
 * Covers 0 up to (not including) a trillion, far beyond any count a letter carries.
 */
export function terbilang(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 1e12) throw new RangeError(`terbilang takes a whole number 0 ≤ n < 10^12, got ${n}`);
  if (n === 0) return 'nol';
  const words = (x: number): string => {
    if (x < 12) return ones[x]!;
    if (x < 20) return `${ones[x - 10]} belas`;
    if (x < 100) return `${ones[Math.floor(x / 10)]} puluh ${words(x % 10)}`;
    if (x < 200) return `seratus ${words(x - 100)}`;
    if (x < 1000) return `${ones[Math.floor(x / 100)]} ratus ${words(x % 100)}`;
    if (x < 2000) return `seribu ${words(x - 1000)}`;
    if (x < 1e6) return `${words(Math.floor(x / 1000))} ribu ${words(x % 1000)}`;
    if (x < 1e9) return `${words(Math.floor(x / 1e6))} juta ${words(x % 1e6)}`;
    return `${words(Math.floor(x / 1e9))} miliar ${words(x % 1e9)}`;
  };
  return words(n).replace(/\s+/g, ' ').trim();
}
