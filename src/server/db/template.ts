import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/*
 * A migrated, empty PGlite database kept as a tar file. A new data folder, and every test database,
 * starts from a copy instead of initdb plus every migration: ~2 s instead of ~5 s on these machines.
 * The file name carries a hash of the migrations, so a new migration never loads an old template.
 * `npm install` prepares it (postinstall); without it, start-up simply runs initdb.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
export const migrationsFolder = path.join(here, 'migrations');
const cacheDirs = [path.resolve(here, '../../../node_modules/.cache/lumbung'), os.tmpdir()];

let file: string | null = null;
async function templateName(): Promise<string> {
  if (file) return file;
  const hash = createHash('sha256');
  for (const f of (await fs.readdir(migrationsFolder, { recursive: true })).sort()) {
    const full = path.join(migrationsFolder, f);
    if ((await fs.stat(full)).isFile()) hash.update(f).update(await fs.readFile(full));
  }
  file = `pglite-template-${hash.digest('hex').slice(0, 16)}.tar`;
  return file;
}

export async function readTemplate(): Promise<Blob | null> {
  const name = await templateName();
  for (const dir of cacheDirs) {
    try {
      return new Blob([await fs.readFile(path.join(dir, name))]);
    } catch {
      /* not in this cache */
    }
  }
  return null;
}

export async function writeTemplate(template: Blob): Promise<string> {
  const name = await templateName();
  for (const dir of cacheDirs) {
    try {
      await fs.mkdir(dir, { recursive: true });
      const target = path.join(dir, name);
      const tmp = `${target}.${process.pid}`;
      await fs.writeFile(tmp, Buffer.from(await template.arrayBuffer()));
      await fs.rename(tmp, target); // atomic: parallel readers never see half a file
      return target;
    } catch {
      /* read-only: try the next cache */
    }
  }
  throw new Error('no writable cache folder for the database template');
}
