import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { rssFeed } from '../../../domain/portal/rss.js';
import { portalRegion } from '../portal/portal-region.js';
import { Pager, sendNotFound, sendPage } from '../portal/render.js';
import { latestAnnouncements, publishedAnnouncement, publishedAnnouncements } from './announcements.public.js';
import { AnnouncementArticle, AnnouncementCard, excerpt } from './announcements.views.js';

const perPage = 20;
const feedSize = 20;
const slugRe = /^[a-z0-9-]{1,100}$/;

/** `?halaman=` read forgivingly: anything that is not a sane page number is page 1. */
function pageOf(query: unknown): number {
  const raw = (query as Record<string, unknown> | undefined)?.halaman;
  const n = typeof raw === 'string' && /^\d{1,5}$/.test(raw) ? Number(raw) : 1;
  return n >= 1 ? n : 1;
}

/** Public pages: /pengumuman, /pengumuman/:slug, /pengumuman/rss.xml. */
export const announcementPages: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const hide = { hide: true };

  app.get('/pengumuman', { schema: hide }, async (req, reply) => {
    const region = await portalRegion(db);
    const page = pageOf(req.query);
    const { items, total } = region ? await publishedAnnouncements(db, region.id, page, perPage) : { items: [], total: 0 };
    const pages = Math.max(1, Math.ceil(total / perPage));
    const path = page > 1 ? `/pengumuman?halaman=${page}` : '/pengumuman';
    return sendPage(
      req,
      reply,
      { title: req.t('portal.announcements.title'), description: req.t('portal.announcements.description', { region: region?.name ?? '' }), path, noindex: page > 1 || page > pages },
      (ctx) => (
        <>
          <h1>{ctx.t('portal.announcements.title')}</h1>
          {region ? <p className="lead">{ctx.t('portal.announcements.lead', { body: region.bodyName })}</p> : null}
          <p>
            <a href="/pengumuman/rss.xml">{ctx.t('portal.announcements.feed')}</a>
          </p>
          {items.length ? (
            <ul className="cards">
              {items.map((a) => (
                <AnnouncementCard key={a.slug} ctx={ctx} a={a} level={2} />
              ))}
            </ul>
          ) : (
            <p className="notice">{ctx.t('portal.announcements.empty')}</p>
          )}
          <Pager t={ctx.t} page={page} pages={pages} href={(p) => (p > 1 ? `/pengumuman?halaman=${p}` : '/pengumuman')} />
        </>
      ),
    );
  });

  app.get('/pengumuman/rss.xml', { schema: hide }, async (req, reply) => {
    const region = await portalRegion(db);
    const base = app.deps.env.publicUrl.replace(/\/$/, '');
    const items = region ? await latestAnnouncements(db, region.id, feedSize) : [];
    const name = region?.name ?? req.t('portal.title');
    const xml = rssFeed(
      {
        title: req.t('portal.announcements.feedTitle', { region: name }),
        link: `${base}/pengumuman`,
        description: req.t('portal.announcements.description', { region: name }),
        language: req.lang,
        selfLink: `${base}/pengumuman/rss.xml`,
      },
      items.map((a) => ({
        title: a.title,
        link: `${base}/pengumuman/${a.slug}`,
        description: excerpt(a, 500),
        publishedAt: a.publishedAt,
        category: req.t(`portal.announcements.kinds.${a.kind}`),
      })),
    );
    return reply
      .header('content-type', 'application/rss+xml; charset=utf-8')
      .header('cache-control', 'public, max-age=300')
      .header('vary', 'accept-language, cookie')
      .header('x-content-type-options', 'nosniff')
      .send(xml);
  });

  app.get('/pengumuman/:slug', { schema: hide }, async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const region = await portalRegion(db);
    const a = region && slugRe.test(slug) ? await publishedAnnouncement(db, region.id, slug) : null;
    if (!a) return sendNotFound(req, reply);
    return sendPage(req, reply, { title: a.title, description: excerpt(a, 160), path: `/pengumuman/${a.slug}`, type: 'article' }, (ctx) => <AnnouncementArticle ctx={ctx} a={a} />);
  });
};
