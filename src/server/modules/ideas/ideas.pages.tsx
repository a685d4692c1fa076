import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { maskPersonalData } from '../../../domain/portal/personal-data.js';
import { anyone } from '../../lib/policy.js';
import { portalRegion } from '../portal/portal-region.js';
import { sendPage } from '../portal/render.js';
import { getPublicIdea, ideaSorts, ideasPerPage, listPublicIdeas, visitorState, type PublicIdeaQuery } from './ideas.public.js';
import { IdeaNotFoundView, IdeasIndexView, IdeaView, ideasHref } from './ideas.views.js';

/**
 * The address is the visitor's: anything odd in it falls back to the default rather than
 * answering an error page (a shared link with a stale `page=` still shows the list).
 */
const ListQuery = z.object({
  q: z.string().trim().max(200).catch(''),
  urut: z.enum(ideaSorts).catch('terbaru'),
  halaman: z.coerce.number().int().min(1).max(10_000).catch(1),
});

/** `/ide?q=…&urut=dukungan&halaman=2`: the portal's Indonesian parameter names, as the catalogue's. */
function parseListQuery(raw: unknown): PublicIdeaQuery {
  const input = raw && typeof raw === 'object' ? raw : {};
  const { q, urut, halaman } = ListQuery.parse({ q: '', urut: 'terbaru', halaman: 1, ...input });
  return { q, sort: urut, page: halaman };
}

const excerpt = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Public pages: /ide (the idea bank), /ide/:id (one idea). */
export const ideaPages: FastifyPluginAsyncZod = async (app) => {
  // `anyone` loads the signed-in visitor (if any): the page then offers the comment form.
  const page = { schema: { hide: true }, config: { policy: anyone } } as const;

  app.get('/ide', page, async (req, reply) => {
    const query = parseListQuery(req.query);
    const db = req.server.deps.database.db;
    const region = await portalRegion(db);
    const result = region ? await listPublicIdeas(db, region.id, query) : { items: [], total: 0, page: query.page, pageSize: ideasPerPage };
    const description = region ? req.t('portal.ideas.description', { region: region.name }) : req.t('portal.ideas.descriptionNoRegion');
    return sendPage(
      req,
      reply,
      // Search results and later pages are not worth indexing; the first page is the canonical one.
      { title: req.t('portal.ideas.title'), description, path: ideasHref(query), noindex: Boolean(query.q) || query.page > 1 },
      (ctx) => <IdeasIndexView ctx={ctx} result={result} query={query} signedIn={Boolean(req.actor)} />,
    );
  });

  app.get('/ide/:id', page, async (req, reply) => {
    const { id } = req.params as { id: string };
    const db = req.server.deps.database.db;
    const region = await portalRegion(db);
    const idea = region ? await getPublicIdea(db, region.id, id) : null;
    if (!idea) {
      return sendPage(
        req,
        reply,
        { title: req.t('portal.ideas.notFound.title'), description: req.t('portal.ideas.notFound.body'), path: `/ide/${encodeURIComponent(id)}`, noindex: true, status: 404 },
        (ctx) => <IdeaNotFoundView ctx={ctx} />,
      );
    }
    const state = req.actor ? await visitorState(db, req.actor.userId, idea.id) : { supported: false, following: false };
    return sendPage(
      req,
      reply,
      // Masked again once the line breaks are gone: a number split over two lines is one number here.
      { title: idea.title, description: excerpt(maskPersonalData(idea.problem.replace(/\s+/g, ' '))), path: `/ide/${idea.id}`, type: 'article' },
      (ctx) => <IdeaView ctx={ctx} idea={idea} visitor={{ signedIn: Boolean(req.actor), own: req.actor?.userId === idea.authorId, ...state }} />,
    );
  });
};
