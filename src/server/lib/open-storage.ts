import path from 'node:path';
import type { Env } from '../env.js';
import { localStorage, type Storage } from './storage.js';

/**
 * The storage a configuration asks for: the bucket when one is set, else `<dataDir>/files`. The
 * S3 adapter is imported only then, so local installations skip loading the AWS SDK (~0.4 s).
 */
export async function openStorage(env: Pick<Env, 'dataDir' | 's3'>): Promise<Storage> {
  if (!env.s3) return localStorage(path.join(env.dataDir, 'files'));
  const { s3Storage } = await import('./storage-s3.js');
  return s3Storage(env.s3);
}
