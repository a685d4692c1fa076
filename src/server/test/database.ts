import { randomBytes } from 'node:crypto';
import pg from 'pg';

/*
 * Test databases for the API suite.
 *
 * Default (PGlite): `testDatabaseUrl()` returns undefined and the app opens in-memory PGlite.
 * With LUMBUNG_TEST_PG=1: every call creates a throwaway database `lumbung_test_<time>_<random>`
 * on the PostgreSQL server and returns its URL. The server is TEST_DATABASE_URL when set
 * (any database on it that the role may connect to and CREATE DATABASE from), else the local
 * server at 127.0.0.1:5432 as `postgres`, then as `root` (trust auth).
 *
 * Vitest gives each test file its own module instance, so `dropTestDatabases()` drops exactly
 * the databases this file created. The api project's setup file calls it in `afterAll`, so a
 * test file does not have to; calling it again is harmless.
 */

export const TEST_DATABASE_PREFIX = 'lumbung_test_';

const localServerUrls = [
  'postgres://postgres@127.0.0.1:5432/postgres',
  'postgres://root@127.0.0.1:5432/postgres',
];

const created: string[] = [];
let serverUrl: string | undefined;

export function usingPostgres(): boolean {
  return process.env.LUMBUNG_TEST_PG === '1';
}

/** The maintenance connection used to create and drop the throwaway databases. */
export async function testServerUrl(): Promise<string> {
  if (serverUrl) return serverUrl;
  const candidates = process.env.TEST_DATABASE_URL ? [process.env.TEST_DATABASE_URL] : localServerUrls;
  const problems: string[] = [];
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
      await client.query('select 1');
      serverUrl = url;
      return url;
    } catch (error) {
      problems.push(`${redact(url)}: ${(error as Error).message}`);
    } finally {
      await client.end().catch(() => {});
    }
  }
  throw new Error(
    `LUMBUNG_TEST_PG=1 but no PostgreSQL server is reachable:\n  ${problems.join('\n  ')}\n` +
      'Start one (e.g. `pg_ctlcluster 15 main start`) or set TEST_DATABASE_URL.',
  );
}

/** A database URL for one test file, or undefined when the suite runs on in-memory PGlite. */
export async function testDatabaseUrl(): Promise<string | undefined> {
  if (!usingPostgres()) return undefined;
  const server = await testServerUrl();
  const name = `${TEST_DATABASE_PREFIX}${Date.now().toString(36)}_${randomBytes(5).toString('hex')}`;
  await withClient(server, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  created.push(name);
  const url = new URL(server);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Drops every database this module instance (= this test file) created. Idempotent. */
export async function dropTestDatabases(): Promise<void> {
  if (created.length === 0 || !serverUrl) return;
  const names = created.splice(0);
  await withClient(serverUrl, async (c) => {
    // FORCE (PostgreSQL 13+) ends connections the app under test left open.
    for (const name of names) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
  });
}

/**
 * Drops throwaway databases older than `maxAgeMs` that crashed runs left behind. Younger ones
 * are left alone: another run may be using them right now.
 */
export async function dropStaleTestDatabases(maxAgeMs = 6 * 60 * 60 * 1000): Promise<string[]> {
  const server = await testServerUrl();
  return withClient(server, async (c) => {
    const { rows } = await c.query<{ datname: string }>(
      'select datname from pg_database where datname like $1',
      [`${TEST_DATABASE_PREFIX}%`],
    );
    const stale = rows
      .map((r) => r.datname)
      .filter((name) => {
        const born = parseInt(name.slice(TEST_DATABASE_PREFIX.length).split('_')[0] ?? '', 36);
        return Number.isFinite(born) && Date.now() - born > maxAgeMs;
      });
    for (const name of stale) await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    return stale;
  });
}

async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '<invalid URL>';
  }
}
