import { Writable } from 'node:stream';
import Fastify, { type FastifyInstance } from 'fastify';
import type { TFunction } from 'i18next';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { $ZodIssue } from 'zod/v4/core';
import { Nip } from '../../domain/contracts/units.js';
import { errorStatus, type ErrorCode } from '../../domain/errors.js';
import { pickLanguage, type Language } from '../../domain/i18n/index.js';
import { AppError, describeIssue, handleError, SchemaValidationError } from './errors.js';
import { translator } from './i18n.js';

const id = translator('id');
const en = translator('en');

/** The issues zod itself reports for `input`, with the input kept (as the app's validator does). */
function issuesOf(schema: z.ZodType, input: unknown): $ZodIssue[] {
  const result = schema.safeParse(input, { reportInput: true });
  expect(result.success, 'the example must fail validation').toBe(false);
  return result.error!.issues as $ZodIssue[];
}

type Case = [label: string, schema: z.ZodType, input: unknown, code: $ZodIssue['code'], expected: { path: string; id: string; en: string }[]];

const cases: Case[] = [
  ['custom with a known key (NIP)', z.object({ headNip: Nip }), { headNip: '12345' }, 'custom', [{ path: 'headNip', id: 'NIP harus 18 angka.', en: 'A NIP has 18 digits.' }]],
  ['custom with an unknown key', z.string().refine(() => false, { message: 'tidak.ada.kunci' }), 'x', 'custom', [{ path: '', id: 'Isian tidak sah.', en: 'Invalid value.' }]],
  ['missing field', z.object({ name: z.string() }), {}, 'invalid_type', [{ path: 'name', id: 'Wajib diisi.', en: 'Required.' }]],
  ['null field', z.object({ name: z.string() }), { name: null }, 'invalid_type', [{ path: 'name', id: 'Wajib diisi.', en: 'Required.' }]],
  ['wrong type', z.object({ name: z.string() }), { name: 5 }, 'invalid_type', [{ path: 'name', id: 'Jenis isian salah (seharusnya string).', en: 'Wrong type (expected string).' }]],
  ['empty required text', z.object({ name: z.string().min(1) }), { name: '' }, 'too_small', [{ path: 'name', id: 'Wajib diisi.', en: 'Required.' }]],
  ['short text', z.string().min(10), 'pendek', 'too_small', [{ path: '', id: 'Minimal 10 karakter.', en: 'At least 10 characters.' }]],
  ['small number', z.object({ page: z.number().min(1) }), { page: 0 }, 'too_small', [{ path: 'page', id: 'Minimal 1.', en: 'At least 1.' }]],
  ['short list', z.object({ roles: z.array(z.string()).min(1) }), { roles: [] }, 'too_small', [{ path: 'roles', id: 'Pilih minimal 1.', en: 'Choose at least 1.' }]],
  ['small set', z.set(z.string()).min(2), new Set(['a']), 'too_small', [{ path: '', id: 'Pilih minimal 2.', en: 'Choose at least 2.' }]],
  ['long text', z.object({ name: z.string().max(5) }), { name: 'terlalu panjang' }, 'too_big', [{ path: 'name', id: 'Maksimal 5 karakter.', en: 'At most 5 characters.' }]],
  ['big number', z.object({ pageSize: z.number().max(200) }), { pageSize: 500 }, 'too_big', [{ path: 'pageSize', id: 'Maksimal 200.', en: 'At most 200.' }]],
  ['long list', z.object({ unitIds: z.array(z.string()).max(1) }), { unitIds: ['a', 'b'] }, 'too_big', [{ path: 'unitIds', id: 'Maksimal 1 pilihan.', en: 'At most 1 choices.' }]],
  ['bad email', z.object({ email: z.email() }), { email: 'bukan' }, 'invalid_format', [{ path: 'email', id: 'Alamat email tidak sah.', en: 'Invalid email address.' }]],
  ['bad uuid', z.object({ id: z.uuid() }), { id: '123' }, 'invalid_format', [{ path: 'id', id: 'Pengenal tidak sah.', en: 'Invalid identifier.' }]],
  ['bad date', z.object({ from: z.iso.date() }), { from: '2026-02-30' }, 'invalid_format', [{ path: 'from', id: 'Tanggal tidak sah (format TTTT-BB-HH).', en: 'Invalid date (format YYYY-MM-DD).' }]],
  ['pattern', z.object({ phone: z.string().regex(/^\d+$/) }), { phone: 'abc' }, 'invalid_format', [{ path: 'phone', id: 'Format tidak sah.', en: 'Invalid format.' }]],
  [
    'not one of the choices',
    z.object({ type: z.enum(['dinas', 'badan']) }),
    { type: 'kantor' },
    'invalid_value',
    [{ path: 'type', id: 'Pilihan tidak sah. Pilihan yang ada: dinas, badan.', en: 'Invalid choice. Choices: dinas, badan.' }],
  ],
  [
    'unknown fields, one entry each, under their parent',
    z.strictObject({ inner: z.strictObject({ a: z.string() }) }),
    { inner: { a: 'x', warna: 1, ukuran: 2 } },
    'unrecognized_keys',
    [
      { path: 'inner.warna', id: 'Kolom ini tidak dikenal.', en: 'This field is not known.' },
      { path: 'inner.ukuran', id: 'Kolom ini tidak dikenal.', en: 'This field is not known.' },
    ],
  ],
  ['unknown top-level field', z.strictObject({}), { warna: 1 }, 'unrecognized_keys', [{ path: 'warna', id: 'Kolom ini tidak dikenal.', en: 'This field is not known.' }]],
  ['not a multiple', z.object({ n: z.number().multipleOf(5) }), { n: 7 }, 'not_multiple_of', [{ path: 'n', id: 'Harus kelipatan 5.', en: 'Must be a multiple of 5.' }]],
  ['any other issue (a union)', z.object({ v: z.union([z.string(), z.number()]) }), { v: true }, 'invalid_union', [{ path: 'v', id: 'Isian tidak sah.', en: 'Invalid value.' }]],
  ['nested path in a list', z.object({ rows: z.array(z.object({ name: z.string() })) }), { rows: [{ name: 'a' }, {}] }, 'invalid_type', [{ path: 'rows.1.name', id: 'Wajib diisi.', en: 'Required.' }]],
];

