import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { buildRegion, buildUnit, buildUser } from '../../test/factories.js';
import { expectError, fieldsOf, signedIn, tinyPng } from '../../test/fixtures.js';
import { startTestApp, type Client, type TestApp } from '../../test/harness.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Entry = {
  id: string;
  at: string;
  actorId: string | null;
  actorName: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  reason: string | null;
  requestId: string | null;
};

async function auditList(client: Client, query = ''): Promise<{ items: Entry[]; total: number; page: number; pageSize: number }> {
  const res = await client.get(`/api/audit${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

describe('every change leaves an audit entry', () => {
  it('records who changed what, with before and after, for units, users and the region', async () => {
    const region = await buildRegion(t.db, { bodyName: 'Bapperida Sebelum' });
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const client = await signedIn(t, admin);
    const ok = async (res: Promise<{ statusCode: number; body: string; headers: Record<string, unknown> }>, status = 200) => {
      const r = await res;
      expect(r.statusCode, r.body).toBe(status);
      return { body: r.body ? JSON.parse(r.body) : null, requestId: r.headers['x-request-id'] as string };
    };

    const created = await ok(client.post('/api/units', { name: 'Dinas Arsip', type: 'dinas', headName: 'Pak Lama' }), 201);
    const unitId = created.body.id as string;
    const updated = await ok(client.patch(`/api/units/${unitId}`, { headName: 'Bu Baru' }));
    const deactivated = await ok(client.patch(`/api/units/${unitId}`, { active: false }));
    const doomed = await buildUnit(t.db, region.id, { name: 'Dinas Sementara' });
    const deleted = await ok(client.delete(`/api/units/${doomed.id}?reason=Digabung`), 204);
    const regionUpdate = await ok(client.patch('/api/region', { bodyName: 'Bapperida Sesudah' }));
    const logo = await ok(client.upload('/api/region/logo', tinyPng([9, 9, 9]), 'logo.png', 'PUT'));
    const invited = await ok(client.post('/api/users', { email: 'tercatat@uji.test', name: 'Tercatat', roles: ['pimpinan'] }), 201);
    const userId = invited.body.id as string;
    const userUpdate = await ok(client.patch(`/api/users/${userId}`, { name: 'Tercatat Baru', roles: ['juri'] }));
    const resend = await ok(client.post(`/api/users/${userId}/resend-invite`));
    const unlock = await ok(client.post(`/api/users/${userId}/unlock`));
    const userDeactivate = await ok(client.patch(`/api/users/${userId}`, { active: false }));

    const { items } = await auditList(client, '?pageSize=200');
    const find = (requestId: string) => {
      const found = items.filter((e) => e.requestId === requestId);
      expect(found, `one entry for request ${requestId}`).toHaveLength(1);
      return found[0]!;
    };
    const who = { actorId: admin.id, actorName: admin.name };
    expect(find(created.requestId)).toMatchObject({ ...who, action: 'create', entity: 'unit', entityId: unitId, before: null, after: { name: 'Dinas Arsip', headName: 'Pak Lama', active: true } });
    expect(find(updated.requestId)).toMatchObject({ ...who, action: 'update', entity: 'unit', entityId: unitId, before: { headName: 'Pak Lama' }, after: { headName: 'Bu Baru' } });
    expect(find(deactivated.requestId)).toMatchObject({ ...who, action: 'deactivate', entity: 'unit', entityId: unitId, before: { active: true }, after: { active: false } });
    expect(find(deleted.requestId)).toMatchObject({ ...who, action: 'delete', entity: 'unit', entityId: doomed.id, before: { name: 'Dinas Sementara' }, after: null, reason: 'Digabung' });
    expect(find(regionUpdate.requestId)).toMatchObject({ ...who, action: 'update', entity: 'region', entityId: region.id, before: { bodyName: 'Bapperida Sebelum' }, after: { bodyName: 'Bapperida Sesudah' } });
    expect(find(logo.requestId)).toMatchObject({ ...who, action: 'update', entity: 'region', entityId: region.id, before: { logoFileId: null }, after: { logoFileId: expect.any(String) } });
    expect(find(invited.requestId)).toMatchObject({ ...who, action: 'invite', entity: 'user', entityId: userId, before: null, after: { email: 'tercatat@uji.test', roles: ['pimpinan'] } });
    expect(find(userUpdate.requestId)).toMatchObject({ ...who, action: 'update', entity: 'user', entityId: userId, before: { name: 'Tercatat', roles: ['pimpinan'] }, after: { name: 'Tercatat Baru', roles: ['juri'] } });
    expect(find(resend.requestId)).toMatchObject({ ...who, action: 'resend_invite', entity: 'user', entityId: userId });
    expect(find(unlock.requestId)).toMatchObject({ ...who, action: 'unlock', entity: 'user', entityId: userId });
    expect(find(userDeactivate.requestId)).toMatchObject({ ...who, action: 'deactivate', entity: 'user', entityId: userId, before: { active: true }, after: { active: false } });

    // Newest first; every entry has a time.
    const times = items.map((e) => Date.parse(e.at));
    expect(times.every((n) => Number.isFinite(n))).toBe(true);
    expect(times).toEqual([...times].sort((a, b) => b - a));
  });

  it('records an import with what it created', async () => {
    const region = await buildRegion(t.db);
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const client = await signedIn(t, admin);
    const res = await client.upload('/api/units/import', Buffer.from('Nama,Jenis\nDinas Impor Satu,dinas\nDinas Impor Dua,dinas\n'), 'unit.csv');
    expect(res.json().imported).toBe(2);
    const { items } = await auditList(client, '?action=import');
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ actorId: admin.id, entity: 'unit', after: { count: 2, names: ['Dinas Impor Satu', 'Dinas Impor Dua'] }, requestId: res.headers['x-request-id'] });
  });

  it('records nothing for a change that was refused', async () => {
    const region = await buildRegion(t.db);
    const admin = await buildUser(t.db, { regionId: region.id, roles: ['admin'] });
    const client = await signedIn(t, admin);
    const before = (await auditList(client)).total;
    expectError(await client.post('/api/units', { name: '', type: 'dinas' }), 400, 'VALIDATION_FAILED');
    expectError(await client.patch(`/api/users/${admin.id}`, { active: false }), 409, 'CONFLICT');
    expectError(await client.delete('/api/units/00000000-0000-4000-8000-000000000000'), 404, 'NOT_FOUND');
    expect((await auditList(client)).total).toBe(before);
  });
});

describe('GET /api/audit filters', () => {
  let client: Client;
  let regionId: string;
  let actorId: string;
  beforeAll(async () => {
    const region = await buildRegion(t.db);
    regionId = region.id;
    const admin = await buildUser(t.db, { regionId, roles: ['admin'] });
    actorId = admin.id;
    // Entries at known instants, years before anything the tests do today.
    const at = ['2020-03-01T10:00:00Z', '2020-03-02T00:00:00Z', '2020-03-02T23:59:59Z', '2020-03-03T00:00:00Z'];
    for (const [i, instant] of at.entries()) {
      await t.db.insert(auditLog).values({
        regionId,
        actorId: i % 2 ? admin.id : null,
        actorName: i % 2 ? admin.name : null,
        action: i < 2 ? 'create' : 'delete',
        entity: i === 3 ? 'user' : 'unit',
        entityId: `at${i}`,
        at: new Date(instant),
      });
    }
    client = await signedIn(t, admin);
  });

  const ids = async (query: string) => (await auditList(client, query)).items.map((e) => e.entityId).filter((id) => id?.startsWith('at')).sort();

  it('filters by day range, including the whole last day', async () => {
    expect(await ids('?from=2020-03-02&to=2020-03-02')).toEqual(['at1', 'at2']);
    expect(await ids('?to=2020-03-01')).toEqual(['at0']);
    expect(await ids('?from=2020-03-03')).toEqual(['at3']);
    expect(await ids('?from=2020-03-01&to=2020-03-03')).toEqual(['at0', 'at1', 'at2', 'at3']);
    expect(await ids('?from=2020-03-04&to=2020-03-10')).toEqual([]);
  });

  it('filters by entity, action, actor and entity id', async () => {
    expect(await ids('?entity=user')).toEqual(['at3']);
    expect(await ids('?action=delete')).toEqual(['at2', 'at3']);
    expect(await ids('?entity=unit&action=create')).toEqual(['at0', 'at1']);
    expect(await ids(`?actorId=${actorId}&to=2020-12-31`)).toEqual(['at1', 'at3']);
    expect((await auditList(client, '?entityId=at2')).items).toMatchObject([{ entityId: 'at2', action: 'delete', entity: 'unit' }]);
  });

  it('pages with a total', async () => {
    const first = await auditList(client, '?to=2020-12-31&pageSize=3');
    expect(first).toMatchObject({ total: 4, page: 1, pageSize: 3 });
    expect(first.items.map((e) => e.entityId)).toEqual(['at3', 'at2', 'at1']);
    const second = await auditList(client, '?to=2020-12-31&pageSize=3&page=2');
    expect(second).toMatchObject({ total: 4, page: 2, pageSize: 3 });
    expect(second.items.map((e) => e.entityId)).toEqual(['at0']);
  });

  it('refuses days the database cannot hold', async () => {
    expect(fieldsOf(expectError(await client.get('/api/audit?from=0000-01-01'), 400, 'VALIDATION_FAILED'))).toEqual({ from: 'Tanggal tidak sah (format TTTT-BB-HH).' });
    expect(fieldsOf(expectError(await client.get('/api/audit?to=9999-12-31'), 400, 'VALIDATION_FAILED'))).toEqual({ to: 'Tanggal tidak sah (format TTTT-BB-HH).' });
    expect(await ids('?from=0001-01-01&to=9999-12-30')).toEqual(['at0', 'at1', 'at2', 'at3']);
  });

  it('names a malformed filter', async () => {
    const error = expectError(await client.get('/api/audit?from=2020-13-01&actorId=saya&level=all'), 400, 'VALIDATION_FAILED');
    expect(fieldsOf(error)).toEqual({
      from: 'Tanggal tidak sah (format TTTT-BB-HH).',
      actorId: 'Pengenal tidak sah.',
      level: 'Kolom ini tidak dikenal.',
    });
  });
});

describe('who reads the audit log', () => {
  it('shows an admin only the entries of their own region', async () => {
    const [a, b] = [await buildRegion(t.db), await buildRegion(t.db)];
    const adminA = await signedIn(t, await buildUser(t.db, { regionId: a.id, roles: ['admin'] }));
    const adminB = await signedIn(t, await buildUser(t.db, { regionId: b.id, roles: ['admin'] }));
    const unitB = (await adminB.post('/api/units', { name: 'Dinas Rahasia Beta', type: 'dinas' })).json();

    const seenByA = await auditList(adminA, '?pageSize=200');
    expect(seenByA.items.length).toBeGreaterThan(0); // A's own sign-in
    expect(JSON.stringify(seenByA)).not.toContain(unitB.id);
    expect(JSON.stringify(seenByA)).not.toContain('Dinas Rahasia Beta');
    expect((await auditList(adminA, `?entityId=${unitB.id}`)).total).toBe(0);
    expect((await auditList(adminB, `?entityId=${unitB.id}`)).total).toBe(1);
    const regionsSeen = await t.db.select({ regionId: auditLog.regionId }).from(auditLog).where(sql`${auditLog.id} in ${seenByA.items.map((e) => e.id)}`);
    expect(new Set(regionsSeen.map((r) => r.regionId))).toEqual(new Set([a.id]));
  });

  it('is for admins only', async () => {
    const region = await buildRegion(t.db);
    const leader = await signedIn(t, await buildUser(t.db, { regionId: region.id, roles: ['pimpinan'] }));
    expectError(await leader.get('/api/audit'), 403, 'FORBIDDEN');
    expectError(await t.client().get('/api/audit'), 401, 'UNAUTHENTICATED');
  });
});

describe('the audit log is append-only in the database', () => {
  it('refuses UPDATE and DELETE, whoever runs them, and keeps the rows', async () => {
    const region = await buildRegion(t.db);
    await audit(t.db, { actor: null, regionId: region.id, action: 'probe', entity: 'region', entityId: region.id });
    const count = async () => (await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
    const rows = await count();

    await expect(t.db.execute(sql`update audit_log set action = 'dihapus' where entity_id = ${region.id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`update audit_log set reason = 'ditulis ulang'`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log where entity_id = ${region.id}`)).rejects.toThrow();
    await expect(t.db.execute(sql`delete from audit_log`)).rejects.toThrow();
    // Inside a transaction the change is refused too, and the transaction rolls back.
    await expect(
      t.db.transaction(async (tx) => {
        await tx.execute(sql`delete from audit_log where entity_id = ${region.id}`);
      }),
    ).rejects.toThrow();

    expect(await count()).toBe(rows);
    const [row] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, region.id));
    expect(row).toMatchObject({ action: 'probe', reason: null });
  });

  it('refuses TRUNCATE, which row triggers would not see', async () => {
    const before = (await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n;
    await expect(t.db.execute(sql`truncate audit_log`)).rejects.toThrow();
    expect((await t.db.select({ n: sql<number>`count(*)::int` }).from(auditLog))[0]!.n).toBe(before);
  });

  it('says why it refuses', async () => {
    const failure = await t.db.execute(sql`delete from audit_log`).then(
      () => null,
      (err: Error & { cause?: Error }) => `${err.message} ${err.cause?.message ?? ''}`,
    );
    expect(failure).toContain('audit_log is append-only');
  });
});
