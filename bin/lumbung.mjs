#!/usr/bin/env node
// `lumbung` / `npx lumbung`: runs src/server/cli.ts through tsx from any working folder.
// tsx is resolved from this package, not from the caller's folder.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cli = path.join(root, 'src/server/cli.ts');
const tsx = import.meta.resolve('tsx'); // a file: URL to tsx's ESM loader

const child = spawn(process.execPath, ['--import', tsx, cli, ...process.argv.slice(2)], { stdio: 'inherit' });

// The child shares our terminal, so Ctrl-C reaches it directly; forward what is sent to us alone.
const forward = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
for (const signal of forward) process.on(signal, () => child.kill(signal));

child.on('error', (error) => {
  console.error(`lumbung: could not start node: ${error.message}`);
  process.exit(1);
});

child.on('exit', (code, signal) => {
  if (signal) {
    for (const s of forward) process.removeAllListeners(s);
    process.kill(process.pid, signal); // exit the way the child did, so callers see the signal
    return;
  }
  process.exit(code ?? 1);
});
