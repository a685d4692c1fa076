// Server memory during a large evidence upload (issue 4): a real server process (`--demo`, PGlite)
// receives a 200 MB MP4 for indicator 35 over one streamed request, while its resident memory
// (VmRSS in /proc/<pid>/status) is sampled every 100 ms. Budget: growth under 50 MB, i.e. the
// upload streams to disk instead of being buffered. The MP4 is generated as a stream, never held
// in memory here either.
//   node --import tsx bench/upload-memory.ts [megabytes=200] [--empty]
// By default the server runs on the generated registry (2,000 innovations, as registry-list.ts);
// --empty uses the bare demo region. Not part of npm test.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { InnovationDetail } from '../src/domain/contracts/innovations.js';
import { openDatabase } from '../src/server/db/client.js';
import { localStorage } from '../src/server/lib/storage.js';
import { freePort, run, waitHealthy, type Proc } from '../src/server/test/process.js';
import { generateRegistry } from './registry-data.js';

const megabytes = Number(process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 200);
const size = megabytes * 1_000_000; // decimal MB: 200 MB stays under the 200 MiB video limit
const empty = process.argv.includes('--empty');
const BUDGET_GROWTH_MB = 50;
const CODE = '35'; // "Video inovasi daerah": accepts an MP4

// The server inherits this environment; a PostgreSQL URL here would become its database.
delete process.env.DATABASE_URL;

const load = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');
const mib = (kb: number) => `${(kb / 1024).toFixed(1)} MB`;

/** A field of /proc/<pid>/status in kB (VmRSS: resident now, VmHWM: the peak since the last reset). */
async function status(pid: number, field: 'VmRSS' | 'VmHWM'): Promise<number> {
  const text = await fs.readFile(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(text)![1]);
}

/** Samples VmRSS every 100 ms until stopped; returns the samples (kB) with their times. */
function sampler(pid: number) {
  const samples: { at: number; kb: number }[] = [];
  const start = performance.now();
  const timer = setInterval(() => {
    status(pid, 'VmRSS').then((kb) => samples.push({ at: performance.now() - start, kb }), () => {});
  }, 100);
  return { samples, stop: () => clearInterval(timer) };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/** Signs in like the web app and keeps what a state-changing request needs: cookie and CSRF token. */
async function signIn(base: string, email: string) {
  const cookieOf = (res: Response) => res.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const first = await fetch(`${base}/api/auth/csrf`);
  const { token } = (await first.json()) as { token: string };
  const res = await fetch(`${base}/api/auth/sign-in`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token, cookie: cookieOf(first) },
    body: JSON.stringify({ email, password: 'lumbung-demo' }),
  });
  if (res.status !== 200) throw new Error(`sign-in: ${res.status} ${await res.text()}`);
  const cookie = cookieOf(res);
  // The token is bound to the session, which sign-in regenerated: ask again.
  const again = await fetch(`${base}/api/auth/csrf`, { headers: { cookie } });
  return { cookie: cookieOf(again) || cookie, token: ((await again.json()) as { token: string }).token };
}

/** `ftyp` box of an MP4 (brand mp42, compatible mp42/isom): what file-type recognises as video/mp4. */
const ftyp = Buffer.from('00000018' + '66747970' + '6d703432' + '00000000' + '6d703432' + '69736f6d', 'hex');

/**
 * Streams a multipart upload of an MP4 of `bytes` bytes, written chunk by chunk with backpressure,
 * like a browser sending a file from disk. Returns the status, body and time to the response's end.
 */
function upload(base: string, session: { cookie: string; token: string }, id: string, bytes: number): Promise<{ status: number; body: string; ms: number }> {
  const boundary = '----lumbungbench';
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="video-inovasi.mp4"\r\nContent-Type: video/mp4\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  // Incompressible filler, made once and reused: memory here stays at 1 MB whatever the size.
  const filler = randomBytes(1024 * 1024);
  const start = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request(`${base}/api/innovations/${id}/indicators/${CODE}/evidence`, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(head.length + bytes + tail.length),
        'x-csrf-token': session.token,
        cookie: session.cookie,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, ms: performance.now() - start }));
    });
    const send = async () => {
      const write = (chunk: Buffer) => (req.write(chunk) ? Promise.resolve() : new Promise<void>((r) => req.once('drain', () => r())));
      await write(head);
      await write(ftyp);
      for (let left = bytes - ftyp.length; left > 0; left -= filler.length) await write(left >= filler.length ? filler : filler.subarray(0, left));
      req.end(tail);
    };
    send().catch(reject);
  });
}

