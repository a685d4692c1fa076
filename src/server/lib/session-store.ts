import type { SessionStore } from '@fastify/session';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions } from '../db/schema.js';

type Cb = (err?: unknown, result?: unknown) => void;
type StoredSession = { cookie?: { expires?: string | Date | null }; userId?: string };

/** @fastify/session store on the sessions table, so sessions survive a restart and can be revoked. */
export function databaseSessionStore(db: Db, maxAgeMs: number): SessionStore {
  const run = (p: Promise<unknown>, cb: Cb) => p.then((r) => cb(null, r), (err) => cb(err));
  return {
    set(sid, session, cb) {
      const s = session as unknown as StoredSession;
      const expiresAt = s.cookie?.expires ? new Date(s.cookie.expires) : new Date(Date.now() + maxAgeMs);
      const data = JSON.parse(JSON.stringify(session)) as object;
      run(
        db
          .insert(sessions)
          .values({ sid, data, userId: s.userId ?? null, expiresAt })
          .onConflictDoUpdate({ target: sessions.sid, set: { data, userId: s.userId ?? null, expiresAt } }),
        cb as Cb,
      );
    },
    get(sid, cb) {
      run(
        db.query.sessions.findFirst({ where: eq(sessions.sid, sid) }).then((row) => {
          if (!row) return null;
          if (row.expiresAt.getTime() < Date.now()) return null;
          return row.data;
        }),
        cb as Cb,
      );
    },
    destroy(sid, cb) {
      run(db.delete(sessions).where(eq(sessions.sid, sid)), cb as Cb);
    },
  };
}

export async function purgeExpiredSessions(db: Db): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

export async function revokeSessionsOf(db: Db, userId: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}
