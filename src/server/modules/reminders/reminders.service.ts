import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { TFunction } from 'i18next';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import { indonesianDateTime, zoneDay } from '../../../domain/letters/indonesian-date.js';
import { toZoneLocal } from '../../../domain/zone-time.js';
import { defaultReminderDays, digestKey, digestWindow, dueReminders, groupForDigest, reminderSends } from '../../../domain/reminders/schedule.js';
import type { Db } from '../../db/client.js';
import { deliveryKeys, innovations, notifications, periods, regions, userRoles, userUnits, users } from '../../db/schema.js';
import { translator } from '../../lib/i18n.js';
import type { Mailer } from '../../lib/mail.js';
import { cohortsAwaitingPlans } from '../lab/lab.watch.js';
import { dutiesOf, unitStandings } from '../monitoring/monitoring.service.js';

export type ReminderDeps = { db: Db; mailer: Mailer; publicUrl: string };

/** The morning hour (region time) from which the day's digest goes out. */
export const DIGEST_HOUR = 7;

/**
 * Claims a delivery key: true only for the first caller ever. The key is written before the mail
 * is sent, so a crash in between loses at most that one message but never sends it twice.
 */
async function claim(db: Db, regionId: string, key: string): Promise<boolean> {
  const rows = await db.insert(deliveryKeys).values({ key, regionId }).onConflictDoNothing().returning({ key: deliveryKeys.key });
  return rows.length === 1;
}

/** Every active account's roles per assigned unit in the region. */
async function unitPeople(db: Db, regionId: string) {
  return db
    .select({ userId: users.id, role: userRoles.role, unitId: userUnits.unitId })
    .from(users)
    .innerJoin(userRoles, eq(userRoles.userId, users.id))
    .innerJoin(userUnits, eq(userUnits.userId, users.id))
    .where(and(eq(users.regionId, regionId), eq(users.active, true), inArray(userRoles.role, ['operator', 'kepala_unit', 'pendamping'])));
}

async function accounts(db: Db, ids: readonly string[]) {
  if (!ids.length) return new Map<string, { email: string; name: string }>();
  const rows = await db.select({ id: users.id, email: users.email, name: users.name }).from(users).where(and(inArray(users.id, [...ids]), eq(users.active, true)));
  return new Map(rows.map((r) => [r.id, r]));
}

/** The region days from `now` to `closesAt`: a reminder sent late (after a restart) must not say "14 hari". */
function daysLeft(closesAt: Date, now: Date, zone: TimeZone): string {
  const dayOf = (d: Date) => Date.parse(`${zoneDay(d, zone)}T00:00:00Z`);
  return String(Math.max(0, Math.round((dayOf(closesAt) - dayOf(now)) / 86_400_000)));
}

/**
 * One reminder to one person, once: its delivery key claimed first, then the in-app notification
 * (marked as mailed, so the digest does not repeat it) and its own e-mail. False when already sent.
 */
async function deliver(
  deps: ReminderDeps,
  t: TFunction,
  now: Date,
  r: { regionId: string; key: string; userId: string; account: { email: string; name: string }; kind: string; params: Record<string, string>; link: string; subject: string; text: string },
): Promise<boolean> {
  if (!(await claim(deps.db, r.regionId, r.key))) return false;
  await deps.db.insert(notifications).values({ regionId: r.regionId, userId: r.userId, kind: r.kind, params: r.params, link: r.link, emailedAt: now });
  await deps.mailer.send({ regionId: r.regionId, to: r.account.email, subject: r.subject, text: t('mail.reminder.text', { name: r.account.name, text: r.text, link: `${deps.publicUrl}${r.link}` }) });
  return true;
}

/** `unitId`: a person acting for two units below quota gets one reminder for each. */
type Reminder = { userId: string; unitId?: string; audience: 'operator' | 'kepala_unit' | 'pendamping'; kind: 'reminder.quota' | 'reminder.reviews'; params: Record<string, string> };

/**
 * The reminder due now (if any) of each region's current period: units below quota (their
 * operators and heads) and mentors with submissions waiting. Each person gets it once, in-app and
 * by e-mail, whatever the number of runs, restarts or workers.
 */
