/**
 * Directives (nghị quyết, kết luận, chỉ thị, thông báo kết luận, kế hoạch) of an office, kept as
 * revisions: a correction is a new revision checked against the one the person saw.
 */
import type { Database, Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import {
  insertDirective,
  insertDirectiveRevision,
  selectDirective,
  selectDirectiveHistory,
  selectDirectives,
  type DirectiveFields,
  type DirectiveRecord,
} from '../../db/task.repository';
import { AppError, type Actor, type Issue } from '../app-error';
import { subtreeCodes } from '../unit.service';
import { byOf, checkDate, checkText, throwIfIssues } from './task-checks';

export type { DirectiveFields, DirectiveRecord };

async function checkDirective(sql: Sql, f: DirectiveFields, unitCode: string): Promise<void> {
  const issues: Issue[] = [];
  checkText(f, '', issues);
  checkDate(f.issuedOn, 'issuedOn', 'Ngày ban hành', issues);
  if (f.resolutionId) {
    const rows = await sql.query<{ code: string }>(
      'select u.code from resolutions r join units u on u.id = r.unit_id where r.id = $1',
      [f.resolutionId],
    );
    if (!rows[0]) issues.push({ path: 'resolutionId', message: 'Không có nghị quyết này.' });
    else if (!(await subtreeCodes(sql, unitCode)).includes(rows[0].code) && rows[0].code !== unitCode)
      issues.push({ path: 'resolutionId', message: 'Nghị quyết không thuộc đơn vị này.' });
  }
  throwIfIssues(issues, 'Văn bản chưa hợp lệ; chưa lưu gì.');
}

/** Records a new directive of the unit. */
export async function createDirective(
  db: Database,
  actor: Actor,
  unitCode: string,
  fields: DirectiveFields,
): Promise<DirectiveRecord> {
  return db.transaction(async (tx) => {
    await checkDirective(tx, fields, unitCode);
    const id = await insertDirective(tx, unitCode, fields, byOf(actor));
    const created = (await selectDirective(tx, id)) as DirectiveRecord;
    await insertAudit(tx, actor, {
      action: 'directive.create',
      entity: 'directive',
      entityId: id,
      unitCode,
      after: created,
    });
    return created;
  });
}

/** Corrects a directive: a new revision, refused when someone saved one since `expectedRevision`. */
export async function updateDirective(
  db: Database,
  actor: Actor,
  id: string,
  patch: Partial<DirectiveFields>,
  expectedRevision: number,
): Promise<DirectiveRecord> {
  return db.transaction(async (tx) => {
    const now = await selectDirective(tx, id, { forUpdate: true });
    if (!now) throw new AppError('not_found', 'Không tìm thấy văn bản.');
    if (now.revision !== expectedRevision)
      throw new AppError('revision_conflict', 'Văn bản đã được người khác sửa; hãy tải lại.', {
        details: { current: now },
      });
    const { id: _i, unitCode: _u, revision: _r, recordedAt: _a, recordedByName: _n, ...fields } = now;
    const next: DirectiveFields = { ...fields, ...patch };
    await checkDirective(tx, next, now.unitCode);
    await insertDirectiveRevision(tx, id, now.revision + 1, next, byOf(actor));
    const after = (await selectDirective(tx, id)) as DirectiveRecord;
    await insertAudit(tx, actor, {
      action: 'directive.update',
      entity: 'directive',
      entityId: id,
      unitCode: now.unitCode,
      before: now,
      after,
    });
    return after;
  });
}

/** A directive, or null. */
export const getDirective = (db: Sql, id: string) => selectDirective(db, id);
/** Every revision of a directive. */
export const directiveHistory = (db: Sql, id: string) => selectDirectiveHistory(db, id);

/** Directives of a unit (with `subtree`, of it and every unit below). */
export async function listDirectives(db: Sql, unitCode: string, subtree = false): Promise<DirectiveRecord[]> {
  const codes = subtree ? await subtreeCodes(db, unitCode) : [unitCode];
  return selectDirectives(db, codes.length ? codes : [unitCode]);
}
