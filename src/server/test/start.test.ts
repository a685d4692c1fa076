import { spawn } from 'node:child_process';
import fs from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from './database.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

describe('npm start (scripts/start.mjs) on an empty data folder', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterAll(async () => {
    for (const c of cleanup) await c();
  });

  it('builds what is missing and serves the setup page and the API', { timeout: 180_000 }, async () => {
    const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-start-'));
    const port = await freePort();
    const databaseUrl = await testDatabaseUrl();
    let output = '';
    const child = spawn(process.execPath, [path.join(root, 'scripts/start.mjs')], {
      cwd: root,
      env: { ...process.env, LUMBUNG_DATA_DIR: dataDir, PORT: String(port), LUMBUNG_LOG_LEVEL: 'warn', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) },
    });
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    const exited = new Promise((resolve) => child.on('exit', resolve));
    cleanup.push(async () => {
      child.kill('SIGTERM');
      await exited;
      await fs.rm(dataDir, { recursive: true, force: true });
    });

    const base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 1200 && !output.includes('Lumbung siap'); i++) {
      if (child.exitCode !== null) throw new Error(`npm start exited:\n${output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(output).toContain(`http://localhost:${port}`);
    expect(await (await fetch(`${base}/api/setup`)).json()).toEqual({ needsSetup: true, demo: false });
    const page = await fetch(`${base}/setup`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<div id="root">');
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });
});
