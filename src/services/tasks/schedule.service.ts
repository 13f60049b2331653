/**
 * The office's reminder schedule (revisions per unit; a unit without its own follows the nearest
 * unit above it, else the default 7, 3, 1 days before, the day itself, every 3 days overdue, the
 * superior after 5) and people's contacts (e-mail, phone, superior), also revisions.
 */
import { DEFAULT_REMINDER_SCHEDULE, type ReminderSchedule } from '../../core';
import type { Database, Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import {
  insertContactRevision,
  insertScheduleRevision,
  selectContacts,
  selectSchedules,
  selectUserIdsOfUnits,
  type Contact,
} from '../../db/task-message.repository';
import { AppError, type Actor, type Issue } from '../app-error';
import { ancestorCodes, subtreeCodes } from '../unit.service';
import { byOf, checkUsers, throwIfIssues } from './task-checks';

export type { Contact };

/** Channels a schedule may use; SMS and Zalo OA plug in later through the channel layer. */
export const CHANNELS = ['in-app', 'email', 'sms', 'zalo'] as const;
export type ChannelName = (typeof CHANNELS)[number];

/** A schedule in force for a unit, with where it comes from. */
export interface ScheduleInForce extends ReminderSchedule {
  channels: ChannelName[];
  /** The unit whose schedule applies, or null for the default. */
  fromUnitCode: string | null;
  revision: number;
}

/** The schedule in force for a unit: its own, else the nearest above, else the default. */
export async function scheduleFor(sql: Sql, unitCode: string): Promise<ScheduleInForce> {
  const lineage = await ancestorCodes(sql, unitCode);
  const codes = lineage.length ? lineage : [unitCode];
  const stored = await selectSchedules(sql, codes);
  for (const code of codes) {
    const s = stored.find((x) => x.unitCode === code);
    if (s) {
      const { unitCode: from, recordedAt: _a, ...rest } = s;
      return { ...rest, channels: rest.channels as ChannelName[], fromUnitCode: from };
    }
  }
  return { ...DEFAULT_REMINDER_SCHEDULE, channels: ['in-app', 'email'], fromUnitCode: null, revision: 0 };
}

/** Sets the unit's own schedule (a new revision). */
export async function setSchedule(
  db: Database,
  actor: Actor,
  unitCode: string,
  schedule: ReminderSchedule & { channels: ChannelName[] },
): Promise<ScheduleInForce> {
  const issues: Issue[] = [];
  if (new Set(schedule.beforeDays).size !== schedule.beforeDays.length)
    issues.push({ path: 'beforeDays', message: 'Các ngày nhắc trước hạn bị trùng.' });
  if (!schedule.channels.includes('in-app'))
    issues.push({ path: 'channels', message: 'Luôn nhắc trong ứng dụng; thêm kênh khác nếu cần.' });
  throwIfIssues(issues, 'Lịch nhắc việc chưa hợp lệ; chưa lưu gì.');
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(hashtext($1))', [`schedule:${unitCode}`]);
    const own = (await selectSchedules(tx, [unitCode]))[0];
    const before = await scheduleFor(tx, unitCode);
    const sorted = { ...schedule, beforeDays: [...schedule.beforeDays].sort((a, b) => b - a) };
    await insertScheduleRevision(tx, unitCode, (own?.revision ?? 0) + 1, sorted, byOf(actor));
    const after = await scheduleFor(tx, unitCode);
    await insertAudit(tx, actor, {
      action: 'reminder-schedule.set',
      entity: 'reminder_schedule',
      entityId: unitCode,
      unitCode,
      before,
      after,
    });
    return after;
  });
}

/** People of the unit and the units below it (roles held there), with their contacts. */
export async function listPeople(sql: Sql, unitCode: string): Promise<Contact[]> {
  const codes = await subtreeCodes(sql, unitCode);
  const ids = await selectUserIdsOfUnits(sql, codes.length ? codes : [unitCode]);
  return selectContacts(sql, ids);
}

/** Contacts of these users. */
export const contactsOf = (sql: Sql, ids: readonly string[]) => selectContacts(sql, ids);

/** What can be set of a contact. */
export interface ContactInput {
  email?: string | null;
  phone?: string | null;
  title?: string | null;
  superiorUserId?: string | null;
}

/** Sets how to reach a person and their superior (a new revision). */
export async function setContact(
  db: Database,
  actor: Actor,
  unitCode: string,
  userId: string,
  input: ContactInput,
): Promise<Contact> {
  return db.transaction(async (tx) => {
    const people = new Set((await listPeople(tx, unitCode)).map((p) => p.userId));
    if (!people.has(userId)) throw new AppError('not_found', 'Người này không thuộc đơn vị.');
    const issues: Issue[] = [];
    await checkUsers(tx, [input.superiorUserId], 'superiorUserId', issues);
    if (input.superiorUserId === userId)
      issues.push({ path: 'superiorUserId', message: 'Cấp trên không thể là chính người đó.' });
    throwIfIssues(issues, 'Thông tin liên hệ chưa hợp lệ; chưa lưu gì.');
    await tx.query('select id from users where id = $1 for update', [userId]);
    const [before] = await selectContacts(tx, [userId]);
    await insertContactRevision(tx, userId, (before?.revision ?? 0) + 1, input, byOf(actor));
    const [after] = await selectContacts(tx, [userId]);
    await insertAudit(tx, actor, {
      action: 'contact.set',
      entity: 'contact',
      entityId: userId,
      unitCode,
      before,
      after,
    });
    return after as Contact;
  });
}
