import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { and, desc, eq } from 'drizzle-orm';
import type { ExportJob } from '../../../domain/contracts/letters.js';
import type { Db } from '../../db/client.js';
import { exportJobs } from '../../db/schema.js';
import { AppError, notFound } from '../../lib/errors.js';
import type { JobDispatch } from '../../lib/jobs.js';
import type { Actor } from '../../lib/policy.js';
import type { Storage } from '../../lib/storage.js';

export const EXPORT_JOB = 'lumbung-export';

type Row = typeof exportJobs.$inferSelect;

export const presentExport = (r: Row): ExportJob => ({
  id: r.id,
  kind: r.kind as ExportJob['kind'],
  status: r.status as ExportJob['status'],
  done: r.done,
  total: r.total,
  fileName: r.fileName,
  size: r.size,
  error: r.error,
  createdAt: r.createdAt.toISOString(),
  finishedAt: r.finishedAt?.toISOString() ?? null,
});

/** Records the export and hands it to the queue; the page polls its progress. */
export async function startExport(deps: { db: Db; jobs: JobDispatch }, actor: Actor, kind: ExportJob['kind'], params: object): Promise<ExportJob> {
  const [row] = await deps.db.insert(exportJobs).values({ regionId: actor.regionId, userId: actor.userId, kind, params }).returning();
  await deps.jobs.send(EXPORT_JOB, { exportId: row!.id });
  return presentExport(row!);
}

/** Only the person who asked sees an export: it may hold letters and names of their region. */
export async function findExport(db: Db, actor: Actor, id: string): Promise<Row> {
  const row = await db.query.exportJobs.findFirst({ where: and(eq(exportJobs.id, id), eq(exportJobs.userId, actor.userId), eq(exportJobs.regionId, actor.regionId)) });
  if (!row) throw notFound();
  return row;
}

export async function listExports(db: Db, actor: Actor) {
  const rows = await db.select().from(exportJobs).where(and(eq(exportJobs.userId, actor.userId), eq(exportJobs.regionId, actor.regionId))).orderBy(desc(exportJobs.createdAt)).limit(20);
  return { items: rows.map(presentExport) };
}

export async function exportFile(deps: { db: Db; storage: Storage }, actor: Actor, id: string) {
  const row = await findExport(deps.db, actor, id);
  if (row.status !== 'done' || !row.storageKey) throw new AppError('CONFLICT', 'error.exportNotReady');
  return { row, stream: await deps.storage.get(row.storageKey) };
}

/** What one kind of export does: reports progress, returns the finished file's bytes and name. */
export type ExportRunner = (ctx: {
  row: Row;
  progress: (done: number, total: number) => Promise<void>;
}) => Promise<{ bytes: Buffer; fileName: string; mime: string }>;

/**
 * Runs one export to its end. A failure is recorded on the row with its message (the page shows
 * it and offers a new try); the queue's retry then finds the row failed and leaves it.
 */
export async function runExport(deps: { db: Db; storage: Storage }, exportId: string, runners: Partial<Record<ExportJob['kind'], ExportRunner>>): Promise<void> {
  const { db } = deps;
  const row = await db.query.exportJobs.findFirst({ where: eq(exportJobs.id, exportId) });
  if (!row || row.status === 'done' || row.status === 'failed') return;
  // A row already running was interrupted (a crash, a restart): running it again could issue a
  // second set of letter numbers, so it ends as failed and the person starts a new one.
  if (row.status === 'running') {
    await db.update(exportJobs).set({ status: 'failed', error: 'error.exportInterrupted', finishedAt: new Date() }).where(eq(exportJobs.id, exportId));
    return;
  }
  await db.update(exportJobs).set({ status: 'running' }).where(eq(exportJobs.id, exportId));
  const progress = async (done: number, total: number) => void (await db.update(exportJobs).set({ done, total }).where(eq(exportJobs.id, exportId)));
  try {
    const runner = runners[row.kind as ExportJob['kind']];
    if (!runner) throw new Error(`no runner for ${row.kind}`);
    const out = await runner({ row, progress });
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-export-'));
    const tmp = path.join(dir, 'file');
    await fs.writeFile(tmp, out.bytes);
    const storageKey = `${row.regionId}/exports/${row.id}`;
    await deps.storage.putFile(storageKey, tmp);
    await fs.rm(dir, { recursive: true, force: true });
    await db
      .update(exportJobs)
      .set({ status: 'done', storageKey, fileName: out.fileName, mime: out.mime, size: out.bytes.length, finishedAt: new Date() })
      .where(eq(exportJobs.id, exportId));
  } catch (err) {
    const message = err instanceof AppError ? (err.key ?? err.code) : String((err as Error).message);
    await db.update(exportJobs).set({ status: 'failed', error: message.slice(0, 500), finishedAt: new Date() }).where(eq(exportJobs.id, exportId));
  }
}
