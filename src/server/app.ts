import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import cookie from '@fastify/cookie';
import session from '@fastify/session';
import csrf from '@fastify/csrf-protection';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { safeParse, type $ZodType } from 'zod/v4/core';
import type { TFunction } from 'i18next';
import { pickLanguage, type Language } from '../domain/i18n/index.js';
import type { Database } from './db/client.js';
import type { Env } from './env.js';
import { AppError, handleError, SchemaValidationError } from './lib/errors.js';
import { translator } from './lib/i18n.js';
import type { Mailer } from './lib/mail.js';
import type { Actor } from './lib/policy.js';
import { databaseSessionStore } from './lib/session-store.js';
import type { Storage } from './lib/storage.js';
import { loadActor } from './modules/auth/auth.service.js';
import { authRoutes } from './modules/auth/auth.routes.js';
import { auditRoutes } from './modules/audit/audit.routes.js';
import { healthRoutes } from './modules/health/health.routes.js';
import { mailRoutes } from './modules/mail/mail.routes.js';
import { innovationRoutes } from './modules/innovations/innovations.routes.js';
import { masterDataRoutes } from './modules/master-data/master-data.routes.js';
import { exportRoutes } from './modules/exports/exports.routes.js';
import { letterRoutes } from './modules/letters/letters.routes.js';
import { reportRoutes } from './modules/reports/reports.routes.js';
import { regionAspectRoutes } from './modules/region-aspect/region-aspect.routes.js';
import type { JobDispatch } from './lib/jobs.js';
import { monitoringRoutes } from './modules/monitoring/monitoring.routes.js';
import { notificationRoutes } from './modules/notifications/notifications.routes.js';
import { periodRoutes } from './modules/periods/periods.routes.js';
import { regionRoutes } from './modules/regions/regions.routes.js';
import { reviewRoutes } from './modules/review/review.routes.js';
import { unitRoutes } from './modules/units/units.routes.js';
import { userRoutes } from './modules/users/users.routes.js';
import { portalPages } from './modules/portal/portal.pages.js';
import { cataloguePages } from './modules/catalogue/catalogue.pages.js';
import { catalogueRoutes } from './modules/catalogue/catalogue.routes.js';
import { citizenRoutes } from './modules/citizens/citizens.routes.js';
import { ideaRoutes } from './modules/ideas/ideas.routes.js';
import { ideaPages } from './modules/ideas/ideas.pages.js';
import { labRoutes } from './modules/lab/lab.routes.js';
import { announcementRoutes } from './modules/announcements/announcements.routes.js';
import { announcementPages } from './modules/announcements/announcements.pages.js';
import { contestRoutes } from './modules/contests/contests.routes.js';
import { entryRoutes } from './modules/contests/entries.routes.js';
import { judgingRoutes } from './modules/contests/judging.routes.js';
import { contestPages } from './modules/contests/contests.pages.js';

export type Deps = {
  env: Env;
  database: Database;
  storage: Storage;
  mailer: Mailer;
  sessionSecret: string;
  version: string;
  /** Background work: exports and letters go through it. */
  jobs: JobDispatch;
};

declare module 'fastify' {
  interface FastifyInstance {
    deps: Deps;
  }
  interface FastifyRequest {
    actor: Actor | null;
    lang: Language;
    t: TFunction;
  }
  interface Session {
    userId?: string;
  }
}

export type App = FastifyInstance;
const here = path.dirname(fileURLToPath(import.meta.url));
export const webDist = path.resolve(here, '../../dist/web');
const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A NUL character or half of a surrogate pair: PostgreSQL's text and jsonb refuse both. */
const loneSurrogate = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const unstorable = (text: string) => text.includes('\u0000') || loneSurrogate.test(text);

/** The path of the first string (or key) PostgreSQL cannot store, or null. */
function nulPath(value: unknown, path: PropertyKey[] = []): PropertyKey[] | null {
  if (typeof value === 'string') return unstorable(value) ? path : null;
  if (value === null || typeof value !== 'object') return null;
  for (const [key, item] of Object.entries(value)) {
    if (unstorable(key)) return [...path, key];
    const found = nulPath(item, [...path, Array.isArray(value) ? Number(key) : key]);
    if (found) return found;
  }
  return null;
}

