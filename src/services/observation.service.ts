/**
 * Figures (values by period) entered by people. A save is all or nothing: every item is checked,
 * every item's `expectedRevision` (0 for a new figure) must still be the current revision, and
 * only then are the new revisions written, with their audit rows, in one transaction. The
 * targets are locked (SELECT … FOR UPDATE) and (target, period, revision) is unique, so two people
 * saving the same figure cannot both succeed: the second gets revision_conflict and sees the
 * other's value.
 */
import type { Hedge, Observation, PeriodCode, ValueStatus } from '../core';
import type { Database } from '../db/database';
import { insertAudit } from '../db/audit.repository';
import {
  figureKey,
  insertObservationRevision,
  selectCurrentRevisions,
  selectObservationHistory,
  type ObservationRevision,
} from '../db/observation.repository';
import { lockTargets, selectTarget } from '../db/target.repository';
import { assertPeriodsOpen } from './approval-lock';
import { AppError, type Actor, type Issue } from './app-error';
import { checkObservation, isPeriodCode } from './figure-checks';
import { nulIssues } from './text-checks';
import { isUniqueViolation } from './unique-violation';

export type { ObservationRevision };

/** One figure to save (or, with `delete: true`, to delete) in a batch. */
export interface ObservationInput {
  targetId: string;
  period: PeriodCode;
  value?: Observation['value'];
  status?: ValueStatus;
  source?: string;
  comment?: string;
  /** A hedge written beside the figure, kept as entered ("trên 5.000"). */
  hedge?: Hedge;
  /** The revision the person saw: 0 for a new figure. */
  expectedRevision: number;
  /** Records a deletion (a revision marked deleted) instead of a value. */
  delete?: boolean;
}

/** One figure someone else changed in between. */
export interface RevisionConflict {
  targetId: string;
  period: PeriodCode;
  expectedRevision: number;
  /** The figure as it is now (null if it was never saved). */
  current: ObservationRevision | null;
}

/** The largest batch accepted at once. */
export const MAX_BATCH = 10_000;

/** Saves a batch of figures of one resolution; returns the new revisions in input order.
 * Throws validation_failed (issues at `items.N.field`), not_found, or revision_conflict with
 * `details: { conflicts: RevisionConflict[] }`; in every error case nothing is written. */
