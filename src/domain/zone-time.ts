import type { timeZones } from './contracts/regions.js';

type TimeZone = (typeof timeZones)[number];

/** Indonesia's zones keep one offset all year (no daylight saving). */
const offsets: Record<TimeZone, string> = { 'Asia/Jakarta': '+07:00', 'Asia/Makassar': '+08:00', 'Asia/Jayapura': '+09:00' };
const offsetMinutes: Record<TimeZone, number> = { 'Asia/Jakarta': 420, 'Asia/Makassar': 480, 'Asia/Jayapura': 540 };

/** An instant as the value of an `<input type="datetime-local">` showing the zone's wall clock (YYYY-MM-DDTHH:mm). */
export function toZoneLocal(iso: string, zone: TimeZone): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  return new Date(ms + offsetMinutes[zone] * 60_000).toISOString().slice(0, 16);
}

/**
 * Like `toZoneLocal`, but keeping the seconds when there are any (YYYY-MM-DDTHH:mm:ss), as a
 * datetime-local input with `step="1"` shows them: a registration closing at 23:59:59 must not
 * become 23:59:00 just by saving a form. Whole minutes stay YYYY-MM-DDTHH:mm.
 */
export function toZoneLocalSeconds(iso: string, zone: TimeZone): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return '';
  const local = new Date(ms + offsetMinutes[zone] * 60_000).toISOString();
  return local.slice(17, 19) === '00' ? local.slice(0, 16) : local.slice(0, 19);
}

/** A datetime-local value read as the zone's wall clock, as an ISO instant with the zone's offset; null when malformed. */
export function fromZoneLocal(local: string, zone: TimeZone): string | null {
  const match = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(:\d{2})?$/.exec(local);
  if (!match) return null;
  const iso = `${match[1]}${match[2] ?? ':00'}${offsets[zone]}`;
  return Number.isNaN(Date.parse(iso)) ? null : iso;
}
