/**
 * SQL of directives and their tasks. Both are kept as revisions (the highest is current); the
 * rest of a task's life (extensions, submissions and reviews, reports, explanations) lives in
 * task-activity.repository.ts as rows of their own.
 */
import type { TaskDeadline } from '../core';
import type { Sql } from './database';
import { jsonParam, newId, toIso } from './values';

/** Kinds of directive. */
export const DIRECTIVE_KINDS = [
  'nghi-quyet',
  'ket-luan',
  'chi-thi',
  'thong-bao-ket-luan',
  'ke-hoach',
] as const;
export type DirectiveKind = (typeof DIRECTIVE_KINDS)[number];

/** A directive's fields as entered. */
export interface DirectiveFields {
  kind: DirectiveKind;
  /** "12-NQ/TU" */
  number: string;
  issuedOn: string;
  /** "Ban Thường vụ Tỉnh ủy" */
  issuer: string;
  title: string;
  resolutionId?: string | null;
  note?: string | null;
  illustrative?: boolean;
}

/** A directive as stored (current revision). */
export interface DirectiveRecord extends DirectiveFields {
  id: string;
  unitCode: string;
  revision: number;
  recordedAt: string;
  recordedByName: string | null;
}

/** Who records a change. */
export interface By {
  id: string | null;
  name?: string;
}

/** What a task links to: a target of the resolution or a programme. */
export interface TaskLink {
  type: 'target' | 'programme';
  id: string;
}

/** A task's fields as entered. */
export interface TaskFields {
  number: string;
  content: string;
  leadUnit: string;
  leadUnitCode?: string | null;
  cooperatingUnits: string[];
  ownerUserId?: string | null;
  ownerName?: string | null;
  deadline: TaskDeadline;
  expectedProduct?: string | null;
  links: TaskLink[];
  assignedOn: string;
  withdrawn?: boolean;
}

/** A task as stored (current revision) with its directive. */
export interface TaskRecord extends TaskFields {
  id: string;
  directiveId: string;
  /** The unit of the directive (access is checked on it). */
  unitCode: string;
  revision: number;
  recordedAt: string;
  recordedByName: string | null;
  ownerUsername: string | null;
  ownerDisplayName: string | null;
}

/** Inserts a directive and its first revision. */
export async function insertDirective(
  sql: Sql,
  unitCode: string,
  fields: DirectiveFields,
  by: By,
): Promise<string> {
  const id = newId();
  await sql.query('insert into directives (id, unit_code) values ($1, $2)', [id, unitCode]);
  await insertDirectiveRevision(sql, id, 1, fields, by);
  return id;
}

/** Inserts a revision of a directive. */
export async function insertDirectiveRevision(
  sql: Sql,
  id: string,
  revision: number,
  f: DirectiveFields,
  by: By,
): Promise<void> {
  await sql.query(
    `insert into directive_revisions (directive_id, revision, kind, number, issued_on, issuer, title, resolution_id,
       note, illustrative, recorded_by, recorded_by_name)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
    [
      id,
      revision,
      f.kind,
      f.number,
      f.issuedOn,
      f.issuer,
      f.title,
      f.resolutionId ?? null,
      f.note ?? null,
      f.illustrative ?? false,
      by.id,
      by.name ?? null,
    ],
  );
}

function toDirective(r: Record<string, unknown>): DirectiveRecord {
  return {
    id: String(r.id),
    unitCode: String(r.unit_code),
    revision: Number(r.revision),
    kind: r.kind as DirectiveKind,
    number: String(r.number),
    issuedOn: String(r.issued_on),
    issuer: String(r.issuer),
    title: String(r.title),
    resolutionId: (r.resolution_id as string | null) ?? null,
    note: (r.note as string | null) ?? null,
    illustrative: Boolean(r.illustrative),
    recordedAt: toIso(r.recorded_at) ?? '',
    recordedByName: (r.recorded_by_name as string | null) ?? null,
  };
}

const CURRENT_DIRECTIVES = `
  select d.id, d.unit_code, r.* from directives d
  join lateral (select * from directive_revisions x where x.directive_id = d.id order by revision desc limit 1) r on true`;

/** The current revision of a directive, or null. Lock it with `forUpdate` before a change. */
export async function selectDirective(
  sql: Sql,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DirectiveRecord | null> {
  if (options.forUpdate) await sql.query('select id from directives where id = $1 for update', [id]);
  const rows = await sql.query<Record<string, unknown>>(`${CURRENT_DIRECTIVES} where d.id = $1`, [id]);
  return rows[0] ? toDirective(rows[0]) : null;
}

/** Directives of these units, newest first. */
export async function selectDirectives(sql: Sql, unitCodes: readonly string[]): Promise<DirectiveRecord[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `${CURRENT_DIRECTIVES} where d.unit_code = any($1::text[]) order by r.issued_on desc, r.number`,
    [unitCodes],
  );
  return rows.map(toDirective);
}

/** Every revision of a directive, oldest first. */
export async function selectDirectiveHistory(sql: Sql, id: string): Promise<DirectiveRecord[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select d.id, d.unit_code, r.* from directives d join directive_revisions r on r.directive_id = d.id
     where d.id = $1 order by r.revision`,
    [id],
  );
  return rows.map(toDirective);
}

/** Inserts a task and its first revision. */
export async function insertTask(sql: Sql, directiveId: string, fields: TaskFields, by: By): Promise<string> {
  const id = newId();
  await sql.query('insert into tasks (id, directive_id) values ($1, $2)', [id, directiveId]);
  await insertTaskRevision(sql, id, 1, fields, by);
  return id;
}

