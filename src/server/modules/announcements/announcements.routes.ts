import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Announcement, AnnouncementInput, AnnouncementList, AnnouncementListQuery, AnnouncementPublishInput } from '../../../domain/contracts/announcements.js';
import { IdParams } from '../../../domain/contracts/common.js';
import { withRole } from '../../lib/policy.js';
import { createAnnouncement, deleteAnnouncement, getAnnouncement, listAnnouncements, publishAnnouncement, updateAnnouncement } from './announcements.service.js';

/** Admins write the region's announcements; everyone reads the published ones on the portal (announcements.pages.tsx). */
const canManage = withRole('admin');

/** API: announcements (admin). */
export const announcementRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const tags = ['announcements'];

  app.get('/announcements', { config: { policy: canManage }, schema: { tags, querystring: AnnouncementListQuery, response: { 200: AnnouncementList } } }, async (req) =>
    listAnnouncements(db, req.actor!, req.query),
  );
  app.post('/announcements', { config: { policy: canManage }, schema: { tags, body: AnnouncementInput, response: { 201: Announcement } } }, async (req, reply) =>
    reply.status(201).send(await createAnnouncement(db, req.actor!, req.body, req.id)),
  );
  app.get('/announcements/:id', { config: { policy: canManage }, schema: { tags, params: IdParams, response: { 200: Announcement } } }, async (req) =>
    getAnnouncement(db, req.actor!, req.params.id),
  );
  app.put('/announcements/:id', { config: { policy: canManage }, schema: { tags, params: IdParams, body: AnnouncementInput, response: { 200: Announcement } } }, async (req) =>
    updateAnnouncement(db, req.actor!, req.params.id, req.body, req.id),
  );
  app.put('/announcements/:id/published', { config: { policy: canManage }, schema: { tags, params: IdParams, body: AnnouncementPublishInput, response: { 200: Announcement } } }, async (req) =>
    publishAnnouncement(db, req.actor!, req.params.id, req.body.published, req.id),
  );
  app.delete('/announcements/:id', { config: { policy: canManage }, schema: { tags, params: IdParams } }, async (req, reply) => {
    await deleteAnnouncement(db, req.actor!, req.params.id, req.id);
    return reply.status(204).send();
  });
};
