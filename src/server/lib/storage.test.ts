import crypto, { createHash, randomBytes, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import type { Server } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { HeadObjectCommand, S3Client } from '@aws-sdk/client-s3';
import S3rver from 's3rver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, preparePgliteTemplate, type Database } from '../db/client.js';
import { files, regions } from '../db/schema.js';
import { readEnv } from '../env.js';
import { testDatabaseUrl } from '../test/database.js';
import { openStorage } from './open-storage.js';
import { s3Storage, type S3StorageOptions } from './storage-s3.js';
import { sweepStorage, type SweepLog } from './storage-sweep.js';
import { localStorage, type Storage } from './storage.js';

const MiB = 1024 * 1024;
const BUCKET = 'lumbung-test';
let work: string;
let s3rver: S3rver;
let endpoint: string;
let seq = 0;
/** Every request s3rver received, as "METHOD /path?query". */
const requests: string[] = [];

/**
 * s3rver 3.7.1 makes ListObjectsV2 continuation tokens with single DES, which OpenSSL 3 (Node ≥ 17)
 * no longer offers (jamhall/s3rver#818): every truncated listing answers 500. Two-key triple DES
 * with both keys equal is the same cipher, so s3rver's calls are mapped to it for this test file
 * only (each test file runs in its own process) and restored afterwards.
 */
function patchSingleDes(): () => void {
  const { createCipheriv, createDecipheriv } = crypto;
  const map = <A extends unknown[]>(alg: string, key: crypto.CipherKey, rest: A): [string, crypto.CipherKey, ...A] =>
    alg === 'des' && Buffer.isBuffer(key) && key.length === 8 ? ['des-ede-cbc', Buffer.concat([key, key]), ...rest] : [alg, key, ...rest];
  Object.assign(crypto, {
    createCipheriv: (alg: string, key: crypto.CipherKey, ...rest: unknown[]) => Reflect.apply(createCipheriv, crypto, map(alg, key, rest)),
    createDecipheriv: (alg: string, key: crypto.CipherKey, ...rest: unknown[]) => Reflect.apply(createDecipheriv, crypto, map(alg, key, rest)),
  });
  return () => Object.assign(crypto, { createCipheriv, createDecipheriv });
}
let unpatch: () => void = () => {};

beforeAll(async () => {
  unpatch = patchSingleDes();
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'lumbung-storage-test-'));
  s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: path.join(work, 's3rver'), configureBuckets: [{ name: BUCKET, configs: [] }] });
  const { port } = await s3rver.run();
  endpoint = `http://127.0.0.1:${port}`;
  // The typings omit the server s3rver listens with; its requests show how an upload was sent.
  (s3rver as unknown as { httpServer: Server }).httpServer.on('request', (req) => requests.push(`${req.method} ${req.url}`));
});

afterAll(async () => {
  await s3rver?.close();
  unpatch();
  if (work) await fs.rm(work, { recursive: true, force: true });
});

// s3rver accepts any credentials; it checks signatures against its own fixed pair.
const s3Options = (overrides: Partial<S3StorageOptions> = {}): S3StorageOptions => ({
  endpoint,
  region: 'us-east-1',
  bucket: BUCKET,
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  forcePathStyle: true,
  ...overrides,
});

/** A fresh, empty storage per test: a new folder, or a new prefix in the shared bucket. */
const adapters: [string, () => Promise<Storage>][] = [
  ['local', async () => localStorage(await fs.mkdtemp(path.join(work, 'local-')))],
  // 5 MiB parts (S3's minimum) and 2-key pages, so the 20 MB file and `list` cross part and page boundaries.
  ['s3', async () => s3Storage(s3Options({ prefix: `contract-${++seq}`, partSize: 5 * MiB, pageSize: 2 }))],
];

async function tempFile(content: Buffer | string): Promise<string> {
  const p = path.join(work, `upload-${randomUUID()}`);
  await fs.writeFile(p, content);
  return p;
}

async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

