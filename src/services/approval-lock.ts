/**
 * The lock of approved periods, checked by both figure writes (recordObservations: grid saves,
 * single figures, deletions; recordImportedFigures: an import's set). The resolution row is
 * read FOR SHARE so an approval step (which takes it FOR UPDATE) cannot commit between the check
 * and the write.
 */
import { correctionPeriod, lockingPeriod } from '../core';
import { formatPeriodVi } from '../core';
import type { PeriodCode } from '../core';
import type { Sql } from '../db/database';
import { selectApprovalStates } from '../db/approval.repository';
import { AppError, type Issue } from './app-error';

/** Throws `locked` (every item inside an approved period listed) when a figure lies in an
 * approved period, or validation_failed when a correction of a reopened period has no reason. */
export async function assertPeriodsOpen(
  tx: Sql,
  resolutionId: string,
  items: readonly { period: PeriodCode; comment?: string }[],
): Promise<void> {
  await tx.query('select 1 from resolutions where id = $1 for share', [resolutionId]);
  const approvals = await selectApprovalStates(tx, resolutionId);
  if (approvals.length === 0) return;
  const locked: Issue[] = [];
  const reasons: Issue[] = [];
  items.forEach((item, n) => {
    const lock = typeof item.period === 'string' ? lockingPeriod(item.period, approvals) : undefined;
    if (lock) {
      locked.push({
        path: `items.${n}.period`,
        message: `Kỳ ${formatPeriodVi(lock)} đã được phê duyệt nên số liệu bị khóa; cần cấp phê duyệt mở lại trước khi sửa.`,
      });
      return;
    }
    const reopened = typeof item.period === 'string' ? correctionPeriod(item.period, approvals) : undefined;
    if (reopened && !(typeof item.comment === 'string' && item.comment.trim()))
      reasons.push({
        path: `items.${n}.comment`,
        message: `Kỳ ${formatPeriodVi(reopened)} đã phê duyệt rồi được mở lại: cần ghi lý do sửa số liệu (ghi chú).`,
      });
  });
  if (locked.length)
    throw new AppError('locked', 'Có số liệu thuộc kỳ đã phê duyệt; chưa lưu số liệu nào.', {
      issues: locked,
    });
  if (reasons.length)
    throw new AppError(
      'validation_failed',
      'Sửa số liệu của kỳ đã phê duyệt cần ghi lý do; chưa lưu số liệu nào.',
      {
        issues: reasons,
      },
    );
}
