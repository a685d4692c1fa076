import { z } from 'zod';
import { roles } from '../roles.js';
import { Email, Id, Password } from './common.js';

export const RoleSchema = z.enum(roles);

export const SignInInput = z.strictObject({ email: Email, password: z.string().min(1).max(200) });
export const ForgotPasswordInput = z.strictObject({ email: Email });
/** Used for both a password reset and accepting an invitation. */
export const SetPasswordInput = z.strictObject({ token: z.string().min(20).max(200), password: Password });
export const CsrfToken = z.object({ token: z.string() });

export const Me = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  unitIds: z.array(Id),
  region: z.object({ id: Id, code: z.string(), name: z.string(), bodyName: z.string(), hasLogo: z.boolean() }),
});
export type Me = z.infer<typeof Me>;
export type SignInInput = z.infer<typeof SignInInput>;