/** Builds the whole app without listening, so tests drive it through `inject` or a real port. */
export async function buildApp(deps: Deps): Promise<App> {
  const app = Fastify({
    logger:
      deps.env.logLevel === 'silent'
        ? false
        : { level: deps.env.logLevel, redact: ['req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'] },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[\w-]{8,64}$/.test(given) ? given : randomUUID();
    },
    trustProxy: deps.env.trustProxy,
    bodyLimit: 1024 * 1024,
    routerOptions: { maxParamLength: 200 },
    // A URL the router cannot read (bad percent-encoding, an over-long id) gets the one error shape too.
    frameworkErrors: (error, request, reply) => {
      request.lang = pickLanguage(request.headers['accept-language']);
      request.t = translator(request.lang);
      reply.header('x-request-id', request.id);
      handleError(error, request, reply);
    },
  }).withTypeProvider<ZodTypeProvider>();

  app.decorate('deps', deps);
  app.decorateRequest('actor', null);
  app.decorateRequest('lang', 'id');
  app.decorateRequest('t', null as unknown as TFunction);

  // Validation keeps zod's raw issues (with the input) so each request gets messages in its language.
  app.setValidatorCompiler(({ schema }) => (data) => {
    // PostgreSQL cannot hold NUL or a lone surrogate: refuse them here rather than fail in the database with a 500.
    const nul = nulPath(data);
    if (nul) return { error: new SchemaValidationError([{ code: 'custom', path: nul, message: 'invalid', input: undefined }]) };
    const result = safeParse(schema as $ZodType, data, { reportInput: true });
    return result.success ? { value: result.data } : { error: new SchemaValidationError(result.error.issues) };
  });
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    if (!request.url.startsWith('/api/') && request.method === 'GET' && fs.existsSync(path.join(webDist, 'index.html'))) {
      return reply.type('text/html').sendFile('index.html');
    }
    handleError(new AppError('NOT_FOUND'), request, reply);
  });

  app.addHook('onRequest', async (request, reply) => {
    // The portal's language switch (/bahasa) leaves a cookie; otherwise the browser's header decides.
    const chosen = /(?:^|;\s*)lumbung_lang=(id|en)\b/.exec(request.headers.cookie ?? '')?.[1];
    request.lang = pickLanguage(chosen ?? request.headers['accept-language']);
    request.t = translator(request.lang);
    reply.header('x-request-id', request.id);
  });

  // Deny by default: every API route must name its policy, or the app refuses to start.
  app.addHook('onRoute', (route) => {
    if (route.url.startsWith('/api/') && !route.url.startsWith('/api/docs') && !route.config?.policy) {
      throw new Error(`Route ${route.method} ${route.url} has no policy`);
    }
  });

  await app.register(cookie);
  await app.register(session, {
    secret: deps.sessionSecret,
    cookieName: 'lumbung_sid',
    saveUninitialized: false,
    rolling: true,
    store: databaseSessionStore(deps.database.db, deps.env.sessionDays * 86_400_000),
    cookie: { httpOnly: true, sameSite: 'lax', secure: 'auto', path: '/', maxAge: deps.env.sessionDays * 86_400_000 },
  });
  await app.register(csrf, { sessionPlugin: '@fastify/session' });
  await app.register(rateLimit, { global: false });
  await app.register(multipart, { limits: { fileSize: 10 * 1024 * 1024, files: 1, fields: 10, parts: 12 } });

  app.addHook('onRequest', (request, reply, done) => {
    if (safeMethods.has(request.method) || !request.url.startsWith('/api/')) return done();
    app.csrfProtection(request, reply, done);
  });
  // onRequest, before the body is parsed and validated: a caller without access learns nothing
  // about the route's input (and sends no body for us to parse).
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const policy = request.routeOptions.config.policy;
    if (!policy) return; // only non-API routes (static files, docs) get here without one
    const userId = request.session.get('userId');
    if (userId) {
      request.actor = await loadActor(deps.database.db, userId);
      if (!request.actor) await request.session.destroy();
    }
    if (!policy.allows(request.actor)) throw new AppError(request.actor ? 'FORBIDDEN' : 'UNAUTHENTICATED');
  });

  await app.register(swagger, {
    openapi: {
      info: { title: 'Lumbung API', version: deps.version, description: 'Sistem informasi inovasi daerah / regional innovation information system' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'lumbung_sid' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(regionRoutes);
      await api.register(unitRoutes);
      await api.register(userRoutes);
      await api.register(auditRoutes);
      await api.register(mailRoutes);
      await api.register(periodRoutes);
      await api.register(masterDataRoutes);
      await api.register(innovationRoutes);
      await api.register(reviewRoutes);
      await api.register(notificationRoutes);
      await api.register(monitoringRoutes);
      await api.register(letterRoutes);
      await api.register(exportRoutes);
      await api.register(reportRoutes);
      await api.register(regionAspectRoutes);
      await api.register(catalogueRoutes);
      await api.register(citizenRoutes);
      await api.register(ideaRoutes);
      await api.register(labRoutes);
      await api.register(announcementRoutes);
      await api.register(contestRoutes);
      await api.register(entryRoutes);
      await api.register(judgingRoutes);
    },
    { prefix: '/api' },
  );

  // The public portal: server-rendered pages at stable addresses (ADR 013).
  await app.register(portalPages);
  await app.register(cataloguePages);
  await app.register(ideaPages);
  await app.register(announcementPages);
  await app.register(contestPages);

  if (fs.existsSync(webDist)) {
    await app.register(fastifyStatic, { root: webDist, prefix: '/', wildcard: false, index: false, maxAge: '1h' });
  }
  return app;
}
