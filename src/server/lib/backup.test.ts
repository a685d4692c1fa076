import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, type Database } from '../db/client.js';
import { seedDemo } from '../modules/demo/demo.seed.js';
import { openTestDatabase, startTestApp, type TestApp } from '../test/harness.js';
import { backupTables, createBackup, restoreBackup } from './backup.js';
import { localStorage } from './storage.js';

// 1×1 transparent PNG.
const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

async function snapshot(db: Database['db']) {
  const out: Record<string, string[]> = {};
  for (const table of backupTables()) {
    const rows = await queryRows<{ j: string }>(db, sql`select row_to_json(t)::text as j from ${sql.identifier(table)} t`);
    out[table] = rows.map((r) => r.j).sort();
  }
  return out;
}

describe('backup and restore', () => {
  let source: TestApp;
  let work: string;
  beforeAll(async () => {
    source = await startTestApp();
    work = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-backup-test-'));
    await seedDemo(source.db);
    const admin = source.client();
    expect((await admin.signIn('admin@lumbung-demo.test', 'lumbung-demo')).statusCode).toBe(200);
    expect((await admin.upload('/api/region/logo', png, 'logo.png', 'PUT')).statusCode).toBe(200);
    const unit = await admin.post('/api/units', { name: 'Dinas Cadangan', type: 'dinas', headNip: '197804122003122004' });
    expect(unit.statusCode).toBe(201);
    // An innovation with an answer and linked evidence: its generated search column must restore too.
    const innovation = await admin.post('/api/innovations', { unitId: (unit.json() as { id: string }).id, name: 'Pelayanan Cadangan Data', goal: 'Data aman.' });
    expect(innovation.statusCode, innovation.body).toBe(201);
    const id = (innovation.json() as { innovation: { id: string } }).innovation.id;
    expect((await admin.put(`/api/innovations/${id}/indicators/17`, { option: 2 })).statusCode).toBe(200);
    expect((await admin.post(`/api/innovations/${id}/indicators/17/links`, { url: 'https://contoh.go.id/sk.pdf' })).statusCode).toBe(200);
  });
  afterAll(async () => {
    await source.close();
    await fs.rm(work, { recursive: true, force: true });
  });

  it('covers every table in the database', async () => {
    const tables = await queryRows<{ name: string }>(
      source.db,
      sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
    );
    expect(tables.map((t) => t.name).sort()).toEqual([...backupTables()].sort());
  });

  it('gives back every row and every file in an empty database', async () => {
    const file = path.join(work, 'cadangan.tar.gz');
    const manifest = await createBackup({ db: source.db, storage: source.storage }, file);
    expect(manifest.files).toBe(1);
    expect(manifest.tables.units).toBeGreaterThan(40);

    const target = await openTestDatabase();
    const storage = localStorage(path.join(work, 'restored-files'));
    try {
      await restoreBackup({ db: target.db, storage }, file);
      expect(await snapshot(target.db)).toEqual(await snapshot(source.db));
      const [found] = await queryRows<{ n: number }>(target.db, sql`select count(*)::int as n from innovations where name = 'Pelayanan Cadangan Data' and search @@ websearch_to_tsquery('indonesian', 'layanan')`);
      expect(found!.n).toBe(1);
      const keys: string[] = [];
      for await (const k of storage.list()) keys.push(k);
      expect(keys).toHaveLength(1);
      const restored = await fs.readFile(path.join(work, 'restored-files', keys[0]!));
      expect(restored.equals(png)).toBe(true);

      // A second restore into the now non-empty database is refused and changes nothing.
      const before = await snapshot(target.db);
      await expect(restoreBackup({ db: target.db, storage }, file)).rejects.toThrow(/not empty/);
      expect(await snapshot(target.db)).toEqual(before);
    } finally {
      await target.close();
    }
  });

  it('refuses a file that is not a Lumbung backup', async () => {
    const bogus = path.join(work, 'bukan.tar.gz');
    await fs.writeFile(bogus, 'bukan cadangan');
    const target = await openTestDatabase();
    try {
      await expect(restoreBackup({ db: target.db, storage: localStorage(path.join(work, 'x')) }, bogus)).rejects.toThrow();
      expect((await snapshot(target.db)).regions).toEqual([]);
    } finally {
      await target.close();
    }
  });
});
