import fs from 'node:fs/promises';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import { sql, type SQL } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import * as schema from './schema.js';
import { migrationsFolder, readTemplate, writeTemplate } from './template.js';


/**
 * One Drizzle type for both drivers: queries are written once, in the PostgreSQL dialect. A
 * transaction is a `Db` too, so helpers take either.
 */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Database = {
  db: Db;
  driver: 'pglite' | 'postgres';
  ping(): Promise<void>;
  close(): Promise<void>;
  /** The embedded engine, when that is what runs (tests copy a migrated one as a template). */
  pglite?: PGlite;
  /** The server's connection string, when PostgreSQL runs (the job queue opens its own small pool). */
  url?: string;
};

/**
 * Opens the embedded PGlite database in `<dataDir>/db` unless a PostgreSQL URL is given.
 * `dataDir: null` keeps PGlite in memory (tests). Migrations run before the database is returned.
 */
export async function openDatabase(opts: { databaseUrl?: string; dataDir: string | null; loadDataDir?: Blob }): Promise<Database> {
  if (opts.databaseUrl) {
    const pool = new pg.Pool({ connectionString: opts.databaseUrl, max: 10 });
    // An idle connection the server ends (a restart, a terminated backend) leaves the pool and the
    // next query opens a new one; without a listener node-pg throws it and the process stops.
    pool.on('error', () => {});
    const db = drizzlePg(pool, { schema });
    await migratePg(db, { migrationsFolder });
    return {
      db,
      driver: 'postgres',
      url: opts.databaseUrl,
      ping: async () => void (await db.execute(sql`select 1`)),
      close: () => pool.end(),
    };
  }
  let dir: string | undefined;
  let loadDataDir = opts.loadDataDir;
  if (opts.dataDir) {
    dir = path.join(opts.dataDir, 'db');
    await fs.mkdir(dir, { recursive: true });
    const fresh = !(await fs.stat(path.join(dir, 'PG_VERSION')).catch(() => null));
    if (fresh) loadDataDir ??= (await readTemplate()) ?? undefined;
  }
  const client = await PGlite.create({ dataDir: dir, loadDataDir });
  const pgliteDb = drizzlePglite(client, { schema });
  await migratePglite(pgliteDb, { migrationsFolder });
  return {
    // Same query builder API; only the driver behind it differs.
    db: pgliteDb as unknown as Db,
    driver: 'pglite',
    ping: async () => void (await client.query('select 1')),
    close: () => client.close(),
    pglite: client,
  };
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Db, query: SQL): Promise<T[]> {
  return ((await db.execute(query)) as unknown as { rows: T[] }).rows;
}

/** Builds the template a new data folder starts from (see template.ts); run by `npm install`. */
export async function preparePgliteTemplate(): Promise<{ template: Blob; file: string }> {
  const existing = await readTemplate();
  if (existing) return { template: existing, file: 'cached' };
  const fresh = await openDatabase({ dataDir: null });
  const template = await fresh.pglite!.dumpDataDir('none');
  await fresh.close();
  return { template, file: await writeTemplate(template) };
}
