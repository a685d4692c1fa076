// `npm start`: builds the web app when it is missing or stale, then serves app and API in one
// process. `npm start -- --demo` fills the demo region first.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildWebIfStale } from './web-build.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
console.log('Menyiapkan aplikasi web / preparing the web app…');
if ((await buildWebIfStale()) === 'failed') {
  console.error('Gagal membangun aplikasi web / the web build failed.');
  process.exit(1);
}
const child = spawn(process.execPath, ['--import', import.meta.resolve('tsx'), path.join(root, 'src/server/main.ts'), ...process.argv.slice(2)], {
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
