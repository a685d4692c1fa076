/**
 * The live countdown of the public portal (`<time data-countdown="…">`): the time left until an
 * instant, worded in the page's language. The server renders the first text with the same
 * function, so the page reads the same without JavaScript (frozen at the moment it was served).
 */
export type CountdownParts = { days: number; hours: number; minutes: number; seconds: number; done: boolean };

/** The whole days, hours, minutes and seconds from `now` to `target` (both in ms); `done` at or after it. */
export function countdownParts(target: number, now: number): CountdownParts {
  const left = Math.floor((target - now) / 1000);
  if (!Number.isFinite(left) || left <= 0) return { days: 0, hours: 0, minutes: 0, seconds: 0, done: true };
  return {
    days: Math.floor(left / 86_400),
    hours: Math.floor((left % 86_400) / 3600),
    minutes: Math.floor((left % 3600) / 60),
    seconds: left % 60,
    done: false,
  };
}

const two = (n: number) => String(n).padStart(2, '0');

/** What the countdown says when it reaches zero, unless the page names its own text. */
const countdownDone = { id: 'ditutup', en: 'closed' } as const;

/**
 * "3 hari 04:12:09 lagi" / "3 days 04:12:09 left"; without days just "04:12:09 lagi"; at zero
 * `done` (default "ditutup" / "closed"). Any language other than English gets Indonesian, like the
 * rest of the portal.
 */
export function formatCountdown(parts: CountdownParts, lang: string, done?: string): string {
  const en = lang.toLowerCase().startsWith('en');
  if (parts.done) return done ?? (en ? countdownDone.en : countdownDone.id);
  const clock = `${two(parts.hours)}:${two(parts.minutes)}:${two(parts.seconds)}`;
  const days = parts.days === 0 ? '' : en ? `${parts.days} ${parts.days === 1 ? 'day' : 'days'} ` : `${parts.days} hari `;
  return en ? `${days}${clock} left` : `${days}${clock} lagi`;
}

/** The text for an ISO instant (the attribute's value); null when it is not a valid instant. */
export function countdownText(iso: string, now: number, lang: string, done?: string): string | null {
  const target = Date.parse(iso);
  if (Number.isNaN(target)) return null;
  return formatCountdown(countdownParts(target, now), lang, done);
}
