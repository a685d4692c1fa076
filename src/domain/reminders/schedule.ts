import { z } from 'zod';
import type { TimeZone } from '../contracts/regions.js';
import { zoneDay } from '../letters/indonesian-date.js';
import type { Role } from '../roles.js';
import { fromZoneLocal } from '../zone-time.js';

/**
 * Reminders along the input window (domain reference §6.9, §8: "expect the last days' spike").
 * The schedule is data: days before the window closes. Each reminder goes out at 08:00 region
 * time on its day, the start of an office day, so nobody is woken by a deadline mail at night.
 * The server runs `dueReminders` on a timer and stores each sent `reminderKey` under a unique
 * index: a restart, a second worker or a retried job can never send the same reminder twice.
 */

export const defaultReminderDays: readonly number[] = [30, 14, 7, 3, 1];
/** Region wall-clock hour at which a reminder of a given day goes out. */
export const reminderHour = 8;

/** The administrator's schedule; issue messages are i18n keys under `validation.`. */
export const ReminderDays = z
  .array(z.number().int({ message: 'reminderDays' }).min(1, { message: 'reminderDays' }).max(366, { message: 'reminderDays' }))
  .max(10, { message: 'reminderDays' })
  .refine((days) => new Set(days).size === days.length, { message: 'reminderDaysDuplicate' })
  .default([...defaultReminderDays]);

const DAY_MS = 86_400_000;

/**
 * When the reminder `days` before closing goes out: 08:00 region time on the calendar day that
 * lies `days` days before the region's calendar day of `closesAt`. Counting calendar days (not
 * 24-hour blocks) keeps the hour fixed whatever time of day the window closes.
 */
export function reminderMoment(closesAt: Date, days: number, zone: TimeZone): Date {
  const closingDay = zoneDay(closesAt, zone);
  const day = new Date(Date.parse(`${closingDay}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
  const hour = String(reminderHour).padStart(2, '0');
  return new Date(fromZoneLocal(`${day}T${hour}:00`, zone)!);
}

export interface DueReminderInput {
  closesAt: Date;
  now: Date;
  days: readonly number[];
  zone: TimeZone;
  /** When the window opened: reminders whose moment lies before it are skipped, they would announce a window not yet open. */
  opensAt?: Date | null;
}

export interface DueReminder {
  /** The schedule entry (days before closing). */
  days: number;
  /** Its moment. The message states the real closing time: a late run may send it after `at`. */
  at: Date;
}

/**
 * The reminder due now: of the schedule entries whose moment has passed while the window is
 * still open, only the latest. When the server was down across several moments, recipients get
 * one current reminder instead of a burst of stale ones; the skipped ones are never due again.
 * Empty once the window has closed, and before the first moment. At most one element.
 */
export function dueReminders({ closesAt, now, days, zone, opensAt }: DueReminderInput): DueReminder[] {
  if (now.getTime() >= closesAt.getTime()) return [];
  let latest: DueReminder | null = null;
  for (const d of new Set(days)) {
    if (!Number.isInteger(d) || d < 1) continue;
    const at = reminderMoment(closesAt, d, zone);
    if (at.getTime() > now.getTime() || at.getTime() >= closesAt.getTime()) continue;
    if (opensAt && at.getTime() < opensAt.getTime()) continue;
    if (!latest || at.getTime() > latest.at.getTime()) latest = { days: d, at };
  }
  return latest ? [latest] : [];
}

/** Who a reminder addresses: the role the recipient receives it in (an operator and a unit head get different texts). */
export type ReminderAudience = Role;

export interface ReminderKeyParts {
  periodId: string;
  days: number;
  audience: ReminderAudience;
  recipientId: string;
}

const keyPart = (name: string, value: string): string => {
  // A colon inside a part would let two different reminders share a key.
  if (value.length === 0 || value.includes(':')) throw new RangeError(`reminder key part ${name} must be non-empty without ":", got "${value}"`);
  return value;
};

/** `reminder:{periodId}:{days}:{audience}:{recipientId}`, the idempotency key stored under a unique index. */
export function reminderKey({ periodId, days, audience, recipientId }: ReminderKeyParts): string {
  if (!Number.isInteger(days) || days < 1) throw new RangeError(`days must be a whole number ≥ 1, got ${days}`);
  return `reminder:${keyPart('periodId', periodId)}:${days}:${keyPart('audience', audience)}:${keyPart('recipientId', recipientId)}`;
}

/** The sends for the due reminders: one per recipient, each with its key. */
export function reminderSends(
  due: readonly DueReminder[],
  target: { periodId: string; audience: ReminderAudience; recipientIds: readonly string[] },
): Array<DueReminder & { recipientId: string; key: string }> {
  return due.flatMap((reminder) =>
    [...new Set(target.recipientIds)].map((recipientId) => ({
      ...reminder,
      recipientId,
      key: reminderKey({ periodId: target.periodId, days: reminder.days, audience: target.audience, recipientId }),
    })),
  );
}

/**
 * The region calendar day (YYYY-MM-DD) `now` belongs to. A user gets at most one digest per
 * such day: the server stores `digestKey(userId, day)` under a unique index like reminder keys.
 * The region's day, not UTC's, since a UTC day would flip at 07:00 WIB.
 */
export function digestWindow(now: Date, zone: TimeZone): string {
  return zoneDay(now, zone);
}

export function digestKey(userId: string, day: string): string {
  return `digest:${keyPart('userId', userId)}:${keyPart('day', day)}`;
}

export interface DigestGroup<T> {
  userId: string;
  items: T[];
}

/**
 * Notifications grouped per user for one digest, users in order of first appearance and each
 * user's items in input order. An item with a `key` already seen for that user is dropped, so a
 * notification queued twice appears once.
 */
export function groupForDigest<T extends { userId: string; key?: string | null }>(items: readonly T[]): DigestGroup<T>[] {
  const groups = new Map<string, { items: T[]; keys: Set<string> }>();
  for (const item of items) {
    let group = groups.get(item.userId);
    if (!group) {
      group = { items: [], keys: new Set() };
      groups.set(item.userId, group);
    }
    if (item.key) {
      if (group.keys.has(item.key)) continue;
      group.keys.add(item.key);
    }
    group.items.push(item);
  }
  return [...groups].map(([userId, group]) => ({ userId, items: group.items }));
}
