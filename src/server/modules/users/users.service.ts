import { and, asc, count, eq, ilike, inArray, isNotNull, ne, or, sql, type SQL } from 'drizzle-orm';
import type { User, UserInvite, UserUpdate } from '../../../domain/contracts/users.js';
import type { Language } from '../../../domain/i18n/index.js';
import { unitScopedRoles, type Role } from '../../../domain/roles.js';
import type { Db } from '../../db/client.js';
import { units, userRoles, userUnits, users } from '../../db/schema.js';
import { audit, diff } from '../../lib/audit.js';
import { AppError, conflict, notFound } from '../../lib/errors.js';
import type { Mailer } from '../../lib/mail.js';
import type { Actor } from '../../lib/policy.js';
import { revokeSessionsOf } from '../../lib/session-store.js';
import { insertUser, mailToken } from '../auth/auth.service.js';

type Deps = { db: Db; mailer: Mailer; publicUrl: string };

const roleList = sql<Role[]>`coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = ${users.id}), '{}')`;
const unitList = sql<string[]>`coalesce((select array_agg(uu.unit_id::text) from user_units uu where uu.user_id = ${users.id}), '{}')`;

function present(row: typeof users.$inferSelect & { roles: Role[]; unitIds: string[] }): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    roles: row.roles,
    unitIds: row.unitIds,
    active: row.active,
    invited: row.passwordHash === null,
    lockedUntil: row.lockedUntil && row.lockedUntil > new Date() ? row.lockedUntil.toISOString() : null,
    lastSignInAt: row.lastSignInAt?.toISOString() ?? null,
  };
}

async function select(db: Db, where: SQL, page?: { limit: number; offset: number }) {
  const q = db.select({ user: users, roles: roleList, unitIds: unitList }).from(users).where(where).orderBy(asc(users.name));
  const rows = page ? await q.limit(page.limit).offset(page.offset) : await q;
  return rows.map((r) => present({ ...r.user, roles: r.roles, unitIds: r.unitIds }));
}

export async function listUsers(db: Db, actor: Actor, query: { q?: string; role?: Role; page: number; pageSize: number }) {
  const filters: SQL[] = [eq(users.regionId, actor.regionId)];
  if (query.q) {
    const like = `%${query.q.replace(/[\\%_]/g, '\\$&')}%`;
    filters.push(or(ilike(users.name, like), ilike(users.email, like))!);
  }
  if (query.role) filters.push(sql`exists (select 1 from user_roles r where r.user_id = ${users.id} and r.role = ${query.role})`);
  const where = and(...filters)!;
  const [items, [total]] = await Promise.all([
    select(db, where, { limit: query.pageSize, offset: (query.page - 1) * query.pageSize }),
    db.select({ n: count() }).from(users).where(where),
  ]);
  return { items, total: total!.n, page: query.page, pageSize: query.pageSize };
}

export async function getUser(db: Db, actor: Actor, id: string) {
  const [user] = await select(db, and(eq(users.regionId, actor.regionId), eq(users.id, id))!);
  if (!user) throw notFound();
  return user;
}

/** A list sent twice over (`["admin", "admin"]`) means the same as once. */
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

/** Unit-scoped roles need units, and every unit must belong to the actor's region. */
async function checkUnits(db: Db, regionId: string, roles: readonly Role[], unitIds: readonly string[]) {
  if (roles.some((r) => unitScopedRoles.includes(r)) && unitIds.length === 0) {
    throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'unitIds', key: 'error.unitsRequired' }]);
  }
  if (unitIds.length === 0) return;
  const [found] = await db.select({ n: count() }).from(units).where(and(eq(units.regionId, regionId), inArray(units.id, [...unitIds])));
  if (found!.n !== new Set(unitIds).size) throw new AppError('VALIDATION_FAILED', undefined, {}, [{ path: 'unitIds', key: 'error.unitUnknown' }]);
}

