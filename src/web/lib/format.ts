import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../domain/contracts/regions.js';

type TimeZone = Region['timeZone'];

/** The region's time zone; instants are shown in it. Provided by the app layout. */
export const TimeZoneContext = createContext<TimeZone>('Asia/Jakarta');

/** Dates as "23 November 2026" in both languages. */
export function useFormat() {
  const { t, i18n } = useTranslation();
  const timeZone = useContext(TimeZoneContext);
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  return {
    /** A calendar date (YYYY-MM-DD): no time zone applies. */
    date: (value: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(value)),
    /** A moment in time, in the region's zone, with the zone named (WIB/WITA/WIT). */
    instant: (value: string) =>
      `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone }).format(new Date(value))} ${t(`ui.timeZones.short.${timeZone}`)}`,
  };
}
