import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { Me } from '../../../domain/contracts/auth.js';
import { CitizenRegisterInput, CitizenVerifyInput, Follow, FollowInput, FollowList, FollowParams, PrivacyNotice, ResendVerificationInput } from '../../../domain/contracts/citizens.js';
import { Ok } from '../../../domain/contracts/common.js';
import { anyone, signedIn } from '../../lib/policy.js';
import { describeMe } from '../auth/auth.service.js';
import { privacyNotice, registerCitizen, resendVerification, verifyEmail } from './citizens.service.js';
import { follow, listFollows, unfollow } from './follows.service.js';

/** API: citizen self-registration, e-mail verification, follows. */
export const citizenRoutes: FastifyPluginAsyncZod = async (app) => {
  const { env, database, mailer } = app.deps;
  const db = database.db;
  const deps = { db, mailer, publicUrl: env.publicUrl };
  // Registration and mail-sending endpoints are limited like sign-in: they cost a hash and a mail.
  const limited = { max: env.signInLimitPerMinute, timeWindow: '1 minute' };
  const tags = ['citizens'];

  app.get('/citizens/privacy', { config: { policy: anyone }, schema: { tags, response: { 200: PrivacyNotice } } }, async (req) => privacyNotice(db, req.t));

  app.post('/citizens/register', { config: { policy: anyone, rateLimit: limited }, schema: { tags, body: CitizenRegisterInput, response: { 200: Ok } } }, async (req) => {
    await registerCitizen(deps, req.body, req.lang, req.id);
    return { ok: true as const };
  });

  app.post('/citizens/verify', { config: { policy: anyone, rateLimit: limited }, schema: { tags, body: CitizenVerifyInput, response: { 200: Me } } }, async (req) => {
    const actor = await verifyEmail(db, req.body.token, req.id);
    await req.session.regenerate(); // a fresh session id on sign-in: no session fixation
    req.session.set('userId', actor.userId);
    return describeMe(db, actor);
  });

  app.post('/citizens/resend-verification', { config: { policy: anyone, rateLimit: limited }, schema: { tags, body: ResendVerificationInput, response: { 200: Ok } } }, async (req) => {
    await resendVerification(deps, req.body.email, req.lang, req.id);
    return { ok: true as const };
  });

  app.get('/follows', { config: { policy: signedIn }, schema: { tags, response: { 200: FollowList } } }, async (req) => listFollows(db, req.actor!));

  app.post('/follows', { config: { policy: signedIn }, schema: { tags, body: FollowInput, response: { 200: Follow } } }, async (req) => follow(db, req.actor!, req.body));

  app.delete('/follows/:subject/:subjectId', { config: { policy: signedIn }, schema: { tags, params: FollowParams, response: { 200: Ok } } }, async (req) => {
    await unfollow(db, req.actor!, req.params.subject, req.params.subjectId);
    return { ok: true as const };
  });
};