async function collect(keys: AsyncIterable<string>): Promise<string[]> {
  const out: string[] = [];
  for await (const k of keys) out.push(k);
  return out.sort();
}

/** Writes `bytes` of random data with a stream and returns its hash; the test never holds it whole. */
async function writeRandomFile(file: string, bytes: number): Promise<string> {
  const hash = createHash('sha256');
  let left = bytes;
  const source = Readable.from(
    (function* () {
      while (left > 0) {
        const chunk = randomBytes(Math.min(MiB, left));
        left -= chunk.length;
        hash.update(chunk);
        yield chunk;
      }
    })(),
  );
  await pipeline(source, createWriteStream(file));
  return hash.digest('hex');
}

async function hashStream(stream: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done();
    },
  });
  await pipeline(stream, sink);
  return { sha256: hash.digest('hex'), size };
}

const exists = (p: string) => fs.access(p).then(() => true, () => false);

describe.each(adapters)('storage contract: %s', (_name, make) => {
  let storage: Storage;
  beforeEach(async () => {
    storage = await make();
  });

  it('stores a temp file, reads it back byte-identical, and consumes the temp file', async () => {
    const content = randomBytes(70_000);
    const tmp = await tempFile(content);
    await storage.putFile('r1/ab/abcd', tmp);
    expect(await exists(tmp)).toBe(false);
    expect((await readAll(await storage.get('r1/ab/abcd'))).equals(content)).toBe(true);
  });

  it('stores an empty file', async () => {
    await storage.putFile('r1/00/empty', await tempFile(Buffer.alloc(0)));
    expect((await readAll(await storage.get('r1/00/empty'))).length).toBe(0);
  });

  it('overwrites a key that is stored again', async () => {
    await storage.putFile('r1/ab/abcd', await tempFile('first'));
    await storage.putFile('r1/ab/abcd', await tempFile('second'));
    expect((await readAll(await storage.get('r1/ab/abcd'))).toString()).toBe('second');
  });

  it('tells stored keys from missing ones', async () => {
    await storage.putFile('r1/ab/abcd', await tempFile('x'));
    expect(await storage.has('r1/ab/abcd')).toBe(true);
    expect(await storage.has('r1/ab/missing')).toBe(false);
  });

  it('rejects get of a missing key', async () => {
    await expect(storage.get('r1/ab/missing')).rejects.toThrow();
  });

  it('removes a key, and removing a missing key is not an error', async () => {
    await storage.putFile('r1/ab/abcd', await tempFile('x'));
    await storage.remove('r1/ab/abcd');
    expect(await storage.has('r1/ab/abcd')).toBe(false);
    await expect(storage.get('r1/ab/abcd')).rejects.toThrow();
    await expect(storage.remove('r1/ab/abcd')).resolves.toBeUndefined();
  });

  it('lists every stored key, nested keys included, and none that was removed', async () => {
    const keys = ['r1/ab/abcd', 'r1/ab/abce', 'r1/cd/cdef', 'r2/ab/abcd', 'top'];
    for (const k of [...keys, 'r1/zz/gone']) await storage.putFile(k, await tempFile(k));
    await storage.remove('r1/zz/gone');
    expect(await collect(storage.list())).toEqual(keys);
  });

  it('lists nothing when empty', async () => {
    expect(await collect(storage.list())).toEqual([]);
  });

  it('round-trips a 20 MB file by streaming', async () => {
    const tmp = path.join(work, `big-${randomUUID()}`);
    const sha256 = await writeRandomFile(tmp, 20 * 1000 * 1000 + 123);
    await storage.putFile('r1/bi/big', tmp);
    expect(await exists(tmp)).toBe(false);
    expect(await hashStream(await storage.get('r1/bi/big'))).toEqual({ sha256, size: 20 * 1000 * 1000 + 123 });
  });

  it('reports itself healthy', async () => {
    expect(await storage.check()).toEqual({ ok: true });
  });
});

