import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Fragment, type ReactNode } from 'react';
import { and, asc, isNotNull } from 'drizzle-orm';
import { openDataFiles, openDataLicence } from '../../../domain/portal/open-data-columns.js';
import { newestLastmod, robotsTxt, sitemapIndexXml, sitemapLimit, sitemapPart, sitemapPartCount, urlsetXml, type SitemapEntry } from '../../../domain/portal/sitemap.js';
import type { Db } from '../../db/client.js';
import { innovations } from '../../db/schema.js';
import { anyone } from '../../lib/policy.js';
import { publishedAnnouncements } from '../announcements/announcements.public.js';
import { publicIdeaAddresses } from '../ideas/ideas.public.js';
import { publicContestAddresses } from '../contests/contests.public.js';
import { portalPaths } from '../../../domain/navigation.js';
import { portalRegion } from '../portal/portal-region.js';
import { sendPage, type PageContext } from '../portal/render.js';
import { isPublished } from './catalogue.query.js';
import { openDataAttribution, openDataColumnDocs, openDataCsv, openDataJson, publishedCount } from './catalogue.open-data.js';
import { iidHistory, publishedCounts, type IidPoint } from './catalogue.stats.js';
import { StatisticsPage } from './statistics.views.js';

/*
 * Public pages: /statistik, /data (+ /data/inovasi.csv|json), /sitemap.xml (+ /sitemap/<n>.xml
 * when an index is needed), /robots.txt. Hidden from the OpenAPI document (they are pages, not API).
 */

const page = { schema: { hide: true }, config: { policy: anyone } } as const;

/** Places React nodes into a translated sentence at its `{{name}}` placeholders (e.g. a link mid-sentence). */
function withNodes(t: PageContext['t'], key: string, nodes: Record<string, ReactNode>, params: Record<string, string> = {}): ReactNode {
  const marks = Object.fromEntries(Object.keys(nodes).map((name) => [name, `\u0001${name}\u0001`]));
  const text = t(key, { ...params, ...marks });
  return text.split('\u0001').map((part, i) => <Fragment key={i}>{i % 2 === 1 ? (nodes[part] ?? part) : part}</Fragment>);
}

