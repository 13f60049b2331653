/** Business checks of directives, tasks and programmes (shapes are checked at the edges). */
import { parseIsoDate } from '../../core';
import type { TaskDeadline } from '../../core';
import type { Sql } from '../../db/database';
import { AppError, type Actor, type Issue } from '../app-error';
import { nulIssues } from '../text-checks';
import type { By } from '../../db/task.repository';

/** Who records a change, as the repositories store it. */
export const byOf = (actor: Actor): By => ({ id: actor.userId, name: actor.username });

/** Throws validation_failed with the issues, if any. */
export function throwIfIssues(issues: Issue[], message: string): void {
  if (issues.length) throw new AppError('validation_failed', message, { issues });
}

/** A calendar date check at `path`. */
export function checkDate(
  value: string | null | undefined,
  path: string,
  label: string,
  issues: Issue[],
): void {
  if (value == null) return;
  if (!parseIsoDate(value).ok) issues.push({ path, message: `${label}: không phải ngày hợp lệ (${value}).` });
}

/** Checks a deadline's shape and date. */
export function checkDeadline(deadline: TaskDeadline, path: string, issues: Issue[]): void {
  if (deadline.kind === 'date') checkDate(deadline.date, `${path}.date`, 'Thời hạn', issues);
}

/** Text that PostgreSQL cannot store (NUL) anywhere in the value. */
export function checkText(value: unknown, path: string, issues: Issue[]): void {
  nulIssues(value, path, issues);
}

/** The user ids that do not exist, as issues at `path`. */
export async function checkUsers(
  sql: Sql,
  ids: (string | null | undefined)[],
  path: string,
  issues: Issue[],
): Promise<void> {
  const wanted = ids.filter((x): x is string => typeof x === 'string');
  if (!wanted.length) return;
  const valid = wanted.filter((id) =>
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id),
  );
  const rows = valid.length
    ? await sql.query<{ id: string }>('select id from users where id = any($1::uuid[])', [valid])
    : [];
  const found = new Set(rows.map((r) => String(r.id)));
  for (const id of wanted) if (!found.has(id)) issues.push({ path, message: `Không có người dùng ${id}.` });
}

/** The unit codes that do not exist, as issues at `path`. */
export async function checkUnitCodes(
  sql: Sql,
  codes: (string | null | undefined)[],
  path: string,
  issues: Issue[],
): Promise<void> {
  const wanted = codes.filter((x): x is string => typeof x === 'string');
  if (!wanted.length) return;
  const rows = await sql.query<{ code: string }>(
    'select distinct code from units where code = any($1::text[])',
    [wanted],
  );
  const found = new Set(rows.map((r) => r.code));
  for (const code of wanted)
    if (!found.has(code)) issues.push({ path, message: `Không có đơn vị mã ${code}.` });
}
