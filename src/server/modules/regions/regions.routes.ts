import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import path from 'node:path';
import { Me } from '../../../domain/contracts/auth.js';
import { IdParams } from '../../../domain/contracts/common.js';
import { Region, RegionOptions, RegionUpdate, SetupInput, SetupStatus } from '../../../domain/contracts/regions.js';
import { AppError, notFound } from '../../lib/errors.js';
import { anyone, signedIn, withRole } from '../../lib/policy.js';
import { storeUpload } from '../../lib/uploads.js';
import { describeMe } from '../auth/auth.service.js';
import { getRegion, needsSetup, presentRegion, regionOptions, runSetup, setRegionLogo, updateRegion } from './regions.service.js';
import { files } from '../../db/schema.js';
import { eq } from 'drizzle-orm';

const logoTypes = ['image/png', 'image/jpeg', 'image/webp'] as const;
const LOGO_MAX_BYTES = 2 * 1024 * 1024;

export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { database, env, storage } = app.deps;
  const db = database.db;
  const tags = ['regions'];

  app.get('/setup', { config: { policy: anyone }, schema: { tags, response: { 200: SetupStatus } } }, async () => ({
    needsSetup: await needsSetup(db),
    demo: env.demo,
  }));

  app.get('/regions/options', { config: { policy: anyone }, schema: { tags, response: { 200: RegionOptions } } }, async (_req, reply) => {
    reply.header('cache-control', 'public, max-age=86400');
    return regionOptions();
  });

  app.post('/setup', { config: { policy: anyone }, schema: { tags, body: SetupInput, response: { 200: Me } } }, async (req) => {
    const actor = await runSetup(db, req.body, req.id);
    await req.session.regenerate();
    req.session.set('userId', actor.userId);
    return describeMe(db, actor);
  });

  app.get('/region', { config: { policy: signedIn }, schema: { tags, response: { 200: Region } } }, async (req) =>
    presentRegion(await getRegion(db, req.actor!.regionId)),
  );

  app.patch('/region', { config: { policy: withRole('admin') }, schema: { tags, body: RegionUpdate, response: { 200: Region } } }, async (req) =>
    presentRegion(await updateRegion(db, req.actor!, req.body, req.id)),
  );

  app.put('/region/logo', { config: { policy: withRole('admin') }, schema: { tags, consumes: ['multipart/form-data'], response: { 200: Region } } }, async (req) => {
    const part = await req.file({ limits: { fileSize: LOGO_MAX_BYTES } });
    if (!part) throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'file', key: 'error.fileMissing' }]);
    const { file } = await storeUpload(
      { db, storage, tmpDir: path.join(env.dataDir, 'tmp') },
      { regionId: req.actor!.regionId, userId: req.actor!.userId, stream: part.file, fileName: part.filename, allowed: logoTypes, refusedKey: 'error.notImage' },
    );
    return presentRegion(await setRegionLogo(db, req.actor!, file.id, req.id));
  });

  // Public: the logo is printed on the sign-in page and on letters.
  app.get('/regions/:id/logo', { config: { policy: anyone }, schema: { tags, params: IdParams } }, async (req, reply) => {
    const region = await getRegion(db, req.params.id);
    if (!region.logoFileId) throw notFound();
    const file = await db.query.files.findFirst({ where: eq(files.id, region.logoFileId) });
    if (!file) throw notFound();
    reply.header('content-type', file.mime).header('cache-control', 'public, max-age=300').header('x-content-type-options', 'nosniff');
    return reply.send(await storage.get(file.storageKey));
  });
};
