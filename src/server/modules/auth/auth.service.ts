import { createHash, randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { and, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import type { Role } from '../../../domain/roles.js';
import { clockTime } from '../../../domain/regions.js';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { Db } from '../../db/client.js';
import { authTokens, regions, userRoles, userUnits, users } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError } from '../../lib/errors.js';
import type { Mailer } from '../../lib/mail.js';
import type { Actor } from '../../lib/policy.js';
import { revokeSessionsOf } from '../../lib/session-store.js';
import { translator } from '../../lib/i18n.js';
import type { Language } from '../../../domain/i18n/index.js';

export const MAX_FAILED_SIGN_INS = 5;
export const LOCK_MINUTES = 15;
export const TOKEN_HOURS = { invite: 72, reset: 2, verify: 48 } as const;
export type TokenPurpose = keyof typeof TOKEN_HOURS;

export const hashPassword = (password: string) => hash(password); // @node-rs/argon2 defaults to argon2id
// A fixed hash to verify against when the account does not exist, so timing does not reveal it.
const decoyHash = await hash('decoy password that never matches');

const roleList = sql<Role[]>`coalesce((select array_agg(r.role order by r.role) from user_roles r where r.user_id = ${users.id}), '{}')`;
const unitList = sql<string[]>`coalesce((select array_agg(uu.unit_id::text) from user_units uu where uu.user_id = ${users.id}), '{}')`;

export async function loadActor(db: Db, userId: string): Promise<Actor | null> {
  const [row] = await db
    .select({ userId: users.id, regionId: users.regionId, name: users.name, email: users.email, active: users.active, roles: roleList, unitIds: unitList })
    .from(users)
    .where(eq(users.id, userId));
  if (!row || !row.active) return null;
  return { userId: row.userId, regionId: row.regionId, name: row.name, email: row.email, roles: row.roles, unitIds: row.unitIds };
}

export async function describeMe(db: Db, actor: Actor) {
  const region = await db.query.regions.findFirst({ where: eq(regions.id, actor.regionId) });
  if (!region) throw new AppError('NOT_FOUND');
  return {
    id: actor.userId,
    email: actor.email,
    name: actor.name,
    roles: actor.roles,
    unitIds: actor.unitIds,
    region: { id: region.id, code: region.code, name: region.name, bodyName: region.bodyName, hasLogo: !!region.logoFileId },
  };
}

/**
 * Checks a password. Five failures in a row lock the account for 15 minutes; the lock and each
 * failure are audited. Returns the signed-in actor.
 */
export async function signIn(db: Db, input: { email: string; password: string; requestId: string; now?: Date }): Promise<Actor> {
  const now = input.now ?? new Date();
  const user = await db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, input.email.toLowerCase()) });
  if (!user || !user.active || !user.passwordHash) {
    await verify(decoyHash, input.password).catch(() => false);
    throw new AppError('INVALID_CREDENTIALS');
  }
  const subject = { userId: user.id, name: user.name, regionId: user.regionId };
  if (user.lockedUntil && user.lockedUntil > now) {
    const region = await db.query.regions.findFirst({ where: eq(regions.id, user.regionId) });
    throw new AppError('ACCOUNT_LOCKED', undefined, {
      until: clockTime(user.lockedUntil, (region?.timeZone ?? 'Asia/Jakarta') as TimeZone),
      retryAfter: Math.ceil((user.lockedUntil.getTime() - now.getTime()) / 1000),
    });
  }
  const ok = await verify(user.passwordHash, input.password).catch(() => false);
  // Told only to someone who knows the password, so it reveals nothing about the address.
  if (ok && !user.emailVerifiedAt && (await hasRole(db, user.id, 'masyarakat'))) throw new AppError('EMAIL_NOT_VERIFIED');
  if (!ok) {
    const failed = user.failedSignIns + 1;
    const lock = failed >= MAX_FAILED_SIGN_INS;
    await db.transaction(async (tx) => {
      await tx
        .update(users)
        .set(lock ? { failedSignIns: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) } : { failedSignIns: failed })
        .where(eq(users.id, user.id));
      await audit(tx, { actor: null, regionId: user.regionId, action: 'sign_in_failed', entity: 'user', entityId: user.id, after: { failedSignIns: failed }, requestId: input.requestId });
      if (lock) {
        await audit(tx, { actor: null, regionId: user.regionId, action: 'account_locked', entity: 'user', entityId: user.id, after: { minutes: LOCK_MINUTES }, requestId: input.requestId });
      }
    });
    throw new AppError('INVALID_CREDENTIALS');
  }
  await db.transaction(async (tx) => {
    await tx.update(users).set({ failedSignIns: 0, lockedUntil: null, lastSignInAt: now }).where(eq(users.id, user.id));
    await audit(tx, { actor: subject, action: 'sign_in', entity: 'user', entityId: user.id, requestId: input.requestId });
  });
  return (await loadActor(db, user.id))!;
}

