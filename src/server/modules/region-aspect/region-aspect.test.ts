import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RegistryReport } from '../../../domain/contracts/innovations.js';
import type { RegionAspect } from '../../../domain/contracts/region-aspect.js';
import { periods } from '../../db/schema.js';
import { buildUser } from '../../test/factories.js';
import { auditRows, expectError, fieldsOf, signedIn } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';
import { registryRegion, tinyPdf } from '../innovations/registry.test-support.js';

let t: TestApp;
let r: Awaited<ReturnType<typeof registryRegion>>;
let assessor: Client;
let periodId: string;
const url = (path = '') => `/api/periods/${periodId}/region-aspect${path}`;
const aspect = async (res: Awaited<ReturnType<Client['get']>>) => {
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as RegionAspect;
};
const indicator = (a: RegionAspect, code: string) => a.indicators.find((i) => i.code === code)!;

beforeAll(async () => {
  t = await startTestApp();
  r = await registryRegion(t);
  assessor = await signedIn(t, await buildUser(t.db, { regionId: r.region.id, roles: ['tim_penilai'] }));
  periodId = (await t.db.select().from(periods).where(eq(periods.isCurrent, true)))[0]!.id;
});
afterAll(() => t.close());

describe('region aspect (SPD)', () => {
  it('lists the period’s region indicators with what each option needs, and nothing answered yet', async () => {
    const a = await aspect(await r.clients.leader.get(url()));
    expect(a.indicators.length).toBeGreaterThan(5);
    expect(a.indicators.every((i) => i.option === 0 && i.evidence.length === 0)).toBe(true);
    expect(a.spd).toMatchObject({ claimed: 0, verified: 0 });
    expect(a.mandatoryMissing).toContain('1');
    expect(a).toMatchObject({ mayAnswer: false, mayReview: false });
    expectError(await r.clients.operatorA.get(url()), 403, 'FORBIDDEN');
  });

  it('scores an answer once its evidence is present, and verifies it once reviewed', async () => {
    let a = await aspect(await r.clients.admin.put(url('/1'), { option: 2 }));
    expect(indicator(a, '1')).toMatchObject({ option: 2, present: false, score: 0 });
    const accepts = indicator(a, '1').options[1]!.accepts;
    a = accepts.includes('pdf')
      ? await aspect(await r.clients.admin.upload(url('/1/evidence'), tinyPdf('perda'), 'perda-inovasi.pdf', 'POST', { letterNumber: '4/2024' }))
      : await aspect(await r.clients.admin.post(url('/1/links'), { url: 'https://jdih.contoh.go.id/perda-4-2024' }));
    const weight = indicator(a, '1').weight;
    expect(indicator(a, '1')).toMatchObject({ present: true, score: weight * 2, review: 'pending' });
    expect(a.spd.claimed).toBe(weight * 2);
    expect(a.spd.verified).toBe(0);

    // Only a mentor or the assessment team reviews; a return needs a note.
    expectError(await r.clients.admin.put(url('/1/review'), { decision: 'accepted' }), 403, 'FORBIDDEN');
    expect(fieldsOf(expectError(await assessor.put(url('/1/review'), { decision: 'returned' }), 400, 'VALIDATION_FAILED')).note).toBeTruthy();
    a = await aspect(await assessor.put(url('/1/review'), { decision: 'accepted' }));
    expect(indicator(a, '1')).toMatchObject({ review: 'accepted', reviewerName: expect.any(String) });
    expect(a.spd.verified).toBe(weight * 2);

    // The simulator's and monitoring's working set now carries the region's answers.
    const registry = (await r.clients.admin.get('/api/iid/registry')).json() as RegistryReport;
    expect(registry.region.answers['1']).toMatchObject({ option: 2, evidenced: true, accepted: true });

    // A change sends it back to review.
    a = await aspect(await r.clients.admin.put(url('/1'), { option: 3 }));
    expect(indicator(a, '1')).toMatchObject({ review: 'pending', option: 3 });
    expect(a.spd.verified).toBe(0);
    const actions = (await auditRows(t.db, 'period', periodId)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(['region.answer', 'region.evidence.add', 'region.review']));
  });

  it('does not let a reviewer pass an answer they entered themselves', async () => {
    const both = await signedIn(t, await buildUser(t.db, { regionId: r.region.id, roles: ['admin', 'pendamping'] }));
    await aspect(await both.put(url('/3'), { option: 1 }));
    expect(expectError(await both.put(url('/3/review'), { decision: 'accepted' }), 403, 'FORBIDDEN').message).toContain('orang lain');
    expect(indicator(await aspect(await assessor.put(url('/3/review'), { decision: 'accepted' })), '3').review).toBe('accepted');
  });

  it('refuses an innovation indicator, a file of another kind and others’ evidence', async () => {
    expect(expectError(await r.clients.admin.put(url('/16'), { option: 1 }), 404, 'NOT_FOUND').message).toContain('bukan indikator daerah');
    expectError(await r.clients.admin.delete(url('/evidence/00000000-0000-4000-8000-000000000000')), 404, 'NOT_FOUND');
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00', 'latin1'), Buffer.alloc(2000, 1)]);
    expect(expectError(await r.clients.admin.upload(url('/1/evidence'), exe, 'laporan.pdf'), 415, 'UNSUPPORTED_MEDIA_TYPE').message).toContain('bukan PDF');
  });

  it('serves an evidence file to readers and removes it for the admin', async () => {
    const a = await aspect(await r.clients.admin.get(url()));
    const file = indicator(a, '1').evidence.find((e) => e.file);
    if (file) {
      const res = await r.clients.leader.get(url(`/evidence/${file.id}/file`));
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-disposition']).toContain('perda-inovasi.pdf');
    }
    const first = indicator(a, '1').evidence[0]!;
    const after = await aspect(await r.clients.admin.delete(url(`/evidence/${first.id}`)));
    expect(indicator(after, '1').evidence).toHaveLength(0);
  });
});
