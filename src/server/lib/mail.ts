import type { Transporter } from 'nodemailer';
import type { Db } from '../db/client.js';
import { mailMessages } from '../db/schema.js';
import { eq } from 'drizzle-orm';

export type Mail = { regionId: string | null; to: string; subject: string; text: string };
export type Mailer = { send(mail: Mail): Promise<void>; driver: 'smtp' | 'outbox' };

/**
 * Every message is recorded first, so nothing is lost when SMTP is down. Without SMTP_URL the
 * record is the outbox an admin reads in the app.
 */
export function createMailer(db: Db, opts: { smtpUrl?: string; from: string }): Mailer {
  // nodemailer is loaded on the first message, so start-up does not pay for it.
  let transport: Promise<Transporter> | null = null;
  const smtp = () => (transport ??= import('nodemailer').then((m) => m.default.createTransport(opts.smtpUrl)));
  return {
    driver: opts.smtpUrl ? 'smtp' : 'outbox',
    async send(mail) {
      const [row] = await db
        .insert(mailMessages)
        .values({ ...mail, status: 'outbox' })
        .returning({ id: mailMessages.id });
      if (!opts.smtpUrl) return;
      try {
        await (await smtp()).sendMail({ from: opts.from, to: mail.to, subject: mail.subject, text: mail.text });
        await db.update(mailMessages).set({ status: 'sent', sentAt: new Date() }).where(eq(mailMessages.id, row!.id));
      } catch (err) {
        await db
          .update(mailMessages)
          .set({ status: 'failed', error: String((err as Error).message).slice(0, 500) })
          .where(eq(mailMessages.id, row!.id));
      }
    },
  };
}
