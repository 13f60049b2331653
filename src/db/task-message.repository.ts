/**
 * SQL of the chase: the office's reminder schedule and people's contacts (revisions), the log of
 * every message sent on every channel, and the marks of which task got which reminder on which
 * day (so a rerun sends nothing twice and a superior is told once per deadline).
 */
import type { ReminderSchedule } from '../core';
import type { Sql } from './database';
import type { By } from './task.repository';
import { jsonParam, newId, toIso } from './values';

/** A schedule with the channels it uses. */
export interface StoredSchedule extends ReminderSchedule {
  unitCode: string;
  channels: string[];
  revision: number;
  recordedAt: string;
}

export async function insertScheduleRevision(
  sql: Sql,
  unitCode: string,
  revision: number,
  s: ReminderSchedule & { channels: string[] },
  by: By,
): Promise<void> {
  await sql.query(
    `insert into reminder_schedule_revisions (unit_code, revision, before_days, on_the_day, overdue_every_days,
       escalate_after_days, due_soon_days, channels, recorded_by, recorded_by_name)
     values ($1, $2, $3::text::jsonb, $4, $5, $6, $7, $8::text::jsonb, $9, $10)`,
    [
      unitCode,
      revision,
      jsonParam(s.beforeDays),
      s.onTheDay,
      s.overdueEveryDays,
      s.escalateAfterDays,
      s.dueSoonDays,
      jsonParam(s.channels),
      by.id,
      by.name ?? null,
    ],
  );
}

/** The current schedule of each of these units that has one. */
export async function selectSchedules(sql: Sql, unitCodes: readonly string[]): Promise<StoredSchedule[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select distinct on (unit_code) * from reminder_schedule_revisions where unit_code = any($1::text[])
     order by unit_code, revision desc`,
    [unitCodes],
  );
  return rows.map((r) => ({
    unitCode: String(r.unit_code),
    revision: Number(r.revision),
    beforeDays: r.before_days as number[],
    onTheDay: Boolean(r.on_the_day),
    overdueEveryDays: Number(r.overdue_every_days),
    escalateAfterDays: r.escalate_after_days == null ? null : Number(r.escalate_after_days),
    dueSoonDays: Number(r.due_soon_days),
    channels: r.channels as string[],
    recordedAt: toIso(r.recorded_at) ?? '',
  }));
}

/** How to reach a person. */
export interface Contact {
  userId: string;
  username: string;
  displayName: string;
  email: string | null;
  phone: string | null;
  title: string | null;
  superiorUserId: string | null;
  revision: number;
}

export async function insertContactRevision(
  sql: Sql,
  userId: string,
  revision: number,
  c: { email?: string | null; phone?: string | null; title?: string | null; superiorUserId?: string | null },
  by: By,
): Promise<void> {
  await sql.query(
    `insert into contact_revisions (user_id, revision, email, phone, title, superior_user_id, recorded_by,
       recorded_by_name) values ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      userId,
      revision,
      c.email ?? null,
      c.phone ?? null,
      c.title ?? null,
      c.superiorUserId ?? null,
      by.id,
      by.name ?? null,
    ],
  );
}

