import { z } from 'zod';

const Component = z.object({ ok: z.boolean(), driver: z.string(), detail: z.string().optional() });
export const Health = z.object({
  status: z.enum(['ok', 'degraded']),
  version: z.string(),
  database: Component,
  storage: Component,
});
export type Health = z.infer<typeof Health>;
