import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDatabaseUrl } from './database.js';
import { freePort, run, signedInCsrf, waitHealthy, type Proc } from './process.js';

describe('the data folder lock', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let first: Proc;
  let port: number;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-lock-'));
    const databaseUrl = await testDatabaseUrl();
    env = { LUMBUNG_DATA_DIR: dataDir, ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    port = await freePort();
    first = run('src/server/main.ts', ['--demo'], { ...env, PORT: String(port) });
    await waitHealthy(port, first);
  });

  afterAll(async () => {
    first.child.kill('SIGTERM');
    await first.exited;
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server and a CLI command on the same folder while the first keeps serving, losing nothing', async () => {
    const base = `http://127.0.0.1:${port}`;
    const { jar, token } = await signedInCsrf(base);
    const created = await fetch(`${base}/api/units`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: jar },
      body: JSON.stringify({ name: 'Dinas Uji Kunci', type: 'dinas' }),
    });
    expect(created.status).toBe(201);

    const second = run('src/server/main.ts', [], { ...env, PORT: String(await freePort()) });
    expect(await second.exited).toBe(2);
    expect(second.output()).toContain('sedang dipakai proses Lumbung lain');
    expect(second.output()).toContain('in use by another Lumbung process');

    const cli = run('src/server/cli.ts', ['seed-demo'], env);
    expect(await cli.exited).toBe(2);
    expect(cli.output()).toContain('sedang dipakai');

    // The first server still serves, and still has what was written before the refused starts.
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
    const list = await fetch(`${base}/api/units?q=Kunci`, { headers: { cookie: jar } });
    expect(((await list.json()) as { total: number }).total).toBe(1);

    // After a clean stop, the next server opens the folder and finds the unit.
    first.child.kill('SIGTERM');
    expect(await first.exited).toBe(0);
    port = await freePort();
    first = run('src/server/main.ts', [], { ...env, PORT: String(port) });
    await waitHealthy(port, first);
    const again = await signedInCsrf(`http://127.0.0.1:${port}`);
    const reopened = await fetch(`http://127.0.0.1:${port}/api/units?q=Kunci`, { headers: { cookie: again.jar } });
    expect(((await reopened.json()) as { total: number }).total).toBe(1);
  });
});
