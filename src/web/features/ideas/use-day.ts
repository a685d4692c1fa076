import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { TimeZoneContext } from '../../lib/format.js';

/** The day of an instant in the region's zone, e.g. "23 November 2026": lists need no time of day. */
export function useDay() {
  const { i18n } = useTranslation();
  const timeZone = useContext(TimeZoneContext);
  const format = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', timeZone });
  return (value: string) => format.format(new Date(value));
}
