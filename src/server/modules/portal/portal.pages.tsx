import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { PublicInnovationCard } from '../../../domain/contracts/catalogue.js';
import { latestAnnouncements, upcomingEvents, type PublicAnnouncement } from '../announcements/announcements.public.js';
import { AnnouncementCard } from '../announcements/announcements.views.js';
import { searchCatalogue } from '../catalogue/catalogue.query.js';
import { countPublicIdeas } from '../ideas/ideas.public.js';
import { openContests, type OpenContest } from '../contests/contests.public.js';
import { safeReturnPath } from '../../../domain/portal/return-path.js';
import { Countdown } from './countdown.js';
import { portalRegion } from './portal-region.js';
import { sendPage, type PageContext } from './render.js';

type Home = {
  figures: { innovations: number; units: number; ideas: number };
  featured: PublicInnovationCard[];
  contests: OpenContest[];
  news: PublicAnnouncement[];
  events: PublicAnnouncement[];
};

function Figures({ ctx, figures }: { ctx: PageContext; figures: Home['figures'] }) {
  const { t, lang } = ctx;
  const n = (v: number) => v.toLocaleString(lang === 'en' ? 'en-GB' : 'id-ID');
  return (
    <section aria-labelledby="angka">
      <h2 id="angka">{t('portal.home.figures.title')}</h2>
      <ul className="stats">
        <li>
          <strong>{n(figures.innovations)}</strong> <span>{t('portal.home.figures.innovations')}</span>
        </li>
        <li>
          <strong>{n(figures.units)}</strong> <span>{t('portal.home.figures.units')}</span>
        </li>
        <li>
          <strong>{n(figures.ideas)}</strong> <span>{t('portal.home.figures.ideas')}</span>
        </li>
      </ul>
      <p className="muted">
        <a href="/statistik">{t('portal.home.figures.iid')}</a>
      </p>
    </section>
  );
}

