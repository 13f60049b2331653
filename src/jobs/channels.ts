/**
 * The channel layer: a message goes out through a channel by name. In the app and e-mail are
 * implemented; SMS (an operator's gateway) and Zalo OA (template messages, ZNS) plug in later by
 * implementing {@link Channel} and registering it. A channel that is not configured is absent,
 * and its messages are logged as failed with the reason.
 */
import nodemailer, { type Transporter } from 'nodemailer';

/** What a channel sends. */
export interface OutgoingMessage {
  to: string;
  subject: string;
  text: string;
}

/** A way to reach a person. */
export interface Channel {
  readonly name: string;
  /** The address of a contact on this channel, or null when the person has none. */
  addressOf(contact: { email: string | null; phone: string | null }): string | null;
  send(message: OutgoingMessage): Promise<void>;
}

/** E-mail settings: an SMTP URL (smtp://user:pass@host:587, smtps://… for TLS) and a sender. */
export interface EmailSettings {
  url: string;
  from: string;
}

/** E-mail through nodemailer over SMTP; UTF-8 subject and body (Vietnamese kept intact). */
export function emailChannel(settings: EmailSettings): Channel & { close(): void } {
  const transport: Transporter = nodemailer.createTransport(settings.url);
  return {
    name: 'email',
    addressOf: (c) => c.email,
    async send(m) {
      await transport.sendMail({ from: settings.from, to: m.to, subject: m.subject, text: m.text });
    },
    close: () => transport.close(),
  };
}

/** E-mail settings from the environment (VEDICH_SMTP_URL, VEDICH_MAIL_FROM), or null. */
export function emailSettingsFromEnv(env: NodeJS.ProcessEnv = process.env): EmailSettings | null {
  if (!env.VEDICH_SMTP_URL) return null;
  return { url: env.VEDICH_SMTP_URL, from: env.VEDICH_MAIL_FROM ?? 'Về Đích <ve-dich@localhost>' };
}

/** Channels by name. */
export type ChannelRegistry = ReadonlyMap<string, Channel>;

/** The channels this server can use: e-mail when VEDICH_SMTP_URL is set (in-app needs none). */
export function channelsFromEnv(env: NodeJS.ProcessEnv = process.env): {
  channels: ChannelRegistry;
  close(): void;
} {
  const settings = emailSettingsFromEnv(env);
  const email = settings ? emailChannel(settings) : null;
  return { channels: new Map(email ? [['email', email]] : []), close: () => email?.close() };
}
