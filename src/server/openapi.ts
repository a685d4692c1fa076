import { buildApp } from './app.js';
import { JobDispatch } from './lib/jobs.js';
import { openDatabase } from './db/client.js';
import { readEnv } from './env.js';
import { appVersion } from './runtime.js';
import { createMailer } from './lib/mail.js';
import { localStorage } from './lib/storage.js';

/** The OpenAPI document as served at /api/docs/json, built on a throwaway in-memory app. */
export async function openApiDocument(): Promise<string> {
  const env = readEnv({}, { logLevel: 'silent', dataDir: '/nonexistent' });
  const database = await openDatabase({ dataDir: null });
  const app = await buildApp({
    env,
    database,
    storage: localStorage('/nonexistent'),
    mailer: createMailer(database.db, { from: env.mailFrom }),
    sessionSecret: 'x'.repeat(32),
    jobs: new JobDispatch([]),
    version: await appVersion(),
  });
  await app.ready();
  const doc = JSON.stringify(app.swagger(), null, 2);
  await app.close();
  await database.close();
  return doc;
}