export async function recordObservations(
  db: Database,
  actor: Actor,
  resolutionId: string,
  items: ObservationInput[],
): Promise<ObservationRevision[]> {
  if (!Array.isArray(items) || items.length === 0 || items.length > MAX_BATCH)
    throw new AppError('validation_failed', 'Cần từ 1 đến 10.000 số liệu trong một lần lưu.', {
      issues: [{ path: 'items', message: 'Danh sách số liệu trống hoặc quá dài.' }],
    });
  try {
    return await db.transaction(async (tx) => {
      const exists = await tx.query('select 1 from resolutions where id = $1', [resolutionId]);
      if (!exists.length) throw new AppError('not_found', 'Không tìm thấy nghị quyết.');
      const ids = [...new Set(items.map((i) => i.targetId).filter((id) => typeof id === 'string'))];
      const targets = new Map((await lockTargets(tx, resolutionId, ids)).map((t) => [t.id, t]));
      const issues: Issue[] = nulIssues(items, 'items');
      const seen = new Set<string>();
      items.forEach((item, n) => {
        const p = `items.${n}`;
        const target = targets.get(item.targetId);
        if (!target) issues.push({ path: `${p}.targetId`, message: 'Chỉ tiêu không thuộc nghị quyết này.' });
        if (!Number.isInteger(item.expectedRevision) || item.expectedRevision < 0)
          issues.push({
            path: `${p}.expectedRevision`,
            message: 'Số lần sửa đã xem phải là số nguyên từ 0.',
          });
        if (item.delete) {
          if (!isPeriodCode(item.period))
            issues.push({ path: `${p}.period`, message: 'Kỳ báo cáo không hợp lệ.' });
          else if (item.expectedRevision === 0)
            issues.push({ path: `${p}.delete`, message: 'Không thể xóa số liệu chưa được nhập.' });
        } else if (target) issues.push(...checkObservation(target, item, p));
        const key = figureKey(item.targetId, item.period);
        if (seen.has(key))
          issues.push({ path: `${p}.period`, message: 'Số liệu này xuất hiện hai lần trong cùng lần lưu.' });
        seen.add(key);
      });
      if (issues.length)
        throw new AppError('validation_failed', 'Có số liệu chưa hợp lệ; chưa lưu số liệu nào.', { issues });
      await assertPeriodsOpen(tx, resolutionId, items);

      const current = await selectCurrentRevisions(tx, items);
      const conflicts: RevisionConflict[] = [];
      for (const item of items) {
        const now = current.get(figureKey(item.targetId, item.period)) ?? null;
        if ((now?.revision ?? 0) !== item.expectedRevision)
          conflicts.push({
            targetId: item.targetId,
            period: item.period,
            expectedRevision: item.expectedRevision,
            current: now,
          });
      }
      if (conflicts.length) throw conflictError(conflicts);
      const deletedTwice = items.flatMap((item, n) =>
        item.delete && current.get(figureKey(item.targetId, item.period))?.deleted
          ? [{ path: `items.${n}.delete`, message: 'Số liệu này đã được xóa trước đó.' }]
          : [],
      );
      if (deletedTwice.length)
        throw new AppError('validation_failed', 'Có số liệu chưa hợp lệ; chưa lưu số liệu nào.', {
          issues: deletedTwice,
        });

      const unitCode = (await selectTarget(tx, ids[0] ?? ''))?.unitCode ?? null;
      const saved: ObservationRevision[] = [];
      for (const item of items) {
        const before = current.get(figureKey(item.targetId, item.period)) ?? null;
        const input = {
          targetId: item.targetId,
          period: item.period,
          revision: item.expectedRevision + 1,
          ...(item.delete ? { deleted: true } : { value: item.value, status: item.status }),
          source: item.source,
          comment: item.comment,
          ...(item.hedge && !item.delete ? { hedge: item.hedge } : {}),
          recordedBy: actor.userId,
          recordedByName: actor.username ?? null,
        };
        const row = await insertObservationRevision(tx, input);
        await insertAudit(tx, actor, {
          action: item.delete ? 'observation.delete' : 'observation.record',
          entity: 'observation',
          entityId: row.id,
          unitCode,
          before,
          after: row,
        });
        saved.push(row);
      }
      return saved;
    });
  } catch (error) {
    // A concurrent save that slipped past the lock still hits the unique (target, period, revision).
    if (isUniqueViolation(error)) {
      const current = await selectCurrentRevisions(db, items);
      throw conflictError(
        items
          .map((i) => ({
            targetId: i.targetId,
            period: i.period,
            expectedRevision: i.expectedRevision,
            current: current.get(figureKey(i.targetId, i.period)) ?? null,
          }))
          .filter((c) => (c.current?.revision ?? 0) !== c.expectedRevision),
      );
    }
    throw error;
  }
}

/** The revision_conflict error listing every figure someone else changed. */
export function conflictError(conflicts: RevisionConflict[]): AppError {
  return new AppError(
    'revision_conflict',
    'Số liệu đã được người khác cập nhật trong lúc bạn nhập; chưa lưu số liệu nào. Hãy xem giá trị mới rồi lưu lại.',
    { details: { conflicts } },
  );
}

/** Saves one figure of a target (see {@link recordObservations}); returns the new revision. */
export async function recordObservation(
  db: Database,
  actor: Actor,
  input: ObservationInput,
): Promise<ObservationRevision> {
  const target = await selectTarget(db, input.targetId);
  if (!target) throw new AppError('not_found', 'Không tìm thấy chỉ tiêu.');
  const [saved] = await recordObservations(db, actor, target.resolutionId, [input]);
  return saved as ObservationRevision;
}

/** Every revision of a target's figures (one period, or all), oldest first, with who recorded
 * each, when, its status, source, comment and whether it is a deletion. */
export async function observationHistory(
  db: Database,
  targetId: string,
  period?: PeriodCode,
): Promise<ObservationRevision[]> {
  if (!(await selectTarget(db, targetId))) throw new AppError('not_found', 'Không tìm thấy chỉ tiêu.');
  return selectObservationHistory(db, targetId, period);
}
