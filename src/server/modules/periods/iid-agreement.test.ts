import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IidInput, reportOfInput } from '../../../domain/contracts/iid.js';
import type { IidCalculateResult, PeriodDetail, PeriodSummary } from '../../../domain/contracts/periods.js';
import { basicServiceAffairs, affairs } from '../../../domain/iid/affairs.js';
import { assessBoth } from '../../../domain/iid/engine.js';
import { catalogueFromPeriod } from '../../../domain/iid/period-catalogue.js';
import { answersWorth } from '../../../domain/iid/test-support.js';
// The simulator's own starting data (pure data, no React): the very set the browser shows first.
import { exampleInput } from '../../../domain/iid/example-region.js';
import { buildRegion, buildUser } from '../../test/factories.js';
import { signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { seedPeriods } from './periods.seed.js';

// Browser and server agree: the server scores with its stored catalogue (`POST /api/iid/calculate`);
// the simulator converts `GET /api/periods/:id` with `catalogueFromPeriod` and runs `assessBoth` itself.

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

async function adminClient(): Promise<Client> {
  const region = await buildRegion(t.db);
  await seedPeriods(t.db, region.id);
  const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
  return signedIn(t, admin);
}

/** What the simulator page does: the current period, then its detail, as JSON over HTTP. */
async function browserCatalogue(client: Client) {
  const list = await client.get('/api/periods');
  expect(list.statusCode, list.body).toBe(200);
  const current = (list.json() as { items: PeriodSummary[] }).items.find((p) => p.isCurrent)!;
  const detail = await client.get(`/api/periods/${current.id}`);
  expect(detail.statusCode, detail.body).toBe(200);
  const period = detail.json() as PeriodDetail;
  return { periodId: period.id, catalogue: catalogueFromPeriod(period) };
}

type Input = { period: number; region: { answers: Record<string, unknown> }; innovations: unknown[] };

/** Both sides on one input; returns the server's answer after checking the browser's equals it. */
async function expectAgreement(client: Client, input: Input): Promise<IidCalculateResult> {
  const { periodId, catalogue } = await browserCatalogue(client);
  const res = await client.post('/api/iid/calculate', { periodId, region: input.region, innovations: input.innovations });
  expect(res.statusCode, res.body).toBe(200);
  const server = res.json() as IidCalculateResult;
  const browser = assessBoth(catalogue, reportOfInput(IidInput.parse(input)));
  expect(server).toEqual(JSON.parse(JSON.stringify({ period: { id: periodId, year: catalogue.period.year }, ...browser })));
  return server;
}

/** Engine answers back in the input format (`{ code: option }`, `{ basis, option }` for 33). */
const inputAnswers = (answers: ReturnType<typeof answersWorth>) =>
  Object.fromEntries(Object.entries(answers).map(([code, a]) => [code, a!.basis ? { basis: a!.basis, option: a!.option } : a!.option]));

const affairName = (code: string) => affairs.find((a) => a.code === code)!.name;

/** §6.3's first worked example: SPD 40, 20 innovations of K = 70, 5 basic-service affairs covered → 47.04. */
const workedExample = (): Input => ({
  period: 2026,
  region: { answers: inputAnswers(answersWorth(40, 'region')) },
  innovations: Array.from({ length: 20 }, (_, j) => ({
    id: `I${j + 1}`,
    stage: 'penerapan',
    mainAffair: affairName(j < 5 ? basicServiceAffairs[j]! : 'pariwisata'),
    implementedOn: '2024-06-01',
    developedOn: null,
    designWords: 300,
    igaEntries: 0,
    answers: inputAnswers(answersWorth(70)),
  })),
});

describe('browser and server compute the same IID', () => {
  it('for the simulator example working set', async () => {
    const client = await adminClient();
    const result = await expectAgreement(client, exampleInput);
    // The example shows what it promises: 11 counted (< m = 12), 4 of 6 basic-service affairs, each ineligibility reason.
    expect(result.claimed.counted).toBe(11);
    expect(result.claimed.explanation.basicServiceAffairs.covered).toHaveLength(4);
    expect(result.claimed.countScore).toBe(0);
    expect(result.claimed.iid).toBeGreaterThan(0);
    const reasons = new Set(result.claimed.explanation.notCounted.flatMap((n) => n.reasons.map((r) => r.code)));
    expect([...reasons].sort()).toEqual(['designLength', 'igaEntries', 'mandatoryMissing', 'stage', 'window']);
  });

  it('for the worked example of §6.3 (47.04, Inovatif)', async () => {
    const client = await adminClient();
    const result = await expectAgreement(client, workedExample());
    expect(result.claimed).toMatchObject({ iid: 47.04, predicate: 'inovatif', counted: 20, divisor: 20, basicAffairsCovered: 5 });
  });

  it('after an admin edits the stored catalogue (weights, m), both follow the stored method, not the seed', async () => {
    const client = await adminClient();
    const { periodId } = await browserCatalogue(client);
    expect((await client.patch(`/api/periods/${periodId}/indicators/35`, { weight: 5 })).statusCode).toBe(200);
    expect((await client.patch(`/api/periods/${periodId}`, { minDivisor: 14, minBasicAffairs: 4 })).statusCode).toBe(200);
    const result = await expectAgreement(client, exampleInput);
    expect(result.claimed.divisor).toBe(14);
    expect(result.claimed.countScore).toBeCloseTo(11 * 0.38, 9);
  });
});
