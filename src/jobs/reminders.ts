/**
 * The day's chase: every open task of an owner that the office's schedule picks today goes into
 * one digest per person (in the app, and by e-mail when the schedule says so); tasks overdue
 * past the schedule's delay go to the owner's superior, once per deadline in force. Marks make a
 * rerun of the same day send nothing twice (the queue also runs the day's job once).
 */
import {
  buildDigests,
  daysBetween,
  deadlineTextVi,
  digestSubjectVi,
  escalationDue,
  reminderFor,
  reminderReasonVi,
  type DigestItem,
  type ReminderReason,
  type TaskStatus,
} from '../core';
import { formatShortDateVi } from '../core';
import type { Database } from '../db/database';
import { insertReminderMark, selectContacts, selectEscalatedDeadlines } from '../db/task-message.repository';
import { listExplanations } from '../services/tasks/explanation.service';
import { scheduleFor, type ScheduleInForce } from '../services/tasks/schedule.service';
import { loadTaskViews, type TaskView } from '../services/tasks/task-view.service';
import { subtreeCodes } from '../services/unit.service';
import { notifyIn } from './notify';

/** What a run did. */
export interface ReminderRun {
  today: string;
  /** People who got a digest. */
  digests: number;
  /** Tasks in the digests. */
  tasks: number;
  /** Tasks told to a superior. */
  escalations: number;
  /** People reminded of requests for explanation due today or overdue, unanswered. */
  explanationReminders: number;
}

/** Options of a run. */
export interface ReminderRunOptions {
  today: string;
  /** Only tasks of these units' directives or led by them (default: every task). */
  unitCode?: string;
  /** A leader's "remind now": every overdue, due-today and due-soon task, whatever the day of
   * the schedule, under a key of its own (`manualKey`), no escalation. */
  manualKey?: string;
  jobId?: number | null;
}

/** Today's reason for a task of a manual run: anything red or orange. */
function manualReason(status: TaskStatus): ReminderReason | null {
  if (status.awaitingConfirmation) return null;
  if (status.bucket === 'open-overdue') return { kind: 'overdue', days: status.daysLate };
  if (status.bucket === 'open-within' && status.daysLeft === 0) return { kind: 'due-today' };
  if (status.bucket === 'open-within' && status.dueSoon)
    return { kind: 'before', days: status.daysLeft ?? 0 };
  return null;
}

/** One line of a digest: "[Quá hạn 4 ngày] Kết luận số 2402-KL/TU, nhiệm vụ 1: … (thời hạn …)". */
export function digestLineVi(task: TaskView, reason: ReminderReason, index: number): string {
  const head = reminderReasonVi(reason);
  const original = deadlineTextVi(task.deadline);
  const deadline =
    task.status.extended && task.status.deadline
      ? `thời hạn ${original}, gia hạn đến ${formatShortDateVi(task.status.deadline)}`
      : `thời hạn ${original}`;
  return `${index}. [${head[0]?.toUpperCase()}${head.slice(1)}] Văn bản số ${task.directive.number}, nhiệm vụ ${task.number}: ${task.content} (${deadline}).`;
}

/** Users holding the editor role exactly on each of these units (not above: a province's editor
 * is not the city's). */
async function editorsOf(db: Database, codes: string[]): Promise<Map<string, string[]>> {
  const map = new Map<string, string[]>();
  if (!codes.length) return map;
  const rows = await db.query<{ unit_code: string; user_id: string }>(
    `select r.unit_code, r.user_id::text as user_id from user_roles r join users u on u.id = r.user_id
     where r.unit_code = any($1::text[]) and r.role = 'editor' and not u.disabled order by u.username`,
    [[...new Set(codes)]],
  );
  for (const r of rows) map.set(r.unit_code, [...(map.get(r.unit_code) ?? []), r.user_id]);
  return map;
}

