import { spawn, type ChildProcess } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

// Real server processes for the tests that need one: the lock, and a crash in the middle of an upload.

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const tsx = import.meta.resolve('tsx');

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

export type Proc = { child: ChildProcess; output: () => string; exited: Promise<number | null> };

export function run(script: string, args: string[], env: Record<string, string>): Proc {
  let out = '';
  const child = spawn(process.execPath, ['--import', tsx, path.join(root, script), ...args], {
    cwd: root,
    env: { ...process.env, LUMBUNG_LOG_LEVEL: 'warn', ...env },
  });
  child.stdout!.on('data', (d) => (out += d));
  child.stderr!.on('data', (d) => (out += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

export async function waitHealthy(port: number, proc: Proc) {
  for (let i = 0; i < 300; i++) {
    try {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`);
      if (res.ok) return;
    } catch {
      /* not listening yet */
    }
    if (proc.child.exitCode !== null) throw new Error(`server exited early:\n${proc.output()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server not healthy:\n${proc.output()}`);
}

export async function signedInCsrf(base: string, email = 'admin@lumbung-demo.test') {
  const cookie = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  let jar = '';
  const csrf = async () => {
    const res = await fetch(`${base}/api/auth/csrf`, { headers: { cookie: jar } });
    jar = cookie(res) || jar;
    return ((await res.json()) as { token: string }).token;
  };
  const signIn = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': await csrf(), cookie: jar },
    body: JSON.stringify({ email, password: 'lumbung-demo' }),
  });
  expect(signIn.status).toBe(200);
  jar = cookie(signIn);
  return { jar, token: await csrf() };
}

