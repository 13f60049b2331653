/**
 * Sending a message to a person on the channels of the office's schedule. In the app the message
 * is delivered by being written; other channels get a queued message and a `send-message` job,
 * so a slow or failing SMTP server never holds a request or the day's reminders, and a failure
 * is retried and logged. Every message, sent or not, is in the `messages` log.
 */
import type { Sql } from '../db/database';
import { insertMessage, markMessage, selectContacts, type MessageKind } from '../db/task-message.repository';
import type { ChannelRegistry } from './channels';
import { enqueue, type Job } from './queue';

/** A message to one person. */
export interface Notice {
  recipientUserId: string;
  kind: MessageKind;
  subject: string;
  body: string;
  taskIds: string[];
  unitCode: string | null;
  /** Same key, same person, same channel: sent once (e.g. "reminder:<user>:2023-10-05"). */
  dedupeKey: string;
  channels: readonly string[];
  jobId?: number | null;
}

/** The queue of outgoing messages. */
export const SEND_QUEUE = 'send-message';

/** Writes the in-app message and queues the others; returns the in-app message's id (null when
 * this key was sent already). Call inside the transaction of the change it reports. */
export async function notifyIn(sql: Sql, notice: Notice): Promise<string | null> {
  const base = {
    recipientUserId: notice.recipientUserId,
    kind: notice.kind,
    subject: notice.subject,
    body: notice.body,
    taskIds: notice.taskIds,
    unitCode: notice.unitCode,
    jobId: notice.jobId ?? null,
  };
  const inApp = await insertMessage(sql, {
    ...base,
    channel: 'in-app',
    address: null,
    status: 'sent',
    dedupeKey: `${notice.dedupeKey}:in-app`,
  });
  if (!inApp) return null;
  const others = notice.channels.filter((c) => c !== 'in-app');
  if (!others.length) return inApp;
  const [contact] = await selectContacts(sql, [notice.recipientUserId]);
  for (const channel of others) {
    const address = channel === 'email' ? (contact?.email ?? null) : (contact?.phone ?? null);
    const id = await insertMessage(sql, {
      ...base,
      channel,
      address,
      status: address ? 'queued' : 'failed',
      dedupeKey: `${notice.dedupeKey}:${channel}`,
    });
    if (!id) continue;
    if (!address)
      await markMessage(sql, id, 'failed', `Chưa có địa chỉ ${channel === 'email' ? 'e-mail' : channel}.`);
    else await enqueue(sql, SEND_QUEUE, { messageId: id });
  }
  return inApp;
}

/** The `send-message` job: sends one queued message through its channel and logs the outcome.
 * Throws on a failure that may pass on retry (the queue retries with backoff). */
export async function sendQueuedMessage(sql: Sql, job: Job, channels: ChannelRegistry): Promise<void> {
  const id = String(job.payload.messageId ?? '');
  const rows = await sql.query<{
    channel: string;
    address: string | null;
    subject: string;
    body: string;
    status: string;
  }>('select channel, address, subject, body, status from messages where id = $1', [id]);
  const m = rows[0];
  if (!m || m.status !== 'queued') return;
  const channel = channels.get(m.channel);
  if (!channel) {
    await markMessage(sql, id, 'failed', `Kênh ${m.channel} chưa được cấu hình trên máy chủ.`);
    return;
  }
  try {
    await channel.send({ to: m.address as string, subject: m.subject, text: m.body });
    await markMessage(sql, id, 'sent');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (job.attempts >= job.maxAttempts) await markMessage(sql, id, 'failed', reason.slice(0, 500));
    throw error;
  }
}
