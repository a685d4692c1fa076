import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('GET /api/health', () => {
  it('reports the database and storage as working', async () => {
    const res = await t.client().get('/api/health');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ ok: true, driver: process.env.LUMBUNG_TEST_PG === '1' ? 'postgres' : 'pglite' });
    expect(body.storage).toMatchObject({ ok: true, driver: 'local' });
  });

  it('reports degraded with 503 when the database is gone', async () => {
    const other = await startTestApp();
    await other.database.close();
    const res = await other.client().get('/api/health');
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({ status: 'degraded', database: { ok: false } });
    await other.app.close();
  });
});
