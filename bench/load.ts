// What the load benchmarks share (bench/registry-list.ts, bench/portal.ts): timed GETs on kept-alive
// connections, the closed-loop load runner, percentiles, the server's CPU, a database connection
// that records the SQL it sends (for EXPLAIN ANALYZE), and throwaway PostgreSQL databases.
import fs from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import type { Db } from '../src/server/db/client.js';
import * as schema from '../src/server/db/schema.js';

/** The machine's load averages (1, 5, 15 min): a run on a busy machine reads differently. */
export const loadAverage = () => os.loadavg().map((l) => l.toFixed(2)).join(' ');

/** The p-th percentile of sorted numbers (nearest rank). */
export const percentile = (sorted: readonly number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

/** CPU seconds (user + system) a process has used, from /proc: is the server saturated? */
export async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await fs.readFile(`/proc/${pid}/stat`, 'utf8')).split(') ')[1]!.split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100; // utime, stime in clock ticks (100/s)
}

export type Response = { status: number; ms: number; body: Buffer; headers: http.IncomingHttpHeaders };

/** One GET on a kept-alive connection; the time runs until the last byte of the body. */
export function timedGet(agent: http.Agent, base: string, url: string, headers: Record<string, string>): Promise<Response> {
  const start = performance.now();
  return new Promise((resolve, reject) => {
    http
      .get(`${base}${url}`, { agent, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, ms: performance.now() - start, body: Buffer.concat(chunks), headers: res.headers }));
      })
      .on('error', reject);
  });
}

export type ClosedLoop<T> = {
  /** Concurrent clients. */
  clients: number;
  /** Measured time; a warm-up of `warmupMs` (same mix) goes before it. */
  ms: number;
  warmupMs: number;
  /** Each client's pause between requests, ~0.5–1.5 × this; 0 is the stress case (the next request at once). */
  thinkMs: number;
  /** A fixed sequence (e.g. `prng(seed)`), so every run sends the same mix. */
  random: () => number;
  /** The server process, for its CPU use over the measured time. */
  pid: number;
  /** Sends client `client`'s next request; `sample` is what the caller wants back with its time. */
  send: (client: number) => Promise<{ ok: boolean; ms: number; sample: T }>;
};

export type LoopResult<T> = { samples: { sample: T; ms: number }[]; errors: number; elapsedS: number; cpu: number; load: string };

/**
 * Clients that each send their next request as soon as the last one is answered (after a pause
 * with `thinkMs`). Warm-up and measured window are one loop: requests that start after the warm-up
 * count. (Two loops would make every client wait for the slowest at the switch and then send all
 * requests at once: a burst no real audience makes, which alone cost ~400 ms at p99.)
 */
export async function closedLoop<T>(o: ClosedLoop<T>): Promise<LoopResult<T>> {
  const samples: { sample: T; ms: number }[] = [];
  let errors = 0;
  const warmUntil = performance.now() + o.warmupMs;
  const endAt = warmUntil + o.ms;
  let cpuBefore = 0;
  let loadAtStart = '';
  const startMeasuring = new Promise<void>((resolve) =>
    setTimeout(() => {
      loadAtStart = loadAverage();
      void cpuSeconds(o.pid).then((c) => {
        cpuBefore = c;
        resolve();
      });
    }, o.warmupMs),
  );
  await Promise.all(
    Array.from({ length: o.clients }, async (_, client) => {
      while (performance.now() < endAt) {
        const record = performance.now() >= warmUntil;
        const res = await o.send(client);
        if (!res.ok) {
          errors++;
          continue;
        }
        if (record) samples.push({ sample: res.sample, ms: res.ms });
        if (o.thinkMs) await new Promise((r) => setTimeout(r, o.thinkMs * (0.5 + o.random())));
      }
    }),
  );
  await startMeasuring;
  const elapsedS = (performance.now() - warmUntil) / 1000;
  const cpu = ((await cpuSeconds(o.pid)) - cpuBefore) / elapsedS;
  return { samples, errors, elapsedS, cpu, load: `${loadAtStart} → ${loadAverage()}` };
}

/** Groups the times of samples by a key (in first-seen order unless `keys` gives the order), each list sorted. */
export function timesBy<T>(samples: readonly { sample: T; ms: number }[], keyOf: (sample: T) => string, keys: readonly string[] = []): Map<string, number[]> {
  const out = new Map<string, number[]>(keys.map((k) => [k, []]));
  for (const s of samples) {
    const key = keyOf(s.sample);
    const list = out.get(key) ?? [];
    list.push(s.ms);
    out.set(key, list);
  }
  for (const list of out.values()) list.sort((a, b) => a - b);
  return out;
}

// ---------------------------------------------------------------- the SQL a service sends

export type Statement = { sql: string; params: unknown[] };

/**
 * The data folder's or server's database without the app around it, with every statement it sends
 * recorded in `captured` (the service's own SQL, nothing rewritten by hand) and a raw `query` to
 * time or EXPLAIN ANALYZE it. The server process must be stopped first on PGlite (one process per folder).
 */
export async function capturingDatabase(driver: 'pglite' | 'postgres', dataDir: string, databaseUrl: string | undefined) {
  const captured: Statement[] = [];
  const logger = { logQuery: (text: string, params: unknown[]) => void captured.push({ sql: text, params }) };
  if (driver === 'pglite') {
    const client = await PGlite.create({ dataDir: path.join(dataDir, 'db') });
    return {
      db: drizzlePglite(client, { schema, logger }) as unknown as Db,
      captured,
      query: (text: string, params: unknown[]) => client.query<Record<string, unknown>>(text, params),
      close: () => client.close(),
    };
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  return {
    db: drizzlePg(pool, { schema, logger }) as Db,
    captured,
    query: (text: string, params: unknown[]) => pool.query<Record<string, unknown>>(text, params),
    close: () => pool.end(),
  };
}

// ---------------------------------------------------------------- throwaway PostgreSQL databases

const withClient = async (serverUrl: string, work: (client: pg.Client) => Promise<unknown>) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
};

const urlOf = (serverUrl: string, name: string) => {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
};

/** A fresh database on the server, named like the test suite's so its stale-database sweep knows it. */
export async function createDatabase(serverUrl: string): Promise<string> {
  const name = `lumbung_test_${Date.now().toString(36)}_bench`;
  await withClient(serverUrl, (client) => client.query(`create database "${name}"`));
  return urlOf(serverUrl, name);
}

/** A database kept between runs (created when missing). */
export async function keptDatabase(serverUrl: string, name: string): Promise<string> {
  await withClient(serverUrl, async (client) => {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!rowCount) await client.query(`create database "${name}"`);
  });
  return urlOf(serverUrl, name);
}

export async function dropDatabase(serverUrl: string, databaseUrl: string): Promise<void> {
  await withClient(serverUrl, (client) => client.query(`drop database if exists "${new URL(databaseUrl).pathname.slice(1)}" with (force)`));
}
