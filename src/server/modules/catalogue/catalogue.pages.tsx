import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { catalogueHref, parseCatalogueQuery } from '../../../domain/portal/catalogue-query.js';
import { sendAttachment } from '../../lib/http-files.js';
import { anyone } from '../../lib/policy.js';
import { sendNotFound, sendPage } from '../portal/render.js';
import { publicInnovation, publicVideoFile, searchCatalogue, summarise } from './catalogue.query.js';
import { CatalogueView, chosenFilterLabels, InnovationView } from './catalogue.views.js';
import { openDataPages } from './open-data.pages.js';

/** Public pages: /inovasi, /inovasi/:slug; open data, statistics, sitemap and robots come from open-data.pages. */
export const cataloguePages: FastifyPluginAsyncZod = async (app) => {
  // `anyone` loads the signed-in visitor, if any (the follow button's fallback depends on it).
  const page = { schema: { hide: true }, config: { policy: anyone } } as const;
  const { db } = app.deps.database;

  app.get('/inovasi', page, async (req, reply) => {
    const query = parseCatalogueQuery(req.query as Record<string, unknown>);
    const result = await searchCatalogue(db, query);
    const t = req.t;
    const filters = chosenFilterLabels(query, result.facets);
    let title = query.q ? t('portal.catalogue.searchTitle', { q: query.q }) : filters.length ? t('portal.catalogue.filteredTitle', { filters: filters.join(', ') }) : t('portal.catalogue.title');
    if (query.halaman > 1) title = t('portal.catalogue.pageTitle', { title, page: query.halaman });
    const description = query.q ? t('portal.catalogue.searchDescription', { q: query.q }) : t('portal.catalogue.description');
    return sendPage(
      req,
      reply,
      // Search results and later pages are not worth indexing; filtered first pages are real landing pages.
      { title, description, path: catalogueHref(query), noindex: Boolean(query.q) || query.halaman > 1 },
      (ctx) => <CatalogueView ctx={ctx} query={query} result={result} title={title} />,
    );
  });

  app.get('/inovasi/:slug', page, async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const item = await publicInnovation(db, slug);
    if (!item) return sendNotFound(req, reply);
    const description = summarise(item.goal ?? item.benefits ?? item.name, 160);
    return sendPage(req, reply, { title: item.name, description, path: `/inovasi/${item.slug}`, type: 'article' }, (ctx) => (
      <InnovationView ctx={ctx} item={item} signedIn={Boolean(req.actor)} />
    ));
  });

  // A stored video file is public only while its innovation is published.
  app.get('/inovasi/:slug/video', page, async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const file = await publicVideoFile(db, slug);
    if (!file) return sendNotFound(req, reply);
    return sendAttachment(reply, { mime: file.mime, name: file.name, size: file.size }, await app.deps.storage.get(file.storageKey));
  });

  await app.register(openDataPages);
};
