/**
 * The share of an old unit that went to a new one, entered where the official source gives none
 * (the published rows never split a commune): a number in (0, 1] and what it rests on
 * (population, area, or a named figure). One transaction with the audit row (before and after).
 */
import type { Database, Sql } from '../../db/database';
import { insertAudit } from '../../db/audit.repository';
import { AppError, type Actor } from '../app-error';

/** What is needed to set a share. */
export interface LineageShareInput {
  fromCode: string;
  toCode: string;
  share: number;
  basis: 'population' | 'area' | 'figure';
  /** For basis 'figure': the indicator the share was computed from ("dan-so", "dien-tich"). */
  figure?: string;
  note?: string;
}

/** Sets the share of the link between the two units (the old unit's code before the change, the
 * new one's after); throws not_found when there is no such link. */
export async function setLineageShare(db: Database, actor: Actor, input: LineageShareInput): Promise<void> {
  await db.transaction((tx) => setLineageShareIn(tx, actor, input));
}

/** {@link setLineageShare} inside an open transaction. */
export async function setLineageShareIn(tx: Sql, actor: Actor, input: LineageShareInput): Promise<void> {
  if (!(Number.isFinite(input.share) && input.share > 0 && input.share <= 1))
    throw new AppError('validation_failed', 'Tỷ lệ chia tách không hợp lệ.', {
      issues: [{ path: 'share', message: 'Tỷ lệ phải lớn hơn 0 và không quá 1.' }],
    });
  if (input.basis === 'figure' && !input.figure?.trim())
    throw new AppError('validation_failed', 'Cần tên chỉ số làm căn cứ tỷ lệ.', {
      issues: [{ path: 'figure', message: 'Khi căn cứ là một chỉ số, cần ghi mã chỉ số.' }],
    });
  const rows = await tx.query<Record<string, unknown>>(
    `select l.id, l.share::text as share, l.share_basis, l.share_figure, l.notes, t.code as to_code
     from unit_lineage l join units f on f.id = l.from_unit_id join units t on t.id = l.to_unit_id
     where f.code = $1 and t.code = $2 order by l.effective_date desc limit 1 for update of l`,
    [input.fromCode, input.toCode],
  );
  const before = rows[0];
  if (!before)
    throw new AppError(
      'not_found',
      `Không có quan hệ sắp xếp từ đơn vị ${input.fromCode} sang ${input.toCode}.`,
    );
  await tx.query(
    `update unit_lineage set share = $2::text::numeric, share_basis = $3, share_figure = $4,
       notes = coalesce($5, notes) where id = $1`,
    [before.id, String(input.share), input.basis, input.figure ?? null, input.note ?? null],
  );
  await insertAudit(tx, actor, {
    action: 'unit.lineage.share',
    entity: 'unit_lineage',
    entityId: String(before.id),
    unitCode: input.toCode,
    before,
    after: input,
  });
}
