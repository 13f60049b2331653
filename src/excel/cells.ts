/**
 * Readers of one cell by kind. Each returns the value, or `undefined` after adding a located
 * Vietnamese issue. Formulas are never evaluated: in a number cell the result Excel saved with
 * the file is taken (offices sum figures in their sheets); in a text cell a formula is refused,
 * because its text is not what the user sees and its result may be forged.
 */
import { codeOf, labelsOf, type LabelTable } from './labels';
import { LIMITS } from './layout';
import { clip, parseNumberText, type NumberLocale } from './number-text';
import type { RawCell } from './raw-cell';
import { restoreText } from './text-safety';
import type { CellPlace, IssueList } from './issues';

/** Where the cell is, and where to report problems. */
export interface CellContext {
  place: CellPlace;
  issues: IssueList;
  locale: NumberLocale;
}

/** Whether the cell holds nothing. */
export function isEmpty(raw: RawCell): boolean {
  return raw.type === 'empty';
}

/** Reports a missing required value. */
export function reportMissing(ctx: CellContext): undefined {
  ctx.issues.add(ctx.place, 'bắt buộc nhập, đang để trống');
  return undefined;
}

/** Free text as stored (trimmed). Numbers become their plain text ("2.3" stays "2.3"). */
export function readText(raw: RawCell, ctx: CellContext): string | undefined {
  let text: string;
  switch (raw.type) {
    case 'empty':
      return undefined;
    case 'text':
      text = restoreText(raw.value.trim());
      break;
    case 'number':
      text = String(raw.value);
      break;
    case 'boolean':
      text = raw.value ? 'TRUE' : 'FALSE';
      break;
    case 'date':
      text = raw.value.toISOString().slice(0, 10);
      break;
    case 'formula':
      ctx.issues.add(
        ctx.place,
        `ô chứa công thức '${clip(raw.formula)}'; ô chữ phải là văn bản, hệ thống không tính công thức`,
      );
      return undefined;
    case 'error':
      ctx.issues.add(ctx.place, `ô bị lỗi (${raw.text})`);
      return undefined;
  }
  // PostgreSQL text cannot hold NUL; other control characters are kept out of stored text.
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) {
    ctx.issues.add(ctx.place, 'chứa ký tự điều khiển không hợp lệ');
    return undefined;
  }
  if (text.length > LIMITS.textChars) {
    ctx.issues.add(ctx.place, `dài ${text.length} ký tự, vượt giới hạn ${LIMITS.textChars} ký tự`);
    return undefined;
  }
  return text;
}

/** A short identifier: one line, at most 100 characters. */
export function readCode(raw: RawCell, ctx: CellContext): string | undefined {
  const text = readText(raw, ctx);
  if (text === undefined) return undefined;
  if (/[\r\n\t]/.test(text) || text.length > 100) {
    ctx.issues.add(ctx.place, `'${clip(text)}' không phải là mã hợp lệ (một dòng, tối đa 100 ký tự)`);
    return undefined;
  }
  return text;
}

/** A real number within ±1e15: a number cell, Vietnamese text, or a formula's saved result. */
export function readNumber(raw: RawCell, ctx: CellContext): number | undefined {
  let value: number;
  switch (raw.type) {
    case 'empty':
      return undefined;
    case 'number':
      value = raw.value;
      break;
    case 'text': {
      const parsed = parseNumberText(restoreText(raw.value), ctx.locale);
      if (!parsed.ok) {
        ctx.issues.add(ctx.place, parsed.reason);
        return undefined;
      }
      value = parsed.value;
      break;
    }
    case 'formula':
      if (typeof raw.result !== 'number') {
        ctx.issues.add(ctx.place, `công thức '${clip(raw.formula)}' không có kết quả số được lưu trong tệp`);
        return undefined;
      }
      value = raw.result;
      break;
    case 'boolean':
    case 'date':
      ctx.issues.add(ctx.place, `ô kiểu ${raw.type === 'date' ? 'ngày tháng' : 'đúng/sai'} không phải là số`);
      return undefined;
    case 'error':
      ctx.issues.add(ctx.place, `ô bị lỗi (${raw.text})`);
      return undefined;
  }
  return checkNumber(value, ctx);
}

/** The number if it is finite and within ±1e15; undefined after reporting at the cell. */
export function checkNumber(value: number, ctx: CellContext): number | undefined {
  if (!Number.isFinite(value)) {
    ctx.issues.add(ctx.place, 'không phải là số hữu hạn');
    return undefined;
  }
  if (Math.abs(value) > LIMITS.maxAbs) {
    ctx.issues.add(ctx.place, `số ${value} vượt quá giới hạn ±1.000.000.000.000.000 (10^15)`);
    return undefined;
  }
  return value;
}

/** A whole number, optionally within [min, max]. */
export function readInteger(raw: RawCell, ctx: CellContext, min?: number, max?: number): number | undefined {
  const value = readNumber(raw, ctx);
  if (value === undefined) return undefined;
  if (!Number.isInteger(value)) {
    ctx.issues.add(ctx.place, `${value} không phải là số nguyên`);
    return undefined;
  }
  if ((min !== undefined && value < min) || (max !== undefined && value > max)) {
    ctx.issues.add(ctx.place, `${value} nằm ngoài khoảng cho phép ${min ?? ''}–${max ?? ''}`);
    return undefined;
  }
  return value;
}

/** One label of a list (or its code); the message lists the accepted labels. */
export function readEnum<C extends string>(
  raw: RawCell,
  ctx: CellContext,
  table: LabelTable<C>,
): C | undefined {
  const text = readText(raw, ctx);
  if (text === undefined) return undefined;
  const code = codeOf(table, text);
  if (code === undefined) {
    ctx.issues.add(ctx.place, `'${clip(text)}' không thuộc danh mục (${labelsOf(table).join('; ')})`);
  }
  return code;
}
