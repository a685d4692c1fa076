import type { timeZones } from './contracts/regions.js';

type TimeZone = (typeof timeZones)[number];

// Provinces by their official two-digit code (Kemendagri), east of the WIB zone.
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96', '97']);
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);

/** The zone a region's deadlines are shown in, from the province part of its code ("33.14" → WIB). */
export function timeZoneOf(regionCode: string): TimeZone {
  const province = regionCode.slice(0, 2);
  if (WIT.has(province)) return 'Asia/Jayapura';
  if (WITA.has(province)) return 'Asia/Makassar';
  return 'Asia/Jakarta';
}

export const zoneLabel: Record<TimeZone, string> = { 'Asia/Jakarta': 'WIB', 'Asia/Makassar': 'WITA', 'Asia/Jayapura': 'WIT' };

const keepUpper = new Set(['DKI', 'DI', 'ADM.']);

/** "KABUPATEN SRAGEN" → "Kabupaten Sragen", keeping DKI/DI as written. */
export function titleCaseRegionName(name: string): string {
  return name
    .toLowerCase()
    .split(/\s+/)
    .map((word) => (keepUpper.has(word.toUpperCase()) ? word.toUpperCase().replace('ADM.', 'Adm.') : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}

/** A province's official name gets its kind in front, as regencies and cities already have. */
export function regionDisplayName(code: string, officialName: string): string {
  const name = titleCaseRegionName(officialName);
  return code.includes('.') ? name : `Provinsi ${name}`;
}

/** A time of day as shown to officials: "14.05 WIB" (Indonesian clock style, with the zone). */
export function clockTime(at: Date, timeZone: TimeZone): string {
  const time = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
  return `${time} ${zoneLabel[timeZone]}`;
}