describe('describeIssue', () => {
  it.each(cases)('%s', (_label, schema, input, code, expected) => {
    const issues = issuesOf(schema, input);
    expect(issues.map((i) => i.code)).toEqual([code]);
    expect(issues.flatMap((i) => describeIssue(i, id))).toEqual(expected.map((e) => ({ path: e.path, message: e.id })));
    expect(issues.flatMap((i) => describeIssue(i, en))).toEqual(expected.map((e) => ({ path: e.path, message: e.en })));
  });

  it('covers every issue code zod has', () => {
    const covered = new Set(cases.map((c) => c[3]));
    for (const code of ['custom', 'invalid_type', 'too_small', 'too_big', 'invalid_format', 'invalid_value', 'unrecognized_keys', 'not_multiple_of']) {
      expect(covered, code).toContain(code);
    }
  });

  it('never leaves a message untranslated', () => {
    for (const [, schema, input] of cases) {
      for (const issue of issuesOf(schema, input)) {
        for (const t of [id, en]) {
          for (const f of describeIssue(issue, t)) {
            expect(f.message).not.toMatch(/^(validation|error)\./);
            expect(f.message).not.toContain('{{');
          }
        }
      }
    }
  });
});

describe('handleError', () => {
  let app: FastifyInstance;
  const logs: Record<string, unknown>[] = [];

  beforeAll(async () => {
    const stream = new Writable({
      write(chunk, _enc, done) {
        for (const line of String(chunk).split('\n').filter(Boolean)) logs.push(JSON.parse(line));
        done();
      },
    });
    app = Fastify({ logger: { level: 'warn', stream }, bodyLimit: 1024 });
    app.decorateRequest('lang', 'id');
    app.decorateRequest('t', null as unknown as TFunction);
    app.addHook('onRequest', async (request, reply) => {
      request.lang = pickLanguage(request.headers['accept-language']) as Language;
      request.t = translator(request.lang);
      reply.header('x-request-id', request.id);
    });
    app.setErrorHandler(handleError);

    app.get('/boom', async () => {
      throw new Error('connection to db.internal:5432 failed for user lumbung_rahasia');
    });
    app.get('/app-error/:code', async (request) => {
      const code = (request.params as { code: ErrorCode }).code;
      throw new AppError(code, undefined, { until: '10:15 UTC', retryAfter: 120 });
    });
    app.get('/fields', async () => {
      throw new AppError('VALIDATION_FAILED', undefined, {}, [
        { path: 'file', key: 'error.spreadsheetTooManyRows', params: { max: 5000 } },
        { path: 'unitIds', key: 'error.unitsRequired' },
      ]);
    });
    app.get('/schema', async () => {
      const issues = z.strictObject({ name: z.string() }).safeParse({ extra: 1 }, { reportInput: true }).error!.issues;
      const err = new SchemaValidationError(issues as $ZodIssue[]);
      throw err;
    });
    app.get('/schema-root', async () => {
      const err = new SchemaValidationError(z.string().safeParse(5, { reportInput: true }).error!.issues as $ZodIssue[]);
      err.validationContext = 'querystring';
      throw err;
    });
    app.post('/echo', async (request) => ({ got: request.body }));
    const statusError = (statusCode: number, code?: string) => Object.assign(new Error(`status ${statusCode}`), { statusCode, code });
    app.get('/status/:n', async (request) => {
      throw statusError(Number((request.params as { n: string }).n));
    });
    app.get('/code/:code', async (request) => {
      throw statusError(400, (request.params as { code: string }).code);
    });
    await app.ready();
  });
  afterAll(() => app.close());

  const get = (url: string, lang = 'id') => app.inject({ method: 'GET', url, headers: { 'accept-language': lang } });
  const shape = (res: { statusCode: number; headers: Record<string, unknown>; json(): unknown }) => {
    const body = res.json() as { error: { code: string; message: string; requestId: string; fields?: unknown } };
    expect(Object.keys(body)).toEqual(['error']);
    expect(body.error.requestId).toBe(res.headers['x-request-id']);
    return body.error;
  };

  it('turns an unknown error into 500 INTERNAL: an apology with the request id, no details, no stack', async () => {
    const res = await get('/boom');
    expect(res.statusCode).toBe(500);
    const error = shape(res);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe(`Maaf, terjadi kesalahan pada server. Sebutkan kode ${error.requestId} saat melapor.`);
    expect(Object.keys(error).sort()).toEqual(['code', 'message', 'requestId']);
    expect(res.body).not.toContain('rahasia');
    expect(res.body).not.toContain('5432');
    expect(res.body).not.toMatch(/\bat\s|\.ts:\d|stack/);

    const english = shape(await get('/boom', 'en'));
    expect(english.message).toBe(`Sorry, something went wrong on the server. Quote code ${english.requestId} when reporting it.`);

    // The details go to the log, under the same request id.
    const logged = logs.find((l) => l.reqId === error.requestId && l.level === 50);
    expect(logged).toBeDefined();
    expect(JSON.stringify(logged)).toContain('lumbung_rahasia');
    expect((logged!.err as { stack: string }).stack).toMatch(/errors\.test\.ts/);
  });

  it.each(Object.entries(errorStatus) as [ErrorCode, number][])('sends AppError %s with status %i and its own text', async (code, status) => {
    const res = await get(`/app-error/${code}`);
    expect(res.statusCode).toBe(status);
    const error = shape(res);
    expect(error.code).toBe(code);
    const expected = id(`error.${code}`, { until: '10:15 UTC', retryAfter: 120, requestId: error.requestId });
    expect(error.message).toBe(expected);
    expect(error.message).not.toMatch(/^error\./);
    expect(error.message).not.toContain('{{');
    expect(error.fields).toBeUndefined();
    if (code === 'ACCOUNT_LOCKED' || code === 'RATE_LIMITED') expect(res.headers['retry-after']).toBe('120');
    else expect(res.headers['retry-after']).toBeUndefined();
  });

  it('translates field problems with their parameters', async () => {
    const res = await get('/fields', 'en');
    expect(res.statusCode).toBe(400);
    expect(shape(res).fields).toEqual([
      { path: 'file', message: 'The spreadsheet has too many rows (at most 5000).' },
      { path: 'unitIds', message: 'This role needs at least one unit.' },
    ]);
  });

  it('words schema validation errors per field, naming the part of the request when there is no field', async () => {
    const res = await get('/schema');
    expect(res.statusCode).toBe(400);
    const error = shape(res);
    expect(error).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.' });
    expect(error.fields).toEqual([
      { path: 'name', message: 'Wajib diisi.' },
      { path: 'extra', message: 'Kolom ini tidak dikenal.' },
    ]);
    expect(shape(await get('/schema-root')).fields).toEqual([{ path: 'querystring', message: 'Jenis isian salah (seharusnya string).' }]);
  });

  it('answers malformed and empty JSON with 400 and says so', async () => {
    for (const payload of ['{"a": ', '', '{"__proto__": {"x": 1}}']) {
      const res = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload });
      expect(res.statusCode, payload).toBe(400);
      expect(shape(res)).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Isi permintaan bukan JSON yang sah.', fields: [{ path: 'body', message: 'Isi permintaan bukan JSON yang sah.' }] });
    }
  });

  it('answers a body over the limit with 413 and an unknown content type with 415', async () => {
    const big = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ a: 'x'.repeat(2000) }) });
    expect(big.statusCode).toBe(413);
    expect(shape(big)).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', message: 'Berkas atau data terlalu besar.' });
    const odd = await app.inject({ method: 'POST', url: '/echo', headers: { 'content-type': 'text/csv' }, payload: 'a,b' });
    expect(odd.statusCode).toBe(415);
    expect(shape(odd)).toMatchObject({ code: 'UNSUPPORTED_MEDIA_TYPE', message: 'Jenis berkas tidak didukung.' });
  });

  it.each([
    ['FST_CSRF_INVALID_TOKEN', 403, 'CSRF_INVALID', 'Sesi formulir kedaluwarsa. Muat ulang halaman lalu coba lagi.'],
    ['FST_CSRF_MISSING_SECRET', 403, 'CSRF_INVALID', 'Sesi formulir kedaluwarsa. Muat ulang halaman lalu coba lagi.'],
    ['FST_REQ_FILE_TOO_LARGE', 413, 'PAYLOAD_TOO_LARGE', 'Berkas atau data terlalu besar.'],
    ['FST_FILES_LIMIT', 413, 'PAYLOAD_TOO_LARGE', 'Berkas atau data terlalu besar.'],
    ['FST_PARTS_LIMIT', 413, 'PAYLOAD_TOO_LARGE', 'Berkas atau data terlalu besar.'],
    ['FST_FIELDS_LIMIT', 413, 'PAYLOAD_TOO_LARGE', 'Berkas atau data terlalu besar.'],
    ['FST_INVALID_MULTIPART_CONTENT_TYPE', 415, 'UNSUPPORTED_MEDIA_TYPE', 'Jenis berkas tidak didukung.'],
    ['FST_ERR_BAD_URL', 404, 'NOT_FOUND', 'Data tidak ditemukan.'],
  ])('maps the framework error %s to %i %s', async (fastifyCode, status, code, message) => {
    const res = await get(`/code/${fastifyCode}`);
    expect(res.statusCode).toBe(status);
    expect(shape(res)).toMatchObject({ code, message });
  });

  it.each([
    [429, 429, 'RATE_LIMITED'],
    [404, 404, 'NOT_FOUND'],
    [418, 400, 'VALIDATION_FAILED'],
    [503, 500, 'INTERNAL'],
  ])('maps any other error with status %i to %i %s', async (given, status, code) => {
    const res = await get(`/status/${given}`);
    expect(res.statusCode).toBe(status);
    expect(shape(res).code).toBe(code);
    expect(res.body).not.toContain(`status ${given}`);
  });
});