export async function runReminders(deps: ReminderDeps, now = new Date()): Promise<{ sent: number }> {
  const { db } = deps;
  const t = translator('id');
  let sent = 0;
  const current = await db
    .select({ period: periods, zone: regions.timeZone })
    .from(periods)
    .innerJoin(regions, eq(regions.id, periods.regionId))
    .where(eq(periods.isCurrent, true));
  for (const { period, zone } of current) {
    const window = (period.parameters as { inputWindow: { opensAt: string; closesAt: string } }).inputWindow;
    const closesAt = new Date(window.closesAt);
    const due = dueReminders({ closesAt, now, days: dutiesOf(period).reminderDays, zone: zone as TimeZone, opensAt: new Date(window.opensAt) });
    if (!due.length) continue;
    // The text states the days really left.
    const days = daysLeft(closesAt, now, zone as TimeZone);
    const closes = indonesianDateTime(closesAt, zone as TimeZone);
    const base = { year: String(period.year), closes, days };

    const reminders: Reminder[] = [];
    const standings = await unitStandings(db, period.regionId, period, now);
    // Who acts for which unit, read once for the region (not once per unit or innovation).
    const people = await unitPeople(db, period.regionId);
    const holders = (role: string, unitId: string) => people.filter((p) => p.role === role && p.unitId === unitId).map((p) => p.userId);
    for (const unit of standings.units.filter((u) => u.below)) {
      const params = { ...base, unit: unit.name, submitted: String(unit.submitted), quota: String(unit.quota) };
      for (const userId of holders('operator', unit.unitId)) reminders.push({ userId, unitId: unit.unitId, audience: 'operator', kind: 'reminder.quota', params });
      for (const userId of holders('kepala_unit', unit.unitId)) reminders.push({ userId, unitId: unit.unitId, audience: 'kepala_unit', kind: 'reminder.quota', params });
    }
    const waiting = await db
      .select({ unitId: innovations.unitId })
      .from(innovations)
      .where(and(eq(innovations.regionId, period.regionId), eq(innovations.periodId, period.id), eq(innovations.status, 'aktif'), eq(innovations.reviewState, 'diajukan')));
    const perMentor = new Map<string, number>();
    for (const w of waiting) for (const m of holders('pendamping', w.unitId)) perMentor.set(m, (perMentor.get(m) ?? 0) + 1);
    for (const [userId, count] of perMentor) reminders.push({ userId, audience: 'pendamping', kind: 'reminder.reviews', params: { ...base, count: String(count) } });

    const who = await accounts(db, reminders.map((r) => r.userId));
    for (const r of reminders) {
      const account = who.get(r.userId);
      if (!account) continue;
      const [send] = reminderSends(due, { periodId: period.id, audience: r.audience, recipientIds: [r.unitId ? `${r.userId}/${r.unitId}` : r.userId] });
      const link = r.kind === 'reminder.reviews' ? '/verifikasi' : '/registri';
      const subject = t('mail.reminder.subject', { days, year: base.year });
      if (await deliver(deps, t, now, { regionId: period.regionId, key: send!.key, userId: r.userId, account, kind: r.kind, params: r.params, link, subject, text: t(`notification.${r.kind}`, r.params) })) sent += 1;
    }
  }
  sent += await runLabReminders(deps, now, current);
  return { sent };
}

/**
 * Lab cohorts (issue 6): the operators of participating units that have not handed in an action
 * plan are reminded before the cohort's plan deadline, on the same schedule days as the region's
 * current period (`current`, read by the caller) and with the same once-only delivery keys (the
 * cohort takes the period's place).
 */
async function runLabReminders(deps: ReminderDeps, now: Date, current: readonly { period: typeof periods.$inferSelect }[]): Promise<number> {
  const { db } = deps;
  const t = translator('id');
  const cohorts = (await cohortsAwaitingPlans(db, now)).filter((c) => c.pending.length > 0);
  let sent = 0;
  for (const cohort of cohorts) {
    const period = current.find((c) => c.period.regionId === cohort.regionId)?.period;
    const due = dueReminders({ closesAt: cohort.planDeadline, now, days: period ? dutiesOf(period).reminderDays : defaultReminderDays, zone: cohort.zone });
    if (!due.length) continue;
    const days = daysLeft(cohort.planDeadline, now, cohort.zone);
    const closes = indonesianDateTime(cohort.planDeadline, cohort.zone);
    const people = await unitPeople(db, cohort.regionId);
    const targets = cohort.pending.flatMap((unit) => people.filter((p) => p.role === 'operator' && p.unitId === unit.unitId).map((p) => ({ userId: p.userId, unit })));
    const who = await accounts(db, targets.map((x) => x.userId));
    const link = `/lab/${cohort.id}`;
    for (const { userId, unit } of targets) {
      const account = who.get(userId);
      if (!account) continue;
      const [send] = reminderSends(due, { periodId: `lab-${cohort.id}`, audience: 'operator', recipientIds: [`${userId}/${unit.unitId}`] });
      const params = { cohort: cohort.name, closes, days, unit: unit.name };
      const subject = t('mail.lab.reminderSubject', { days, cohort: cohort.name });
      if (await deliver(deps, t, now, { regionId: cohort.regionId, key: send!.key, userId, account, kind: 'reminder.actionPlan', params, link, subject, text: t('notification.reminder.actionPlan', params) })) sent += 1;
    }
  }
  return sent;
}

/**
 * One e-mail per person per region day with the notifications they have not read or been mailed,
 * from 07:00 region time: a burst of events becomes one message, never a flood.
 */
export async function runDigests(deps: ReminderDeps, now = new Date()): Promise<{ sent: number }> {
  const { db } = deps;
  const t = translator('id');
  const pending = await db
    .select({ id: notifications.id, userId: notifications.userId, regionId: notifications.regionId, kind: notifications.kind, params: notifications.params, zone: regions.timeZone })
    .from(notifications)
    .innerJoin(regions, eq(regions.id, notifications.regionId))
    .where(and(isNull(notifications.emailedAt), isNull(notifications.readAt)))
    .orderBy(asc(notifications.createdAt));
  const hour = (zone: string) => Number(toZoneLocal(now.toISOString(), zone as TimeZone).slice(11, 13));
  const ready = pending.filter((n) => hour(n.zone) >= DIGEST_HOUR);
  const who = await accounts(db, ready.map((n) => n.userId));
  let sent = 0;
  for (const group of groupForDigest(ready)) {
    const account = who.get(group.userId);
    const first = group.items[0]!;
    if (!account) continue;
    if (!(await claim(db, first.regionId, digestKey(group.userId, digestWindow(now, first.zone as TimeZone))))) continue;
    const lines = group.items.map((n) => `• ${t(`notification.${n.kind}`, n.params as Record<string, string>)}`).join('\n');
    await db.update(notifications).set({ emailedAt: now }).where(inArray(notifications.id, group.items.map((n) => n.id)));
    await deps.mailer.send({
      regionId: first.regionId,
      to: account.email,
      subject: t('mail.digest.subject', { count: group.items.length }),
      text: t('mail.digest.text', { name: account.name, lines, link: deps.publicUrl }),
    });
    sent += 1;
  }
  return { sent };
}
