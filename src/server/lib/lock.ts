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

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
};

/** The lock of a process that no longer exists (killed, power cut) is left to take over at once. */
async function holderIsGone(pidFile: string): Promise<boolean> {
  const pid = Number(await fs.readFile(pidFile, 'utf8').catch(() => ''));
  return Number.isInteger(pid) && pid > 0 && pid !== process.pid && !alive(pid);
}

/**
 * Holds an exclusive lock on the data folder for the life of the process: two processes on one
 * PGlite folder silently lose writes. The lock is refreshed while we run and goes stale within
 * seconds after a crash; the holder's pid is written beside it, so a restart right after a crash
 * (kill -9) takes over the dead process's lock instead of waiting for it to go stale.
 */
export async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  await fs.mkdir(dataDir, { recursive: true });
  const lockfilePath = path.join(dataDir, 'lumbung.lock');
  const pidFile = path.join(dataDir, 'lumbung.pid');
  const take = () =>
    lockfile.lock(dataDir, {
      lockfilePath,
      stale: 10_000,
      update: 2_000,
      retries: 0,
      onCompromised: (err) => {
        // Another process took the folder: stop at once rather than write beside it.
        console.error(err);
        process.exit(1);
      },
    });
  let release: () => Promise<void>;
  try {
    release = await take();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
    if (!(await holderIsGone(pidFile))) throw new DataDirInUse(dataDir);
    await fs.rm(lockfilePath, { recursive: true, force: true });
    try {
      release = await take();
    } catch (again) {
      if ((again as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirInUse(dataDir);
      throw again;
    }
  }
  await fs.writeFile(pidFile, String(process.pid));
  return release;
}