/** Inserts a revision of a task. */
export async function insertTaskRevision(
  sql: Sql,
  id: string,
  revision: number,
  f: TaskFields,
  by: By,
): Promise<void> {
  const d = f.deadline;
  await sql.query(
    `insert into task_revisions (task_id, revision, number, content, lead_unit, lead_unit_code, cooperating_units,
       owner_user_id, owner_name, deadline_kind, deadline_date, deadline_every, expected_product, links, assigned_on,
       withdrawn, recorded_by, recorded_by_name)
     values ($1, $2, $3, $4, $5, $6, $7::text::jsonb, $8, $9, $10, $11, $12, $13, $14::text::jsonb, $15, $16, $17, $18)`,
    [
      id,
      revision,
      f.number,
      f.content,
      f.leadUnit,
      f.leadUnitCode ?? null,
      jsonParam(f.cooperatingUnits),
      f.ownerUserId ?? null,
      f.ownerName ?? null,
      d.kind,
      d.kind === 'date' ? d.date : null,
      d.kind === 'recurring' ? d.every : null,
      f.expectedProduct ?? null,
      jsonParam(f.links),
      f.assignedOn,
      f.withdrawn ?? false,
      by.id,
      by.name ?? null,
    ],
  );
}

function deadlineOf(r: Record<string, unknown>): TaskDeadline {
  switch (r.deadline_kind) {
    case 'date':
      return { kind: 'date', date: String(r.deadline_date) };
    case 'recurring':
      return { kind: 'recurring', every: r.deadline_every as 'month' | 'quarter' | 'year' };
    case 'continuous':
      return { kind: 'continuous' };
    default:
      return { kind: 'none' };
  }
}

function toTask(r: Record<string, unknown>): TaskRecord {
  return {
    id: String(r.id),
    directiveId: String(r.directive_id),
    unitCode: String(r.unit_code),
    revision: Number(r.revision),
    number: String(r.number),
    content: String(r.content),
    leadUnit: String(r.lead_unit),
    leadUnitCode: (r.lead_unit_code as string | null) ?? null,
    cooperatingUnits: (r.cooperating_units as string[]) ?? [],
    ownerUserId: (r.owner_user_id as string | null) ?? null,
    ownerName: (r.owner_name as string | null) ?? null,
    ownerUsername: (r.owner_username as string | null) ?? null,
    ownerDisplayName: (r.owner_display_name as string | null) ?? null,
    deadline: deadlineOf(r),
    expectedProduct: (r.expected_product as string | null) ?? null,
    links: (r.links as TaskLink[]) ?? [],
    assignedOn: String(r.assigned_on),
    withdrawn: Boolean(r.withdrawn),
    recordedAt: toIso(r.recorded_at) ?? '',
    recordedByName: (r.recorded_by_name as string | null) ?? null,
  };
}

const CURRENT_TASKS = `
  select t.id, t.directive_id, d.unit_code, r.*, u.username as owner_username, u.display_name as owner_display_name
  from tasks t join directives d on d.id = t.directive_id
  join lateral (select * from task_revisions x where x.task_id = t.id order by revision desc limit 1) r on true
  left join users u on u.id = r.owner_user_id`;

/** Sort of task numbers as written: "2" before "10", "2.a" after "2". */
const TASK_ORDER = `order by d.unit_code, t.directive_id,
  array_remove(string_to_array(regexp_replace(r.number, '[^0-9.]', '', 'g'), '.'), '')::numeric[], r.number`;

/** The current revision of a task, or null. */
export async function selectTask(
  sql: Sql,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<TaskRecord | null> {
  if (options.forUpdate) await sql.query('select id from tasks where id = $1 for update', [id]);
  const rows = await sql.query<Record<string, unknown>>(`${CURRENT_TASKS} where t.id = $1`, [id]);
  return rows[0] ? toTask(rows[0]) : null;
}

/** What tasks to read. */
export interface TaskFilter {
  directiveId?: string;
  /** Tasks of directives of these units, or led by these units. */
  unitCodes?: readonly string[];
  ownerUserId?: string;
  ids?: readonly string[];
  includeWithdrawn?: boolean;
}

/** Current tasks matching the filter, in directive and number order. */
export async function selectTasks(sql: Sql, filter: TaskFilter): Promise<TaskRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const add = (clause: (n: string) => string, value: unknown) => {
    params.push(value);
    where.push(clause(`$${params.length}`));
  };
  if (filter.directiveId) add((p) => `t.directive_id = ${p}`, filter.directiveId);
  if (filter.unitCodes)
    add((p) => `(d.unit_code = any(${p}::text[]) or r.lead_unit_code = any(${p}::text[]))`, filter.unitCodes);
  if (filter.ownerUserId) add((p) => `r.owner_user_id = ${p}`, filter.ownerUserId);
  if (filter.ids) add((p) => `t.id = any(${p}::text[])`, filter.ids);
  if (!filter.includeWithdrawn) where.push('not r.withdrawn');
  const rows = await sql.query<Record<string, unknown>>(
    `${CURRENT_TASKS} ${where.length ? `where ${where.join(' and ')}` : ''} ${TASK_ORDER}`,
    params,
  );
  return rows.map(toTask);
}

/** Every revision of a task, oldest first. */
export async function selectTaskHistory(sql: Sql, id: string): Promise<TaskRecord[]> {
  const rows = await sql.query<Record<string, unknown>>(
    `select t.id, t.directive_id, d.unit_code, r.*, u.username as owner_username, u.display_name as owner_display_name
     from tasks t join directives d on d.id = t.directive_id join task_revisions r on r.task_id = t.id
     left join users u on u.id = r.owner_user_id where t.id = $1 order by r.revision`,
    [id],
  );
  return rows.map(toTask);
}
