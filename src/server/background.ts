import type { Database } from './db/client.js';
import { startJobs, type JobDefinition, type JobQueue } from './lib/jobs.js';
import type { Mailer } from './lib/mail.js';
import { runDigests, runReminders } from './modules/reminders/reminders.service.js';

/**
 * The server's background work. Every quarter hour: the reminders due on each region's schedule
 * and the morning digests. Both are idempotent (delivery keys), so a retried or duplicated tick
 * sends nothing twice.
 */
export function backgroundJobs(deps: { db: Database['db']; mailer: Mailer; publicUrl: string }): JobDefinition<never>[] {
  const tick: JobDefinition<object> = {
    name: 'lumbung-tick',
    cron: '*/15 * * * *',
    handler: async () => {
      await runReminders(deps);
      await runDigests(deps);
    },
  };
  return [tick];
}

export async function startBackground(database: Database, deps: { mailer: Mailer; publicUrl: string }, log: (err: Error) => void): Promise<JobQueue> {
  return startJobs(database, backgroundJobs({ db: database.db, ...deps }), { onError: log, pollingIntervalSeconds: 5 });
}