async function hasRole(db: Db, userId: string, role: Role): Promise<boolean> {
  return !!(await db.query.userRoles.findFirst({ where: and(eq(userRoles.userId, userId), eq(userRoles.role, role)) }));
}

export const digest = (token: string) => createHash('sha256').update(token).digest('hex');

/** Issues a single-use token; only its hash is stored. Earlier unused tokens of the user stop working. */
export async function issueToken(db: Db, userId: string, purpose: TokenPurpose, now = new Date()): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.transaction(async (tx) => {
    await tx.update(authTokens).set({ usedAt: now }).where(and(eq(authTokens.userId, userId), isNull(authTokens.usedAt)));
    await tx.insert(authTokens).values({ userId, purpose, tokenHash: digest(token), expiresAt: new Date(now.getTime() + TOKEN_HOURS[purpose] * 3_600_000) });
  });
  return token;
}

export async function mailToken(
  deps: { db: Db; mailer: Mailer; publicUrl: string },
  user: { id: string; name: string; email: string; regionId: string },
  purpose: TokenPurpose,
  lang: Language,
): Promise<void> {
  const token = await issueToken(deps.db, user.id, purpose);
  const region = await deps.db.query.regions.findFirst({ where: eq(regions.id, user.regionId) });
  const t = translator(lang);
  const params = { name: user.name, body: region?.bodyName ?? 'Lumbung', hours: TOKEN_HOURS[purpose], link: `${deps.publicUrl}/atur-sandi?token=${token}` };
  await deps.mailer.send({ regionId: user.regionId, to: user.email, subject: t(`mail.${purpose}.subject`, params), text: t(`mail.${purpose}.text`, params) });
}

export async function requestPasswordReset(deps: { db: Db; mailer: Mailer; publicUrl: string }, email: string, lang: Language, requestId: string) {
  const user = await deps.db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, email.toLowerCase()) });
  if (!user || !user.active) return; // same answer either way: no account enumeration
  await mailToken(deps, user, 'reset', lang);
  await audit(deps.db, { actor: null, regionId: user.regionId, action: 'password_reset_requested', entity: 'user', entityId: user.id, requestId });
}

/** Sets a password from an invitation or reset token, unlocks the account and ends its other sessions. */
export async function setPasswordWithToken(db: Db, input: { token: string; password: string; requestId: string; now?: Date }) {
  const now = input.now ?? new Date();
  const row = await db.query.authTokens.findFirst({
    where: and(eq(authTokens.tokenHash, digest(input.token)), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now), inArray(authTokens.purpose, ['invite', 'reset'])),
  });
  if (!row) throw new AppError('VALIDATION_FAILED', 'error.tokenInvalid', {}, [{ path: 'token', key: 'error.tokenInvalid' }]);
  const user = await db.query.users.findFirst({ where: eq(users.id, row.userId) });
  if (!user || !user.active) throw new AppError('VALIDATION_FAILED', 'error.tokenInvalid', {}, [{ path: 'token', key: 'error.tokenInvalid' }]);
  const passwordHash = await hashPassword(input.password);
  await db.transaction(async (tx) => {
    const used = await tx
      .update(authTokens)
      .set({ usedAt: now })
      .where(and(eq(authTokens.id, row.id), isNull(authTokens.usedAt)))
      .returning({ id: authTokens.id });
    if (used.length === 0) throw new AppError('VALIDATION_FAILED', 'error.tokenInvalid', {}, [{ path: 'token', key: 'error.tokenInvalid' }]);
    // The link reached the mailbox, which proves the address as well as a verification link would.
    await tx.update(users).set({ passwordHash, failedSignIns: 0, lockedUntil: null, emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now }).where(eq(users.id, user.id));
    await audit(tx, { actor: null, regionId: user.regionId, action: row.purpose === 'invite' ? 'invitation_accepted' : 'password_reset', entity: 'user', entityId: user.id, requestId: input.requestId });
  });
  await revokeSessionsOf(db, user.id);
}

/**
 * Creates an account with roles and units inside a caller's transaction. Accounts made by staff
 * (invitations, the seed, the CLI) count as verified; a citizen's self-registration passes
 * `emailVerified: false` and must confirm the address before signing in.
 */
export async function insertUser(
  tx: Db,
  input: {
    regionId: string;
    email: string;
    name: string;
    passwordHash: string | null;
    roles: readonly Role[];
    unitIds?: readonly string[];
    emailVerified?: boolean;
    privacyAcceptedAt?: Date;
  },
) {
  const [user] = await tx
    .insert(users)
    .values({
      regionId: input.regionId,
      email: input.email.toLowerCase(),
      name: input.name,
      passwordHash: input.passwordHash,
      emailVerifiedAt: input.emailVerified === false ? null : new Date(),
      privacyAcceptedAt: input.privacyAcceptedAt ?? null,
    })
    .returning();
  await tx.insert(userRoles).values(input.roles.map((role) => ({ userId: user!.id, role })));
  if (input.unitIds?.length) await tx.insert(userUnits).values(input.unitIds.map((unitId) => ({ userId: user!.id, unitId })));
  return user!;
}
