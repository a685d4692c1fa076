import { inArray } from 'drizzle-orm';
import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorStatus } from '../../domain/errors.js';
import { indicators, periods } from '../db/schema.js';
import { seedPeriods } from '../modules/periods/periods.seed.js';
import { buildRegion, buildUnit, buildUser } from './factories.js';
import { signedIn, tinyPng } from './fixtures.js';
import { startTestApp, type Client, type TestApp } from './harness.js';

/*
 * Property: whatever a signed-in admin sends to any route of the OpenAPI document, the answer is
 * never a 5xx, and every 4xx has the one error shape with a code whose status it carries.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Route = { method: Method; path: string; body: Schema | null; query: { name: string; schema: Schema }[] };
type Input = { body: unknown; sendBody: boolean; query: string; id: string; segment: string };

// LUMBUNG_FUZZ_RUNS=500 for a deeper search than the suite's quick pass.
const RUNS = Number(process.env.LUMBUNG_FUZZ_RUNS) || 30;

let t: TestApp;
let routes: Route[];
let admin: { email: string; id: string };
let knownIds: string[];
let knownCodes: string[];
let otherEmails: string[];

beforeAll(async () => {
  t = await startTestApp();
  const region = await buildRegion(t.db);
  const unit = await buildUnit(t.db, region.id);
  // The only admin of the region, so no random PATCH can deactivate or demote it; also in the
  // assessment team and a judge, so the reviewer-only routes (SPD review) and the judging routes
  // are fuzzed too.
  const user = await buildUser(t.db, { regionId: region.id, roles: ['admin', 'tim_penilai', 'juri'] });
  const operator = await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [unit.id] });
  const foreign = await buildRegion(t.db);
  const foreignUnit = await buildUnit(t.db, foreign.id);
  admin = { email: user.email, id: user.id };
  await seedPeriods(t.db, region.id);
  await seedPeriods(t.db, foreign.id);
  const regionPeriods = await t.db.select().from(periods).where(inArray(periods.regionId, [region.id, foreign.id]));
  const codes = await t.db.select({ code: indicators.code }).from(indicators).where(inArray(indicators.periodId, regionPeriods.map((p) => p.id)));
  knownIds = [region.id, unit.id, user.id, operator.id, foreign.id, foreignUnit.id, ...regionPeriods.map((p) => p.id)];
  knownCodes = [...new Set(codes.map((c) => c.code))];
  otherEmails = [operator.email, 'tidak-ada@uji.test'];

  const doc = t.app.swagger() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string; schema: Schema }[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  };
  routes = Object.entries(doc.paths)
    .filter(([path]) => !path.startsWith('/api/docs'))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase() as Method,
        path,
        body: op.requestBody?.content?.['application/json']?.schema ?? null,
        query: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => ({ name: p.name, schema: p.schema })),
      })),
    );
});
afterAll(() => t.close());

const codes = Object.keys(errorStatus);

/** Checks the property for one response; returns a problem description or null. */
function problemWith(res: LightMyRequestResponse): string | null {
  if (res.statusCode >= 500) return `status ${res.statusCode}: ${res.body.slice(0, 300)}`;
  if (res.statusCode < 400) return null;
  let body: unknown;
  try {
    body = res.json();
  } catch {
    return `status ${res.statusCode} with a non-JSON body: ${res.body.slice(0, 200)}`;
  }
  const error = (body as { error?: Record<string, unknown> })?.error;
  if (!error || typeof error.code !== 'string' || typeof error.message !== 'string' || typeof error.requestId !== 'string' || !error.message) {
    return `status ${res.statusCode} without the error shape: ${res.body.slice(0, 200)}`;
  }
  if (Object.keys(body as object).length !== 1) return `extra top-level keys: ${res.body.slice(0, 200)}`;
  if (!codes.includes(error.code)) return `unknown error code ${error.code}`;
  if (errorStatus[error.code as keyof typeof errorStatus] !== res.statusCode) return `code ${error.code} sent with status ${res.statusCode}`;
  if (error.requestId !== res.headers['x-request-id']) return 'requestId differs from the x-request-id header';
  if (/\bat .+\.(ts|js):\d+/.test(res.body)) return `stack trace in body: ${res.body.slice(0, 200)}`;
  return null;
}