/** Runs the day's reminders and escalations. */
export async function runReminders(db: Database, options: ReminderRunOptions): Promise<ReminderRun> {
  const { today } = options;
  const unitCodes = options.unitCode ? await subtreeCodes(db, options.unitCode) : undefined;
  const open = (await loadTaskViews(db, unitCodes ? { unitCodes } : {}, today)).filter(
    (t) => t.completion !== 'confirmed',
  );
  // A task without a named person is chased with the editors of its lead unit, when the lead
  // unit is one of the tree (a locality); a department outside the tree has no one to tell.
  const leadEditors = await editorsOf(
    db,
    open.filter((t) => !t.ownerUserId && t.leadUnitCode).map((t) => t.leadUnitCode as string),
  );
  const recipientsOf = (t: TaskView): string[] =>
    t.ownerUserId ? [t.ownerUserId] : t.leadUnitCode ? (leadEditors.get(t.leadUnitCode) ?? []) : [];
  const tasks = open.filter((t) => recipientsOf(t).length > 0);
  const schedules = new Map<string, ScheduleInForce>();
  for (const code of new Set(tasks.map((t) => t.unitCode))) schedules.set(code, await scheduleFor(db, code));
  const items: DigestItem<TaskView>[] = [];
  for (const task of tasks) {
    const schedule = schedules.get(task.unitCode) as ScheduleInForce;
    const reason = options.manualKey ? manualReason(task.status) : reminderFor(task.status, schedule);
    if (reason)
      for (const recipientId of recipientsOf(task))
        items.push({ recipientId, task, status: task.status, reason });
  }
  const run: ReminderRun = { today, digests: 0, tasks: 0, escalations: 0, explanationReminders: 0 };
  const people = new Map(
    (
      await selectContacts(db, [
        ...new Set([
          ...items.map((i) => i.recipientId),
          ...tasks.flatMap((t) => (t.ownerUserId ? [t.ownerUserId] : [])),
        ]),
      ])
    ).map((c) => [c.userId, c]),
  );
  for (const digest of buildDigests(items)) {
    const person = people.get(digest.recipientId);
    await db.transaction(async (tx) => {
      const fresh: typeof digest.items = [];
      for (const item of digest.items) {
        const marked = await insertReminderMark(tx, {
          taskId: item.task.id,
          kind: 'reminder',
          onDate: today,
          deadline: item.status.deadline,
          recipientUserId: digest.recipientId,
          messageId: null,
        });
        if (marked || options.manualKey) fresh.push(item);
      }
      if (!fresh.length) return;
      const counts = {
        overdue: fresh.filter((i) => i.reason.kind === 'overdue').length,
        dueToday: fresh.filter((i) => i.reason.kind === 'due-today').length,
        upcoming: fresh.filter((i) => i.reason.kind === 'before').length,
      };
      const body = [
        `Kính gửi đồng chí ${person?.displayName ?? ''},`.replace(' ,', ','),
        `Đến ngày ${formatShortDateVi(today)}, đồng chí có ${fresh.length} nhiệm vụ cần chú ý:`,
        ...fresh.map((i, n) => digestLineVi(i.task, i.reason, n + 1)),
        'Đề nghị cập nhật tiến độ hoặc báo cáo hoàn thành tại mục "Việc của tôi" trên Về Đích.',
      ].join('\n');
      const sent = await notifyIn(tx, {
        recipientUserId: digest.recipientId,
        kind: 'reminder',
        subject: digestSubjectVi(counts),
        body,
        taskIds: fresh.map((i) => i.task.id),
        unitCode: options.unitCode ?? fresh[0]?.task.unitCode ?? null,
        dedupeKey: options.manualKey
          ? `reminder:${digest.recipientId}:${options.manualKey}`
          : `reminder:${digest.recipientId}:${today}`,
        channels: schedules.get(fresh[0]?.task.unitCode as string)?.channels ?? ['in-app'],
        jobId: options.jobId ?? null,
      });
      if (sent) {
        run.digests += 1;
        run.tasks += fresh.length;
      }
    });
  }
  if (!options.manualKey) {
    run.escalations = await escalate(db, tasks, schedules, people, today, options.jobId ?? null);
    run.explanationReminders = await remindExplanations(db, today, unitCodes, options.jobId ?? null);
  }
  return run;
}

/** Unanswered requests for explanation are recalled to their addressee on the day they are due,
 * the day after, and then on the schedule's overdue rhythm: one message per person and day. */
