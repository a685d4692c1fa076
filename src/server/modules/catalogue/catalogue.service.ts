import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Publication } from '../../../domain/contracts/catalogue.js';
import { slugCandidates } from '../../../domain/portal/catalogue-slug.js';
import type { Db } from '../../db/client.js';
import { innovations } from '../../db/schema.js';
import { audit } from '../../lib/audit.js';
import { AppError, forbidden, isUniqueViolation } from '../../lib/errors.js';
import type { Actor } from '../../lib/policy.js';
import { findInnovation } from '../innovations/innovations.detail.js';
import { clearCatalogueCache } from './catalogue.query.js';

type Row = typeof innovations.$inferSelect;

const isAdmin = (actor: Actor) => actor.roles.includes('admin');

function present(row: Pick<Row, 'publishedAt' | 'slug' | 'status'>, actor: Actor, publicUrl: string): Publication {
  return {
    published: row.publishedAt !== null,
    publishedAt: row.publishedAt ? row.publishedAt.toISOString() : null,
    slug: row.slug,
    publicUrl: row.slug ? `${publicUrl.replace(/\/$/, '')}/inovasi/${row.slug}` : null,
    mayPublish: isAdmin(actor) && row.status === 'aktif',
  };
}

/** Whether the innovation is on the public portal, and its address (anyone who may read the innovation). */
export async function getPublication(db: Db, actor: Actor, id: string, publicUrl: string): Promise<Publication> {
  return present(await findInnovation(db, actor, id), actor, publicUrl);
}

/** The first free slug among the name's candidates (the last one contains the whole id, so it is free). */
async function freeSlug(db: Db, row: Row): Promise<string> {
  const candidates = slugCandidates(row.name, row.id);
  const taken = new Set((await db.select({ slug: innovations.slug }).from(innovations).where(inArray(innovations.slug, candidates))).map((r) => r.slug));
  return candidates.find((c) => !taken.has(c)) ?? candidates[candidates.length - 1]!;
}

/**
 * Publishes or withdraws an innovation from the public catalogue (admin of its region). Only an
 * active innovation can be published; withdrawing works on any. The slug is made at the first
 * publication and kept, so shared links survive unpublishing and renaming. Asking for the state
 * the innovation is already in changes nothing and writes no audit entry (a double submit is safe).
 */
export async function setPublication(db: Db, actor: Actor, id: string, published: boolean, requestId: string, publicUrl: string): Promise<Publication> {
  const row = await findInnovation(db, actor, id);
  if (!isAdmin(actor)) throw forbidden();
  if (published === (row.publishedAt !== null)) return present(row, actor, publicUrl);
  if (published && row.status !== 'aktif') throw new AppError('CONFLICT', 'portal.catalogue.error.notActive');

  const result = await db.transaction(async (tx) => {
    let updated: Row | undefined;
    if (published) {
      const slug = row.slug ?? (await freeSlug(tx, row));
      const now = new Date();
      const write = (on: Db, s: string) =>
        on
          .update(innovations)
          .set({ publishedAt: now, publishedBy: actor.userId, slug: s })
          // Only if still unpublished: of two simultaneous publishes, the second changes nothing.
          .where(and(eq(innovations.id, id), isNull(innovations.publishedAt)))
          .returning();
      try {
        // A savepoint, so a slug taken in the meantime by another innovation can be retried.
        [updated] = await tx.transaction((sp) => write(sp, slug));
      } catch (err) {
        if (!isUniqueViolation(err)) throw err;
        [updated] = await write(tx, slugCandidates(row.name, row.id).at(-1)!);
      }
    } else {
      [updated] = await tx.update(innovations).set({ publishedAt: null, publishedBy: null }).where(eq(innovations.id, id)).returning();
    }
    if (!updated || (updated.publishedAt !== null) !== published) return null;
    await audit(tx, {
      actor,
      action: published ? 'innovation.publish' : 'innovation.unpublish',
      entity: 'innovation',
      entityId: id,
      before: { publishedAt: row.publishedAt?.toISOString() ?? null, slug: row.slug },
      after: { publishedAt: updated.publishedAt?.toISOString() ?? null, slug: updated.slug },
      requestId,
    });
    return updated;
  });
  // Re-reads just this row into the search snapshot (not the whole catalogue); the next request waits for it.
  clearCatalogueCache(db, id);
  if (result) return present(result, actor, publicUrl);
  // Someone else changed it at the same moment: answer with what is stored now.
  return present(await findInnovation(db, actor, id), actor, publicUrl);
}