type Schema = {
  type?: string | string[];
  enum?: unknown[];
  format?: string;
  pattern?: string;
  nullable?: boolean;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  anyOf?: Schema[];
  oneOf?: Schema[];
};

/** Strings that have broken servers before: NUL and control characters, wildcards, far dates. */
const nasty = [
  '\u0000',
  'Dinas\u0000Kesehatan',
  '\u0007\u001b[31m',
  ' ',
  '\u200b',
  '\ud800',
  '%',
  '_',
  '\\',
  "'; drop table units; --",
  '<script>alert(1)</script>',
  '0000-01-01',
  '9999-12-31',
  '1900-01-01',
  '2024-02-29',
  '-1',
  '1e309',
  'x'.repeat(5000),
];

function arbitraries() {
  const ids = fc.oneof(
    fc.uuid().map(String),
    fc.constantFrom(...knownIds),
    fc.string({ maxLength: 300 }).map(encodeURIComponent),
    fc.stringMatching(/^[A-Za-z0-9%._~-]{1,16}$/), // sent as is: bad percent-encoding included
    fc.constantFrom('0', '..', 'null', '00000000-0000-0000-0000-000000000000', knownIds[0]!.toUpperCase(), '%00', '%2e%2e%2f', '%ZZ'),
  );
  const junk = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ minLength: 1000, maxLength: 5000 }),
    fc.constantFrom(...nasty),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom(...knownIds),
    fc.jsonValue({ maxDepth: 3 }),
  );
  return { ids, junk };
}

/** Values that fit the route's own schema (so requests get past validation), sometimes spoiled. */
function fromSchema(schema: Schema, junk: fc.Arbitrary<unknown>, name = ''): fc.Arbitrary<unknown> {
  const variants = schema.anyOf ?? schema.oneOf;
  let fit: fc.Arbitrary<unknown>;
  if (variants) fit = fc.oneof(...variants.map((v) => fromSchema(v, junk, name)));
  else if (schema.enum) fit = fc.constantFrom(...schema.enum);
  else {
    const type = Array.isArray(schema.type) ? schema.type.find((x) => x !== 'null') : schema.type;
    const text = fc.oneof(
      fc.string({ minLength: Math.max(1, schema.minLength ?? 0), maxLength: Math.min(schema.maxLength ?? 60, 60) }),
      fc.constantFrom(...nasty),
    );
    switch (type) {
      case 'string':
        if (schema.format === 'uuid') fit = fc.oneof(fc.constantFrom(...knownIds), fc.uuid().map(String));
        else if (schema.format === 'date') fit = fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.constantFrom('0000-01-01', '9999-12-31', '0001-01-01'));
        else if (/email/i.test(name)) fit = fc.oneof(fc.emailAddress(), fc.constantFrom(...otherEmails, ' Campur.Besar@Uji.Test '));
        else if (/nip/i.test(name)) fit = fc.oneof(fc.constantFrom('197804122003122004', '196908171995121002'), fc.stringMatching(/^\d{18}$/));
        else if (schema.pattern) {
          let matching: fc.Arbitrary<string>;
          try {
            matching = fc.stringMatching(new RegExp(schema.pattern));
          } catch {
            matching = fc.string();
          }
          fit = fc.oneof(matching, text);
        } else fit = text;
        break;
      case 'integer':
      case 'number':
        fit = fc.oneof(
          fc.integer({ min: Math.ceil(schema.minimum ?? -1000), max: Math.floor(Math.min(schema.maximum ?? 1000, 100_000)) }),
          fc.integer(),
          ...(schema.type === 'number' ? [fc.double({ noNaN: true, min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6 })] : []),
        );
        break;
      case 'boolean':
        fit = fc.boolean();
        break;
      case 'array':
        fit = fc.array(fromSchema(schema.items ?? {}, junk, name), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 4, 4) });
        break;
      case 'object': {
        const props = schema.properties ?? {};
        fit = fc.record(Object.fromEntries(Object.entries(props).map(([k, v]) => [k, fromSchema(v, junk, k)])), {
          requiredKeys: (schema.required ?? []).filter((k) => k in props),
        });
        break;
      }
      default:
        fit = junk;
    }
  }
  if (schema.nullable) fit = fc.oneof(fit, fc.constant(null));
  return fc.oneof({ weight: 5, arbitrary: fit }, { weight: 1, arbitrary: junk });
}