async function remindExplanations(
  db: Database,
  today: string,
  unitCodes: string[] | undefined,
  jobId: number | null,
): Promise<number> {
  const open = (await listExplanations(db, unitCodes ? { unitCodes } : {})).filter(
    (e) => e.answers.length === 0 && e.addresseeUserId && e.dueOn <= today,
  );
  const byPerson = new Map<string, typeof open>();
  for (const e of open) {
    const late = daysBetween(e.dueOn, today);
    const schedule = await scheduleFor(db, e.unitCode);
    const every = Math.max(schedule.overdueEveryDays, 1);
    if (late > 1 && (late - 1) % every !== 0) continue;
    byPerson.set(e.addresseeUserId as string, [...(byPerson.get(e.addresseeUserId as string) ?? []), e]);
  }
  let count = 0;
  for (const [person, list] of byPerson) {
    const channels = (await scheduleFor(db, list[0]?.unitCode as string)).channels;
    const sent = await db.transaction(async (tx) =>
      notifyIn(tx, {
        recipientUserId: person,
        kind: 'explanation-request',
        subject: `Nhắc trả lời ${list.length} yêu cầu giải trình`,
        body: [
          `Đến ngày ${formatShortDateVi(today)}, đồng chí chưa trả lời các yêu cầu giải trình sau:`,
          ...list.map(
            (e, i) =>
              `${i + 1}. ${e.question} (hạn ${formatShortDateVi(e.dueOn)}${e.dueOn < today ? `, quá hạn ${daysBetween(e.dueOn, today)} ngày` : ''}).`,
          ),
          'Đề nghị trả lời tại mục "Việc của tôi" trên Về Đích.',
        ].join('\n'),
        taskIds: list.flatMap((e) => (e.taskId ? [e.taskId] : [])),
        unitCode: list[0]?.unitCode ?? null,
        dedupeKey: `explanation-due:${person}:${today}`,
        channels,
        jobId,
      }),
    );
    if (sent) count += 1;
  }
  return count;
}

async function escalate(
  db: Database,
  tasks: TaskView[],
  schedules: Map<string, ScheduleInForce>,
  people: Map<string, { displayName: string; superiorUserId: string | null }>,
  today: string,
  jobId: number | null,
): Promise<number> {
  const told = await selectEscalatedDeadlines(
    db,
    tasks.map((t) => t.id),
  );
  const bySuperior = new Map<string, TaskView[]>();
  for (const task of tasks) {
    const superior = people.get(task.ownerUserId as string)?.superiorUserId;
    if (!superior) continue;
    if (!escalationDue(task.status, schedules.get(task.unitCode) as ScheduleInForce, told.get(task.id) ?? []))
      continue;
    bySuperior.set(superior, [...(bySuperior.get(superior) ?? []), task]);
  }
  let count = 0;
  for (const [superior, list] of bySuperior) {
    await db.transaction(async (tx) => {
      const fresh: TaskView[] = [];
      for (const task of list) {
        const marked = await insertReminderMark(tx, {
          taskId: task.id,
          kind: 'escalation',
          onDate: today,
          deadline: task.status.deadline,
          recipientUserId: superior,
          messageId: null,
        });
        if (marked) fresh.push(task);
      }
      if (!fresh.length) return;
      const lines = fresh.map((t, n) => {
        const owner = people.get(t.ownerUserId as string)?.displayName ?? t.ownerName ?? '';
        return `${digestLineVi(t, { kind: 'overdue', days: t.status.daysLate }, n + 1)} Người chịu trách nhiệm: ${owner}.`;
      });
      await notifyIn(tx, {
        recipientUserId: superior,
        kind: 'escalation',
        subject: `Báo cáo: ${fresh.length} nhiệm vụ quá hạn của cán bộ thuộc quyền`,
        body: [
          `Đến ngày ${formatShortDateVi(today)}, các nhiệm vụ sau đã quá hạn và đã được nhắc nhưng chưa hoàn thành:`,
          ...lines,
          'Đề nghị đồng chí chỉ đạo, đôn đốc hoặc yêu cầu giải trình.',
        ].join('\n'),
        taskIds: fresh.map((t) => t.id),
        unitCode: fresh[0]?.unitCode ?? null,
        dedupeKey: `escalation:${superior}:${today}`,
        channels: schedules.get(fresh[0]?.unitCode as string)?.channels ?? ['in-app'],
        jobId,
      });
      count += fresh.length;
    });
  }
  return count;
}