describe('s3 adapter specifics', () => {
  const client = () => new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });

  it('is unhealthy when the bucket does not exist, and says why', async () => {
    const result = await s3Storage(s3Options({ bucket: 'no-such-bucket' })).check();
    expect(result.ok).toBe(false);
    expect(result.detail).toMatch(/404/);
  });

  it('is unhealthy when the endpoint does not answer, and never reports a file as absent then', async () => {
    const down = s3Storage(s3Options({ endpoint: 'http://127.0.0.1:1' }));
    const result = await down.check();
    expect(result.ok).toBe(false);
    expect(result.detail).toBeTruthy();
    await expect(down.has('r1/ab/abcd')).rejects.toThrow();
  });

  it('stores under its prefix and lists only its own objects', async () => {
    const a = s3Storage(s3Options({ prefix: 'iso-a' }));
    const b = s3Storage(s3Options({ prefix: 'iso-b/' }));
    await a.putFile('r1/ab/abcd', await tempFile('a'));
    await b.putFile('r1/ab/abcd', await tempFile('b'));
    expect(await collect(a.list())).toEqual(['r1/ab/abcd']);
    expect((await readAll(await a.get('r1/ab/abcd'))).toString()).toBe('a');
    await client().send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'iso-a/r1/ab/abcd' }));
    expect(await b.has('r1/ab/abcd')).toBe(true);
  });

  it('uploads a large file in multipart parts', async () => {
    const storage = s3Storage(s3Options({ prefix: 'multipart', partSize: 5 * MiB }));
    const tmp = path.join(work, `parts-${randomUUID()}`);
    await writeRandomFile(tmp, 11 * MiB);
    requests.length = 0;
    await storage.putFile('r1/mp/file', tmp);
    const parts = requests.filter((r) => r.startsWith('PUT /lumbung-test/multipart/r1/mp/file?') && r.includes('partNumber='));
    expect(parts).toHaveLength(3);
    expect(requests.some((r) => r.startsWith('POST /lumbung-test/multipart/r1/mp/file?') && r.includes('uploadId='))).toBe(true);
    const head = await client().send(new HeadObjectCommand({ Bucket: BUCKET, Key: 'multipart/r1/mp/file' }));
    expect(head.ContentLength).toBe(11 * MiB);
  });

  it('keeps the temp file when the upload fails', async () => {
    const tmp = await tempFile('kept');
    await expect(s3Storage(s3Options({ bucket: 'no-such-bucket' })).putFile('r1/ab/abcd', tmp)).rejects.toThrow();
    expect(await exists(tmp)).toBe(true);
  });
});

describe('openStorage', () => {
  it('opens the local folder without a bucket, and the bucket when one is set', async () => {
    const env = readEnv({ LUMBUNG_DATA_DIR: work });
    const local = await openStorage(env);
    expect(local.driver).toBe('local');
    await local.putFile('r1/ab/abcd', await tempFile('here'));
    expect(await exists(path.join(work, 'files', 'r1', 'ab', 'abcd'))).toBe(true);

    const s3 = await openStorage(readEnv({ LUMBUNG_DATA_DIR: work, LUMBUNG_S3_BUCKET: BUCKET, LUMBUNG_S3_ENDPOINT: endpoint, LUMBUNG_S3_ACCESS_KEY_ID: 'S3RVER', LUMBUNG_S3_SECRET_ACCESS_KEY: 'S3RVER' }));
    expect(s3.driver).toBe('s3');
    expect(await s3.check()).toEqual({ ok: true });
  });
});

/**
 * openTestDatabase (test/harness.ts) without the harness: that module loads the whole HTTP app,
 * which the sweep does not need, so these tests do not break with any route module.
 */
async function openSweepDatabase(): Promise<Database> {
  const databaseUrl = await testDatabaseUrl();
  if (databaseUrl) return openDatabase({ databaseUrl, dataDir: null });
  return openDatabase({ dataDir: null, loadDataDir: (await preparePgliteTemplate()).template });
}