function inputFor(route: Route): fc.Arbitrary<Input> {
  const { ids, junk } = arbitraries();
  const shaped = route.body ? fromSchema(route.body, junk) : fc.constant({});
  const body = fc.oneof(
    { weight: 4, arbitrary: shaped },
    { weight: 1, arbitrary: fc.tuple(shaped, fc.dictionary(fc.string({ maxLength: 20 }), junk, { maxKeys: 3 })).map(([a, b]) => (a && typeof a === 'object' ? { ...a, ...b } : b)) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 20 }) },
  );
  const params = route.query.map(({ name, schema }) => [name, fromSchema(schema, junk, name)] as const);
  const structured = fc
    .tuple(
      fc.record(Object.fromEntries(params), { requiredKeys: [] }),
      fc.dictionary(fc.string({ maxLength: 10 }), fc.string({ maxLength: 300 }), { maxKeys: 2 }),
      fc.boolean(),
    )
    .map(([known, extra, withExtra]) => {
      const q = new URLSearchParams();
      for (const [k, v] of Object.entries(known)) q.append(k, typeof v === 'string' ? v : JSON.stringify(v));
      if (withExtra) for (const [k, v] of Object.entries(extra)) q.append(k, v);
      return q.toString();
    });
  const raw = fc.stringMatching(/^[A-Za-z0-9=&%[\].~_+-]{0,60}$/);
  const query = fc.oneof({ weight: 4, arbitrary: structured }, { weight: 1, arbitrary: raw }, { weight: 1, arbitrary: fc.constant('') });
  const segment = fc.oneof(fc.constantFrom(...knownCodes), fc.string({ maxLength: 30 }).map(encodeURIComponent), fc.stringMatching(/^[A-Za-z0-9%._~-]{1,12}$/));
  return fc.record({ body, sendBody: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }), query, id: ids, segment });
}

function url(route: Route, input: Input): string {
  const path = route.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? input.id : input.segment));
  return input.query ? `${path}?${input.query}` : path;
}

// No random sign-in may target the admin's own account (five failures would lock it).
const aimsAtAdmin = (route: Route, input: Input) =>
  route.path === '/api/auth/sign-in' && JSON.stringify(input.body ?? null).toLowerCase().includes(admin.email.toLowerCase());

describe('random input to every route, as an admin', () => {
  it('covers a fair number of routes', () => {
    expect(routes.length).toBeGreaterThan(20);
  });

  it('never answers with a 5xx, and every 4xx has the error shape', async () => {
    const failures: string[] = [];
    for (const route of routes) {
      const client = await signedIn(t, admin);
      let first: string | null = null;
      const details = await fc.check(
        fc.asyncProperty(inputFor(route), async (input) => {
          fc.pre(!aimsAtAdmin(route, input));
          const sendBody = route.method !== 'GET' && input.sendBody;
          const res = await client.raw(route.method, url(route, input), sendBody ? { body: JSON.stringify(input.body ?? null), headers: { 'content-type': 'application/json' } } : {});
          const problem = problemWith(res);
          if (problem) {
            first ??= `${route.method} ${url(route, input).slice(0, 200)} ${sendBody ? JSON.stringify(input.body ?? null).slice(0, 300) : ''}\n    → ${problem}`;
            return false;
          }
          return true;
        }),
        { numRuns: RUNS, endOnFailure: true },
      );
      if (details.failed) failures.push(`${first ?? details.errorInstance}\n    (fast-check seed ${details.seed}, path ${details.counterexamplePath})`);
      // Random input must not have cost the admin the session (sign-out ends it by design).
      if (route.path !== '/api/auth/sign-out') {
        expect((await client.get('/api/auth/me')).statusCode, `session after ${route.method} ${route.path}`).toBe(200);
      }
    }
    expect(failures).toEqual([]);
  }, 180_000); // ~15 s on an idle machine; room for a loaded one and for LUMBUNG_FUZZ_RUNS
});

