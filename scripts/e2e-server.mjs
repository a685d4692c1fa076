#!/usr/bin/env node
// Starts the app for the browser tests on a fresh, empty data folder with demo data, and
// removes the folder when the app stops. Playwright's `webServer` runs this and stops it with
// SIGTERM (see playwright.config.ts, gracefulShutdown).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { tsImport } from 'tsx/esm/api';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const prefix = 'lumbung-e2e-';
const port = process.env.PORT ?? '3107';

// Folders left by runs that were killed outright (SIGKILL) and could not clean up.
for (const name of fs.readdirSync(os.tmpdir())) {
  if (!name.startsWith(prefix)) continue;
  const dir = path.join(os.tmpdir(), name);
  try {
    if (Date.now() - fs.statSync(dir).mtimeMs > 24 * 60 * 60 * 1000) fs.rmSync(dir, { recursive: true, force: true });
  } catch {
    // Another run's folder vanished under us: nothing to do.
  }
}

/*
 * A real SMTP server for the journeys that follow a mailed link (citizen registration): the app
 * sends through nodemailer to it on PORT+1 (the API tests' capture, src/server/test/smtp.ts), and
 * the tests read what arrived as JSON from PORT+2 (`GET /messages` → [{ to, subject, text }]), see
 * e2e/support.ts `mailTo`.
 */
const { startSmtpServer } = await tsImport('../src/server/test/smtp.ts', import.meta.url);
const smtp = await startSmtpServer(Number(port) + 1);
const mailbox = http.createServer((_req, res) => {
  const addresses = (to) => (Array.isArray(to) ? to.map((a) => a.text).join(', ') : (to?.text ?? ''));
  res.setHeader('content-type', 'application/json');
  res.end(JSON.stringify(smtp.messages.map((m) => ({ to: addresses(m.to), subject: m.subject ?? '', text: m.text ?? '' }))));
});
await new Promise((resolve) => mailbox.listen(Number(port) + 2, '127.0.0.1', resolve));

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
console.log(`[e2e-server] data folder ${dataDir}`);

const child = spawn(
  process.execPath,
  ['--import', 'tsx', path.join(root, 'src/server/main.ts'), '--demo'],
  {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      LUMBUNG_DATA_DIR: dataDir,
      PORT: port,
      HOST: '127.0.0.1',
      LUMBUNG_LOG_LEVEL: process.env.LUMBUNG_LOG_LEVEL ?? 'warn',
      SMTP_URL: smtp.url,
      // Links in mail point where the browser tests browse, so a journey can follow them as they are.
      LUMBUNG_PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
  },
);

let stopping = false;
for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP']) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    // Playwright signals the whole process group; the child may already have it.
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    // The app must not hold the folder hostage: after 8 s it is killed.
    setTimeout(() => child.kill('SIGKILL'), 8_000).unref();
  });
}

child.on('error', (error) => {
  console.error(`[e2e-server] could not start the app: ${error.message}`);
  cleanUp();
  process.exit(1);
});

child.on('exit', (code, signal) => {
  cleanUp();
  if (!stopping) console.error(`[e2e-server] the app stopped on its own (${signal ?? `exit code ${code}`})`);
  process.exit(stopping ? 0 : (code ?? 1));
});

function cleanUp() {
  void smtp.close();
  mailbox.close();
  try {
    fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 3 });
  } catch (error) {
    console.error(`[e2e-server] could not remove ${dataDir}: ${error.message}`);
  }
}
