// Outgoing mail: nodemailer over SMTP when SMTP_URL is set, otherwise a mailer that says it delivers nothing.
import { createTransport } from 'nodemailer';

export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html?: string;
}

export interface Mailer {
  /** False when no mail server is configured: callers show links on screen instead of mailing them. */
  readonly delivers: boolean;
  /** Resolves once the server accepted the message; rejects with the server's or the network's reason. */
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** Sends through one SMTP server; bounded timeouts so a dead server fails a mutation in seconds, not minutes. */
export class NodemailerMailer implements Mailer {
  readonly delivers = true;
  private readonly transport;

  constructor(smtpUrl: string, from: string) {
    this.transport = createTransport(
      { url: smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 },
      { from },
    );
  }

  async send(message: MailMessage): Promise<void> {
    const info = await this.transport.sendMail(message);
    if (info.rejected.length) throw new Error(`The mail server refused ${info.rejected.map(String).join(', ')}.`);
  }

  close(): void {
    this.transport.close();
  }
}

/** Embedded mode and tests without SMTP: nothing goes out. */
export const noMailer: Mailer = {
  delivers: false,
  send: async () => {
    throw new Error('No mail server is configured (SMTP_URL is unset).');
  },
  close: () => {},
};

export function createMailer(config: { smtpUrl: string | null; mailFrom: string }): Mailer {
  return config.smtpUrl ? new NodemailerMailer(config.smtpUrl, config.mailFrom) : noMailer;
}