describe('sweepStorage', () => {
  let database: Database;
  let regionId: string;
  const logged: { level: string; obj: object; msg: string }[] = [];
  const log: SweepLog = {
    info: (obj, msg) => logged.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => logged.push({ level: 'warn', obj, msg }),
  };
  const uploadKey = (fill: string) => `${regionId}/${fill.repeat(2)}/${fill.repeat(64)}`;

  beforeAll(async () => {
    database = await openSweepDatabase();
    const [region] = await database.db.insert(regions).values({ code: '98.99', name: 'Kabupaten Sapu', bodyName: 'Bapperida Sapu' }).returning();
    regionId = region!.id;
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database.db.delete(files);
    logged.length = 0;
  });

  async function fixture() {
    const root = await fs.mkdtemp(path.join(work, 'sweep-'));
    const tmpDir = path.join(root, 'tmp');
    await fs.mkdir(tmpDir);
    return { storage: localStorage(path.join(root, 'files')), tmpDir };
  }

  const addRow = (storageKey: string) =>
    database.db.insert(files).values({ regionId, sha256: storageKey.slice(-64), size: 1, mime: 'application/pdf', originalName: 'a.pdf', storageKey });

  it('empties the temp folder and removes only the unreferenced upload', async () => {
    const { storage, tmpDir } = await fixture();
    const kept = uploadKey('a');
    const orphan = uploadKey('b');
    await addRow(kept);
    await storage.putFile(kept, await tempFile('kept'));
    await storage.putFile(orphan, await tempFile('orphan'));
    await fs.writeFile(path.join(tmpDir, `upload-${randomUUID()}`), 'half an upload');
    await fs.mkdir(path.join(tmpDir, 'stray-folder'));

    const result = await sweepStorage({ db: database.db, storage, tmpDir, log });

    expect(result).toEqual({ tempFiles: 2, orphans: 1, skipped: 0 });
    expect(await collect(storage.list())).toEqual([kept]);
    expect(await fs.readdir(tmpDir)).toEqual([]);
    expect(logged).toMatchObject([{ level: 'info', obj: result }]);
  });

  it('leaves objects that are not upload-shaped alone', async () => {
    const { storage, tmpDir } = await fixture();
    await addRow(uploadKey('a'));
    await storage.putFile(uploadKey('a'), await tempFile('kept'));
    await storage.putFile('backups/2026-01-01.tar.gz', await tempFile('not ours'));
    const result = await sweepStorage({ db: database.db, storage, tmpDir, log });
    expect(result).toEqual({ tempFiles: 0, orphans: 0, skipped: 1 });
    expect(await collect(storage.list())).toEqual(['backups/2026-01-01.tar.gz', uploadKey('a')].sort());
  });

  it('refuses to empty storage when the database references no file at all', async () => {
    const { storage, tmpDir } = await fixture();
    await storage.putFile(uploadKey('a'), await tempFile('a'));
    await storage.putFile(uploadKey('b'), await tempFile('b'));
    const result = await sweepStorage({ db: database.db, storage, tmpDir, log });
    expect(result.orphans).toBe(0);
    expect(await collect(storage.list())).toHaveLength(2);
    expect(logged.some((l) => l.level === 'warn')).toBe(true);
  });

  it('does nothing, quietly, when the temp folder is missing and storage is clean', async () => {
    const { storage, tmpDir } = await fixture();
    await addRow(uploadKey('a'));
    await storage.putFile(uploadKey('a'), await tempFile('kept'));
    const result = await sweepStorage({ db: database.db, storage, tmpDir: path.join(tmpDir, 'absent'), log });
    expect(result).toEqual({ tempFiles: 0, orphans: 0, skipped: 0 });
    expect(await collect(storage.list())).toEqual([uploadKey('a')]);
    expect(logged).toEqual([]);
  });

  it('sweeps an s3 bucket the same way', async () => {
    const storage = s3Storage(s3Options({ prefix: `sweep-${++seq}` }));
    const { tmpDir } = await fixture();
    await addRow(uploadKey('c'));
    await storage.putFile(uploadKey('c'), await tempFile('kept'));
    await storage.putFile(uploadKey('d'), await tempFile('orphan'));
    expect(await sweepStorage({ db: database.db, storage, tmpDir, log })).toMatchObject({ orphans: 1 });
    expect(await collect(storage.list())).toEqual([uploadKey('c')]);
  });
});

