import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { $ZodIssue } from 'zod/v4/core';
import type { TFunction } from 'i18next';
import { errorStatus, type ErrorCode } from '../../domain/errors.js';
import { hasKey } from './i18n.js';

export type FieldError = { path: string; message: string };
/** A field message given as an i18n key (e.g. `error.unitNameTaken`) with its parameters. */
export type FieldProblem = { path: string; key: string; params?: Record<string, unknown> };

/** The one error type. `key` is an i18n key; without it the code's own text is used. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key?: string,
    readonly params: Record<string, unknown> = {},
    readonly fields: FieldProblem[] = [],
    /** Sent as `error.details`, e.g. the stored version on a VERSION_CONFLICT. */
    readonly details?: unknown,
  ) {
    super(key ?? code);
  }
  get status(): number {
    return errorStatus[this.code];
  }
}

export const notFound = () => new AppError('NOT_FOUND');

/** A unique index refused the write (PostgreSQL 23505), from the driver or wrapped by Drizzle. */
export function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e.code === '23505' || e.cause?.code === '23505';
}
export const forbidden = () => new AppError('FORBIDDEN');
export const conflict = (key: string, path?: string) =>
  new AppError('CONFLICT', key, {}, path ? [{ path, key }] : []);
export const invalid = (path: string, key: string, params?: Record<string, unknown>) =>
  new AppError('VALIDATION_FAILED', undefined, {}, [{ path, key, params }]);

/** Raised by the validator compiler; keeps zod's raw issues so they can be worded per request. */
export class SchemaValidationError extends Error {
  statusCode = 400;
  validationContext?: string;
  constructor(readonly issues: readonly $ZodIssue[]) {
    super('validation failed');
  }
}

function sizeKind(origin: unknown): 'string' | 'number' | 'array' {
  return origin === 'string' ? 'string' : origin === 'array' || origin === 'set' ? 'array' : 'number';
}

/** Words one zod issue for a person, in their language. Exported for the table-driven tests. */
export function describeIssue(issue: $ZodIssue & { input?: unknown }, t: TFunction): FieldError[] {
  const path = issue.path.map(String).join('.');
  const one = (key: string, params: Record<string, unknown> = {}) => [{ path, message: t(key, params) }];
  // A schema may name its own message key for any check (e.g. a range that means "outside Indonesia").
  if (issue.code !== 'custom' && hasKey(`validation.${issue.message}`)) return one(`validation.${issue.message}`);
  switch (issue.code) {
    case 'custom':
      return hasKey(`validation.${issue.message}`) ? one(`validation.${issue.message}`) : one('validation.invalid');
    case 'invalid_type':
      if (issue.input === undefined || issue.input === null) return one('validation.required');
      return one('validation.invalid_type', { expected: issue.expected });
    case 'too_small': {
      const kind = sizeKind(issue.origin);
      if (kind === 'string' && issue.minimum === 1 && issue.input === '') return one('validation.required');
      return one(`validation.too_small_${kind}`, { minimum: issue.minimum });
    }
    case 'too_big':
      return one(`validation.too_big_${sizeKind(issue.origin)}`, { maximum: issue.maximum });
    case 'invalid_format': {
      const known: Record<string, string> = { email: 'invalid_email', uuid: 'invalid_uuid', date: 'invalid_date' };
      return one(`validation.${known[issue.format] ?? 'invalid_format'}`);
    }
    case 'invalid_value':
      return one('validation.invalid_value', { options: issue.values.map(String).join(', ') });
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: path ? `${path}.${key}` : key,
        message: t('validation.unknown_field'),
      }));
    case 'not_multiple_of':
      return one('validation.not_multiple_of', { divisor: issue.divisor });
    default:
      return one('validation.invalid');
  }
}

type Body = { error: { code: string; message: string; requestId: string; fields?: FieldError[]; details?: unknown } };

function body(code: ErrorCode, message: string, requestId: string, fields?: FieldError[], details?: unknown): Body {
  return { error: { code, message, requestId, ...(fields && fields.length ? { fields } : {}), ...(details === undefined ? {} : { details }) } };
}

/** The one place that turns any error into an HTTP answer. */
export function handleError(err: FastifyError | AppError | Error, request: FastifyRequest, reply: FastifyReply) {
  const t = request.t;
  const id = request.id;
  const send = (code: ErrorCode, message: string, fields?: FieldError[], details?: unknown) =>
    reply.status(errorStatus[code]).send(body(code, message, id, fields, details));

  if (err instanceof AppError) {
    const fields = err.fields.map((f) => ({ path: f.path, message: t(f.key, f.params ?? {}) }));
    if (err.code === 'ACCOUNT_LOCKED' || err.code === 'RATE_LIMITED') reply.header('retry-after', String(err.params.retryAfter ?? 60));
    return send(err.code, t(err.key ?? `error.${err.code}`, { ...err.params, requestId: id }), fields, err.details);
  }
  if (err instanceof SchemaValidationError) {
    const fields = err.issues.flatMap((issue) => describeIssue(issue, t));
    for (const f of fields) if (!f.path) f.path = err.validationContext ?? 'body';
    return send('VALIDATION_FAILED', t('error.VALIDATION_FAILED'), fields);
  }
  const fe = err as FastifyError;
  switch (fe.code) {
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return send('VALIDATION_FAILED', t('error.malformedJson'), [{ path: 'body', message: t('error.malformedJson') }]);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_INVALID_MULTIPART_CONTENT_TYPE':
      return send('UNSUPPORTED_MEDIA_TYPE', t('error.UNSUPPORTED_MEDIA_TYPE'));
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
    case 'FST_REQ_FILE_TOO_LARGE':
    case 'FST_FILES_LIMIT':
    case 'FST_PARTS_LIMIT':
    case 'FST_FIELDS_LIMIT':
      return send('PAYLOAD_TOO_LARGE', t('error.PAYLOAD_TOO_LARGE'));
    case 'FST_ERR_BAD_URL':
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return send('NOT_FOUND', t('error.NOT_FOUND'));
    case 'FST_CSRF_INVALID_TOKEN':
    case 'FST_CSRF_MISSING_SECRET':
      return send('CSRF_INVALID', t('error.CSRF_INVALID'));
  }
  if (fe.statusCode === 429) return send('RATE_LIMITED', t('error.RATE_LIMITED'));
  if (err instanceof SyntaxError && fe.statusCode === 400) {
    return send('VALIDATION_FAILED', t('error.malformedJson'), [{ path: 'body', message: t('error.malformedJson') }]);
  }
  if (fe.statusCode === 404) return send('NOT_FOUND', t('error.NOT_FOUND'));
  if (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500) {
    request.log.warn({ err }, 'client error');
    return send('VALIDATION_FAILED', t('error.VALIDATION_FAILED'), [{ path: 'body', message: t('validation.invalid') }]);
  }
  request.log.error({ err }, 'unhandled error');
  return send('INTERNAL', t('error.INTERNAL', { requestId: id }));
}
