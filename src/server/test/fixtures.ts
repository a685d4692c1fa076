import { crc32, deflateSync } from 'node:zlib';
import { and, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import type { Db } from '../db/client.js';
import { auditLog } from '../db/schema.js';
import type { Client, TestApp } from './harness.js';
import { TEST_PASSWORD } from './factories.js';

/** A client signed in as `user` (with the factories' password); fails the test if sign-in does not work. */
export async function signedIn(t: TestApp, user: { email: string }, lang: 'id' | 'en' = 'id'): Promise<Client> {
  const client = t.client(lang);
  const res = await client.signIn(user.email, TEST_PASSWORD);
  expect(res.statusCode, `sign-in of ${user.email}: ${res.body}`).toBe(200);
  return client;
}

export type ErrorBody = { error: { code: string; message: string; requestId: string; fields?: { path: string; message: string }[] } };

/** Asserts the status and the one error shape of the API, and returns the body. */
export function expectError(res: LightMyRequestResponse, status: number, code: string): ErrorBody['error'] {
  expect(res.statusCode, res.body).toBe(status);
  const body = res.json() as ErrorBody;
  expect(body).toEqual({
    error: expect.objectContaining({ code, message: expect.any(String), requestId: res.headers['x-request-id'] }),
  });
  expect(body.error.message.length).toBeGreaterThan(0);
  return body.error;
}

/** The field problems of a 400/409 answer as `{ path: message }`. */
export function fieldsOf(error: ErrorBody['error']): Record<string, string> {
  return Object.fromEntries((error.fields ?? []).map((f) => [f.path, f.message]));
}

/** Audit entries of one entity, oldest first. */
export async function auditRows(db: Db, entity: string, entityId: string) {
  const rows = await db.select().from(auditLog).where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)));
  return rows.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A valid `size`×`size` RGB PNG of one colour; different colours give different bytes (and hashes). */
export function tinyPng(rgb: [number, number, number] = [200, 30, 40], size = 2): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const row = Buffer.concat([Buffer.from([0]), Buffer.from(Array.from({ length: size }, () => rgb).flat())]);
  const pixels = Buffer.concat(Array.from({ length: size }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
