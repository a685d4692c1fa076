import PgBoss from 'pg-boss';
import type { Database } from '../db/client.js';

/**
 * Background work in a PostgreSQL-backed queue (pg-boss 10) that survives restarts: a job sent
 * before a crash runs after the next start. On PostgreSQL pg-boss keeps its own small pool; on
 * PGlite it must share the one connection, through `executeSql`, so its statements wait for (and
 * never slip into) another caller's open transaction (see stack notes: a `pg.Pool` over PGlite
 * loses work with rolled-back transactions).
 */
export type JobDefinition<T extends object = object> = {
  name: string;
  /** Cron in UTC; pg-boss runs one instance per slot however many processes are up. */
  cron?: string;
  handler: (data: T, job: { id: string }) => Promise<void>;
};

export type JobQueue = {
  send(name: string, data: object, options?: PgBoss.SendOptions): Promise<string | null>;
  stop(): Promise<void>;
  boss: PgBoss;
};

const pgliteAdapter = (database: Database): PgBoss.Db => ({
  async executeSql(text, values) {
    const client = database.pglite!;
    if (values?.length) return client.query(text, values);
    const results = await client.exec(text);
    return results.at(-1) ?? { rows: [] };
  },
});

export type JobOptions = {
  /** Seconds between polls for new work: short in tests, a few seconds in production. */
  pollingIntervalSeconds?: number;
  /** false: register no cron (tests run the scheduled work directly). */
  schedule?: boolean;
  onError?: (err: Error) => void;
};

export async function startJobs(database: Database, definitions: readonly JobDefinition<never>[], opts: JobOptions = {}): Promise<JobQueue> {
  const boss =
    database.driver === 'postgres'
      ? new PgBoss({ connectionString: database.url, max: 3, schedule: opts.schedule ?? true })
      : new PgBoss({ db: pgliteAdapter(database), schedule: opts.schedule ?? true });
  boss.on('error', (err) => opts.onError?.(err));
  await boss.start();
  for (const def of definitions) {
    await boss.createQueue(def.name, { name: def.name, retryLimit: 3, retryDelay: 30, retryBackoff: true });
    await boss.work<object>(def.name, { pollingIntervalSeconds: opts.pollingIntervalSeconds ?? 2 }, async (jobs) => {
      for (const job of jobs) await (def.handler as JobDefinition['handler'])(job.data, { id: job.id });
    });
    if (def.cron && (opts.schedule ?? true)) await boss.schedule(def.name, def.cron, {});
  }
  return {
    boss,
    send: (name, data, options) => boss.send(name, data, options ?? {}),
    stop: () => boss.stop({ graceful: true, timeout: 10_000 }),
  };
}

/**
 * What the HTTP app holds to start background work. The queue starts after the server answers;
 * work asked for in that first moment (or in tests that run without a queue) runs in this process
 * instead, with the same handler, so nothing is refused.
 */
export class JobDispatch {
  queue: JobQueue | null = null;
  constructor(
    private readonly definitions: readonly JobDefinition<never>[],
    private readonly onError: (err: Error) => void = () => {},
  ) {}

  async send(name: string, data: object): Promise<void> {
    if (this.queue) {
      await this.queue.send(name, data);
      return;
    }
    const def = this.definitions.find((d) => d.name === name) as JobDefinition<object> | undefined;
    if (!def) throw new Error(`unknown job ${name}`);
    void def.handler(data, { id: 'inline' }).catch((err: Error) => this.onError(err));
  }

  get definitionsList(): readonly JobDefinition<never>[] {
    return this.definitions;
  }
}
