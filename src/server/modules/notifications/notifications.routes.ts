import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Ok } from '../../../domain/contracts/common.js';
import { NotificationList, NotificationsRead } from '../../../domain/contracts/review.js';
import { signedIn } from '../../lib/policy.js';
import { listNotifications, markRead } from './notifications.service.js';

/** Every signed-in account reads and clears only its own notifications. */
export const notificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.deps.database;
  const tags = ['notifications'];
  app.get('/notifications', { config: { policy: signedIn }, schema: { tags, response: { 200: NotificationList } } }, async (req) => listNotifications(db, req.actor!, req.t));
  app.post('/notifications/read', { config: { policy: signedIn }, schema: { tags, body: NotificationsRead, response: { 200: Ok } } }, async (req) => {
    await markRead(db, req.actor!, req.body.ids);
    return { ok: true as const };
  });
};
