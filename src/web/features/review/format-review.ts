const steps: Array<[Intl.RelativeTimeFormatUnit, number]> = [
  ['day', 86_400],
  ['hour', 3_600],
  ['minute', 60],
];
const week = 7 * 86_400;

const localeOf = (language: string) => (language === 'en' ? 'en-GB' : 'id-ID');

/**
 * "3 jam yang lalu" for the last week; older moments (and clocks that disagree by more than that)
 * read better as a date, which `older` formats. Under a minute is `justNow`.
 */
export function relativeTime(iso: string, language: string, texts: { justNow: string; older: (iso: string) => string }, now = Date.now()): string {
  const seconds = (Date.parse(iso) - now) / 1000;
  if (Math.abs(seconds) >= week) return texts.older(iso);
  const format = new Intl.RelativeTimeFormat(localeOf(language), { numeric: 'auto' });
  for (const [unit, size] of steps) if (Math.abs(seconds) >= size) return format.format(Math.round(seconds / size), unit);
  return texts.justNow;
}

/**
 * "3 hari", "1 day", "1,5 jam": Intl names the unit and picks singular or plural, which a catalogue
 * text cannot (Indonesian has one form, so the two languages could not share the same keys).
 */
export function formatDuration(value: number, unit: 'hour' | 'day', language: string): string {
  return new Intl.NumberFormat(localeOf(language), { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 }).format(value);
}

/** Today on the region's calendar, as YYYY-MM-DD (en-CA writes dates that way). */
export function todayIn(timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());
}
