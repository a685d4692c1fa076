import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/client.js';
import { openTestDatabase } from '../test/harness.js';
import { startJobs, type JobDefinition } from './jobs.js';

const dirs: string[] = [];
afterAll(async () => {
  for (const d of dirs) await fs.rm(d, { recursive: true, force: true });
});

const waitFor = async (check: () => boolean, ms = 20_000) => {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
};

describe('job queue', () => {
  it('runs a job sent through the queue on the test database', async () => {
    const database = await openTestDatabase();
    const seen: string[] = [];
    const echo: JobDefinition<{ word: string }> = { name: 'uji-gema', handler: async (d) => void seen.push(d.word) };
    const jobs = await startJobs(database, [echo], { pollingIntervalSeconds: 0.5, schedule: false });
    try {
      await jobs.send('uji-gema', { word: 'halo' });
      await waitFor(() => seen.length === 1);
      expect(seen).toEqual(['halo']);
    } finally {
      await jobs.stop();
      await database.close();
    }
  });

  it.skipIf(!!process.env.LUMBUNG_TEST_PG)('keeps a job sent before a crash and runs it after the next start (PGlite folder)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-jobs-'));
    dirs.push(dir);
    const first = await openDatabase({ dataDir: dir });
    // No worker yet: the job waits in the table, as when the process dies before picking it up.
    const queueOnly = await startJobs(first, [], { schedule: false });
    await queueOnly.boss.createQueue('uji-tahan');
    await queueOnly.send('uji-tahan', { n: 7 });
    await queueOnly.stop();
    await first.close();

    const second = await openDatabase({ dataDir: dir });
    const seen: number[] = [];
    const jobs = await startJobs(second, [{ name: 'uji-tahan', handler: async (d: { n: number }) => void seen.push(d.n) }], { pollingIntervalSeconds: 0.5, schedule: false });
    try {
      await waitFor(() => seen.length === 1);
      expect(seen).toEqual([7]);
    } finally {
      await jobs.stop();
      await second.close();
    }
  });
});
