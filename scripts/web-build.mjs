// Builds the web app (Vite) when dist/web is missing or older than its sources.
// Shared by `npm start` and `npm test`, so both agree on what "out of date" means.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const builtIndex = path.join(root, 'dist/web/index.html');
const inputs = ['src/web', 'src/domain', 'vite.config.ts', 'tsconfig.web.json', 'package-lock.json'];

/** The newest modification time under `p` (a file or a folder), 0 when it does not exist. */
export function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs; // a deleted file changes its folder's mtime
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

export function webIsStale() {
  if (!fs.existsSync(builtIndex)) return true;
  const newest = Math.max(...inputs.map((p) => newestMtime(path.join(root, p))));
  return fs.statSync(builtIndex).mtimeMs < newest;
}

/** Runs `vite build` when needed. Resolves to 'fresh' (nothing to do), 'built' or 'failed'. */
export function buildWebIfStale() {
  if (!webIsStale()) return Promise.resolve('fresh');
  return new Promise((resolve) => {
    const child = spawn(path.join(root, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => resolve(code === 0 && !webIsStale() ? 'built' : 'failed'));
    child.on('error', () => resolve('failed'));
  });
}
