/**
 * SQL of what happens to a task after it is assigned: extensions (decisions of their own),
 * completion submitted and reviewed, progress reports with attachments (of a task or a
 * programme), requests for explanation and their answers (revisions). Rows are only inserted.
 */
import type { Sql } from './database';
import type { By } from './task.repository';
import { newId, numericParam, toIso, toNumber } from './values';

/** An extension of a task's deadline. */
export interface ExtensionRecord {
  id: string;
  taskId: string;
  previousDeadline: string | null;
  newDeadline: string;
  decision: string;
  decidedOn: string;
  reason: string | null;
  recordedAt: string;
  recordedByName: string | null;
}

/** A completion submitted by the owner, with the office's review if any. */
export interface SubmissionRecord {
  id: string;
  taskId: string;
  completedOn: string;
  note: string | null;
  submittedAt: string;
  submittedByName: string | null;
  review: {
    decision: 'confirmed' | 'returned';
    reason: string | null;
    decidedAt: string;
    decidedByName: string | null;
  } | null;
}

/** An attachment of a report (its content is read separately). */
export interface AttachmentInfo {
  id: string;
  fileName: string;
  mediaType: string;
  size: number;
}

/** A progress report of a task or a programme. */
export interface ProgressReportRecord {
  id: string;
  taskId: string | null;
  programmeId: string | null;
  reportedOn: string;
  text: string;
  percent: number | null;
  milestone: string | null;
  disbursed: number | null;
  recordedAt: string;
  recordedByName: string | null;
  attachments: AttachmentInfo[];
}

/** A request for explanation with its answers (revisions, newest last). */
export interface ExplanationRecord {
  id: string;
  unitCode: string;
  taskId: string | null;
  targetId: string | null;
  addresseeUserId: string | null;
  addresseeName: string | null;
  question: string;
  dueOn: string;
  requestedAt: string;
  requestedByName: string | null;
  answers: { revision: number; text: string; answeredAt: string; answeredByName: string | null }[];
}

export async function insertExtension(
  sql: Sql,
  e: Omit<ExtensionRecord, 'id' | 'recordedAt' | 'recordedByName'>,
  by: By,
): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into task_extensions (id, task_id, previous_deadline, new_deadline, decision, decided_on, reason,
       recorded_by, recorded_by_name) values ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
    [
      id,
      e.taskId,
      e.previousDeadline,
      e.newDeadline,
      e.decision,
      e.decidedOn,
      e.reason,
      by.id,
      by.name ?? null,
    ],
  );
  return id;
}

/** Extensions of these tasks, in the order decided. */
export async function selectExtensions(sql: Sql, taskIds: readonly string[]): Promise<ExtensionRecord[]> {
  const rows = await sql.query<Record<string, unknown>>(
    'select * from task_extensions where task_id = any($1::text[]) order by recorded_at, id',
    [taskIds],
  );
  return rows.map((r) => ({
    id: String(r.id),
    taskId: String(r.task_id),
    previousDeadline: (r.previous_deadline as string | null) ?? null,
    newDeadline: String(r.new_deadline),
    decision: String(r.decision),
    decidedOn: String(r.decided_on),
    reason: (r.reason as string | null) ?? null,
    recordedAt: toIso(r.recorded_at) ?? '',
    recordedByName: (r.recorded_by_name as string | null) ?? null,
  }));
}

