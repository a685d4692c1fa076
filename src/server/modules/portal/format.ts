import type { Language } from '../../../domain/i18n/index.js';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A date ("23 November 2026") or date and time ("23 November 2026 pukul 09.00 WIB") on the region's
 * wall clock, in the page's language. Formatters are reused: building one costs more than using it.
 */
export function formatInstant(date: Date, lang: Language, timeZone: string, withTime = false): string {
  const key = `${lang}|${timeZone}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit', timeZoneName: 'short' } : {}),
      timeZone,
    });
    formatters.set(key, f);
  }
  return f.format(date);
}
