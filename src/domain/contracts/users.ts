import { z } from 'zod';
import { Email, Id, PageQuery, paginated, text } from './common.js';
import { RoleSchema } from './auth.js';

export const UserInvite = z.strictObject({
  email: Email,
  name: text(120),
  roles: z.array(RoleSchema).min(1).max(8),
  unitIds: z.array(Id).max(100).default([]),
});
export type UserInvite = z.infer<typeof UserInvite>;

export const UserUpdate = z.strictObject({
  name: text(120).optional(),
  roles: z.array(RoleSchema).min(1).max(8).optional(),
  unitIds: z.array(Id).max(100).optional(),
  active: z.boolean().optional(),
});
export type UserUpdate = z.infer<typeof UserUpdate>;

export const User = z.object({
  id: Id,
  email: z.string(),
  name: z.string(),
  roles: z.array(RoleSchema),
  unitIds: z.array(Id),
  active: z.boolean(),
  invited: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastSignInAt: z.string().nullable(),
});
export type User = z.infer<typeof User>;

export const UserListQuery = z.strictObject({
  q: z.string().trim().max(100).optional(),
  role: RoleSchema.optional(),
  ...PageQuery,
});
export const UserList = paginated(User);
