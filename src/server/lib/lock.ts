import fs from 'node:fs/promises';
import path from 'node:path';
import lockfile from 'proper-lockfile';

export class DataDirInUse extends Error {
  constructor(readonly dataDir: string) {
    super(
      `Folder data ${dataDir} sedang dipakai proses Lumbung lain. Hentikan proses itu dulu.\n` +
        `The data folder ${dataDir} is in use by another Lumbung process. Stop it first.`,
    );
  }
}

/**
 * Holds an exclusive lock on the data folder for the life of the process: two processes on one
 * PGlite folder silently lose writes. The lock is refreshed while we run and goes stale within
 * seconds after a crash, so a killed server does not block the next start for long.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dataDir, { recursive: true });
  try {
    return await lockfile.lock(dataDir, {
      lockfilePath: path.join(dataDir, 'lumbung.lock'),
      stale: 10_000,
      update: 2_000,
      retries: 0,
      onCompromised: (err) => {
        // Another process took the folder: stop at once rather than write beside it.
        console.error(err);
        process.exit(1);
      },
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirInUse(dataDir);
    throw err;
  }
}
