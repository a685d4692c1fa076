import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { anyone } from '../../lib/policy.js';
import { portalRegion } from '../portal/portal-region.js';
import { sendNotFound, sendPage } from '../portal/render.js';
import { publicContest, publicContests } from './contests.public.js';
import { ContestsIndexView, ContestView } from './contests.views.js';

const excerpt = (text: string, max = 160) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/** Public pages: /lomba and /lomba/<slug>. */
export const contestPages: FastifyPluginAsyncZod = async (app) => {
  // `anyone` loads the signed-in visitor (if any): the "Ikut lomba" button then skips the sign-in.
  const page = { schema: { hide: true }, config: { policy: anyone } } as const;

  app.get('/lomba', page, async (req, reply) => {
    const db = req.server.deps.database.db;
    const region = await portalRegion(db);
    const groups = region ? await publicContests(db, region.id, new Date()) : { open: [], upcoming: [], closed: [] };
    return sendPage(req, reply, { title: req.t('portal.contests.title'), description: req.t('portal.contests.description', { region: region?.name ?? '' }), path: '/lomba' }, (ctx) => (
      <ContestsIndexView ctx={ctx} groups={groups} />
    ));
  });

  app.get('/lomba/:slug', page, async (req, reply) => {
    const { slug } = req.params as { slug: string };
    const db = req.server.deps.database.db;
    const region = await portalRegion(db);
    const contest = region ? await publicContest(db, region.id, slug, new Date()) : null;
    if (!contest) return sendNotFound(req, reply);
    const description = excerpt((contest.description ?? contest.name).replace(/\s+/g, ' '));
    return sendPage(req, reply, { title: contest.name, description, path: `/lomba/${encodeURIComponent(contest.slug)}`, type: 'article' }, (ctx) => (
      <ContestView ctx={ctx} contest={contest} signedIn={Boolean(req.actor)} />
    ));
  });
};