function Featured({ ctx, items }: { ctx: PageContext; items: PublicInnovationCard[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="inovasi-terbaru">
      <h2 id="inovasi-terbaru">{t('portal.home.featured.title')}</h2>
      {items.length ? (
        <ul className="cards grid">
          {items.map((i) => (
            <li key={i.id} className="card">
              <p className="card-meta">
                <span className="badge">{i.stageLabel}</span> {i.affairLabel ? <span className="muted">{i.affairLabel}</span> : null}
              </p>
              <h3>
                <a href={`/inovasi/${i.slug}`}>{i.name}</a>
              </h3>
              <p className="muted">
                {i.unitName} · {i.year}
              </p>
              {i.summary ? <p>{i.summary}</p> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">{t('portal.home.featured.empty')}</p>
      )}
      <p>
        <a className="more" href="/inovasi">
          {t('portal.home.featured.all')}
        </a>
      </p>
    </section>
  );
}

function Contests({ ctx, items }: { ctx: PageContext; items: OpenContest[] }) {
  const { t } = ctx;
  return (
    <section aria-labelledby="lomba">
      <h2 id="lomba">{t('portal.home.contests.title')}</h2>
      {items.length ? (
        <ul className="cards">
          {items.map((c) => (
            <li key={c.href} className="card">
              <h3>
                <a href={c.href}>{c.title}</a>
              </h3>
              <p>
                <span className="muted">{t('portal.home.contests.closesIn')}</span> <Countdown ctx={ctx} at={c.closesAt} />
              </p>
            </li>
          ))}
        </ul>
      ) : (
        <p className="notice">{t('portal.home.contests.empty')}</p>
      )}
      <p>
        <a className="more" href="/lomba">
          {t('portal.home.contests.all')}
        </a>
      </p>
    </section>
  );
}

function News({ ctx, news, events }: { ctx: PageContext; news: PublicAnnouncement[]; events: PublicAnnouncement[] }) {
  const { t } = ctx;
  return (
    <>
      <section aria-labelledby="sosialisasi">
        <h2 id="sosialisasi">{t('portal.home.events.title')}</h2>
        {events.length ? (
          <ul className="cards">
            {events.map((a) => (
              <AnnouncementCard key={a.slug} ctx={ctx} a={a} />
            ))}
          </ul>
        ) : (
          <p className="notice">{t('portal.home.events.empty')}</p>
        )}
      </section>
      <section aria-labelledby="pengumuman">
        <h2 id="pengumuman">{t('portal.home.news.title')}</h2>
        {news.length ? (
          <ul className="cards">
            {news.map((a) => (
              <AnnouncementCard key={a.slug} ctx={ctx} a={a} />
            ))}
          </ul>
        ) : (
          <p className="notice">{t('portal.home.news.empty')}</p>
        )}
        <p>
          <a className="more" href="/pengumuman">
            {t('portal.home.news.all')}
          </a>{' '}
          · <a href="/pengumuman/rss.xml">{t('portal.announcements.feed')}</a>
        </p>
      </section>
    </>
  );
}

/** Public pages: / (home) and /bahasa (language switch); /lomba lives with the contests. */
export const portalPages: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const hide = { hide: true };

  app.get('/', { schema: hide }, async (req, reply) => {
    const region = await portalRegion(db);
    let home: Home | null = null;
    if (region) {
      const [catalogue, ideas, news, events, contests] = await Promise.all([
        // Cached by the catalogue for a minute: the figures and the newest cards in one query set.
        searchCatalogue(db, { halaman: 1, urut: 'terbaru', wilayah: region.id }),
        countPublicIdeas(db, region.id),
        latestAnnouncements(db, region.id, 3),
        upcomingEvents(db, region.id, new Date(), 3),
        openContests(db, region.id, new Date()),
      ]);
      home = {
        figures: { innovations: catalogue.total, units: catalogue.facets.unit.length, ideas },
        featured: catalogue.items.slice(0, 6),
        contests,
        news,
        events,
      };
    }
    const title = region ? req.t('portal.siteName', { region: region.name }) : req.t('portal.title');
    return sendPage(req, reply, { title, description: req.t('portal.home.description', { region: region?.name ?? '' }), path: '/' }, (ctx) => (
      <>
        <section className="hero">
          <h1>{region ? region.name : ctx.t('portal.title')}</h1>
          {region ? <p className="muted">{region.bodyName}</p> : null}
          <p className="lead">{region ? ctx.t('portal.home.lead', { region: region.name }) : ctx.t('portal.home.notReady')}</p>
          <form className="search" action="/inovasi" method="get" role="search">
            <label htmlFor="cari">{ctx.t('portal.home.searchLabel')}</label>
            <div className="search-row">
              <input id="cari" type="search" name="q" placeholder={ctx.t('portal.home.searchPlaceholder')} />
              <button type="submit" className="button">
                {ctx.t('portal.home.searchButton')}
              </button>
            </div>
          </form>
        </section>
        {home ? (
          <>
            <Figures ctx={ctx} figures={home.figures} />
            <Featured ctx={ctx} items={home.featured} />
            <Contests ctx={ctx} items={home.contests} />
            <News ctx={ctx} news={home.news} events={home.events} />
            <section aria-labelledby="ide" className="callout">
              <h2 id="ide">{ctx.t('portal.home.ideas.title')}</h2>
              <p>{ctx.t('portal.home.ideas.text')}</p>
              <p>
                <a className="button" href="/ide">
                  {ctx.t('portal.home.ideas.action')}
                </a>
              </p>
            </section>
          </>
        ) : null}
      </>
    ));
  });

  // The language switch: a link, so it works without JavaScript; the cookie is read by app.ts.
  app.get('/bahasa', { schema: hide }, async (req, reply) => {
    const query = (req.query ?? {}) as Record<string, unknown>;
    const lang = query.ke === 'en' || query.ke === 'id' ? query.ke : null;
    if (lang) reply.setCookie('lumbung_lang', lang, { path: '/', maxAge: 365 * 86_400, sameSite: 'lax' });
    return reply.header('cache-control', 'no-store').redirect(safeReturnPath(query.kembali), 303);
  });
};