const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-bench-upload-'));
let server: Proc | undefined;
try {
  console.log(`upload memory bench: ${megabytes} MB MP4, Node ${process.version}, ${os.cpus().length} cores, load ${load()}`);
  if (!empty) {
    // The realistic region first, while no server holds the folder (PGlite: one process at a time).
    const database = await openDatabase({ dataDir });
    const data = await generateRegistry(database.db, { storage: localStorage(path.join(dataDir, 'files')) });
    await database.close();
    console.log(`generated ${data.counts.innovations} innovations in ${(data.ms / 1000).toFixed(1)} s`);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = run('src/server/main.ts', ['--demo'], { LUMBUNG_DATA_DIR: dataDir, PORT: String(port) });
  await waitHealthy(port, server);
  const pid = server.child.pid!;

  const session = await signIn(base, 'operator@lumbung-demo.test');
  const me = (await (await fetch(`${base}/api/auth/me`, { headers: { cookie: session.cookie } })).json()) as { unitIds: string[] };
  const created = await fetch(`${base}/api/innovations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': session.token, cookie: session.cookie },
    body: JSON.stringify({ unitId: me.unitIds[0], name: 'Video Inovasi Uji Memori' }),
  });
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`);
  const id = ((await created.json()) as InnovationDetail).innovation.id;
  const idle = await status(pid, 'VmRSS');

  // A 1 MB upload first, so the baseline includes what any upload loads once (multipart parser,
  // type sniffing, the detail query's plans) and the growth measured is the large file's own.
  const warm = await upload(base, session, id, 1_000_000);
  if (warm.status !== 200) throw new Error(`warm-up upload: ${warm.status} ${warm.body}`);
  await new Promise((r) => setTimeout(r, 1500));
  const quiet: number[] = [];
  for (let i = 0; i < 10; i++) {
    quiet.push(await status(pid, 'VmRSS'));
    await new Promise((r) => setTimeout(r, 100));
  }
  const baseline = median(quiet);

  // Reset the kernel's peak-RSS mark, so VmHWM afterwards is the peak of this upload alone.
  const hwmReset = await fs.writeFile(`/proc/${pid}/clear_refs`, '5').then(() => true, () => false);
  const loadAtStart = load();
  const watch = sampler(pid);
  const result = await upload(base, session, id, size);
  await new Promise((r) => setTimeout(r, 1000)); // what happens right after the answer counts too
  watch.stop();
  const hwm = hwmReset ? await status(pid, 'VmHWM') : NaN;
  const after = await status(pid, 'VmRSS');

  if (result.status !== 200) throw new Error(`upload: ${result.status} ${result.body.slice(0, 500)}`);
  const detail = JSON.parse(result.body) as InnovationDetail;
  const stored = detail.assessment.answers.find((a) => a.code === CODE)?.evidence.map((e) => e.file).find((f) => f?.size === size);
  const peak = Math.max(...watch.samples.map((s) => s.kb));
  const growth = (Math.max(peak, hwmReset ? hwm : 0) - baseline) / 1024;

  console.log(`\nupload of ${megabytes} MB (${size} bytes) to indicator ${CODE} — load at start ${loadAtStart}, at end ${load()}`);
  console.log(`  response                 ${result.status}, evidence stored: ${stored ? `${stored.name}, ${stored.size} bytes, ${stored.mime}` : 'NOT FOUND'}`);
  console.log(`  time                     ${(result.ms / 1000).toFixed(2)} s (${(megabytes / (result.ms / 1000)).toFixed(0)} MB/s)`);
  console.log(`  RSS idle after start     ${mib(idle)}`);
  console.log(`  RSS baseline             ${mib(baseline)} (after a 1 MB warm-up upload)`);
  console.log(`  RSS peak (100 ms samples) ${mib(peak)} (${watch.samples.length} samples)`);
  console.log(`  RSS peak (VmHWM)         ${hwmReset ? mib(hwm) : 'n/a (clear_refs refused)'}`);
  console.log(`  RSS 1 s after the answer ${mib(after)}`);
  console.log(`  growth                   ${growth.toFixed(1)} MB — budget < ${BUDGET_GROWTH_MB} MB: ${growth < BUDGET_GROWTH_MB ? 'pass' : 'FAIL'}`);
  // A coarse timeline: one line per second, the highest sample of that second.
  const perSecond = new Map<number, number>();
  for (const s of watch.samples) perSecond.set(Math.floor(s.at / 1000), Math.max(perSecond.get(Math.floor(s.at / 1000)) ?? 0, s.kb));
  console.log(`  RSS by second (MB)       ${[...perSecond.values()].map((kb) => (kb / 1024).toFixed(0)).join(' ')}`);
  if (!stored) process.exitCode = 1;
} finally {
  if (server) {
    server.child.kill('SIGTERM');
    await server.exited;
  }
  await fs.rm(dataDir, { recursive: true, force: true });
}