/** Refuses to leave a region without an active admin. */
async function keepOneAdmin(db: Db, actor: Actor, userId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'admin')))
    // An invited admin who never set a password cannot sign in, so does not count.
    .where(and(eq(users.regionId, actor.regionId), eq(users.active, true), isNotNull(users.passwordHash), ne(users.id, userId)));
  if (row!.n === 0) throw new AppError('CONFLICT', 'error.lastAdmin');
}

export async function inviteUser(deps: Deps, actor: Actor, given: UserInvite, lang: Language, requestId: string) {
  const input = { ...given, roles: unique(given.roles), unitIds: unique(given.unitIds) };
  await checkUnits(deps.db, actor.regionId, input.roles, input.unitIds);
  const taken = await deps.db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, input.email) });
  if (taken) throw conflict('error.emailTaken', 'email');
  const user = await deps.db.transaction(async (tx) => {
    const row = await insertUser(tx, { regionId: actor.regionId, email: input.email, name: input.name, passwordHash: null, roles: input.roles, unitIds: input.unitIds });
    await audit(tx, { actor, action: 'invite', entity: 'user', entityId: row.id, after: { email: row.email, name: row.name, roles: input.roles, unitIds: input.unitIds }, requestId });
    return row;
  });
  await mailToken(deps, user, 'invite', lang);
  return getUser(deps.db, actor, user.id);
}

export async function resendInvite(deps: Deps, actor: Actor, id: string, lang: Language, requestId: string) {
  const user = await getUser(deps.db, actor, id);
  if (!user.invited || !user.active) throw new AppError('CONFLICT');
  await mailToken(deps, { ...user, regionId: actor.regionId }, 'invite', lang);
  await audit(deps.db, { actor, action: 'resend_invite', entity: 'user', entityId: id, requestId });
}

export async function updateUser(db: Db, actor: Actor, id: string, input: UserUpdate, requestId: string) {
  const before = await getUser(db, actor, id);
  const roles = unique(input.roles ?? before.roles);
  const unitIds = unique(input.unitIds ?? before.unitIds);
  await checkUnits(db, actor.regionId, roles, unitIds);
  const losesAdmin = before.roles.includes('admin') && (!roles.includes('admin') || input.active === false);
  if (losesAdmin) await keepOneAdmin(db, actor, id);
  await db.transaction(async (tx) => {
    const set: Partial<typeof users.$inferInsert> = { updatedAt: new Date() };
    if (input.name !== undefined) set.name = input.name;
    if (input.active !== undefined) set.active = input.active;
    await tx.update(users).set(set).where(and(eq(users.id, id), eq(users.regionId, actor.regionId)));
    if (input.roles) {
      await tx.delete(userRoles).where(eq(userRoles.userId, id));
      await tx.insert(userRoles).values(roles.map((role) => ({ userId: id, role })));
    }
    if (input.unitIds) {
      await tx.delete(userUnits).where(eq(userUnits.userId, id));
      if (unitIds.length) await tx.insert(userUnits).values(unitIds.map((unitId) => ({ userId: id, unitId })));
    }
    const after = { ...before, name: input.name ?? before.name, roles, unitIds, active: input.active ?? before.active };
    const action = input.active === false && before.active ? 'deactivate' : input.active === true && !before.active ? 'reactivate' : 'update';
    await audit(tx, { actor, action, entity: 'user', entityId: id, ...diff(before, after), requestId });
  });
  if (input.active === false) await revokeSessionsOf(db, id);
  return getUser(db, actor, id);
}

export async function unlockUser(db: Db, actor: Actor, id: string, requestId: string) {
  await getUser(db, actor, id);
  await db.transaction(async (tx) => {
    await tx.update(users).set({ lockedUntil: null, failedSignIns: 0 }).where(and(eq(users.id, id), eq(users.regionId, actor.regionId)));
    await audit(tx, { actor, action: 'unlock', entity: 'user', entityId: id, requestId });
  });
  return getUser(db, actor, id);
}
