import { and, count, eq, inArray } from 'drizzle-orm';
import type { MentorStatsList } from '../../../domain/contracts/review.js';
import { mentorStats, type ReviewAction } from '../../../domain/review/workflow.js';
import type { Db } from '../../db/client.js';
import { innovations, reviewEvents, userRoles, userUnits, users } from '../../db/schema.js';
import type { Actor } from '../../lib/policy.js';

/** Per mentor of the region: assigned units, items waiting, verdicts, return rate, median turnaround. */
export async function mentorStatsList(db: Db, actor: Actor): Promise<MentorStatsList> {
  const mentors = await db
    .select({ id: users.id, name: users.name })
    .from(users)
    .innerJoin(userRoles, and(eq(userRoles.userId, users.id), eq(userRoles.role, 'pendamping')))
    .where(and(eq(users.regionId, actor.regionId), eq(users.active, true)))
    .orderBy(users.name);
  if (!mentors.length) return { items: [] };
  const ids = mentors.map((m) => m.id);
  const [assignments, events] = await Promise.all([
    db.select({ userId: userUnits.userId, unitId: userUnits.unitId }).from(userUnits).where(inArray(userUnits.userId, ids)),
    db
      .select({ innovationId: reviewEvents.innovationId, action: reviewEvents.action, actorId: reviewEvents.actorId, at: reviewEvents.at })
      .from(reviewEvents)
      .where(and(eq(reviewEvents.regionId, actor.regionId), inArray(reviewEvents.action, ['submit', 'return', 'verify']))),
  ]);
  const unitIds = [...new Set(assignments.map((a) => a.unitId))];
  const waitingRows = unitIds.length
    ? await db
        .select({ unitId: innovations.unitId, n: count() })
        .from(innovations)
        .where(and(eq(innovations.regionId, actor.regionId), eq(innovations.status, 'aktif'), eq(innovations.reviewState, 'diajukan'), inArray(innovations.unitId, unitIds)))
        .groupBy(innovations.unitId)
    : [];
  const waitingByUnit = new Map(waitingRows.map((w) => [w.unitId, w.n]));
  const stats = new Map(
    mentorStats(events.filter((e) => e.actorId).map((e) => ({ innovationId: e.innovationId, action: e.action as ReviewAction, actorId: e.actorId!, at: e.at }))).map((s) => [s.actorId, s]),
  );
  return {
    items: mentors.map((m) => {
      const units = assignments.filter((a) => a.userId === m.id).map((a) => a.unitId);
      const s = stats.get(m.id);
      return {
        mentorId: m.id,
        name: m.name,
        units: units.length,
        waiting: units.reduce((sum, u) => sum + (waitingByUnit.get(u) ?? 0), 0),
        reviews: s?.reviews ?? 0,
        returns: s?.returns ?? 0,
        returnRate: s?.returnRate ?? 0,
        medianTurnaroundHours: s?.medianTurnaroundHours ?? null,
      };
    }),
  };
}
