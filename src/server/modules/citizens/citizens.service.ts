import { and, eq, gt, isNull, sql } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import type { CitizenRegisterInput, PrivacyNotice } from '../../../domain/contracts/citizens.js';
import type { Language } from '../../../domain/i18n/index.js';
import type { Db } from '../../db/client.js';
import { authTokens, userRoles, users } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, isUniqueViolation, notFound } from '../../lib/errors.js';
import { translator } from '../../lib/i18n.js';
import type { Mailer } from '../../lib/mail.js';
import type { Actor } from '../../lib/policy.js';
import { digest, hashPassword, insertUser, issueToken, loadActor, TOKEN_HOURS } from '../auth/auth.service.js';
import { portalRegion } from '../portal/portal-region.js';

export type CitizenDeps = { db: Db; mailer: Mailer; publicUrl: string };

const tokenInvalid = () => new AppError('VALIDATION_FAILED', 'error.tokenInvalid', {}, [{ path: 'token', key: 'error.tokenInvalid' }]);

/** Mails a fresh single-use verification link; earlier links of the account stop working. */
async function mailVerification(deps: CitizenDeps, user: { id: string; name: string; email: string; regionId: string }, bodyName: string, lang: Language) {
  const token = await issueToken(deps.db, user.id, 'verify');
  const t = translator(lang);
  const params = { name: user.name, body: bodyName, hours: TOKEN_HOURS.verify, link: `${deps.publicUrl}/verifikasi-email?token=${token}` };
  await deps.mailer.send({ regionId: user.regionId, to: user.email, subject: t('citizen.mail.verify.subject', params), text: t('citizen.mail.verify.text', params) });
}

async function requirePortalRegion(db: Db) {
  const region = await portalRegion(db);
  if (!region) throw notFound(); // not set up yet: nobody to register with
  return region;
}

/**
 * Registers a citizen in the portal's region, unverified, and mails the verification link. An
 * address that already has an account gets the same answer; its owner is told by mail instead,
 * so the form cannot be used to find out who has an account. The password is hashed either way
 * so both paths take about as long.
 */
export async function registerCitizen(deps: CitizenDeps, input: CitizenRegisterInput, lang: Language, requestId: string): Promise<void> {
  const { db } = deps;
  const region = await requirePortalRegion(db);
  const passwordHash = await hashPassword(input.password);
  const email = input.email.toLowerCase();
  const existing = await db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, email) });
  if (existing) return existingAccount(deps, existing, lang, requestId);
  let created: typeof users.$inferSelect;
  try {
    created = await db.transaction(async (tx) => {
      const user = await insertUser(tx, {
        regionId: region.id,
        email,
        name: input.name,
        passwordHash,
        roles: ['masyarakat'],
        emailVerified: false,
        privacyAcceptedAt: new Date(),
      });
      await audit(tx, { actor: null, regionId: region.id, action: 'citizen.register', entity: 'user', entityId: user.id, after: { name: user.name, privacyVersion: translator('id')('citizen.privacy.version') }, requestId });
      return user;
    });
  } catch (err) {
    // Two registrations of one address at once: the second behaves as "already taken".
    if (!isUniqueViolation(err)) throw err;
    const winner = await db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, email) });
    if (winner) await existingAccount(deps, winner, lang, requestId);
    return;
  }
  await mailVerification(deps, created, region.bodyName, lang);
}

/** Someone registers an address that has an account: a citizen who never verified gets a fresh link, anyone else a note. */
async function existingAccount(deps: CitizenDeps, user: typeof users.$inferSelect, lang: Language, requestId: string) {
  if (!user.active) return;
  if (!user.emailVerifiedAt) return resendVerification(deps, user.email, lang, requestId);
  const region = await portalRegion(deps.db);
  const t = translator(lang);
  const params = { name: user.name, body: region?.bodyName ?? 'Lumbung', signIn: `${deps.publicUrl}/masuk`, reset: `${deps.publicUrl}/lupa-sandi` };
  await deps.mailer.send({ regionId: user.regionId, to: user.email, subject: t('citizen.mail.taken.subject', params), text: t('citizen.mail.taken.text', params) });
  await audit(deps.db, { actor: null, regionId: user.regionId, action: 'citizen.register_existing', entity: 'user', entityId: user.id, requestId });
}

/** Sends a new link to a registered citizen who has not verified yet; anyone else is silently ignored. */
export async function resendVerification(deps: CitizenDeps, email: string, lang: Language, requestId: string): Promise<void> {
  const { db } = deps;
  const user = await db.query.users.findFirst({ where: eq(sql`lower(${users.email})`, email.toLowerCase()) });
  if (!user || !user.active || user.emailVerifiedAt) return;
  const citizen = await db.query.userRoles.findFirst({ where: and(eq(userRoles.userId, user.id), eq(userRoles.role, 'masyarakat')) });
  if (!citizen) return;
  const region = await portalRegion(db);
  await mailVerification(deps, user, region?.bodyName ?? 'Lumbung', lang);
  await audit(db, { actor: null, regionId: user.regionId, action: 'citizen.verification_resent', entity: 'user', entityId: user.id, requestId });
}

/**
 * Confirms the address with a verification token (single use, unexpired) and returns the account
 * to sign in. The token is spent in the same statement that checks it, so a double click verifies once.
 */
export async function verifyEmail(db: Db, token: string, requestId: string, now = new Date()): Promise<Actor> {
  const userId = await db.transaction(async (tx) => {
    const [used] = await tx
      .update(authTokens)
      .set({ usedAt: now })
      .where(and(eq(authTokens.tokenHash, digest(token)), eq(authTokens.purpose, 'verify'), isNull(authTokens.usedAt), gt(authTokens.expiresAt, now)))
      .returning({ userId: authTokens.userId });
    if (!used) throw tokenInvalid();
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: now, updatedAt: now })
      .where(and(eq(users.id, used.userId), eq(users.active, true)))
      .returning();
    if (!user) throw tokenInvalid();
    await audit(tx, { actor: { userId: user.id, name: user.name, regionId: user.regionId }, action: 'citizen.email_verified', entity: 'user', entityId: user.id, requestId });
    await audit(tx, { actor: { userId: user.id, name: user.name, regionId: user.regionId }, action: 'sign_in', entity: 'user', entityId: user.id, requestId });
    await tx.update(users).set({ lastSignInAt: now }).where(eq(users.id, user.id));
    return user.id;
  });
  const actor = await loadActor(db, userId);
  if (!actor) throw tokenInvalid();
  return actor;
}

/** The privacy notice in the caller's language, naming the portal region's body as the one keeping the data. */
export async function privacyNotice(db: Db, t: TFunction): Promise<PrivacyNotice> {
  const region = await portalRegion(db);
  const controller = region?.bodyName ?? 'Lumbung';
  return {
    title: t('citizen.privacy.title'),
    paragraphs: (['p1', 'p2', 'p3', 'p4', 'p5'] as const).map((p) => t(`citizen.privacy.${p}`, { controller })),
    controller,
    version: t('citizen.privacy.version'),
  };
}
