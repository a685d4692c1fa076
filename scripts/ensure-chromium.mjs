#!/usr/bin/env node
// Makes sure Debian's Chromium is at /usr/bin/chromium for the browser tests. Playwright is
// pointed at it (playwright.config.ts) and never downloads a browser of its own.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const CHROMIUM = '/usr/bin/chromium';

if (fs.existsSync(CHROMIUM)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasAptGet = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (isRoot && hasAptGet) {
  console.log(`${CHROMIUM} tidak ada / is missing: installing Debian's chromium with apt-get (~1 min)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => spawnSync('apt-get', args, { stdio: 'inherit', env }).status === 0;
  const ok = run(['update']) && run(['install', '-y', 'chromium']);
  if (ok && fs.existsSync(CHROMIUM)) {
    const version = spawnSync(CHROMIUM, ['--version'], { encoding: 'utf8' });
    console.log(`Chromium siap / ready: ${(version.stdout || '').trim() || CHROMIUM}`);
    process.exit(0);
  }
  console.error(`apt-get tidak berhasil memasang chromium / apt-get did not install chromium at ${CHROMIUM}.`);
  process.exit(1);
}

console.error(`
Chromium tidak ditemukan di ${CHROMIUM}. Uji peramban (Playwright) memerlukannya.
Pasang sebagai root (Debian/Ubuntu):
    sudo apt-get update && sudo apt-get install -y chromium

Chromium was not found at ${CHROMIUM}; the browser tests (Playwright) need it.
Install it as root (Debian/Ubuntu):
    sudo apt-get update && sudo apt-get install -y chromium
`);
process.exit(1);
