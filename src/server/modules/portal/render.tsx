import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { portalAssets } from './assets.js';
import { portalRegion, type PortalRegion } from './portal-region.js';

/** What a public page says about itself: title, description and address feed the head and Open Graph. */
export type PageMeta = {
  title: string;
  description: string;
  /** The page's own path with its query, e.g. `/inovasi?q=layanan`; the canonical address is built from it. */
  path: string;
  /** An absolute or root-relative image for Open Graph. */
  image?: string;
  /** `article` for one innovation, idea or announcement; `website` otherwise. */
  type?: 'website' | 'article';
  /** Pages that must not be indexed (search results beyond the first page, error pages). */
  noindex?: boolean;
  status?: number;
};

/** `zone`: the portal region's time zone for dates and times on the page (WIB before a region exists). */
export type PageContext = { req: FastifyRequest; region: PortalRegion | null; zone: string; t: FastifyRequest['t']; lang: FastifyRequest['lang'] };

const navItems = [
  { key: 'home', path: '/' },
  { key: 'innovations', path: '/inovasi' },
  { key: 'statistics', path: '/statistik' },
  { key: 'ideas', path: '/ide' },
  { key: 'contests', path: '/lomba' },
  { key: 'data', path: '/data' },
] as const;

function isCurrent(itemPath: string, pagePath: string) {
  const bare = pagePath.split('?')[0]!;
  return itemPath === '/' ? bare === '/' : bare === itemPath || bare.startsWith(`${itemPath}/`);
}

/** The frame of every public page: header with the region and the menu, main, footer. */
export function PortalLayout({ ctx, meta, children }: { ctx: PageContext; meta: PageMeta; children: ReactNode }) {
  const { t, lang, region, req } = ctx;
  const assets = portalAssets();
  const base = req.server.deps.env.publicUrl.replace(/\/$/, '');
  const siteName = region ? t('portal.siteName', { region: region.name }) : t('portal.title');
  const image = meta.image ?? (region?.logoFileId ? `/api/regions/${region.id}/logo` : undefined);
  const signedIn = Boolean(req.session?.get('userId'));
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{meta.title === siteName ? siteName : `${meta.title} · ${siteName}`}</title>
        <meta name="description" content={meta.description} />
        {meta.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={`${base}${meta.path}`} />
        <meta property="og:site_name" content={siteName} />
        <meta property="og:title" content={meta.title} />
        <meta property="og:description" content={meta.description} />
        <meta property="og:type" content={meta.type ?? 'website'} />
        <meta property="og:url" content={`${base}${meta.path}`} />
        <meta property="og:locale" content={lang === 'en' ? 'en_GB' : 'id_ID'} />
        {image ? <meta property="og:image" content={image.startsWith('http') ? image : `${base}${image}`} /> : null}
        <meta name="twitter:card" content="summary" />
        <link rel="alternate" type="application/rss+xml" title={t('portal.rss')} href="/pengumuman/rss.xml" />
        {assets.styles.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {assets.script ? <script type="module" src={assets.script} /> : null}
      </head>
      <body>
        <a className="skip" href="#konten">
          {t('portal.skipToContent')}
        </a>
        <header className="site-header">
          <div className="wrap header-row">
            <a className="brand" href="/">
              {region?.logoFileId ? <img src={`/api/regions/${region.id}/logo`} alt="" width={32} height={32} /> : null}
              <span>{siteName}</span>
            </a>
            <div className="account">
              <a href={`/bahasa?ke=${lang === 'en' ? 'id' : 'en'}&kembali=${encodeURIComponent(meta.path)}`} lang={lang === 'en' ? 'id' : 'en'} hrefLang={lang === 'en' ? 'id' : 'en'}>
                {t('portal.otherLanguage')}
              </a>
              {signedIn ? <a href="/dasbor">{t('portal.dashboard')}</a> : <a href={`/masuk?kembali=${encodeURIComponent(meta.path)}`}>{t('portal.signIn')}</a>}
            </div>
          </div>
          {/* Wraps onto a second line on a phone: every item stays one tap away, without a script. */}
          <nav className="site-nav" aria-label={t('portal.menu')}>
            <ul className="wrap">
              {navItems.map((item) => (
                <li key={item.key}>
                  <a href={item.path} aria-current={isCurrent(item.path, meta.path) ? 'page' : undefined}>
                    {t(`portal.nav.${item.key}`)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        <main id="konten" className="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer className="site-footer">
          <div className="wrap">
            <p>{region ? t('portal.footer.about', { body: region.bodyName }) : t('portal.title')}</p>
            <ul className="inline">
              <li>
                <a href="/pengumuman">{t('portal.footer.announcements')}</a>
              </li>
              <li>
                <a href="/pengumuman/rss.xml">{t('portal.rss')}</a>
              </li>
              <li>
                <a href="/data">{t('portal.nav.data')}</a>
              </li>
              <li>
                <a href="/lomba">{t('portal.nav.contests')}</a>
              </li>
            </ul>
          </div>
        </footer>
      </body>
    </html>
  );
}

export async function pageContext(req: FastifyRequest): Promise<PageContext> {
  const region = await portalRegion(req.server.deps.database.db);
  return { req, region, zone: region?.timeZone ?? 'Asia/Jakarta', t: req.t, lang: req.lang };
}

/**
 * Renders a public page as complete HTML (readable without JavaScript and by search engines).
 * Signed-in visitors get a private copy (the header names their dashboard); everyone else a copy
 * caches may keep for a minute.
 */
export async function sendPage(req: FastifyRequest, reply: FastifyReply, meta: PageMeta, body: (ctx: PageContext) => ReactNode) {
  const ctx = await pageContext(req);
  const html = `<!doctype html>${renderToStaticMarkup(
    <PortalLayout ctx={ctx} meta={meta}>
      {body(ctx)}
    </PortalLayout>,
  )}`;
  const personal = Boolean(req.session?.get('userId'));
  return reply
    .status(meta.status ?? 200)
    .header('content-type', 'text/html; charset=utf-8')
    .header('cache-control', personal ? 'private, no-store' : 'public, max-age=60')
    .header('vary', 'accept-language, cookie')
    .header('x-content-type-options', 'nosniff')
    .send(html);
}

/** The portal's own "not found" page (an unknown slug, a withdrawn announcement): 404, not indexed. */
export function sendNotFound(req: FastifyRequest, reply: FastifyReply) {
  return sendPage(req, reply, { title: req.t('portal.notFound.title'), description: req.t('portal.notFound.text'), path: req.url, noindex: true, status: 404 }, ({ t }) => (
    <section className="not-found">
      <h1>{t('portal.notFound.title')}</h1>
      <p className="lead">{t('portal.notFound.text')}</p>
      <p>
        <a className="button" href="/">
          {t('portal.notFound.home')}
        </a>
      </p>
    </section>
  ));
}

/**
 * Previous / next links for a list page (`?halaman=`), with "page x of y" between them. `href`
 * builds a page's address, so the list keeps its other parameters.
 */
export function Pager({ t, page, pages, href }: { t: PageContext['t']; page: number; pages: number; href: (page: number) => string }) {
  if (pages <= 1) return null;
  return (
    <nav className="pager" aria-label={t('portal.pager.label')}>
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          {t('portal.pager.previous')}
        </a>
      ) : null}
      <span aria-current="page">{t('portal.pager.page', { page, pages })}</span>
      {page < pages ? (
        <a href={href(page + 1)} rel="next">
          {t('portal.pager.next')}
        </a>
      ) : null}
    </nav>
  );
}