describe('fixed malformed requests to every route with a body', () => {
  const changing = () => routes.filter((r) => r.method !== 'GET');
  const at = (r: Route) => r.path.replace(/\{(\w+)\}/g, (_, name: string) => (name === 'id' ? knownIds[1]! : knownCodes[0]!));
  let client: Client;
  beforeAll(async () => {
    client = await signedIn(t, admin);
  });

  it('answers malformed JSON with 400 and says so', async () => {
    for (const route of changing()) {
      const res = await client.raw(route.method, at(route), { body: '{"name": "Dinas', headers: { 'content-type': 'application/json' } });
      expect(problemWith(res), route.path).toBeNull();
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(400);
      expect(res.json().error).toMatchObject({ code: 'VALIDATION_FAILED', fields: [{ path: 'body', message: 'Isi permintaan bukan JSON yang sah.' }] });
    }
  });

  it('answers an empty JSON body with 400', async () => {
    for (const route of changing()) {
      const res = await client.raw(route.method, at(route), { body: '', headers: { 'content-type': 'application/json' } });
      expect(problemWith(res), route.path).toBeNull();
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(400);
      expect(res.json().error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers a 2 MB JSON body with 413', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024) });
    for (const route of changing()) {
      const res = await client.raw(route.method, at(route), { body: big, headers: { 'content-type': 'application/json' } });
      expect(problemWith(res), route.path).toBeNull();
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(413);
      expect(res.json().error.code).toBe('PAYLOAD_TOO_LARGE');
    }
  });

  it('answers an unsupported content type with 415', async () => {
    for (const route of changing()) {
      const res = await client.raw(route.method, at(route), { body: 'name=Dinas', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(problemWith(res), route.path).toBeNull();
      expect(res.statusCode, `${route.method} ${route.path}`).toBe(415);
    }
  });

  it('refuses a non-spreadsheet upload to the import', async () => {
    for (const content of [tinyPng(), Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 9]), Buffer.from('%PDF-1.4\n%âãÏÓ\n1 0 obj\n')]) {
      const res = await client.upload('/api/units/import', content, 'unit.xlsx');
      expect(problemWith(res)).toBeNull();
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual([{ path: 'file', message: 'Berkas bukan lembar kerja Excel (.xlsx) atau CSV.' }]);
    }
  });

  it('answers a URL the router cannot read with the error shape', async () => {
    for (const path of ['/api/units/%ZZ', '/api/users/%E0%A4%A', `/api/units/${'a'.repeat(250)}`]) {
      const res = await client.get(path);
      expect(problemWith(res), path).toBeNull();
      expect(res.json().error.code, path).toBe('NOT_FOUND');
    }
  });

  it('refuses a NUL character or half a surrogate pair anywhere in the input, naming the field', async () => {
    const cases: [Method, string, unknown, string][] = [
      ['POST', '/api/units', { name: 'Dinas\u0000Kesehatan', type: 'dinas' }, 'name'],
      ['PATCH', '/api/region', { address: 'Jl.\u0000' }, 'address'],
      ['POST', '/api/users', { email: 'nul@uji.test', name: 'N', roles: ['juri'], unitIds: [], ['x\u0000']: 1 }, 'x\u0000'],
      ['GET', '/api/units?q=%00', undefined, 'q'],
      ['GET', '/api/audit?entity=a%00', undefined, 'entity'],
      ['DELETE', `/api/units/${knownIds[1]}?reason=%00`, undefined, 'reason'],
      ['POST', '/api/contests', { template: 'krenova', name: 'Krenova \ud800' }, 'name'],
      ['POST', '/api/units', { name: 'Dinas \udc00 Sosial', type: 'dinas' }, 'name'],
    ];
    for (const [method, path, body, field] of cases) {
      const res = await client.raw(method, path, body === undefined ? {} : { body });
      expect(problemWith(res), path).toBeNull();
      expect(res.statusCode, path).toBe(400);
      expect(res.json().error.fields, path).toEqual([{ path: field, message: 'Isian tidak sah.' }]);
    }
  });

  it('still has the admin signed in', async () => {
    expect((await client.get('/api/auth/me')).json().id).toBe(admin.id);
  });
});
