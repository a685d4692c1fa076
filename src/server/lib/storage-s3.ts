import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import type { Storage } from './storage.js';

export type S3StorageOptions = {
  endpoint?: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  forcePathStyle: boolean;
  /** Keeps this installation's objects apart when the bucket is shared ("lumbung/" → "lumbung/<key>"). */
  prefix?: string;
  /** Multipart part size; S3 refuses parts under 5 MiB. Memory held by one upload is about 2 parts. */
  partSize?: number;
  /** Keys per ListObjectsV2 page (S3 caps it at 1000); small only in tests, to exercise paging. */
  pageSize?: number;
};

const MiB = 1024 * 1024;

/** The S3 (or S3-compatible: MinIO, Garage, Ceph …) adapter of the one storage interface. */
export function s3Storage(options: S3StorageOptions): Storage {
  const client = new S3Client({
    endpoint: options.endpoint,
    region: options.region,
    forcePathStyle: options.forcePathStyle,
    credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
  });
  const Bucket = options.bucket;
  const prefix = normalizePrefix(options.prefix);
  const objectKey = (key: string) => prefix + key;
  return {
    driver: 's3',
    async putFile(key, tempPath) {
      // Upload reads the stream part by part, so a 200 MB video never sits in memory whole.
      const body = createReadStream(tempPath);
      const upload = new Upload({ client, params: { Bucket, Key: objectKey(key), Body: body }, partSize: options.partSize ?? 8 * MiB, queueSize: 2 });
      try {
        await upload.done();
      } finally {
        body.destroy();
      }
      await fs.rm(tempPath, { force: true });
    },
    async get(key) {
      const res = await client.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }));
      if (!(res.Body instanceof Readable)) throw new Error(`storage: no readable body for ${key}`);
      return res.Body;
    },
    async has(key) {
      try {
        await client.send(new HeadObjectCommand({ Bucket, Key: objectKey(key) }));
        return true;
      } catch (err) {
        // Only "not found" means absent; a network or permission failure must not read as "no file".
        if (isNotFound(err)) return false;
        throw err;
      }
    },
    async remove(key) {
      // S3 deletes are idempotent, like the local `rm --force`.
      await client.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
    },
    list: () => listKeys(client, Bucket, prefix, options.pageSize),
    async check() {
      try {
        await client.send(new HeadBucketCommand({ Bucket }));
        return { ok: true };
      } catch (err) {
        return { ok: false, detail: describe(err) };
      }
    },
  };
}

async function* listKeys(client: S3Client, Bucket: string, prefix: string, pageSize?: number): AsyncGenerator<string> {
  let ContinuationToken: string | undefined;
  do {
    const page = await client.send(new ListObjectsV2Command({ Bucket, Prefix: prefix || undefined, ContinuationToken, MaxKeys: pageSize }));
    for (const o of page.Contents ?? []) if (o.Key) yield o.Key.slice(prefix.length);
    ContinuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (ContinuationToken);
}

function normalizePrefix(prefix: string | undefined): string {
  if (!prefix) return '';
  return prefix.endsWith('/') ? prefix : `${prefix}/`;
}

function isNotFound(err: unknown): boolean {
  return err instanceof S3ServiceException && (err.$metadata.httpStatusCode === 404 || err.name === 'NotFound' || err.name === 'NoSuchKey');
}

/** HeadBucket errors carry no message body, so the status code is the useful part. */
function describe(err: unknown): string {
  if (err instanceof S3ServiceException) return `${err.name} (HTTP ${err.$metadata.httpStatusCode ?? '?'})`;
  return err instanceof Error ? err.message : String(err);
}