describe('storage and upload settings (env)', () => {
  const s3Vars = { LUMBUNG_S3_BUCKET: 'berkas', LUMBUNG_S3_ACCESS_KEY_ID: 'AKID', LUMBUNG_S3_SECRET_ACCESS_KEY: 'secret' };

  it('has no object storage without a bucket, and default upload limits of 10 and 200 MB', () => {
    const env = readEnv({});
    expect(env.s3).toBeUndefined();
    expect(readEnv({ LUMBUNG_S3_BUCKET: '' }).s3).toBeUndefined();
    expect(env.uploadLimits).toEqual({ documentBytes: 10 * MiB, videoBytes: 200 * MiB });
  });

  it('reads the bucket settings with their defaults', () => {
    expect(readEnv(s3Vars).s3).toEqual({
      endpoint: undefined,
      region: 'us-east-1',
      bucket: 'berkas',
      accessKeyId: 'AKID',
      secretAccessKey: 'secret',
      forcePathStyle: true,
    });
  });

  it('reads every bucket setting', () => {
    const env = readEnv({ ...s3Vars, LUMBUNG_S3_ENDPOINT: 'https://s3.pemda.go.id', LUMBUNG_S3_REGION: 'ap-southeast-3', LUMBUNG_S3_FORCE_PATH_STYLE: '0' });
    expect(env.s3).toMatchObject({ endpoint: 'https://s3.pemda.go.id', region: 'ap-southeast-3', forcePathStyle: false });
  });

  it('refuses a bucket without keys, naming each missing one in both languages', () => {
    expect(() => readEnv({ LUMBUNG_S3_BUCKET: 'berkas', LUMBUNG_S3_ACCESS_KEY_ID: 'AKID' })).toThrow(
      /Konfigurasi tidak sah \/ invalid configuration:\n- LUMBUNG_S3_SECRET_ACCESS_KEY: wajib .* \/ required/,
    );
    let message = '';
    try {
      readEnv({ LUMBUNG_S3_BUCKET: 'berkas' });
    } catch (err) {
      message = (err as Error).message;
    }
    expect(message).toContain('LUMBUNG_S3_ACCESS_KEY_ID');
    expect(message).toContain('LUMBUNG_S3_SECRET_ACCESS_KEY');
  });

  it('refuses a malformed endpoint, path-style flag or limit', () => {
    expect(() => readEnv({ ...s3Vars, LUMBUNG_S3_ENDPOINT: 'not a url' })).toThrow(/LUMBUNG_S3_ENDPOINT/);
    expect(() => readEnv({ ...s3Vars, LUMBUNG_S3_FORCE_PATH_STYLE: 'yes' })).toThrow(/LUMBUNG_S3_FORCE_PATH_STYLE/);
    expect(() => readEnv({ LUMBUNG_UPLOAD_MAX_VIDEO_MB: '0' })).toThrow(/LUMBUNG_UPLOAD_MAX_VIDEO_MB/);
    expect(() => readEnv({ LUMBUNG_UPLOAD_MAX_DOCUMENT_MB: 'ten' })).toThrow(/LUMBUNG_UPLOAD_MAX_DOCUMENT_MB/);
  });

  it('converts configured limits from megabytes to bytes', () => {
    expect(readEnv({ LUMBUNG_UPLOAD_MAX_DOCUMENT_MB: '25', LUMBUNG_UPLOAD_MAX_VIDEO_MB: '0.5' }).uploadLimits).toEqual({ documentBytes: 25 * MiB, videoBytes: MiB / 2 });
  });
});