export async function insertSubmission(
  sql: Sql,
  taskId: string,
  completedOn: string,
  note: string | null,
  by: By,
): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into task_submissions (id, task_id, completed_on, note, submitted_by, submitted_by_name)
     values ($1, $2, $3, $4, $5, $6)`,
    [id, taskId, completedOn, note, by.id, by.name ?? null],
  );
  return id;
}

export async function insertReview(
  sql: Sql,
  submissionId: string,
  decision: 'confirmed' | 'returned',
  reason: string | null,
  by: By,
): Promise<void> {
  await sql.query(
    `insert into task_reviews (id, submission_id, decision, reason, decided_by, decided_by_name)
     values ($1, $2, $3, $4, $5, $6)`,
    [newId(), submissionId, decision, reason, by.id, by.name ?? null],
  );
}

/** Submissions of these tasks with their reviews, oldest first. */
export async function selectSubmissions(sql: Sql, taskIds: readonly string[]): Promise<SubmissionRecord[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select s.*, v.decision, v.reason, v.decided_at, v.decided_by_name
     from task_submissions s left join task_reviews v on v.submission_id = s.id
     where s.task_id = any($1::text[]) order by s.submitted_at, s.id`,
    [taskIds],
  );
  return rows.map((r) => ({
    id: String(r.id),
    taskId: String(r.task_id),
    completedOn: String(r.completed_on),
    note: (r.note as string | null) ?? null,
    submittedAt: toIso(r.submitted_at) ?? '',
    submittedByName: (r.submitted_by_name as string | null) ?? null,
    review: r.decision
      ? {
          decision: r.decision as 'confirmed' | 'returned',
          reason: (r.reason as string | null) ?? null,
          decidedAt: toIso(r.decided_at) ?? '',
          decidedByName: (r.decided_by_name as string | null) ?? null,
        }
      : null,
  }));
}

/** A report to insert, with attachments as bytes. */
export interface NewProgressReport {
  taskId?: string | null;
  programmeId?: string | null;
  reportedOn: string;
  text: string;
  percent?: number | null;
  milestone?: string | null;
  disbursed?: number | null;
  attachments?: { fileName: string; mediaType: string; content: Buffer }[];
}

export async function insertProgressReport(sql: Sql, r: NewProgressReport, by: By): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into progress_reports (id, task_id, programme_id, reported_on, text, percent, milestone, disbursed,
       recorded_by, recorded_by_name)
     values ($1, $2, $3, $4, $5, $6::text::numeric, $7, $8::text::numeric, $9, $10)`,
    [
      id,
      r.taskId ?? null,
      r.programmeId ?? null,
      r.reportedOn,
      r.text,
      numericParam(r.percent),
      r.milestone ?? null,
      numericParam(r.disbursed),
      by.id,
      by.name ?? null,
    ],
  );
  for (const a of r.attachments ?? []) {
    await sql.query(
      `insert into report_attachments (id, report_id, file_name, media_type, size, content)
       values ($1, $2, $3, $4, $5, decode($6, 'base64'))`,
      [newId(), id, a.fileName, a.mediaType, a.content.length, a.content.toString('base64')],
    );
  }
  return id;
}

/** Reports of these tasks or programmes, oldest first, with their attachments' names. */
export async function selectProgressReports(
  sql: Sql,
  scope: { taskIds: readonly string[] } | { programmeIds: readonly string[] },
): Promise<ProgressReportRecord[]> {
  const byTask = 'taskIds' in scope;
  const rows = await sql.query<Record<string, unknown>>(
    `select p.*, coalesce((select json_agg(json_build_object('id', a.id, 'fileName', a.file_name,
         'mediaType', a.media_type, 'size', a.size) order by a.file_name)
       from report_attachments a where a.report_id = p.id), '[]'::json) as attachments
     from progress_reports p where ${byTask ? 'p.task_id' : 'p.programme_id'} = any($1::text[])
     order by p.reported_on, p.recorded_at, p.id`,
    [byTask ? scope.taskIds : scope.programmeIds],
  );
  return rows.map((r) => ({
    id: String(r.id),
    taskId: (r.task_id as string | null) ?? null,
    programmeId: (r.programme_id as string | null) ?? null,
    reportedOn: String(r.reported_on),
    text: String(r.text),
    percent: toNumber(r.percent) ?? null,
    milestone: (r.milestone as string | null) ?? null,
    disbursed: toNumber(r.disbursed) ?? null,
    recordedAt: toIso(r.recorded_at) ?? '',
    recordedByName: (r.recorded_by_name as string | null) ?? null,
    attachments: (typeof r.attachments === 'string'
      ? JSON.parse(r.attachments)
      : r.attachments) as AttachmentInfo[],
  }));
}

/** One attachment with its content and the report it belongs to, or null. */
export async function selectAttachment(
  sql: Sql,
  id: string,
): Promise<(AttachmentInfo & { content: Buffer; taskId: string | null; programmeId: string | null }) | null> {
  const rows = await sql.query<Record<string, unknown>>(
    `select a.id, a.file_name, a.media_type, a.size, encode(a.content, 'base64') as content, p.task_id, p.programme_id
     from report_attachments a join progress_reports p on p.id = a.report_id where a.id = $1`,
    [id],
  );
  const r = rows[0];
  if (!r) return null;
  return {
    id: String(r.id),
    fileName: String(r.file_name),
    mediaType: String(r.media_type),
    size: Number(r.size),
    content: Buffer.from(String(r.content), 'base64'),
    taskId: (r.task_id as string | null) ?? null,
    programmeId: (r.programme_id as string | null) ?? null,
  };
}

/** A request to insert. */
export interface NewExplanationRequest {
  unitCode: string;
  taskId?: string | null;
  targetId?: string | null;
  addresseeUserId?: string | null;
  addresseeName?: string | null;
  question: string;
  dueOn: string;
}

export async function insertExplanationRequest(sql: Sql, e: NewExplanationRequest, by: By): Promise<string> {
  const id = newId();
  await sql.query(
    `insert into explanation_requests (id, unit_code, task_id, target_id, addressee_user_id, addressee_name, question,
       due_on, requested_by, requested_by_name) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      id,
      e.unitCode,
      e.taskId ?? null,
      e.targetId ?? null,
      e.addresseeUserId ?? null,
      e.addresseeName ?? null,
      e.question,
      e.dueOn,
      by.id,
      by.name ?? null,
    ],
  );
  return id;
}

