import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** One storage interface. The local folder is the default; object storage comes as a second adapter. */
export interface Storage {
  readonly driver: string;
  /** Moves a finished temporary file into storage under `key`. */
  putFile(key: string, tempPath: string): Promise<void>;
  get(key: string): Promise<Readable>;
  has(key: string): Promise<boolean>;
  remove(key: string): Promise<void>;
  list(): AsyncIterable<string>;
  check(): Promise<{ ok: boolean; detail?: string }>;
}

export function localStorage(root: string): Storage {
  const full = (key: string) => {
    const p = path.resolve(root, key);
    if (!p.startsWith(path.resolve(root) + path.sep)) throw new Error(`storage key escapes the root: ${key}`);
    return p;
  };
  return {
    driver: 'local',
    async putFile(key, tempPath) {
      const dest = full(key);
      await fs.mkdir(path.dirname(dest), { recursive: true });
      try {
        await fs.rename(tempPath, dest);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EXDEV') throw err;
        await fs.copyFile(tempPath, dest);
        await fs.rm(tempPath, { force: true });
      }
    },
    async get(key) {
      await fs.access(full(key));
      return createReadStream(full(key));
    },
    async has(key) {
      return fs.access(full(key)).then(
        () => true,
        () => false,
      );
    },
    async remove(key) {
      await fs.rm(full(key), { force: true });
    },
    async *list() {
      const base = path.resolve(root);
      const walk = async function* (dir: string): AsyncGenerator<string> {
        const entries = await fs.readdir(dir, { withFileTypes: true }).catch(() => []);
        for (const e of entries) {
          const p = path.join(dir, e.name);
          if (e.isDirectory()) yield* walk(p);
          else yield path.relative(base, p).split(path.sep).join('/');
        }
      };
      yield* walk(base);
    },
    async check() {
      try {
        await fs.mkdir(root, { recursive: true });
        const probe = path.join(root, `.health-${process.pid}`);
        await fs.writeFile(probe, 'ok');
        await fs.rm(probe);
        return { ok: true };
      } catch (err) {
        return { ok: false, detail: (err as Error).message };
      }
    },
  };
}
