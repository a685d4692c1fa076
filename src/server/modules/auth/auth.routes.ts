import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { CsrfToken, ForgotPasswordInput, Me, SetPasswordInput, SignInInput } from '../../../domain/contracts/auth.js';
import { Ok } from '../../../domain/contracts/common.js';
import { anyone, signedIn } from '../../lib/policy.js';
import { demoAccounts, DEMO_PASSWORD } from '../demo/demo.seed.js';
import { describeMe, requestPasswordReset, setPasswordWithToken, signIn } from './auth.service.js';

const DemoAccounts = z.object({ accounts: z.array(z.object({ email: z.string(), role: z.string() })), password: z.string().optional() });

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { env, database, mailer } = app.deps;
  const db = database.db;
  const limited = { max: env.signInLimitPerMinute, timeWindow: '1 minute' };
  const tags = ['auth'];

  app.get('/auth/csrf', { config: { policy: anyone }, schema: { tags, response: { 200: CsrfToken } } }, async (_req, reply) => ({
    token: reply.generateCsrf(),
  }));

  app.post('/auth/sign-in', { config: { policy: anyone, rateLimit: limited }, schema: { tags, body: SignInInput, response: { 200: Me } } }, async (req) => {
    const actor = await signIn(db, { ...req.body, requestId: req.id });
    await req.session.regenerate(); // a fresh session id on sign-in: no session fixation
    req.session.set('userId', actor.userId);
    return describeMe(db, actor);
  });

  app.post('/auth/sign-out', { config: { policy: anyone }, schema: { tags, response: { 200: Ok } } }, async (req) => {
    await req.session.destroy();
    return { ok: true as const };
  });

  app.get('/auth/me', { config: { policy: signedIn }, schema: { tags, response: { 200: Me } } }, async (req) => describeMe(db, req.actor!));

  app.post('/auth/forgot-password', { config: { policy: anyone, rateLimit: limited }, schema: { tags, body: ForgotPasswordInput, response: { 200: Ok } } }, async (req) => {
    await requestPasswordReset({ db, mailer, publicUrl: env.publicUrl }, req.body.email, req.lang, req.id);
    return { ok: true as const };
  });

  app.post('/auth/set-password', { config: { policy: anyone, rateLimit: limited }, schema: { tags, body: SetPasswordInput, response: { 200: Ok } } }, async (req) => {
    await setPasswordWithToken(db, { ...req.body, requestId: req.id });
    await req.session.regenerate();
    return { ok: true as const };
  });

  app.get('/auth/demo-accounts', { config: { policy: anyone }, schema: { tags, response: { 200: DemoAccounts } } }, async () =>
    env.demo ? { accounts: demoAccounts(), password: DEMO_PASSWORD } : { accounts: [] },
  );
};
