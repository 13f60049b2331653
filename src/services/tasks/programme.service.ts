/**
 * Programmes, breakthroughs, key works and projects of a Congress resolution. Created with the
 * resolution; renamed, changed or dropped only by a recorded decision (document, date, reason),
 * each a revision: the history of what was planned stays readable. Progress reports (text,
 * percent, milestone reached, money disbursed) are rows of their own.
 */
import type { Database, Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import { insertProgressReport, selectProgressReports } from '../../db/task-activity.repository';
import {
  insertProgramme,
  insertProgrammeRevision,
  selectProgramme,
  selectProgrammeHistory,
  selectProgrammes,
  type ProgrammeFields,
  type ProgrammeRecord,
} from '../../db/task-programme.repository';
import { AppError, type Actor, type Issue } from '../app-error';
import { byOf, checkDate, checkText, throwIfIssues } from './task-checks';

export type { ProgrammeFields, ProgrammeRecord };

function checkProgramme(f: ProgrammeFields, issues: Issue[]): void {
  checkText(f, '', issues);
  if (f.startYear && f.endYear && f.endYear < f.startYear)
    issues.push({ path: 'endYear', message: 'Năm kết thúc trước năm bắt đầu.' });
  f.milestones.forEach((m, i) => {
    checkDate(m.dueOn, `milestones.${i}.dueOn`, 'Hạn mốc', issues);
    checkDate(m.reachedOn, `milestones.${i}.reachedOn`, 'Ngày đạt mốc', issues);
  });
}

/** Adds a programme to a resolution of the unit. */
export async function createProgramme(
  db: Database,
  actor: Actor,
  unitCode: string,
  resolutionId: string | null,
  fields: ProgrammeFields,
): Promise<ProgrammeRecord> {
  const issues: Issue[] = [];
  checkProgramme(fields, issues);
  throwIfIssues(issues, 'Chương trình chưa hợp lệ; chưa lưu gì.');
  return db.transaction(async (tx) => {
    const id = await insertProgramme(tx, unitCode, resolutionId, fields, { change: 'create' }, byOf(actor));
    const created = (await selectProgramme(tx, id)) as ProgrammeRecord;
    await insertAudit(tx, actor, {
      action: 'programme.create',
      entity: 'programme',
      entityId: id,
      unitCode,
      after: created,
    });
    return created;
  });
}

/** A decision on a programme: rename, change (fields), or drop. */
export interface ProgrammeDecisionInput {
  change: 'rename' | 'change' | 'drop';
  decision: string;
  decidedOn: string;
  reason: string;
  /** The new name (rename) or the fields that change (change). */
  name?: string;
  fields?: Partial<ProgrammeFields>;
}

/** Records a decision as a new revision; a dropped programme takes no further decision. */
export async function decideProgramme(
  db: Database,
  actor: Actor,
  id: string,
  input: ProgrammeDecisionInput,
): Promise<ProgrammeRecord> {
  const issues: Issue[] = [];
  checkDate(input.decidedOn, 'decidedOn', 'Ngày quyết định', issues);
  checkText(input, '', issues);
  if (input.change === 'rename' && !input.name?.trim())
    issues.push({ path: 'name', message: 'Cần tên mới.' });
  if (input.change === 'change' && !input.fields)
    issues.push({ path: 'fields', message: 'Cần nội dung thay đổi.' });
  throwIfIssues(issues, 'Quyết định chưa hợp lệ; chưa lưu gì.');
  return db.transaction(async (tx) => {
    const now = await selectProgramme(tx, id, { forUpdate: true });
    if (!now) throw new AppError('not_found', 'Không tìm thấy chương trình, dự án.');
    if (now.status === 'dropped')
      throw new AppError('conflict', 'Chương trình, dự án đã được đưa ra khỏi danh mục.');
    const fields: ProgrammeFields = {
      kind: now.kind,
      code: now.code,
      name: input.change === 'rename' ? (input.name as string).trim() : now.name,
      description: now.description,
      leadUnit: now.leadUnit,
      investment: now.investment,
      investmentUnit: now.investmentUnit,
      startYear: now.startYear,
      endYear: now.endYear,
      milestones: now.milestones,
      illustrative: now.illustrative,
      ...(input.change === 'change' ? input.fields : {}),
    };
    const more: Issue[] = [];
    checkProgramme(fields, more);
    throwIfIssues(more, 'Quyết định chưa hợp lệ; chưa lưu gì.');
    const decision = {
      change: input.change,
      decision: input.decision,
      decidedOn: input.decidedOn,
      reason: input.reason,
    };
    await insertProgrammeRevision(
      tx,
      id,
      now.revision + 1,
      fields,
      input.change === 'drop' ? 'dropped' : 'active',
      decision,
      byOf(actor),
    );
    const after = (await selectProgramme(tx, id)) as ProgrammeRecord;
    await insertAudit(tx, actor, {
      action: `programme.${input.change}`,
      entity: 'programme',
      entityId: id,
      unitCode: now.unitCode,
      before: now,
      after,
    });
    return after;
  });
}

/** Records a progress report of a programme, dated today. */
export async function reportProgrammeProgress(
  db: Database,
  actor: Actor,
  id: string,
  input: { text: string; percent?: number | null; milestone?: string | null; disbursed?: number | null },
  today: string,
): Promise<string> {
  const issues: Issue[] = [];
  checkText(input, '', issues);
  throwIfIssues(issues, 'Báo cáo tiến độ chưa hợp lệ; chưa lưu gì.');
  return db.transaction(async (tx) => {
    const now = await selectProgramme(tx, id, { forUpdate: true });
    if (!now) throw new AppError('not_found', 'Không tìm thấy chương trình, dự án.');
    const reportId = await insertProgressReport(
      tx,
      { ...input, programmeId: id, reportedOn: today },
      byOf(actor),
    );
    await insertAudit(tx, actor, {
      action: 'programme.report',
      entity: 'progress_report',
      entityId: reportId,
      unitCode: now.unitCode,
      after: { programmeId: id, reportedOn: today, ...input },
    });
    return reportId;
  });
}

/** A programme with its history and reports. */
export async function programmeDetail(db: Sql, id: string) {
  const programme = await selectProgramme(db, id);
  if (!programme) return null;
  return {
    programme,
    history: await selectProgrammeHistory(db, id),
    reports: await selectProgressReports(db, { programmeIds: [id] }),
  };
}

/** Programmes of a unit or of a resolution. */
export const listProgrammes = (db: Sql, scope: { unitCode: string } | { resolutionId: string }) =>
  selectProgrammes(db, scope);
