import type { SessionStore } from '@fastify/session';
import { eq, lt } from 'drizzle-orm';
import type { Db } from '../db/client.js';
import { sessions } from '../db/schema.js';

type Cb = (err?: unknown, result?: unknown) => void;
type StoredSession = { cookie?: { expires?: string | Date | null }; userId?: string };

/** A rolling session is re-saved on every response; within this much of the stored expiry, an unchanged one is not written again. */
const RESAVE_AFTER_MS = 60 * 60 * 1000;
const MAX_REMEMBERED = 10_000;

/**
 * @fastify/session store on the sessions table, so sessions survive a restart and can be revoked.
 * Rolling sessions would write the row on every request (measured: one write per request under
 * load); an unchanged session is written again only when its expiry moved by more than an hour.
 */
export function databaseSessionStore(db: Db, maxAgeMs: number): SessionStore {
  const run = (p: Promise<unknown>, cb: Cb) => p.then((r) => cb(null, r), (err) => cb(err));
  const written = new Map<string, { json: string; expiresAt: number }>();
  return {
    set(sid, session, cb) {
      const s = session as unknown as StoredSession;
      const expiresAt = s.cookie?.expires ? new Date(s.cookie.expires) : new Date(Date.now() + maxAgeMs);
      const { cookie: _cookie, ...content } = session as unknown as Record<string, unknown>;
      const json = JSON.stringify(content);
      const last = written.get(sid);
      if (last && last.json === json && expiresAt.getTime() - last.expiresAt < RESAVE_AFTER_MS) return (cb as Cb)();
      if (written.size >= MAX_REMEMBERED) written.clear();
      written.set(sid, { json, expiresAt: expiresAt.getTime() });
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
      written.delete(sid);
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
