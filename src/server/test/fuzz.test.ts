import fc from 'fast-check';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorStatus } from '../../domain/errors.js';
import { roles } from '../../domain/roles.js';
import { unitTypes } from '../../domain/unit-types.js';
import { buildRegion, buildUnit, buildUser } from './factories.js';
import { signedIn, tinyPng } from './fixtures.js';
import { startTestApp, type Client, type TestApp } from './harness.js';

/*
 * Property: whatever a signed-in admin sends to any route of the OpenAPI document, the answer is
 * never a 5xx, and every 4xx has the one error shape with a code whose status it carries.
 */

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
type Route = { method: Method; path: string; bodyKeys: string[]; queryKeys: string[] };
type Input = { body: unknown; sendBody: boolean; query: string; id: string };

const RUNS = 30;

let t: TestApp;
let routes: Route[];
let admin: { email: string; id: string };
let knownIds: string[];
let otherEmails: string[];

beforeAll(async () => {
  t = await startTestApp();
  const region = await buildRegion(t.db);
  const unit = await buildUnit(t.db, region.id);
  // The only admin of the region, so no random PATCH can deactivate or demote it.
  const user = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
  const operator = await buildUser(t.db, { regionId: region.id, roles: ['operator'], unitIds: [unit.id] });
  const foreign = await buildRegion(t.db);
  const foreignUnit = await buildUnit(t.db, foreign.id);
  admin = { email: user.email, id: user.id };
  knownIds = [region.id, unit.id, user.id, operator.id, foreign.id, foreignUnit.id];
  otherEmails = [operator.email, 'tidak-ada@uji.test'];

  const doc = t.app.swagger() as {
    paths: Record<string, Record<string, { parameters?: { in: string; name: string }[]; requestBody?: { content?: Record<string, { schema?: { properties?: Record<string, unknown> } }> } }>>;
  };
  routes = Object.entries(doc.paths)
    .filter(([path]) => !path.startsWith('/api/docs'))
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, op]) => ({
        method: method.toUpperCase() as Method,
        path,
        bodyKeys: Object.keys(op.requestBody?.content?.['application/json']?.schema?.properties ?? {}),
        queryKeys: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
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

function arbitraries() {
  const ids = fc.oneof(
    fc.uuid(),
    fc.constantFrom(...knownIds),
    fc.string({ maxLength: 300 }),
    fc.constantFrom('', '0', '..', 'null', '00000000-0000-0000-0000-000000000000', knownIds[0]!.toUpperCase(), `${knownIds[0]} `),
  );
  const leaf = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ minLength: 1000, maxLength: 5000 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    ids,
    fc.array(ids, { maxLength: 5 }),
    fc.constantFrom(...roles, ...unitTypes, ...otherEmails, 'Asia/Jakarta', '197804122003122004', '33.14', 'true', 'all'),
    fc.array(fc.constantFrom(...roles), { maxLength: 4 }),
  );
  const value = fc.oneof({ weight: 4, arbitrary: leaf }, { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) });
  return { ids, value };
}

function inputFor(route: Route): fc.Arbitrary<Input> {
  const { ids, value } = arbitraries();
  const known = route.bodyKeys.length ? fc.record(Object.fromEntries(route.bodyKeys.map((k) => [k, value])), { requiredKeys: [] }) : fc.constant({});
  const body = fc.oneof(
    known,
    known.chain((k) => fc.dictionary(fc.string({ maxLength: 20 }), value, { maxKeys: 4 }).map((extra) => ({ ...k, ...extra }))),
    fc.anything({ maxDepth: 4, withNullPrototype: false }),
    fc.jsonValue({ maxDepth: 5 }),
    fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 20 }),
  );
  const queryValue = fc.oneof(fc.string({ maxLength: 300 }), fc.integer().map(String), fc.constantFrom('-1', '0', '1e309', 'NaN', '2026-02-30', 'true', 'all', ...unitTypes, ...roles));
  const structured = fc
    .dictionary(fc.oneof(fc.constantFrom(...(route.queryKeys.length ? route.queryKeys : ['q'])), fc.string({ maxLength: 10 })), queryValue, { maxKeys: 4 })
    .map((q) => new URLSearchParams(q).toString());
  const raw = fc.stringMatching(/^[A-Za-z0-9=&%[\].~_+-]{0,60}$/);
  const query = fc.oneof(structured, raw, fc.constant(''));
  return fc.record({ body, sendBody: fc.boolean(), query, id: ids });
}

function url(route: Route, input: Input): string {
  const path = route.path.replace('{id}', encodeURIComponent(input.id));
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
      await fc.assert(
        fc.asyncProperty(inputFor(route), async (input) => {
          fc.pre(!aimsAtAdmin(route, input));
          const sendBody = route.method !== 'GET' && input.sendBody;
          const res = await client.raw(route.method, url(route, input), sendBody ? { body: JSON.stringify(input.body ?? null), headers: { 'content-type': 'application/json' } } : {});
          const problem = problemWith(res);
          if (problem) throw new Error(`${route.method} ${url(route, input).slice(0, 200)} ${sendBody ? JSON.stringify(input.body ?? null).slice(0, 300) : ''}\n→ ${problem}`);
        }),
        { numRuns: RUNS, endOnFailure: true },
      ).catch((err: Error) => failures.push(`${route.method} ${route.path}: ${err.message.split('\n').slice(0, 8).join('\n')}`));
      // Random input must not have cost the admin the session (sign-out ends it by design).
      if (route.path !== '/api/auth/sign-out') {
        expect((await client.get('/api/auth/me')).statusCode, `session after ${route.method} ${route.path}`).toBe(200);
      }
    }
    expect(failures).toEqual([]);
  });
});

describe('fixed malformed requests to every route with a body', () => {
  const changing = () => routes.filter((r) => r.method !== 'GET');
  const at = (r: Route) => r.path.replace('{id}', knownIds[1]!);
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

  it('still has the admin signed in', async () => {
    expect((await client.get('/api/auth/me')).json().id).toBe(admin.id);
  });
});
