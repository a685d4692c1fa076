import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../db/schema.js';
import { openTestDatabase } from '../test/harness.js';
import type { Database } from '../db/client.js';
import { databaseSessionStore, purgeExpiredSessions } from './session-store.js';

let database: Database;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

const get = (sid: string) =>
  new Promise<unknown>((resolve, reject) => databaseSessionStore(database.db, 60_000).get(sid, (err, s) => (err ? reject(err) : resolve(s))));

describe('the session store', () => {
  it('answers nothing for an expired session, and the purge removes only expired ones', async () => {
    const now = Date.now();
    await database.db.insert(sessions).values([
      { sid: 'lama', data: { userId: null }, expiresAt: new Date(now - 1000) },
      { sid: 'baru', data: { marker: 'tetap' }, expiresAt: new Date(now + 60_000) },
    ]);
    expect(await get('lama')).toBeNull();
    expect(await get('baru')).toEqual({ marker: 'tetap' });
    await purgeExpiredSessions(database.db);
    expect((await database.db.select({ sid: sessions.sid }).from(sessions)).map((r) => r.sid)).toEqual(['baru']);
  });

  it('writes an unchanged rolling session again only when its expiry moved by more than an hour', async () => {
    const store = databaseSessionStore(database.db, 7 * 86_400_000);
    const set = (session: object) => new Promise<void>((resolve, reject) => store.set('rol', session as never, (err) => (err ? reject(err) : resolve())));
    const stored = async () => (await database.db.select().from(sessions)).find((r) => r.sid === 'rol')!;
    const t0 = Date.now() + 86_400_000;
    await set({ userId: null, n: 1, cookie: { expires: new Date(t0) } });
    const first = await stored();
    // Deleting the row behind the store's back shows whether the next set writes.
    await database.db.delete(sessions);
    await set({ userId: null, n: 1, cookie: { expires: new Date(t0 + 60_000) } });
    expect(await database.db.select().from(sessions)).toEqual([]);
    await set({ userId: null, n: 2, cookie: { expires: new Date(t0 + 60_000) } });
    expect((await stored()).data).toMatchObject({ n: 2 });
    await database.db.delete(sessions);
    await set({ userId: null, n: 2, cookie: { expires: new Date(t0 + 2 * 3_600_000) } });
    expect((await stored()).expiresAt.getTime()).toBe(t0 + 2 * 3_600_000);
    expect(first.expiresAt.getTime()).toBe(t0);
  });
});