function OpenDataView({ ctx, total, attribution }: { ctx: PageContext; total: number; attribution: string }) {
  const { t, lang } = ctx;
  const docs = openDataColumnDocs(t);
  return (
    <article className="open-data">
      <h1>{t('portal.openData.title')}</h1>
      <p>{t('portal.openData.intro', { n: new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID').format(total) })}</p>

      <h2>{t('portal.openData.whatTitle')}</h2>
      <p>{t('portal.openData.what')}</p>

      <h2>{t('portal.openData.licenceTitle')}</h2>
      <p className="licence">
        {withNodes(t, 'portal.openData.licence', { licence: <a href={openDataLicence.url} rel="license">{openDataLicence.name}</a> }, { attribution })}
      </p>

      <h2>{t('portal.openData.filesTitle')}</h2>
      <ul className="downloads">
        <li>
          <a href={`/data/${openDataFiles.csv}`} download={openDataFiles.csv} type="text/csv">
            {t('portal.openData.csv', { file: openDataFiles.csv })}
          </a>
          <br />
          {t('portal.openData.csvNote')}
        </li>
        <li>
          <a href={`/data/${openDataFiles.json}`} download={openDataFiles.json} type="application/json">
            {t('portal.openData.json', { file: openDataFiles.json })}
          </a>
          <br />
          {t('portal.openData.jsonNote')}
        </li>
      </ul>

      <h2>{t('portal.openData.apiTitle')}</h2>
      <p>
        {withNodes(t, 'portal.openData.api', {
          endpoint: <code>GET /api/public/innovations</code>,
          detail: <code>GET /api/public/innovations/{'{slug}'}</code>,
        })}
      </p>
      <p>
        <a href="/api/docs">{t('portal.openData.apiDocs')}</a>
      </p>

      <h2 id="kolom">{t('portal.openData.columnsTitle')}</h2>
      <div className="table-scroll">
        <table className="columns-table" aria-labelledby="kolom">
          <caption>{t('portal.openData.columnsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('portal.openData.columnHeaders.name')}</th>
              <th scope="col">{t('portal.openData.columnHeaders.type')}</th>
              <th scope="col">{t('portal.openData.columnHeaders.meaning')}</th>
              <th scope="col">{t('portal.openData.columnHeaders.example')}</th>
            </tr>
          </thead>
          <tbody>
            {docs.map((c) => (
              <tr key={c.name}>
                <th scope="row">
                  <code>{c.name}</code>
                </th>
                <td>{t(`portal.openData.types.${c.type}`)}</td>
                <td>{c.meaning}</td>
                <td>
                  <code>{c.example}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </article>
  );
}

/** The open-data files are for anyone and any site; a copy may be kept for five minutes. */
function fileHeaders(reply: FastifyReply, type: string, name: string) {
  return reply
    .header('content-type', type)
    .header('content-disposition', `attachment; filename="${name}"`)
    .header('cache-control', 'public, max-age=300')
    .header('access-control-allow-origin', '*')
    .header('x-content-type-options', 'nosniff');
}

// ---------------------------------------------------------------- sitemap

/** Every public address: the portal's pages, published innovations, public ideas, published announcements and contests. */
async function sitemapEntries(db: Db): Promise<SitemapEntry[]> {
  const entries: SitemapEntry[] = portalPaths.map((path) => ({ path }));
  const published = await db
    .select({ slug: innovations.slug, updatedAt: innovations.updatedAt })
    .from(innovations)
    .where(and(isPublished, isNotNull(innovations.slug)))
    .orderBy(asc(innovations.slug));
  for (const r of published) entries.push({ path: `/inovasi/${r.slug}`, lastmod: r.updatedAt });
  const region = await portalRegion(db);
  if (region) {
    // Through the idea bank's and announcements' own public reads (a module never reads another's tables).
    entries.push(...(await publicIdeaAddresses(db, region.id)));
    const announcements = await publishedAnnouncements(db, region.id, 1, sitemapLimit);
    for (const a of announcements.items) entries.push({ path: `/pengumuman/${a.slug}`, lastmod: a.updatedAt });
    entries.push(...(await publicContestAddresses(db, region.id)));
  }
  return entries;
}

function sendXml(reply: FastifyReply, xml: string) {
  return reply.header('content-type', 'application/xml; charset=utf-8').header('cache-control', 'public, max-age=600').send(xml);
}

export const openDataPages: FastifyPluginAsyncZod = async (app) => {
  const { env, database } = app.deps;
  const db = database.db;

  app.get('/statistik', page, async (req, reply) => {
    const region = await portalRegion(db);
    const counts = await publishedCounts(db);
    let iid: IidPoint[] | null = null;
    if (region) {
      try {
        iid = await iidHistory(db, region);
      } catch (err) {
        // The index is one part of the page: the counts still show when it cannot be computed.
        req.log.warn({ err }, 'IID history for the statistics page failed');
      }
    }
    return sendPage(req, reply, { title: req.t('portal.statistics.title'), description: req.t('portal.statistics.description'), path: '/statistik' }, (ctx) => (
      <StatisticsPage ctx={ctx} counts={counts} iid={iid} />
    ));
  });

  app.get('/data', page, async (req, reply) => {
    const [total, attribution] = await Promise.all([publishedCount(db), openDataAttribution(db)]);
    return sendPage(req, reply, { title: req.t('portal.openData.title'), description: req.t('portal.openData.description'), path: '/data' }, (ctx) => (
      <OpenDataView ctx={ctx} total={total} attribution={attribution} />
    ));
  });

  app.get(`/data/${openDataFiles.csv}`, page, async (_req, reply) => fileHeaders(reply, 'text/csv; charset=utf-8', openDataFiles.csv).send(openDataCsv(db, env.publicUrl)));

  app.get(`/data/${openDataFiles.json}`, page, async (req, reply) => {
    const attribution = await openDataAttribution(db);
    return fileHeaders(reply, 'application/json; charset=utf-8', openDataFiles.json).send(openDataJson(db, env.publicUrl, req.t, attribution));
  });

  // One sitemap while the addresses fit (50,000); beyond that an index of /sitemap/<n>.xml parts.
  app.get('/sitemap.xml', { schema: { hide: true } }, async (_req, reply) => {
    const entries = await sitemapEntries(db);
    if (entries.length <= sitemapLimit) return sendXml(reply, urlsetXml(env.publicUrl, entries));
    const parts = Array.from({ length: sitemapPartCount(entries.length) }, (_, i) => ({
      path: `/sitemap/${i + 1}.xml`,
      lastmod: newestLastmod(sitemapPart(entries, i + 1) ?? []),
    }));
    return sendXml(reply, sitemapIndexXml(env.publicUrl, parts));
  });

  app.get('/sitemap/:part', { schema: { hide: true } }, async (req, reply) => {
    const n = /^(\d{1,4})\.xml$/.exec((req.params as { part: string }).part)?.[1];
    const entries = n ? await sitemapEntries(db) : [];
    const part = n && entries.length > sitemapLimit ? sitemapPart(entries, Number(n)) : null;
    if (!part) return reply.status(404).header('content-type', 'text/plain; charset=utf-8').send('Not found\n');
    return sendXml(reply, urlsetXml(env.publicUrl, part));
  });

  app.get('/robots.txt', { schema: { hide: true } }, async (_req, reply) =>
    reply.header('content-type', 'text/plain; charset=utf-8').header('cache-control', 'public, max-age=3600').send(robotsTxt(env.publicUrl)),
  );
};
