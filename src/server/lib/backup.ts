import fs from 'node:fs/promises';
import { createReadStream, createWriteStream } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { getTableName, isTable, sql } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import * as tar from 'tar';
import { queryRows, type Db } from '../db/client.js';
import * as schema from '../db/schema.js';
import type { Storage } from './storage.js';

export const BACKUP_FORMAT = 'lumbung-backup';
const BATCH = 500;

const tableByName = () => new Map((Object.values(schema).filter((v) => isTable(v)) as PgTable[]).map((t) => [getTableName(t), t]));

/** The columns a row can be inserted with: generated ones (the search vector) are computed by the database. */
function writableColumns(table: string): string[] {
  const t = tableByName().get(table);
  return t ? getTableConfig(t).columns.filter((c) => !c.generated).map((c) => c.name) : [];
}

/** Every table, ordered so that a table comes after the tables its foreign keys point to. */
export function backupTables(): string[] {
  const tables = Object.values(schema).filter((v) => isTable(v)) as PgTable[];
  const ordered: string[] = [];
  const visit = (t: PgTable) => {
    const name = getTableName(t);
    if (ordered.includes(name)) return;
    for (const fk of getTableConfig(t).foreignKeys) {
      const target = fk.reference().foreignTable;
      if (target !== t) visit(target);
    }
    ordered.push(name);
  };
  tables.forEach(visit);
  return ordered;
}

type Manifest = { format: string; version: 1; createdAt: string; tables: Record<string, number>; files: number };

/**
 * Writes one .tar.gz holding every row (as JSON, one table a file) and every stored file. The
 * format does not depend on the driver: a PGlite backup restores into PostgreSQL and back.
 */
export async function createBackup(deps: { db: Db; storage: Storage }, outFile: string, log: (line: string) => void = () => {}) {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-backup-'));
  try {
    const manifest: Manifest = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), tables: {}, files: 0 };
    await fs.mkdir(path.join(work, 'tables'));
    for (const table of backupTables()) {
      const rows = await queryRows<{ j: string }>(deps.db, sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t`);
      await fs.writeFile(path.join(work, 'tables', `${table}.ndjson`), rows.map((r) => r.j).join('\n'));
      manifest.tables[table] = rows.length;
      log(`  ${table}: ${rows.length}`);
    }
    for await (const key of deps.storage.list()) {
      const dest = path.join(work, 'files', key);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      await pipeline(await deps.storage.get(key), createWriteStream(dest));
      manifest.files += 1;
    }
    log(`  files: ${manifest.files}`);
    await fs.writeFile(path.join(work, 'manifest.json'), JSON.stringify(manifest, null, 2));
    await fs.mkdir(path.dirname(path.resolve(outFile)), { recursive: true });
    await tar.c({ gzip: true, file: outFile, cwd: work, portable: true }, ['manifest.json', 'tables', ...(manifest.files ? ['files'] : [])]);
    return manifest;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}

export class RestoreRefused extends Error {}

/** Restores a backup into an empty database and storage, all rows in one transaction. */
export async function restoreBackup(deps: { db: Db; storage: Storage }, file: string, log: (line: string) => void = () => {}) {
  const work = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-restore-'));
  try {
    await pipeline(createReadStream(file), tar.x({ cwd: work, strict: true }));
    const manifest = JSON.parse(await fs.readFile(path.join(work, 'manifest.json'), 'utf8').catch(() => '{}')) as Manifest;
    if (manifest.format !== BACKUP_FORMAT) throw new RestoreRefused('Berkas ini bukan cadangan Lumbung. / This file is not a Lumbung backup.');
    const [existing] = await queryRows<{ n: number }>(deps.db, sql`select count(*)::int as n from regions`);
    if (existing!.n > 0) throw new RestoreRefused('Basis data tidak kosong; pulihkan ke folder data yang kosong. / The database is not empty; restore into an empty data folder.');
    const known = new Set(backupTables());
    await deps.db.transaction(async (tx) => {
      for (const table of backupTables()) {
        if (!(table in manifest.tables)) continue;
        const text = await fs.readFile(path.join(work, 'tables', `${table}.ndjson`), 'utf8');
        const rows = text ? text.split('\n') : [];
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = `[${rows.slice(i, i + BATCH).join(',')}]`;
          const t = sql.identifier(table);
          const cols = sql.join(writableColumns(table).map((c) => sql.identifier(c)), sql`, `);
          await tx.execute(sql`insert into ${t} (${cols}) select ${cols} from json_populate_recordset(null::${t}, ${batch}::json)`);
        }
        log(`  ${table}: ${rows.length}`);
      }
    });
    const unknown = Object.keys(manifest.tables).filter((t) => !known.has(t));
    if (unknown.length) log(`  skipped unknown tables: ${unknown.join(', ')}`);
    const filesDir = path.join(work, 'files');
    let restored = 0;
    for (const entry of await fs.readdir(filesDir, { recursive: true, withFileTypes: true }).catch(() => [])) {
      if (!entry.isFile()) continue;
      const full = path.join(entry.parentPath, entry.name);
      await deps.storage.putFile(path.relative(filesDir, full).split(path.sep).join('/'), full);
      restored += 1;
    }
    log(`  files: ${restored}`);
    return manifest;
  } finally {
    await fs.rm(work, { recursive: true, force: true });
  }
}
