import { countdownText } from '../../../domain/portal/countdown.js';
import type { PageContext } from './render.js';
import { formatInstant } from './format.js';

/**
 * A live countdown (`<time data-countdown>`): the server writes the text as of now, the portal
 * script keeps it running. `done` replaces "ditutup"/"closed" at zero (an event "has started").
 * The exact moment is in the title and `datetime`, for readers who want the date, not the clock.
 */
export function Countdown({ ctx, at, done }: { ctx: PageContext; at: Date; done?: string }) {
  const iso = at.toISOString();
  return (
    <time className="countdown" dateTime={iso} data-countdown={iso} data-countdown-done={done} title={formatInstant(at, ctx.lang, ctx.zone, true)}>
      {countdownText(iso, Date.now(), ctx.lang, done)}
    </time>
  );
}
