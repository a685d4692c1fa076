import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type SmtpCapture = {
  /** For `startTestApp({ smtpUrl })`. */
  url: string;
  /** Every message received so far, parsed, in arrival order. */
  messages: ParsedMail[];
  /** Resolves once at least `count` messages have arrived; rejects after `timeoutMs`. */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  close(): Promise<void>;
};

/**
 * A real SMTP server on 127.0.0.1 and a free port, for tests of outgoing mail: the app talks SMTP
 * to it through nodemailer exactly as it would to a production relay, and the test reads what
 * arrived. No authentication, no TLS (a local relay without STARTTLS). `port` 0 (the default) takes a
 * free one; the browser tests' server (scripts/e2e-server.mjs) asks for a fixed one.
 */
export async function startSmtpServer(port = 0): Promise<SmtpCapture> {
  const messages: ParsedMail[] = [];
  let notify: () => void = () => {};
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          messages.push(mail);
          notify();
          callback();
        },
        (err: Error) => callback(err),
      );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const listening = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${listening}`,
    messages,
    waitFor(count, timeoutMs = 5_000) {
      if (messages.length >= count) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`expected ${count} e-mail(s), got ${messages.length}`)), timeoutMs);
        notify = () => {
          if (messages.length < count) return;
          clearTimeout(timer);
          resolve(messages);
        };
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
