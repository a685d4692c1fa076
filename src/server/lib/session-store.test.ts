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
});
