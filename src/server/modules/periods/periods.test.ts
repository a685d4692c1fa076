import { eq } from 'drizzle-orm';
import { issueExampleInput } from '../../../domain/iid/example-region.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IidCalculateResult, PeriodDetail, PeriodSummary } from '../../../domain/contracts/periods.js';
import type { Catalogue } from '../../../domain/iid/catalogue.js';
import { assessBoth, type Answer, type RegionReport } from '../../../domain/iid/engine.js';
import { seededCatalogues } from '../../../domain/iid/seeds.js';
import { periods } from '../../db/schema.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { seedDemo } from '../demo/demo.seed.js';
import { seedPeriods } from './periods.seed.js';
import { loadCatalogue, loadCurrentCatalogues } from './periods.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A fresh region with its periods seeded and an admin signed in: each test works in its own region. */
async function adminRegion(lang: 'id' | 'en' = 'id') {
  const region = await buildRegion(t.db);
  await seedPeriods(t.db, region.id);
  const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
  return { region, admin, client: await signedIn(t, admin, lang) };
}

async function periodsOf(client: Client): Promise<PeriodSummary[]> {
  const res = await client.get('/api/periods');
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as { items: PeriodSummary[] }).items;
}

async function periodOf(client: Client, year: number): Promise<PeriodDetail> {
  const summary = (await periodsOf(client)).find((p) => p.year === year)!;
  const res = await client.get(`/api/periods/${summary.id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as PeriodDetail;
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;
const weightSum = (p: PeriodDetail, aspect: 'region' | 'innovation') => p.indicators.filter((i) => i.aspect === aspect).reduce((s, i) => s + i.weight, 0);

/** The `lumbung iid` example of the issue, against a stored period. */
const calculation = (periodId: string) => {
  const { period: _year, ...rest } = plain(issueExampleInput);
  return { periodId, ...rest };
};

/** The same calculation straight through the domain engine, for comparison. */
function expected(catalogue: Catalogue) {
  const a = (option: number, basis?: 'a'): Answer => ({ option: option as Answer['option'], ...(basis ? { basis } : {}), evidenced: true, accepted: true });
  const report: RegionReport = {
    answers: { '1': a(3), '2a': a(2), '5a': a(1) },
    innovations: [
      {
        id: 'A',
        stage: 'penerapan',
        mainAffair: 'pendidikan',
        implementedOn: '2024-06-01',
        developedOn: null,
        designWords: 350,
        igaEntries: 0,
        answers: { '16': a(2), '17': a(3), '32': a(1), '33': a(3, 'a'), '35': a(2) },
      },
    ],
  };
  return assessBoth(catalogue, report);
}

describe('seeded periods', () => {
  it('gives a region the 2026 catalogue as current and the 2023 one as an older period, exactly as the domain seed', async () => {
    const { region, client } = await adminRegion();
    const list = await periodsOf(client);
    expect(list.map((p) => [p.year, p.isCurrent, p.regionIndicators, p.innovationIndicators])).toEqual([
      [2026, true, 20, 20],
      [2023, false, 20, 20],
    ]);
    for (const year of [2026, 2023]) {
      const period = await periodOf(client, year);
      const { year: _y, ...parameters } = seededCatalogues[year]!.period;
      expect(period.parameters).toEqual(plain(parameters));
      expect(period.variables).toEqual(seededCatalogues[year]!.variables);
      expect(period.indicators).toEqual(plain(seededCatalogues[year]!.indicators));
      expect(weightSum(period, 'region')).toBe(21);
      expect(weightSum(period, 'innovation')).toBe(37);
    }
    expect(await loadCatalogue(t.db, region.id, 'current')).toEqual(plain(seededCatalogues[2026]));
    expect((await loadCurrentCatalogues(t.db, [region.id])).get(region.id)).toEqual(plain(seededCatalogues[2026]));
    const p2026 = await periodOf(client, 2026);
    expect(Object.keys(p2026.indicators.find((i) => i.code === '33')!.bases ?? {})).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('is idempotent: seeding again adds nothing and keeps the current period', async () => {
    const { region, client } = await adminRegion();
    const before = await periodsOf(client);
    await seedPeriods(t.db, region.id);
    expect(await periodsOf(client)).toEqual(before);
  });

  it('first-run setup and the demo seed give their regions the periods', async () => {
    const fresh = await startTestApp();
    try {
      const setup = await fresh.client().post('/api/setup', {
        regionCode: '33.72',
        bodyName: 'Bapperida Kota Surakarta',
        adminName: 'Admin Surakarta',
        adminEmail: 'admin@surakarta.test',
        adminPassword: 'kata-sandi-panjang-1',
      });
      expect(setup.statusCode, setup.body).toBe(200);
      expect((await seedDemo(fresh.db)).created).toBe(true);
      const rows = await fresh.db.select({ regionId: periods.regionId, year: periods.year, isCurrent: periods.isCurrent }).from(periods);
      const regionIds = [...new Set(rows.map((r) => r.regionId))];
      expect(regionIds).toHaveLength(2);
      for (const regionId of regionIds) {
        expect(rows.filter((r) => r.regionId === regionId).map((r) => [r.year, r.isCurrent]).sort()).toEqual([
          [2023, false],
          [2026, true],
        ]);
      }
    } finally {
      await fresh.close();
    }
  });
});

describe('editing a period', () => {
  it('edits a weight: audited with before and after, and /api/iid/calculate follows the stored catalogue', async () => {
    const { client } = await adminRegion();
    const period = await periodOf(client, 2026);
    const first = await client.post('/api/iid/calculate', calculation(period.id));
    expect(first.statusCode, first.body).toBe(200);
    const before = first.json() as IidCalculateResult;
    expect(before).toEqual(plain({ period: { id: period.id, year: 2026 }, ...expected(seededCatalogues[2026]!) }));
    expect(before.claimed.spd).toBe(3 + 2 + 0.75);

    const res = await client.patch(`/api/periods/${period.id}/indicators/1`, { weight: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ code: '1', aspect: 'region', weight: 2 });
    const indicatorId = (await t.db.query.indicators.findFirst({ where: (i, { and }) => and(eq(i.periodId, period.id), eq(i.code, '1')) }))!.id;
    const [entry] = await auditRows(t.db, 'indicator', indicatorId);
    expect(entry).toMatchObject({ action: 'update', before: { periodId: period.id, code: '1', weight: 1 }, after: { periodId: period.id, code: '1', weight: 2 } });

    const after = (await client.post('/api/iid/calculate', calculation(period.id))).json() as IidCalculateResult;
    expect(after.claimed.spd).toBe(6 + 2 + 0.75);
    expect(after.claimed.iidExact).toBeGreaterThan(before.claimed.iidExact);
    const edited: Catalogue = {
      ...seededCatalogues[2026]!,
      indicators: seededCatalogues[2026]!.indicators.map((i) => (i.code === '1' ? { ...i, weight: 2 } : i)),
    };
    expect(after).toEqual(plain({ period: { id: period.id, year: 2026 }, ...expected(edited) }));
  });

  it('edits parameters (audited), and the divisor follows m', async () => {
    const { client } = await adminRegion();
    const period = await periodOf(client, 2026);
    const res = await client.patch(`/api/periods/${period.id}`, { minDivisor: 14, predicates: { sangatInovatif: 70, inovatif: 45, kurangInovatif: 0.01 } });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as PeriodDetail).parameters).toMatchObject({ minDivisor: 14, countCap: 200, predicates: { sangatInovatif: 70, inovatif: 45 } });
    const entries = await auditRows(t.db, 'period', period.id);
    expect(entries.at(-1)).toMatchObject({
      action: 'update',
      before: { year: 2026, minDivisor: 12, predicates: { sangatInovatif: 65.01, inovatif: 40.01, kurangInovatif: 0.01 } },
      after: { year: 2026, minDivisor: 14, predicates: { sangatInovatif: 70, inovatif: 45, kurangInovatif: 0.01 } },
    });
    const result = (await client.post('/api/iid/calculate', calculation(period.id))).json() as IidCalculateResult;
    expect(result.claimed.divisor).toBe(14);
    expect(result.claimed.explanation.emptySeats).toBe(13);
  });

  it('refuses predicate bounds that do not increase, naming the field', async () => {
    const { client } = await adminRegion('en');
    const period = await periodOf(client, 2026);
    const err = expectError(await client.patch(`/api/periods/${period.id}`, { predicates: { sangatInovatif: 40, inovatif: 40, kurangInovatif: 50 } }), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(err)).toEqual({
      'predicates.inovatif': expect.stringContaining('must increase'),
      'predicates.sangatInovatif': expect.stringContaining('must increase'),
    });
    const windows = expectError(
      await client.patch(`/api/periods/${period.id}`, { inputWindow: { opensAt: '2026-08-01T00:00:00+07:00', closesAt: '2026-07-01T00:00:00+07:00' } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(Object.keys(fieldsOf(windows))).toEqual(['inputWindow.closesAt']);
    expect((await periodOf(client, 2026)).parameters).toEqual(period.parameters);
  });

  it('never changes an indicator code or aspect, and refuses unknown bases', async () => {
    const { client } = await adminRegion();
    const period = await periodOf(client, 2026);
    for (const body of [{ code: '99' }, { aspect: 'region' }, { variable: 'X' }]) {
      const err = expectError(await client.patch(`/api/periods/${period.id}/indicators/16`, body), 400, 'VALIDATION_FAILED');
      expect(Object.keys(fieldsOf(err))).toEqual(Object.keys(body));
    }
    const basis = expectError(
      await client.patch(`/api/periods/${period.id}/indicators/16`, { bases: { a: { name: 'X', options: period.indicators[0]!.options } } }),
      400,
      'VALIDATION_FAILED',
    );
    expect(Object.keys(fieldsOf(basis))).toEqual(['bases.a']);
    expectError(await client.patch(`/api/periods/${period.id}/indicators/99`, { weight: 1 }), 404, 'NOT_FOUND');
    const relabel = await client.patch(`/api/periods/${period.id}/indicators/33`, {
      mandatory: false,
      bases: { b: { name: 'Cakupan', options: period.indicators[0]!.options } },
    });
    expect(relabel.statusCode, relabel.body).toBe(200);
    const i33 = (await periodOf(client, 2026)).indicators.find((i) => i.code === '33')!;
    expect(i33).toMatchObject({ code: '33', aspect: 'innovation', mandatory: false, bases: { b: { name: 'Cakupan' }, a: { name: 'Jumlah penerima manfaat (orang)' } } });
    expect((await periodOf(client, 2026)).indicators.map((i) => i.code)).toEqual(seededCatalogues[2026]!.indicators.map((i) => i.code));
  });
});

describe('clone and current', () => {
  it('clones a period with its parameters and indicators; the copy is independent', async () => {
    const { client } = await adminRegion();
    const source = await periodOf(client, 2026);
    const res = await client.post(`/api/periods/${source.id}/clone`, { year: 2027 });
    expect(res.statusCode, res.body).toBe(201);
    const copy = res.json() as PeriodDetail;
    expect(copy).toMatchObject({ year: 2027, isCurrent: false, parameters: source.parameters, variables: source.variables, indicators: source.indicators });
    expect(copy.id).not.toBe(source.id);
    expect((await auditRows(t.db, 'period', copy.id))[0]).toMatchObject({ action: 'clone', after: { year: 2027, from: { id: source.id, year: 2026 }, indicators: 40 } });

    expect((await client.patch(`/api/periods/${copy.id}/indicators/35`, { weight: 5, name: 'Video' })).statusCode).toBe(200);
    expect((await client.patch(`/api/periods/${copy.id}`, { minDivisor: 14 })).statusCode).toBe(200);
    const original = await periodOf(client, 2026);
    expect(original.parameters.minDivisor).toBe(12);
    expect(original.indicators.find((i) => i.code === '35')).toMatchObject({ weight: 4, name: 'Video inovasi daerah' });
    const edited = await periodOf(client, 2027);
    expect(edited.indicators.find((i) => i.code === '35')).toMatchObject({ weight: 5, name: 'Video' });

    const taken = expectError(await client.post(`/api/periods/${source.id}/clone`, { year: 2023 }), 409, 'CONFLICT');
    expect(Object.keys(fieldsOf(taken))).toEqual(['year']);
  });

  it('keeps exactly one current period', async () => {
    const { region, client } = await adminRegion();
    const old = await periodOf(client, 2023);
    const res = await client.post(`/api/periods/${old.id}/current`);
    expect(res.statusCode, res.body).toBe(200);
    expect((await periodsOf(client)).map((p) => [p.year, p.isCurrent])).toEqual([
      [2026, false],
      [2023, true],
    ]);
    expect((await auditRows(t.db, 'period', old.id)).at(-1)).toMatchObject({ action: 'make_current', after: { current: { id: old.id, year: 2023 } } });
    // Making it current again changes nothing; the database itself refuses a second current period.
    expect((await client.post(`/api/periods/${old.id}/current`)).statusCode).toBe(200);
    const other = (await periodsOf(client)).find((p) => p.year === 2026)!;
    await expect(t.db.update(periods).set({ isCurrent: true }).where(eq(periods.id, other.id))).rejects.toThrow();
    const current = await t.db.select().from(periods).where(eq(periods.regionId, region.id));
    expect(current.filter((p) => p.isCurrent)).toHaveLength(1);
  });
});

describe('access', () => {
  it('lets leadership, mentors and assessors read and calculate, operators read, and only admins edit (403)', async () => {
    const { region, client: admin } = await adminRegion();
    const period = await periodOf(admin, 2026);
    for (const role of ['pimpinan', 'pendamping', 'tim_penilai'] as const) {
      const user = await buildUser(t.db, { regionId: region.id, roles: [role] });
      const client = await signedIn(t, user);
      expect((await client.get('/api/periods')).statusCode).toBe(200);
      expect((await client.get(`/api/periods/${period.id}`)).statusCode).toBe(200);
      expect((await client.post('/api/iid/calculate', calculation(period.id))).statusCode).toBe(200);
      expectError(await client.patch(`/api/periods/${period.id}`, { minDivisor: 1 }), 403, 'FORBIDDEN');
      expectError(await client.patch(`/api/periods/${period.id}/indicators/1`, { weight: 9 }), 403, 'FORBIDDEN');
      expectError(await client.post(`/api/periods/${period.id}/clone`, { year: 2030 }), 403, 'FORBIDDEN');
      expectError(await client.post(`/api/periods/${period.id}/current`), 403, 'FORBIDDEN');
    }
    // Operators and unit heads read the method (their answers depend on it) but do not simulate.
    for (const role of ['operator', 'kepala_unit'] as const) {
      const client = await signedIn(t, await buildUser(t.db, { regionId: region.id, roles: [role], unitIds: [] }));
      expect((await client.get(`/api/periods/${period.id}`)).statusCode).toBe(200);
      expectError(await client.post('/api/iid/calculate', calculation(period.id)), 403, 'FORBIDDEN');
      expectError(await client.get('/api/iid/registry'), 403, 'FORBIDDEN');
      expectError(await client.patch(`/api/periods/${period.id}`, { minDivisor: 1 }), 403, 'FORBIDDEN');
    }
    for (const role of ['juri', 'masyarakat'] as const) {
      const user = await buildUser(t.db, { regionId: region.id, roles: [role], unitIds: [] });
      const client = await signedIn(t, user);
      expectError(await client.get('/api/periods'), 403, 'FORBIDDEN');
      expectError(await client.post('/api/iid/calculate', calculation(period.id)), 403, 'FORBIDDEN');
    }
    expectError(await t.client().get('/api/periods'), 401, 'UNAUTHENTICATED');
    expect((await periodOf(admin, 2026)).parameters.minDivisor).toBe(12);
  });

  it("answers 404 for another region's period on every route", async () => {
    const { client: other } = await adminRegion();
    const foreign = await periodOf(other, 2026);
    const { client } = await adminRegion();
    expect((await periodsOf(client)).map((p) => p.id)).not.toContain(foreign.id);
    expectError(await client.get(`/api/periods/${foreign.id}`), 404, 'NOT_FOUND');
    expectError(await client.patch(`/api/periods/${foreign.id}`, { minDivisor: 1 }), 404, 'NOT_FOUND');
    expectError(await client.patch(`/api/periods/${foreign.id}/indicators/1`, { weight: 9 }), 404, 'NOT_FOUND');
    expectError(await client.post(`/api/periods/${foreign.id}/clone`, { year: 2030 }), 404, 'NOT_FOUND');
    expectError(await client.post(`/api/periods/${foreign.id}/current`), 404, 'NOT_FOUND');
    expectError(await client.post('/api/iid/calculate', calculation(foreign.id)), 404, 'NOT_FOUND');
    expect((await periodOf(other, 2026)).parameters.minDivisor).toBe(12);
  });
});

describe('POST /api/iid/calculate input', () => {
  it('names bad fields: unknown indicator, a basis where none belongs, a missing basis, duplicate ids', async () => {
    const { client } = await adminRegion('en');
    const period = await periodOf(client, 2026);
    const body = calculation(period.id);
    const unknown = expectError(
      await client.post('/api/iid/calculate', { ...body, region: { answers: { '16': 1, '99': 2 } }, innovations: [{ ...body.innovations[0]!, answers: { '17': { basis: 'a', option: 1 }, '33': 2 } }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(fieldsOf(unknown)).toEqual({
      'region.answers.16': expect.stringContaining('Unknown indicator'),
      'region.answers.99': expect.stringContaining('Unknown indicator'),
      'innovations.0.answers.17': expect.stringContaining('no bases'),
      'innovations.0.answers.33': expect.stringContaining('needs a basis'),
    });
    const duplicate = expectError(await client.post('/api/iid/calculate', { ...body, innovations: [body.innovations[0], body.innovations[0]] }), 400, 'VALIDATION_FAILED');
    expect(Object.keys(fieldsOf(duplicate))).toEqual(['innovations.1.id']);
    const option = expectError(await client.post('/api/iid/calculate', { ...body, region: { answers: { '1': 4 } } }), 400, 'VALIDATION_FAILED');
    expect(Object.keys(fieldsOf(option))).toEqual(['region.answers.1']);
  });

  it('an empty region scores 0, Tidak Dapat Dinilai, in both projections', async () => {
    const { client } = await adminRegion();
    const period = await periodOf(client, 2026);
    const res = await client.post('/api/iid/calculate', { periodId: period.id, region: { answers: {} }, innovations: [] });
    expect(res.statusCode, res.body).toBe(200);
    const result = res.json() as IidCalculateResult;
    for (const p of [result.claimed, result.verified]) expect(p).toMatchObject({ iid: 0, predicate: 'tidakDapatDinilai', divisor: 12, counted: 0 });
  });
});
