import fs from 'node:fs/promises';
import path from 'node:path';
import type { Db } from '../db/client.js';
import { files } from '../db/schema.js';
import type { Storage } from './storage.js';

export type SweepLog = {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
};

export type SweepResult = {
  /** Upload temp files left by a process killed mid-upload. */
  tempFiles: number;
  /** Stored objects no `files` row points to: stored by a process killed before its commit. */
  orphans: number;
  /** Objects that look like something else's (foreign key shape), left alone. */
  skipped: number;
};

/**
 * The shape of the keys storeUpload writes: `<region uuid>/<sha256[0..2]>/<sha256>`. Only such keys
 * are ever swept, so a bucket shared with anything else (backups, another app) is never emptied.
 */
const UPLOAD_KEY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\/[0-9a-f]{2}\/[0-9a-f]{64}$/;

/**
 * Start-up clean-up of what a killed process left behind. Runs while the data-folder lock is held,
 * so no upload is in flight and every temp file and unreferenced object is truly abandoned.
 */
export async function sweepStorage(deps: { db: Db; storage: Storage; tmpDir: string; log: SweepLog }): Promise<SweepResult> {
  const tempFiles = await emptyTempDir(deps.tmpDir);
  const { orphans, skipped } = await removeOrphans(deps);
  if (tempFiles || orphans || skipped) deps.log.info({ tempFiles, orphans, skipped }, 'storage sweep');
  return { tempFiles, orphans, skipped };
}

/** Removes the folder's contents but keeps the folder itself. A missing folder has nothing to sweep. */
async function emptyTempDir(tmpDir: string): Promise<number> {
  const names = await fs.readdir(tmpDir).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return [] as string[];
    throw err;
  });
  for (const name of names) await fs.rm(path.join(tmpDir, name), { recursive: true, force: true });
  return names.length;
}

async function removeOrphans(deps: { db: Db; storage: Storage; log: SweepLog }): Promise<{ orphans: number; skipped: number }> {
  const rows = await deps.db.select({ key: files.storageKey }).from(files);
  const referenced = new Set(rows.map((r) => r.key));
  const candidates: string[] = [];
  let skipped = 0;
  for await (const key of deps.storage.list()) {
    if (referenced.has(key)) continue;
    if (UPLOAD_KEY.test(key)) candidates.push(key);
    else skipped++;
  }
  // No row at all next to stored uploads smells of a wrong DATABASE_URL, not of a crash: deleting
  // would wipe every file. A crash leaves at most a few; keeping those costs only disk space.
  if (referenced.size === 0 && candidates.length > 1) {
    deps.log.warn({ objects: candidates.length }, 'storage sweep skipped: the database references no files but storage holds some');
    return { orphans: 0, skipped: skipped + candidates.length };
  }
  for (const key of candidates) await deps.storage.remove(key);
  return { orphans: candidates.length, skipped };
}
