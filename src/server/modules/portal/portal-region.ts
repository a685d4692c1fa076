import { asc } from 'drizzle-orm';
import type { Db } from '../../db/client.js';
import { regions } from '../../db/schema.js';

export type PortalRegion = { id: string; name: string; bodyName: string; timeZone: string; logoFileId: string | null };

let cached: { db: Db; region: PortalRegion; at: number } | null = null;

/**
 * The region the public portal speaks for: the installation's first region (the one made at
 * /setup). An installation that hosts several regions still lists every region's published
 * innovations in the catalogue; home, ideas, announcements and registration are this region's.
 * Cached briefly: it is read on every public page.
 */
export async function portalRegion(db: Db): Promise<PortalRegion | null> {
  if (cached && cached.db === db && Date.now() - cached.at < 60_000) return cached.region;
  const [row] = await db
    .select({ id: regions.id, name: regions.name, bodyName: regions.bodyName, timeZone: regions.timeZone, logoFileId: regions.logoFileId })
    .from(regions)
    .orderBy(asc(regions.createdAt), asc(regions.id))
    .limit(1);
  if (!row) return null;
  cached = { db, region: row, at: Date.now() };
  return row;
}
