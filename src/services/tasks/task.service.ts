/**
 * Tasks of a directive: assigned one by one or confirmed from drafts in one transaction, and
 * corrected as revisions checked against the one the person saw. The deadline here is the one
 * assigned; moving it is an extension (task-progress.service.ts), never a correction.
 */
import { deadlineTextVi, type TaskDeadline } from '../../core';
import type { Database, Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import {
  insertTask,
  insertTaskRevision,
  selectDirective,
  selectTask,
  type TaskFields,
  type TaskRecord,
} from '../../db/task.repository';
import { notifyIn } from '../../jobs/notify';
import { AppError, type Actor, type Issue } from '../app-error';
import { subtreeCodes } from '../unit.service';
import { scheduleFor } from './schedule.service';
import { byOf, checkDeadline, checkText, checkUnitCodes, checkUsers, throwIfIssues } from './task-checks';

export type { TaskFields, TaskRecord };

/** A task as given: `assignedOn` defaults to today, the lead unit's code is found from its name. */
export type TaskInput = Omit<TaskFields, 'assignedOn'> & { assignedOn?: string };

async function checkTasks(sql: Sql, unitCode: string, tasks: TaskInput[], prefix: string): Promise<Issue[]> {
  const issues: Issue[] = [];
  checkText(tasks, prefix.replace(/\.$/, ''), issues);
  const units = new Set(await subtreeCodes(sql, unitCode));
  for (const [i, t] of tasks.entries()) {
    const at = `${prefix}${i}`;
    checkDeadline(t.deadline, `${at}.deadline`, issues);
    if (t.leadUnitCode && !units.has(t.leadUnitCode))
      issues.push({
        path: `${at}.leadUnitCode`,
        message: `Đơn vị ${t.leadUnitCode} không thuộc đơn vị giao nhiệm vụ.`,
      });
    for (const link of t.links) {
      const rows = await sql.query<{ code: string }>(
        link.type === 'target'
          ? 'select u.code from targets t join resolutions r on r.id = t.resolution_id join units u on u.id = r.unit_id where t.id = $1'
          : 'select unit_code as code from programmes where id = $1',
        [link.id],
      );
      const owner = rows[0]?.code;
      if (!owner || !(units.has(owner) || (await subtreeCodes(sql, owner)).includes(unitCode)))
        issues.push({
          path: `${at}.links`,
          message: `Không có ${link.type === 'target' ? 'chỉ tiêu' : 'chương trình'} ${link.id} của đơn vị.`,
        });
    }
  }
  await checkUsers(
    sql,
    tasks.map((t) => t.ownerUserId),
    `${prefix}ownerUserId`,
    issues,
  );
  await checkUnitCodes(
    sql,
    tasks.map((t) => t.leadUnitCode),
    `${prefix}leadUnitCode`,
    issues,
  );
  return issues;
}

/** The code of the unit a lead-unit name designates among the units under `unitCode`, if one
 * name ends the text ("UBND thành phố Thanh Hóa" → 380). */
export async function matchLeadUnit(sql: Sql, unitCode: string, leadUnit: string): Promise<string | null> {
  const codes = await subtreeCodes(sql, unitCode);
  if (!codes.length) return null;
  const rows = await sql.query<{ code: string; name: string }>(
    'select code, name from units where code = any($1::text[]) order by valid_to is not null, valid_to desc',
    [codes],
  );
  const text = leadUnit.normalize('NFC').toLowerCase();
  // Longest name first ("thành phố Thanh Hóa" before "Thanh Hóa"); among equal names the unit
  // still valid, then the most recent (units of before the 2025 reorganisation stay matchable).
  const found = rows.filter((r) => text.includes(r.name.normalize('NFC').toLowerCase()));
  found.sort((a, b) => b.name.length - a.name.length);
  return found[0]?.code ?? null;
}

function assignedText(t: TaskRecord, directive: { number: string; title: string }): string {
  return [
    `Anh/chị được giao nhiệm vụ ${t.number} theo văn bản số ${directive.number} (${directive.title}):`,
    t.content,
    `Đơn vị chủ trì: ${t.leadUnit}. Thời hạn: ${deadlineTextVi(t.deadline)}.`,
  ].join('\n');
}

/** Adds tasks to a directive in one transaction (all or none); the owners are told. */
export async function addTasks(
  db: Database,
  actor: Actor,
  directiveId: string,
  tasks: TaskInput[],
  today: string,
): Promise<TaskRecord[]> {
  if (!tasks.length) throw new AppError('validation_failed', 'Chưa có nhiệm vụ nào để lưu.');
  return db.transaction(async (tx) => {
    const directive = await selectDirective(tx, directiveId, { forUpdate: true });
    if (!directive) throw new AppError('not_found', 'Không tìm thấy văn bản.');
    throwIfIssues(
      await checkTasks(tx, directive.unitCode, tasks, 'tasks.'),
      'Nhiệm vụ chưa hợp lệ; chưa lưu gì.',
    );
    const schedule = await scheduleFor(tx, directive.unitCode);
    const created: TaskRecord[] = [];
    for (const input of tasks) {
      const leadUnitCode =
        input.leadUnitCode ?? (await matchLeadUnit(tx, directive.unitCode, input.leadUnit));
      const fields: TaskFields = { ...input, leadUnitCode, assignedOn: input.assignedOn ?? today };
      const id = await insertTask(tx, directiveId, fields, byOf(actor));
      const task = (await selectTask(tx, id)) as TaskRecord;
      await insertAudit(tx, actor, {
        action: 'task.create',
        entity: 'task',
        entityId: id,
        unitCode: directive.unitCode,
        after: task,
      });
      if (task.ownerUserId)
        await notifyIn(tx, {
          recipientUserId: task.ownerUserId,
          kind: 'assigned',
          subject: `Nhiệm vụ mới: ${directive.number}, nhiệm vụ ${task.number}`,
          body: assignedText(task, directive),
          taskIds: [id],
          unitCode: directive.unitCode,
          dedupeKey: `assigned:${id}:${task.ownerUserId}`,
          channels: schedule.channels,
        });
      created.push(task);
    }
    return created;
  });
}

/** Corrects a task (a new revision); the deadline cannot be moved here, only by an extension. */
export async function updateTask(
  db: Database,
  actor: Actor,
  id: string,
  patch: Partial<Omit<TaskFields, 'deadline'>> & { deadline?: TaskDeadline },
  expectedRevision: number,
): Promise<TaskRecord> {
  return db.transaction(async (tx) => {
    const now = await selectTask(tx, id, { forUpdate: true });
    if (!now) throw new AppError('not_found', 'Không tìm thấy nhiệm vụ.');
    if (now.revision !== expectedRevision)
      throw new AppError('revision_conflict', 'Nhiệm vụ đã được người khác sửa; hãy tải lại.', {
        details: { current: now },
      });
    if (patch.deadline && JSON.stringify(patch.deadline) !== JSON.stringify(now.deadline)) {
      const extended = await tx.query('select 1 from task_extensions where task_id = $1 limit 1', [id]);
      if (extended.length)
        throw new AppError(
          'validation_failed',
          'Thời hạn đã được gia hạn; muốn đổi thời hạn, hãy ghi quyết định gia hạn.',
          {
            issues: [{ path: 'deadline', message: 'Thời hạn gốc được giữ nguyên khi đã có gia hạn.' }],
          },
        );
    }
    const {
      id: _i,
      directiveId: _d,
      unitCode,
      revision,
      recordedAt: _a,
      recordedByName: _n,
      ownerUsername: _o,
      ownerDisplayName: _p,
      ...fields
    } = now;
    const next: TaskFields = { ...fields, ...patch };
    if (patch.leadUnit && patch.leadUnitCode === undefined)
      next.leadUnitCode = await matchLeadUnit(tx, unitCode, patch.leadUnit);
    throwIfIssues(await checkTasks(tx, unitCode, [next], ''), 'Nhiệm vụ chưa hợp lệ; chưa lưu gì.');
    await insertTaskRevision(tx, id, revision + 1, next, byOf(actor));
    const after = (await selectTask(tx, id)) as TaskRecord;
    await insertAudit(tx, actor, {
      action: 'task.update',
      entity: 'task',
      entityId: id,
      unitCode,
      before: now,
      after,
    });
    return after;
  });
}
