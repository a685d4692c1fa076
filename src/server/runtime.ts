import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { openDatabase, type Database } from './db/client.js';
import type { Env } from './env.js';
import { lockDataDir } from './lib/lock.js';
import { createMailer, type Mailer } from './lib/mail.js';
import { openStorage } from './lib/open-storage.js';
import type { Storage } from './lib/storage.js';

export type Runtime = { env: Env; database: Database; storage: Storage; mailer: Mailer; sessionSecret: string; close(): Promise<void> };

/** The session secret is kept in the data folder unless configured, so restarts keep sessions. */
async function sessionSecret(env: Env): Promise<string> {
  if (env.sessionSecret) return env.sessionSecret;
  const file = path.join(env.dataDir, 'session-secret');
  try {
    return (await fs.readFile(file, 'utf8')).trim();
  } catch {
    const secret = randomBytes(32).toString('hex');
    await fs.writeFile(file, secret, { mode: 0o600 });
    return secret;
  }
}

/**
 * Opens everything a server or CLI command needs, after taking the data-folder lock: the lock comes
 * first so a refused second process has touched nothing.
 */
export async function openRuntime(env: Env): Promise<Runtime> {
  const unlock = await lockDataDir(env.dataDir);
  try {
    // Storage first: it opens no connection, so a failure here leaves no database open behind it.
    const storage = await openStorage(env);
    const database = await openDatabase({ databaseUrl: env.databaseUrl, dataDir: env.dataDir });
    const mailer = createMailer(database.db, { smtpUrl: env.smtpUrl, from: env.mailFrom });
    return {
      env,
      database,
      storage,
      mailer,
      sessionSecret: await sessionSecret(env),
      async close() {
        await database.close();
        await unlock();
      },
    };
  } catch (err) {
    await unlock();
    throw err;
  }
}

export async function appVersion(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}
