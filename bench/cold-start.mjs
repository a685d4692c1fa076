// Measures how long `npm start -- --demo` (scripts/start.mjs, with web and server already built)
// takes to answer /api/health: cold (empty data folder: database from the template, migrations,
// demo seed) and warm (same folder again). Not part of npm test.
//   node bench/cold-start.mjs [runs=3]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const runs = Number(process.argv[2] ?? 3);
const port = 3190;

async function startOnce(dataDir) {
  const t0 = performance.now();
  const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs'), '--demo'], {
    env: { ...process.env, LUMBUNG_DATA_DIR: dataDir, PORT: String(port), LUMBUNG_LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  for (;;) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/api/health`)).ok) break;
    } catch {
      /* not yet */
    }
    if (child.exitCode !== null) throw new Error('server exited');
    await new Promise((r) => setTimeout(r, 25));
  }
  const ms = performance.now() - t0;
  child.kill('SIGTERM');
  await new Promise((r) => child.on('exit', r));
  return ms;
}

// Build once up front, so the runs measure starting, not building.
await (await import('../scripts/web-build.mjs')).buildWebIfStale();
await (await import('../scripts/server-build.mjs')).buildServerIfStale();

const cold = [];
const warm = [];
for (let i = 0; i < runs; i++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lumbung-bench-'));
  cold.push(await startOnce(dir));
  warm.push(await startOnce(dir));
  fs.rmSync(dir, { recursive: true, force: true });
}
const fmt = (xs) => `median ${(xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)] / 1000).toFixed(2)} s (runs: ${xs.map((x) => (x / 1000).toFixed(2)).join(', ')})`;
console.log(`cold start --demo, empty folder: ${fmt(cold)}   budget < 10 s`);
console.log(`warm start --demo, same folder:  ${fmt(warm)}   budget < 3 s`);
