import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { IdParams, Ok } from '../../../domain/contracts/common.js';
import { User, UserInvite, UserList, UserListQuery, UserUpdate } from '../../../domain/contracts/users.js';
import { withRole } from '../../lib/policy.js';
import { getUser, inviteUser, listUsers, resendInvite, unlockUser, updateUser } from './users.service.js';

const admin = withRole('admin');

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, mailer, env } = app.deps;
  const db = database.db;
  const deps = { db, mailer, publicUrl: env.publicUrl };
  const tags = ['users'];

  app.get('/users', { config: { policy: admin }, schema: { tags, querystring: UserListQuery, response: { 200: UserList } } }, async (req) =>
    listUsers(db, req.actor!, req.query),
  );
  app.post('/users', { config: { policy: admin }, schema: { tags, body: UserInvite, response: { 201: User } } }, async (req, reply) =>
    reply.status(201).send(await inviteUser(deps, req.actor!, req.body, req.lang, req.id)),
  );
  app.get('/users/:id', { config: { policy: admin }, schema: { tags, params: IdParams, response: { 200: User } } }, async (req) =>
    getUser(db, req.actor!, req.params.id),
  );
  app.patch('/users/:id', { config: { policy: admin }, schema: { tags, params: IdParams, body: UserUpdate, response: { 200: User } } }, async (req) =>
    updateUser(db, req.actor!, req.params.id, req.body, req.id),
  );
  app.post('/users/:id/resend-invite', { config: { policy: admin }, schema: { tags, params: IdParams, response: { 200: Ok } } }, async (req) => {
    await resendInvite(deps, req.actor!, req.params.id, req.lang, req.id);
    return { ok: true as const };
  });
  app.post('/users/:id/unlock', { config: { policy: admin }, schema: { tags, params: IdParams, response: { 200: User } } }, async (req) =>
    unlockUser(db, req.actor!, req.params.id, req.id),
  );
};
