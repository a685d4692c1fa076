import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { buildApp, type App } from '../app.js';
import { openDatabase, preparePgliteTemplate, type Database } from '../db/client.js';
import { readEnv, type Env } from '../env.js';
import { jobDispatch } from '../background.js';
import type { JobDispatch } from '../lib/jobs.js';
import { createMailer } from '../lib/mail.js';
import { localStorage, type Storage } from '../lib/storage.js';
import { testDatabaseUrl } from './database.js';

export type TestApp = {
  app: App;
  database: Database;
  db: Database['db'];
  storage: Storage;
  env: Env;
  jobs: JobDispatch;
  client(lang?: 'id' | 'en'): Client;
  close(): Promise<void>;
};

/**
 * The whole app on a fresh database: in-memory PGlite, or a throwaway PostgreSQL database when
 * LUMBUNG_TEST_PG=1. Files go to a temporary folder.
 */
export async function startTestApp(overrides: Partial<Env> = {}): Promise<TestApp> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-test-'));
  const env = readEnv({}, { dataDir, logLevel: 'silent', signInLimitPerMinute: 1000, ...overrides });
  const database = await openTestDatabase();
  const storage = localStorage(path.join(dataDir, 'files'));
  const mailer = createMailer(database.db, { smtpUrl: env.smtpUrl, from: env.mailFrom });
  // Without a queue, background work runs in-process at once; tests of the queue itself start one.
  const jobs = jobDispatch({ db: database.db, mailer, storage, publicUrl: env.publicUrl }, () => {});
  const app = await buildApp({ env, database, storage, mailer, jobs, sessionSecret: 'test-secret-'.padEnd(40, 'x'), version: 'test' });
  await app.ready();
  return {
    app,
    database,
    db: database.db,
    storage,
    env,
    client: (lang = 'id') => new Client(app, lang),
    jobs,
    async close() {
      await app.close();
      await jobs.queue?.stop();
      await database.close();
      await fs.rm(dataDir, { recursive: true, force: true });
    },
  };
}

let template: Blob | null = null;

/**
 * A fresh database for one test: a throwaway PostgreSQL database, or an in-memory PGlite copied
 * from the migrated template (db/template.ts), ~4× faster than initdb + migrate.
 */
export async function openTestDatabase(): Promise<Database> {
  const databaseUrl = await testDatabaseUrl();
  if (databaseUrl) return openDatabase({ databaseUrl, dataDir: null });
  return openDatabase({ dataDir: null, loadDataDir: (template ??= (await preparePgliteTemplate()).template) });
}


type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** A browser-like API client: keeps cookies and sends the CSRF token on state-changing requests. */
export class Client {
  private cookies = new Map<string, string>();
  private csrf: string | null = null;
  constructor(
    private readonly app: App,
    private readonly lang: 'id' | 'en',
  ) {}

  private remember(res: LightMyRequestResponse) {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && new Date(c.expires).getTime() < Date.now())) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
  }

  private async token(): Promise<string> {
    if (this.csrf) return this.csrf;
    const res = await this.raw('GET', '/api/auth/csrf');
    this.csrf = (res.json() as { token: string }).token;
    return this.csrf;
  }

  /** Sends any payload as-is (string bodies are not re-encoded): for malformed-input tests. */
  async raw(method: Method, url: string, opts: { body?: unknown; headers?: Record<string, string>; csrf?: boolean } = {}) {
    const headers: Record<string, string> = { 'accept-language': this.lang, ...opts.headers };
    if (method !== 'GET' && opts.csrf !== false) headers['x-csrf-token'] = await this.token();
    if (this.cookies.size) headers.cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    let payload: string | Buffer | undefined;
    if (typeof opts.body === 'string' || Buffer.isBuffer(opts.body)) payload = opts.body;
    else if (opts.body !== undefined) {
      payload = JSON.stringify(opts.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await this.app.inject({ method, url, headers, payload });
    this.remember(res);
    return res;
  }

  get = (url: string) => this.raw('GET', url);
  post = (url: string, body?: unknown) => this.raw('POST', url, { body });
  patch = (url: string, body?: unknown) => this.raw('PATCH', url, { body });
  put = (url: string, body?: unknown) => this.raw('PUT', url, { body });
  delete = (url: string) => this.raw('DELETE', url);

  /** multipart/form-data with text `fields` first, then one file field named `file`. */
  upload(url: string, content: Buffer, fileName: string, method: 'POST' | 'PUT' = 'POST', fields: Record<string, string> = {}) {
    return this.raw(method, url, multipartBody(content, fileName, fields));
  }

  async signIn(email: string, password: string) {
    const res = await this.post('/api/auth/sign-in', { email, password });
    this.csrf = null; // the session was regenerated, and the token with it
    return res;
  }
}

/** The body and headers of a multipart upload; `cut` keeps only that many bytes, like a dropped connection. */
export function multipartBody(content: Buffer, fileName: string, fields: Record<string, string> = {}, cut?: number) {
  const boundary = `----lumbung${Date.now()}`;
  const textParts = Object.entries(fields).map(([k, v]) => Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  let body = Buffer.concat([
    ...textParts,
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`),
    content,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  if (cut !== undefined) body = body.subarray(0, cut);
  return { body, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}
