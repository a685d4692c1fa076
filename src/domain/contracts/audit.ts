import { z } from 'zod';
import { Id, PageQuery, paginated } from './common.js';

export const AuditEntry = z.object({
  id: Id,
  at: z.string(),
  actorId: Id.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string().nullable(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  reason: z.string().nullable(),
  requestId: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditQuery = z.strictObject({
  entity: z.string().trim().max(50).optional(),
  action: z.string().trim().max(50).optional(),
  actorId: Id.optional(),
  entityId: z.string().trim().max(100).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  ...PageQuery,
});
export type AuditQuery = z.infer<typeof AuditQuery>;
export const AuditList = paginated(AuditEntry);

export const MailMessage = z.object({
  id: Id,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  status: z.enum(['outbox', 'sent', 'failed']),
  createdAt: z.string(),
});
export const MailList = paginated(MailMessage);
