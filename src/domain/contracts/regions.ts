import { z } from 'zod';
import { Email, optionalText, Password, text } from './common.js';

export const timeZones = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof timeZones)[number];

export const RegionOption = z.object({ code: z.string(), name: z.string(), province: z.string() });
export const RegionOptions = z.array(RegionOption);
export type RegionOption = z.infer<typeof RegionOption>;

export const SetupStatus = z.object({ needsSetup: z.boolean(), demo: z.boolean() });

export const SetupInput = z.strictObject({
  regionCode: z.string().regex(/^\d{2}(\.\d{2})?$/),
  bodyName: text(200),
  adminName: text(120),
  adminEmail: Email,
  adminPassword: Password,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const Region = z.object({
  id: z.uuid(),
  code: z.string(),
  name: z.string(),
  bodyName: z.string(),
  address: z.string().nullable(),
  timeZone: z.enum(timeZones),
  hasLogo: z.boolean(),
});
export const RegionUpdate = z.strictObject({
  bodyName: text(200).optional(),
  address: optionalText(500),
  timeZone: z.enum(timeZones).optional(),
});
export type Region = z.infer<typeof Region>;
