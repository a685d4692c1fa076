import { useEffect, useState } from 'react';
import type { TimeZone } from '../../../domain/contracts/regions.js';

/**
 * The browser's clock, ticking every `intervalMs`: the countdown moves and a page turns read-only
 * at the close instant without a reload. The server's clock decides (409 from the close on); this
 * only keeps the page honest in between.
 */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Whether an instant has been reached (the close instant itself is closed, as on the server). */
export const reached = (iso: string | null, now: number): boolean => iso !== null && Date.parse(iso) <= now;

/**
 * An instant to the second in the region's zone with its weekday: "Senin, 30 November 2026
 * 23.59.59 WIB" / "Monday, 30 November 2026 23:59:59 WIB". Deadlines are shown to the second
 * because the server enforces them to the second.
 */
export function instantToSecond(iso: string, zone: TimeZone, lang: string, zoneAbbr: string): string {
  const en = lang.startsWith('en');
  const parts = new Intl.DateTimeFormat(en ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZone: zone,
  }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const sep = en ? ':' : '.';
  return `${part('weekday')}, ${part('day')} ${part('month')} ${part('year')} ${part('hour')}${sep}${part('minute')}${sep}${part('second')} ${zoneAbbr}`;
}
