import { z } from 'zod';
import { followSubjects } from '../ideas/ideas.js';
import { Email, Id, Password, text } from './common.js';

// Citizen accounts (role `masyarakat`) and follows (issue 6). Custom issue messages are i18n keys under `validation.`.

/**
 * POST /api/citizens/register — a citizen registers in the portal's region. The privacy notice must
 * be accepted (`acceptPrivacy: true`). Always answers 200 `{ ok: true }`, also when the e-mail is
 * already taken (the owner gets a mail instead, so accounts are never revealed). A verification mail
 * links `<publicUrl>/verifikasi-email?token=…` (valid 48 hours). Rate-limited like sign-in (429).
 */
export const CitizenRegisterInput = z.strictObject({
  name: text(120),
  email: Email,
  password: Password,
  acceptPrivacy: z.literal(true, { message: 'privacyNotAccepted' }),
});
export type CitizenRegisterInput = z.infer<typeof CitizenRegisterInput>;

/**
 * POST /api/citizens/verify — confirms the e-mail with the token from the mail's link, then signs
 * the person in (a fresh session) and answers `Me` (contracts/auth.ts). An unknown, used or expired
 * token: 400 VALIDATION_FAILED with a field error on `token`.
 */
export const CitizenVerifyInput = z.strictObject({ token: z.string().min(20).max(200) });
export type CitizenVerifyInput = z.infer<typeof CitizenVerifyInput>;

/**
 * POST /api/citizens/resend-verification — mails a new link to a registered, not yet verified
 * citizen. Always 200 `{ ok: true }` (no account enumeration); rate-limited like sign-in.
 */
export const ResendVerificationInput = z.strictObject({ email: Email });
export type ResendVerificationInput = z.infer<typeof ResendVerificationInput>;

/**
 * GET /api/citizens/privacy — the privacy notice shown before registering, in the caller's language
 * (public). The same texts are in the catalogue under `citizen.privacy.*` (title, paragraphs p1…p5)
 * if a page prefers to render them itself; this endpoint fills in the region's body name.
 */
export const PrivacyNotice = z.object({
  title: z.string(),
  paragraphs: z.array(z.string()),
  /** Who keeps the data (the region's innovation body). */
  controller: z.string(),
  version: z.string(),
});
export type PrivacyNotice = z.infer<typeof PrivacyNotice>;

// ---------------------------------------------------------------- follows

export const FollowSubject = z.enum(followSubjects);
export type FollowSubject = z.infer<typeof FollowSubject>;

/**
 * POST /api/follows — the signed-in account follows a published innovation (of any region: the
 * catalogue lists them all) or a published idea of its region. Idempotent: following twice is one
 * follow (200 both times). An unpublished or unknown subject: 404.
 */
export const FollowInput = z.strictObject({ subject: FollowSubject, subjectId: Id });
export type FollowInput = z.infer<typeof FollowInput>;

/** DELETE /api/follows/{subject}/{subjectId} — stops following; idempotent (200 `{ ok: true }`). */
export const FollowParams = z.strictObject({ subject: FollowSubject, subjectId: Id });

/** One follow, with what a list needs: the subject's title and its public address. */
export const Follow = z.object({
  subject: FollowSubject,
  subjectId: Id,
  title: z.string(),
  /** `/inovasi/<slug>` or `/ide/<id>`; null once the subject is no longer public. */
  link: z.string().nullable(),
  createdAt: z.string(),
});
export type Follow = z.infer<typeof Follow>;

/** GET /api/follows — the signed-in account's follows, newest first. */
export const FollowList = z.object({ items: z.array(Follow) });
export type FollowList = z.infer<typeof FollowList>;
