import { and, eq, isNull } from 'drizzle-orm';
import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { SelectionDecision } from '../../../domain/contests/contests.js';
import type { Language } from '../../../domain/i18n/index.js';
import { zoneAbbreviations } from '../../../domain/letters/indonesian-date.js';
import { toZoneLocal } from '../../../domain/zone-time.js';
import type { Db } from '../../db/client.js';
import { notifications } from '../../db/schema.js';
import { translator } from '../../lib/i18n.js';
import type { Mailer } from '../../lib/mail.js';

/**
 * The parts of a deadline on the region's wall clock, for `contests.deadline` (and the messages
 * that nest it): each language composes them with its own day and month names, to the second (a
 * registration closing at 23:59:59 must not read "23.59").
 */
export function deadlineParams(at: Date, zone: TimeZone) {
  const local = toZoneLocal(at.toISOString(), zone); // YYYY-MM-DDTHH:mm
  const [year, month, day] = [Number(local.slice(0, 4)), Number(local.slice(5, 7)), Number(local.slice(8, 10))];
  return {
    weekday: new Date(Date.UTC(year, month - 1, day)).getUTCDay(),
    day,
    month,
    year,
    hh: local.slice(11, 13),
    mm: local.slice(14, 16),
    ss: String(at.getUTCSeconds()).padStart(2, '0'), // the zones' offsets are whole hours
    zone: zoneAbbreviations[zone],
  };
}

/** "Senin, 30 November 2026 pukul 23.59.59 WIB" / "Monday, 30 November 2026 at 23:59:59 WIB". */
export function deadlineText(at: Date, zone: TimeZone, lang: Language = 'id'): string {
  return translator(lang)('contests.deadline', deadlineParams(at, zone));
}

export type MailDeps = { db: Db; mailer: Mailer; publicUrl: string };

/**
 * The entrant's mail is theirs at once (a receipt is wanted when the entry is sent, not in the
 * next morning's digest): the notification left with it is marked mailed so the digest skips it.
 */
async function mailAndMarkNotified(deps: MailDeps, to: { userId: string; email: string; regionId: string }, kind: string, link: string, mail: { subject: string; text: string }) {
  await deps.mailer.send({ regionId: to.regionId, to: to.email, subject: mail.subject, text: mail.text });
  await deps.db
    .update(notifications)
    .set({ emailedAt: new Date() })
    .where(and(eq(notifications.userId, to.userId), eq(notifications.kind, kind), eq(notifications.link, link), isNull(notifications.emailedAt)));
}

export type ReceiptInput = {
  to: { userId: string; email: string; name: string; regionId: string };
  entryId: string;
  contestName: string;
  number: string;
  title: string;
  closesAt: Date;
  zone: TimeZone;
};

/** The receipt of a first send: the number, the title and until when it can still be revised. */
export async function sendReceipt(deps: MailDeps, input: ReceiptInput): Promise<void> {
  const t = translator('id');
  const link = `/lomba-saya/${input.entryId}`;
  const params = { name: input.to.name, contest: input.contestName, number: input.number, title: input.title, closes: deadlineText(input.closesAt, input.zone), link: `${deps.publicUrl.replace(/\/$/, '')}${link}` };
  await mailAndMarkNotified(deps, input.to, 'contests.entrySubmitted', link, { subject: t('contests.mail.receipt.subject', params), text: t('contests.mail.receipt.text', params) });
}

export type SelectionMailInput = {
  to: { userId: string; email: string; name: string; regionId: string };
  entryId: string;
  contestName: string;
  number: string | null;
  title: string;
  decision: SelectionDecision;
  reason: string | null;
};

/** The administrative selection's decision, with the reason when the entry did not pass. */
export async function sendSelection(deps: MailDeps, input: SelectionMailInput): Promise<void> {
  const t = translator('id');
  const link = `/lomba-saya/${input.entryId}`;
  const kind = input.decision === 'lolos' ? 'passed' : 'failed';
  const params = { name: input.to.name, contest: input.contestName, number: input.number ?? '', title: input.title, reason: input.reason ?? '', link: `${deps.publicUrl.replace(/\/$/, '')}${link}` };
  await mailAndMarkNotified(deps, input.to, input.decision === 'lolos' ? 'contests.entryPassed' : 'contests.entryFailed', link, {
    subject: t(`contests.mail.${kind}.subject`, params),
    text: t(`contests.mail.${kind}.text`, params),
  });
}
