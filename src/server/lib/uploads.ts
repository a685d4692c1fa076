import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromBuffer } from 'file-type';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { files } from '../db/schema.js';
import { AppError } from './errors.js';
import type { Storage } from './storage.js';

export type StoredFile = typeof files.$inferSelect;

/** Keeps letters, digits, dot, dash and underscore; never a path. */
export function sanitizeFileName(name: string): string {
  const base = path.basename(name.replace(/\\/g, '/')).normalize('NFKC');
  const clean = base.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^\.+/, '').slice(-120);
  return clean || 'berkas';
}

/** file-type needs at most this many leading bytes to decide. */
const SNIFF_BYTES = 4100;

export type UploadInput = {
  regionId: string;
  userId: string | null;
  stream: Readable & { truncated?: boolean };
  fileName: string;
  allowed: readonly string[];
  /** i18n key of the message for a file whose bytes are not an allowed type. */
  refusedKey: string;
  /** The size limit of a detected type; checked while the bytes arrive, so an oversize file is cut off early. */
  maxBytes?: (mime: string) => number;
  /** i18n key and parameters of the 413 message. */
  tooLarge?: { key: string; params: Record<string, unknown> };
};

/**
 * Watches the bytes as they stream past: decides the type from the first bytes (refusing a
 * disallowed one at once), enforces that type's size limit, and hashes everything.
 */
function inspector(input: UploadInput) {
  const hash = createHash('sha256');
  const state = { size: 0, mime: undefined as string | undefined, head: [] as Buffer[], headSize: 0 };
  const tooLarge = () => new AppError('PAYLOAD_TOO_LARGE', input.tooLarge?.key, input.tooLarge?.params ?? {});
  const refused = () => new AppError('UNSUPPORTED_MEDIA_TYPE', input.refusedKey, {}, [{ path: 'file', key: input.refusedKey }]);
  const decide = async () => {
    const detected = await fileTypeFromBuffer(Buffer.concat(state.head));
    if (!detected || !input.allowed.includes(detected.mime)) throw refused();
    state.mime = detected.mime;
    state.head = [];
  };
  const checkSize = () => {
    if (state.mime && input.maxBytes && state.size > input.maxBytes(state.mime)) throw tooLarge();
  };
  const transform = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      state.size += chunk.length;
      const run = async () => {
        if (!state.mime) {
          state.head.push(chunk);
          state.headSize += chunk.length;
          if (state.headSize >= SNIFF_BYTES) await decide();
        }
        checkSize();
      };
      run().then(() => done(null, chunk), (err: unknown) => done(err as Error));
    },
    flush(done) {
      const run = async () => {
        if (!state.mime) await decide();
        checkSize();
      };
      run().then(() => done(), (err: unknown) => done(err as Error));
    },
  });
  return { transform, result: () => ({ sha256: hash.digest('hex'), size: state.size, mime: state.mime!, tooLarge }) };
}

/**
 * Streams an upload to a temporary file while checking and hashing it, then stores it once per
 * content hash. `attach` records what the file belongs to in the same transaction as the file row,
 * so a refused, oversize or aborted upload leaves neither a row nor a file, and a crash leaves at
 * most an unreferenced object that the start-up sweep removes.
 */
export async function storeUpload<T = undefined>(
  deps: { db: Db; storage: Storage; tmpDir: string },
  input: UploadInput,
  attach?: (tx: Db, file: StoredFile) => Promise<T>,
): Promise<{ file: StoredFile; attached: T }> {
  await fs.mkdir(deps.tmpDir, { recursive: true });
  const tmp = path.join(deps.tmpDir, `upload-${randomUUID()}`);
  const watch = inspector(input);
  try {
    try {
      await pipeline(input.stream, watch.transform, createWriteStream(tmp));
    } catch (err) {
      if (err instanceof AppError) throw err;
      throw new AppError('VALIDATION_FAILED', 'error.uploadAborted', {}, [{ path: 'file', key: 'error.uploadAborted' }]);
    }
    const { sha256, size, mime, tooLarge } = watch.result();
    if (input.stream.truncated) throw tooLarge();
    const storageKey = `${input.regionId}/${sha256.slice(0, 2)}/${sha256}`;
    const find = (db: Db) => db.query.files.findFirst({ where: and(eq(files.regionId, input.regionId), eq(files.sha256, sha256)) });
    const known = await find(deps.db);
    if (!known) await deps.storage.putFile(storageKey, tmp);
    try {
      return await deps.db.transaction(async (tx) => {
        const [row] = await tx
          .insert(files)
          .values({ regionId: input.regionId, sha256, size, mime, originalName: sanitizeFileName(input.fileName), storageKey, createdBy: input.userId })
          .onConflictDoNothing()
          .returning();
        const file = row ?? (await find(tx))!;
        return { file, attached: (attach ? await attach(tx, file) : undefined) as T };
      });
    } catch (err) {
      // Nothing refers to a freshly stored object whose transaction failed: take it back out.
      if (!known && !(await find(deps.db))) await deps.storage.remove(storageKey).catch(() => undefined);
      throw err;
    }
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
