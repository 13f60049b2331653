/**
 * A period cell: a code ("2023-Q1", "2023") or the Vietnamese wording of reports ("quý I/2023",
 * "6 tháng đầu năm 2023", "9 tháng năm 2023", "tháng 7/2023", "năm 2023", "nhiệm kỳ 2020-2025"),
 * read by the core's `parsePeriodVi`. A year typed as a number cell (2023) is a year.
 */
import type { PeriodCode } from '../core';
import { parsePeriodVi } from '../core';
import { readText, type CellContext } from './cells';
import { clip } from './number-text';
import type { RawCell } from './raw-cell';

/** Reads a period cell; reports an unknown or impossible period at the cell. */
export function readPeriod(raw: RawCell, ctx: CellContext): PeriodCode | undefined {
  if (raw.type === 'number' && Number.isInteger(raw.value)) raw = { type: 'text', value: String(raw.value) };
  const text = readText(raw, ctx);
  if (text === undefined) return undefined;
  const parsed = parsePeriodVi(text);
  if (!parsed.ok) {
    ctx.issues.add(
      ctx.place,
      `'${clip(text)}' không phải là kỳ hợp lệ (ví dụ: năm 2023, quý I/2023, 6 tháng đầu năm 2023, 2023-Q1)`,
    );
    return undefined;
  }
  return parsed.code;
}
