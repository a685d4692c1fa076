import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Transform, type Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { fileTypeFromFile } from 'file-type';
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

/**
 * Streams an upload to a temporary file while hashing it, checks its type from its bytes, then
 * stores it once per content hash. Anything refused or aborted leaves neither a row nor a file.
 */
export async function storeUpload(
  deps: { db: Db; storage: Storage; tmpDir: string },
  input: {
    regionId: string;
    userId: string | null;
    stream: Readable & { truncated?: boolean };
    fileName: string;
    allowed: readonly string[];
    refusedKey: string;
  },
): Promise<StoredFile> {
  await fs.mkdir(deps.tmpDir, { recursive: true });
  const tmp = path.join(deps.tmpDir, `upload-${randomUUID()}`);
  const hash = createHash('sha256');
  let size = 0;
  const counter = new Transform({
    transform(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  try {
    await pipeline(input.stream, counter, createWriteStream(tmp));
    if (input.stream.truncated) throw new AppError('PAYLOAD_TOO_LARGE');
    const detected = await fileTypeFromFile(tmp);
    if (!detected || !input.allowed.includes(detected.mime)) {
      throw new AppError('UNSUPPORTED_MEDIA_TYPE', input.refusedKey, {}, [{ path: 'file', key: input.refusedKey }]);
    }
    const sha256 = hash.digest('hex');
    const existing = await deps.db.query.files.findFirst({
      where: and(eq(files.regionId, input.regionId), eq(files.sha256, sha256)),
    });
    if (existing) return existing;
    const storageKey = `${input.regionId}/${sha256.slice(0, 2)}/${sha256}`;
    await deps.storage.putFile(storageKey, tmp);
    const [row] = await deps.db
      .insert(files)
      .values({
        regionId: input.regionId,
        sha256,
        size,
        mime: detected.mime,
        originalName: sanitizeFileName(input.fileName),
        storageKey,
        createdBy: input.userId,
      })
      .onConflictDoNothing()
      .returning();
    return row ?? (await deps.db.query.files.findFirst({ where: and(eq(files.regionId, input.regionId), eq(files.sha256, sha256)) }))!;
  } finally {
    await fs.rm(tmp, { force: true });
  }
}
