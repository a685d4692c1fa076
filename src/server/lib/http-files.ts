import type { FastifyReply, FastifyRequest } from 'fastify';
import { EvidenceFileFields } from '../../domain/contracts/innovations.js';
import { letterOf } from '../../domain/innovations/evidence.js';
import { AppError, SchemaValidationError } from './errors.js';
import { sanitizeFileName } from './uploads.js';

/** `attachment` with a plain ASCII name and the exact UTF-8 name (RFC 6266). */
export function contentDisposition(name: string): string {
  const safe = sanitizeFileName(name);
  const ascii = safe.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safe)}`;
}

/**
 * Sends a private download: always an attachment with its detected type, never sniffed by the
 * browser, never cached by a proxy. Every authorised download (evidence, exports, dossiers) goes
 * through here.
 */
export function sendAttachment(reply: FastifyReply, file: { mime: string; name: string; size?: number | null }, body: unknown) {
  reply
    .header('content-type', file.mime)
    .header('content-disposition', contentDisposition(file.name))
    .header('x-content-type-options', 'nosniff')
    .header('cache-control', 'private, no-store');
  if (file.size != null) reply.header('content-length', String(file.size));
  return reply.send(body);
}

/** The one file part of a multipart upload, streamed; refused when missing. */
export async function filePart(req: FastifyRequest, fileSize: number) {
  const part = await req.file({ limits: { fileSize } });
  if (!part) throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'file', key: 'error.fileMissing' }]);
  return part;
}

/** The letter fields sent before an evidence file (multipart), worded by zod like any other input. */
export function letterFieldsOf(part: Awaited<ReturnType<typeof filePart>>) {
  const values = Object.fromEntries(Object.entries(part.fields).flatMap(([k, f]) => (f && 'value' in f && k !== 'file' ? [[k, String(f.value)]] : [])));
  const parsed = EvidenceFileFields.safeParse(Object.fromEntries(Object.entries(values).map(([k, v]) => [k, v === '' ? null : v])), { reportInput: true });
  if (!parsed.success) throw new SchemaValidationError(parsed.error.issues);
  return letterOf(parsed.data);
}
