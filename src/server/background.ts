import type { Database } from './db/client.js';
import { JobDispatch, startJobs, type JobDefinition } from './lib/jobs.js';
import type { Mailer } from './lib/mail.js';
import type { Storage } from './lib/storage.js';
import { EXPORT_JOB, runExport } from './modules/exports/exports.service.js';
import { quotaLettersRunner } from './modules/letters/letters.service.js';
import { runDigests, runReminders } from './modules/reminders/reminders.service.js';
import { nationalRunner, recapRunner } from './modules/reports/reports.service.js';

export type BackgroundDeps = { db: Database['db']; mailer: Mailer; storage: Storage; publicUrl: string };

/**
 * The server's background work:
 * - every quarter hour, the reminders due on each region's schedule and the morning digests, both
 *   idempotent (delivery keys), so a retried or duplicated tick sends nothing twice;
 * - exports (letters, reports) that take longer than a request should.
 */
export function backgroundJobs(deps: BackgroundDeps): JobDefinition<never>[] {
  const tick: JobDefinition<object> = {
    name: 'lumbung-tick',
    cron: '*/15 * * * *',
    handler: async () => {
      await runReminders(deps);
      await runDigests(deps);
    },
  };
  const letters = quotaLettersRunner(deps);
  const exportJob: JobDefinition<{ exportId: string }> = {
    name: EXPORT_JOB,
    handler: ({ exportId }) =>
      runExport(deps, exportId, { 'letters.pemberitahuan': letters, 'letters.teguran': letters, 'report.recap': recapRunner(deps), 'report.national': nationalRunner(deps) }),
  };
  return [tick, exportJob as JobDefinition<never>];
}

export function jobDispatch(deps: BackgroundDeps, onError: (err: Error) => void): JobDispatch {
  return new JobDispatch(backgroundJobs(deps), onError);
}

/** Starts the queue behind a dispatch that so far ran work in-process. */
export async function startQueue(database: Database, dispatch: JobDispatch, onError: (err: Error) => void): Promise<void> {
  dispatch.queue = await startJobs(database, dispatch.definitionsList, { onError, pollingIntervalSeconds: 2 });
}