/** People with their current contact (users without one have nulls and revision 0). */
export async function selectContacts(sql: Sql, userIds: readonly string[]): Promise<Contact[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select u.id, u.username, u.display_name, c.email, c.phone, c.title, c.superior_user_id, coalesce(c.revision, 0) as revision
     from users u left join lateral (select * from contact_revisions x where x.user_id = u.id order by revision desc limit 1) c on true
     where u.id = any($1::uuid[]) order by u.username`,
    [userIds],
  );
  return rows.map((r) => ({
    userId: String(r.id),
    username: String(r.username),
    displayName: String(r.display_name),
    email: (r.email as string | null) ?? null,
    phone: (r.phone as string | null) ?? null,
    title: (r.title as string | null) ?? null,
    superiorUserId: (r.superior_user_id as string | null) ?? null,
    revision: Number(r.revision),
  }));
}

/** Users holding a role on one of these units (the people of an office). */
export async function selectUserIdsOfUnits(sql: Sql, unitCodes: readonly string[]): Promise<string[]> {
  const rows = await sql.query<{ user_id: string }>(
    `select distinct r.user_id from user_roles r join users u on u.id = r.user_id
     where r.unit_code = any($1::text[]) and not u.disabled`,
    [unitCodes],
  );
  return rows.map((r) => String(r.user_id));
}

/** Kinds of message. */
export type MessageKind =
  'reminder' | 'escalation' | 'explanation-request' | 'explanation-answer' | 'returned' | 'assigned';

/** A message as logged. */
export interface MessageRecord {
  id: string;
  recipientUserId: string | null;
  channel: string;
  address: string | null;
  kind: MessageKind;
  subject: string;
  body: string;
  taskIds: string[];
  unitCode: string | null;
  status: 'queued' | 'sent' | 'failed';
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

/** Logs a message unless one with the same dedupe key exists; returns its id or null. */
export async function insertMessage(
  sql: Sql,
  m: Omit<MessageRecord, 'id' | 'createdAt' | 'sentAt' | 'error'> & {
    dedupeKey: string;
    jobId?: number | null;
  },
): Promise<string | null> {
  const id = newId();
  const rows = await sql.query<{ id: string }>(
    `insert into messages (id, recipient_user_id, channel, address, kind, subject, body, task_ids, unit_code, dedupe_key,
       status, job_id, sent_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, $11, $12, case when $11 = 'sent' then now() end)
     on conflict (dedupe_key) do nothing returning id`,
    [
      id,
      m.recipientUserId,
      m.channel,
      m.address,
      m.kind,
      m.subject,
      m.body,
      jsonParam(m.taskIds),
      m.unitCode,
      m.dedupeKey,
      m.status,
      m.jobId ?? null,
    ],
  );
  return rows[0] ? id : null;
}

/** Records the outcome of sending a queued message. */
export async function markMessage(
  sql: Sql,
  id: string,
  status: 'sent' | 'failed',
  error?: string,
): Promise<void> {
  await sql.query(
    `update messages set status = $2, error = $3, sent_at = case when $2 = 'sent' then now() else sent_at end
     where id = $1`,
    [id, status, error ?? null],
  );
}

/** Messages, newest first: of a person, of units, or about a task. */
export async function selectMessages(
  sql: Sql,
  filter: {
    recipientUserId?: string;
    unitCodes?: readonly string[];
    taskId?: string;
    channel?: string;
    limit?: number;
  },
): Promise<MessageRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (f: (p: string) => string, v: unknown) => {
    params.push(v);
    where.push(f(`$${params.length}`));
  };
  if (filter.recipientUserId) add((p) => `recipient_user_id = ${p}`, filter.recipientUserId);
  if (filter.unitCodes) add((p) => `unit_code = any(${p}::text[])`, filter.unitCodes);
  if (filter.taskId) add((p) => `task_ids ? ${p}`, filter.taskId);
  if (filter.channel) add((p) => `channel = ${p}`, filter.channel);
  params.push(Math.min(filter.limit ?? 200, 1000));
  const rows = await sql.query<Record<string, unknown>>(
    `select * from messages ${where.length ? `where ${where.join(' and ')}` : ''}
     order by created_at desc, id limit $${params.length}`,
    params,
  );
  return rows.map((r) => ({
    id: String(r.id),
    recipientUserId: (r.recipient_user_id as string | null) ?? null,
    channel: String(r.channel),
    address: (r.address as string | null) ?? null,
    kind: r.kind as MessageKind,
    subject: String(r.subject),
    body: String(r.body),
    taskIds: r.task_ids as string[],
    unitCode: (r.unit_code as string | null) ?? null,
    status: r.status as MessageRecord['status'],
    error: (r.error as string | null) ?? null,
    createdAt: toIso(r.created_at) ?? '',
    sentAt: toIso(r.sent_at) ?? null,
  }));
}

/** Marks a reminder or escalation of a task; false when it was already marked. */
export async function insertReminderMark(
  sql: Sql,
  m: {
    taskId: string;
    kind: 'reminder' | 'escalation';
    onDate: string;
    deadline: string | null;
    recipientUserId: string;
    messageId: string | null;
  },
): Promise<boolean> {
  const rows = await sql.query(
    `insert into reminder_marks (task_id, kind, on_date, deadline, recipient_user_id, message_id)
     values ($1, $2, $3, $4, $5, $6) on conflict do nothing returning task_id`,
    [m.taskId, m.kind, m.onDate, m.deadline, m.recipientUserId, m.messageId],
  );
  return rows.length > 0;
}

/** The deadlines each task was escalated for. */
export async function selectEscalatedDeadlines(
  sql: Sql,
  taskIds: readonly string[],
): Promise<Map<string, string[]>> {
  const rows = await sql.query<{ task_id: string; deadline: string | null }>(
    `select distinct task_id, deadline from reminder_marks where kind = 'escalation' and task_id = any($1::text[])`,
    [taskIds],
  );
  const map = new Map<string, string[]>();
  for (const r of rows) if (r.deadline) map.set(r.task_id, [...(map.get(r.task_id) ?? []), r.deadline]);
  return map;
}
