import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InnovationDetail } from '../../../domain/contracts/innovations.js';
import { testDatabaseUrl } from '../../test/database.js';
import { freePort, run, signedInCsrf, waitHealthy, type Proc } from '../../test/process.js';

// Issue 4: a process killed (SIGKILL) in the middle of an upload and restarted leaves no
// half-written record and no orphan file.

const listFiles = async (dir: string): Promise<string[]> => {
  const out: string[] = [];
  const walk = async (d: string) => {
    for (const e of await fs.readdir(d, { withFileTypes: true }).catch(() => [])) {
      if (e.isDirectory()) await walk(path.join(d, e.name));
      else out.push(path.relative(dir, path.join(d, e.name)));
    }
  };
  await walk(dir);
  return out.sort();
};

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 300; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('a crash during an upload', () => {
  let dataDir: string;
  let env: Record<string, string>;
  let server: Proc;
  let port: number;

  beforeAll(async () => {
    dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-crash-'));
    const databaseUrl = await testDatabaseUrl();
    env = { LUMBUNG_DATA_DIR: dataDir, LUMBUNG_UPLOAD_MAX_DOCUMENT_MB: '100', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
    port = await freePort();
    server = run('src/server/main.ts', ['--demo'], { ...env, PORT: String(port) });
    await waitHealthy(port, server);
  });

  afterAll(async () => {
    server.child.kill('SIGKILL');
    await server.exited;
    await fs.rm(dataDir, { recursive: true, force: true });
  });

  it('leaves no record and no file after kill -9 and a restart', async () => {
    let base = `http://127.0.0.1:${port}`;
    let session = await signedInCsrf(base, 'operator@lumbung-demo.test');
    const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie: session.jar } })).json()) as { unitIds: string[] };
    const created = await fetch(`${base}/api/innovations`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-csrf-token': session.token, cookie: session.jar },
      body: JSON.stringify({ unitId: me.unitIds[0], name: 'Inovasi Uji Putus Daya' }),
    });
    expect(created.status, await created.clone().text()).toBe(201);
    const id = ((await created.json()) as InnovationDetail).innovation.id;
    const filesBefore = await listFiles(path.join(dataDir, 'files'));

    // Start a 40 MB upload, send half, and kill the server while it is receiving.
    const boundary = '----crash';
    const req = http.request(`${base}/api/innovations/${id}/indicators/16/evidence`, {
      method: 'POST',
      headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'x-csrf-token': session.token, cookie: session.jar },
    });
    req.on('error', () => {}); // the connection dies with the server
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="besar.pdf"\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\n`);
    const chunk = Buffer.alloc(1024 * 1024, 32);
    for (let i = 0; i < 20; i++) req.write(chunk);
    const tmp = path.join(dataDir, 'tmp');
    await waitFor(async () => (await fs.readdir(tmp).catch(() => [])).length > 0, 'the upload to reach the temp folder');
    server.child.kill('SIGKILL');
    await server.exited;
    req.destroy();
    expect((await fs.readdir(tmp)).length).toBeGreaterThan(0); // the half-received upload was on disk

    port = await freePort();
    server = run('src/server/main.ts', [], { ...env, PORT: String(port) });
    await waitHealthy(port, server);
    base = `http://127.0.0.1:${port}`;
    session = await signedInCsrf(base, 'operator@lumbung-demo.test');
    const detail = (await (await fetch(`${base}/api/innovations/${id}`, { headers: { cookie: session.jar } })).json()) as InnovationDetail;
    expect(detail.assessment.answers).toEqual([]);
    expect(await fs.readdir(tmp)).toEqual([]);
    expect(await listFiles(path.join(dataDir, 'files'))).toEqual(filesBefore);
  });
});
