import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { dropTestDatabases, testDatabaseUrl, testServerUrl, usingPostgres } from './database.js';

async function query<T extends pg.QueryResultRow>(url: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe('testDatabaseUrl', () => {
  if (!usingPostgres()) {
    it('leaves the app on in-memory PGlite when LUMBUNG_TEST_PG is not 1', async () => {
      expect(await testDatabaseUrl()).toBeUndefined();
      await expect(dropTestDatabases()).resolves.toBeUndefined();
    });
    return;
  }

  it('gives each caller its own empty PostgreSQL 15+ database and drops them all', async () => {
    const first = await testDatabaseUrl();
    const second = await testDatabaseUrl();
    expect(first).toMatch(/\/lumbung_test_[0-9a-z]+_[0-9a-f]{10}$/);
    expect(second).not.toBe(first);
    const names = [first!, second!].map((u) => new URL(u).pathname.slice(1));

    const [info] = await query<{ db: string; version: number }>(
      first!,
      "select current_database() as db, current_setting('server_version_num')::int as version",
    );
    expect(info!.db).toBe(names[0]);
    expect(info!.version).toBeGreaterThanOrEqual(150000);
    // A fresh database: no tables of an earlier run.
    const tables = await query(first!, "select 1 from pg_tables where schemaname = 'public'");
    expect(tables).toHaveLength(0);

    // An open connection must not block the drop (WITH (FORCE)).
    const lingering = new pg.Client({ connectionString: second });
    lingering.on('error', () => {});
    await lingering.connect();

    await dropTestDatabases();
    const left = await query(await testServerUrl(), 'select datname from pg_database where datname = any($1)', [names]);
    expect(left).toEqual([]);
    await lingering.end().catch(() => {});
  });

  it("survives the server ending the app's idle connections", async () => {
    const url = (await testDatabaseUrl())!;
    const database = await openDatabase({ databaseUrl: url, dataDir: null });
    try {
      await database.ping();
      // As a restart or an administrator would: the pool's idle connection is ended by the server.
      await query(url, 'select pg_terminate_backend(pid) from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()');
      await new Promise((resolve) => setTimeout(resolve, 300));
      // The pool opens a new connection; the ended one did not stop the process.
      await database.ping();
    } finally {
      await database.close();
      await dropTestDatabases();
    }
  });
});
