import { Countdown } from '../portal/countdown.js';
import { formatInstant } from '../portal/format.js';
import type { PageContext } from '../portal/render.js';
import { paragraphsOf, type PublicAnnouncement } from './announcements.public.js';

/** The summary, or the body's opening cut at a word (about two lines on a phone). */
export function excerpt(a: PublicAnnouncement, max = 200): string {
  const text = a.summary?.trim() || a.body.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max * 0.6)).trimEnd()}…`;
}

/** When and where a sosialisasi happens, with a countdown while it is still ahead. */
function EventFacts({ ctx, a }: { ctx: PageContext; a: PublicAnnouncement }) {
  if (a.kind !== 'sosialisasi' || !a.eventStartsAt) return null;
  const { t } = ctx;
  const ahead = a.eventStartsAt.getTime() > Date.now();
  return (
    <dl className="facts">
      <div>
        <dt>{t('portal.announcements.when')}</dt>
        <dd>
          <time dateTime={a.eventStartsAt.toISOString()}>{formatInstant(a.eventStartsAt, ctx.lang, ctx.zone, true)}</time>
          {ahead ? (
            <>
              {' · '}
              <Countdown ctx={ctx} at={a.eventStartsAt} done={t('portal.announcements.started')} />
            </>
          ) : null}
        </dd>
      </div>
      {a.eventPlace ? (
        <div>
          <dt>{t('portal.announcements.where')}</dt>
          <dd>{a.eventPlace}</dd>
        </div>
      ) : null}
    </dl>
  );
}

/** One announcement in a list (home page, /pengumuman). */
export function AnnouncementCard({ ctx, a, level = 3 }: { ctx: PageContext; a: PublicAnnouncement; level?: 2 | 3 }) {
  const { t } = ctx;
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <li className="card">
      <p className="card-meta">
        <span className={`badge badge-${a.kind}`}>{t(`portal.announcements.kinds.${a.kind}`)}</span>{' '}
        <time dateTime={a.publishedAt.toISOString()}>{formatInstant(a.publishedAt, ctx.lang, ctx.zone)}</time>
      </p>
      <Heading>
        <a href={`/pengumuman/${a.slug}`}>{a.title}</a>
      </Heading>
      <EventFacts ctx={ctx} a={a} />
      <p>{excerpt(a)}</p>
    </li>
  );
}

/** The whole announcement: heading, kind and date, the event's facts, the body's paragraphs. */
export function AnnouncementArticle({ ctx, a }: { ctx: PageContext; a: PublicAnnouncement }) {
  const { t } = ctx;
  return (
    <article className="article">
      <p>
        <a href="/pengumuman">← {t('portal.announcements.back')}</a>
      </p>
      <h1>{a.title}</h1>
      <p className="card-meta">
        <span className={`badge badge-${a.kind}`}>{t(`portal.announcements.kinds.${a.kind}`)}</span>{' '}
        <time dateTime={a.publishedAt.toISOString()}>{t('portal.announcements.publishedOn', { date: formatInstant(a.publishedAt, ctx.lang, ctx.zone) })}</time>
      </p>
      {a.summary ? <p className="lead">{a.summary}</p> : null}
      <EventFacts ctx={ctx} a={a} />
      {paragraphsOf(a.body).map((lines, i) => (
        <p key={i}>
          {lines.map((line, j) => (
            <span key={j}>
              {j > 0 ? <br /> : null}
              {line}
            </span>
          ))}
        </p>
      ))}
    </article>
  );
}