export async function insertExplanationAnswer(
  sql: Sql,
  requestId: string,
  revision: number,
  text: string,
  by: By,
): Promise<void> {
  await sql.query(
    `insert into explanation_answers (request_id, revision, text, answered_by, answered_by_name)
     values ($1, $2, $3, $4, $5)`,
    [requestId, revision, text, by.id, by.name ?? null],
  );
}

/** Requests with their answers: of tasks, of targets, addressed to a person, or by id. */
export async function selectExplanations(
  sql: Sql,
  filter: {
    taskIds?: readonly string[];
    targetIds?: readonly string[];
    addresseeUserId?: string;
    ids?: readonly string[];
    unitCodes?: readonly string[];
  },
): Promise<ExplanationRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (sqlText: (p: string) => string, v: unknown) => {
    params.push(v);
    where.push(sqlText(`$${params.length}`));
  };
  if (filter.taskIds) add((p) => `e.task_id = any(${p}::text[])`, filter.taskIds);
  if (filter.targetIds) add((p) => `e.target_id = any(${p}::text[])`, filter.targetIds);
  if (filter.addresseeUserId) add((p) => `e.addressee_user_id = ${p}`, filter.addresseeUserId);
  if (filter.ids) add((p) => `e.id = any(${p}::text[])`, filter.ids);
  if (filter.unitCodes) add((p) => `e.unit_code = any(${p}::text[])`, filter.unitCodes);
  const rows = await sql.query<Record<string, unknown>>(
    `select e.*, coalesce((select json_agg(json_build_object('revision', a.revision, 'text', a.text,
         'answeredAt', a.answered_at, 'answeredByName', a.answered_by_name) order by a.revision)
       from explanation_answers a where a.request_id = e.id), '[]'::json) as answers
     from explanation_requests e ${where.length ? `where ${where.join(' and ')}` : ''}
     order by e.requested_at, e.id`,
    params,
  );
  return rows.map((r) => {
    const answers = (typeof r.answers === 'string' ? JSON.parse(r.answers) : r.answers) as {
      revision: number;
      text: string;
      answeredAt: string;
      answeredByName: string | null;
    }[];
    return {
      id: String(r.id),
      unitCode: String(r.unit_code),
      taskId: (r.task_id as string | null) ?? null,
      targetId: (r.target_id as string | null) ?? null,
      addresseeUserId: (r.addressee_user_id as string | null) ?? null,
      addresseeName: (r.addressee_name as string | null) ?? null,
      question: String(r.question),
      dueOn: String(r.due_on),
      requestedAt: toIso(r.requested_at) ?? '',
      requestedByName: (r.requested_by_name as string | null) ?? null,
      answers: answers.map((a) => ({ ...a, answeredAt: toIso(a.answeredAt) ?? '' })),
    };
  });
}
