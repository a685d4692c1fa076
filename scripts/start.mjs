// `npm start`: builds what is missing or stale (the web app with Vite, the server as plain JS with
// esbuild), then serves app and API in one process. `npm start -- --demo` fills the demo region first.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildServerIfStale } from './server-build.mjs';
import { buildWebIfStale } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if ((await buildWebIfStale()) === 'failed') {
  console.error('Gagal membangun aplikasi web / the web build failed.');
  process.exit(1);
}
try {
  await buildServerIfStale();
} catch (err) {
  console.error(`Gagal membangun server / the server build failed: ${err.message}`);
  process.exit(1);
}
// The served process runs React's production build (server-rendered portal pages: about twice the
// throughput of the development build, bench/README.md). Only this process: the build steps above
// and the tests (vitest sets NODE_ENV=test, the browser tests run src/server/main.ts) are unaffected.
// An explicit NODE_ENV in the caller's environment still wins.
const child = spawn(process.execPath, [path.join(root, 'build/server/main.js'), ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'production' },
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
