/**
 * What a cell of the grid accepts for each kind of target, read and written the Vietnamese way:
 * numbers "9.710,8", milestones "có"/"không", grades by name, structures "75/20/5".
 */
import type { Observation, Target } from '../../../core';
import { formatNumberVi, parseNumberVi } from '../../lib/core';

export type CellParse = { ok: true; value: Observation['value'] } | { ok: false; message: string };

const YES = ['có', 'co', 'x', 'đạt', 'dat', 'rồi', 'yes', 'true', '1', 'hoàn thành'];
const NO = ['không', 'khong', 'chưa', 'chua', 'no', 'false', '0', 'chưa đạt'];

/** Decimals needed to show a raw value in full (never fewer than the target's precision). */
function decimalsOf(value: number, precision: number): number {
  const text = String(value);
  if (/e/i.test(text)) return Math.max(precision, 6);
  const fraction = text.split('.')[1] ?? '';
  return Math.min(Math.max(precision, fraction.length), 6);
}

function parseNumber(text: string): { ok: true; value: number } | { ok: false; message: string } {
  const parsed = parseNumberVi(text);
  if (parsed.ok) return { ok: true, value: parsed.value };
  const hint = 'Viết số kiểu Việt Nam: dấu chấm ngăn hàng nghìn, dấu phẩy thập phân, ví dụ 9.710,8.';
  if (parsed.reason === 'bad-grouping')
    return { ok: false, message: `"${text}": dấu chấm ngăn hàng nghìn đặt sai chỗ. ${hint}` };
  return { ok: false, message: `"${text}" không phải là số. ${hint}` };
}

/** Reads what was typed in a cell for a target. Empty text is not a figure. */
export function parseCellText(target: Target, raw: string): CellParse {
  const text = raw.trim();
  if (text === '') return { ok: false, message: 'Ô trống: nhập số liệu hoặc nhấn Delete để bỏ thay đổi.' };
  const goal = target.goal;
  if (goal.type === 'milestone') {
    const lower = text.toLowerCase();
    if (YES.includes(lower)) return { ok: true, value: true };
    if (NO.includes(lower)) return { ok: true, value: false };
    return { ok: false, message: `"${text}": chỉ tiêu này nhập "có" (đã đạt) hoặc "không" (chưa đạt).` };
  }
  if (goal.type === 'grade') {
    const grade = goal.scale.find((name) => name.toLowerCase() === text.toLowerCase());
    return grade
      ? { ok: true, value: grade }
      : { ok: false, message: `"${text}" không có trong thang xếp loại: ${goal.scale.join('; ')}.` };
  }
  if (goal.type === 'structure') {
    const parts = text.split(/\s*[/;]\s*/);
    if (parts.length !== goal.shares.length) {
      return {
        ok: false,
        message: `Cần ${goal.shares.length} tỷ trọng (${goal.shares.map((s) => s.name).join('/')}), cách nhau bằng dấu /.`,
      };
    }
    const values: number[] = [];
    for (const part of parts) {
      const parsed = parseNumber(part);
      if (!parsed.ok) return parsed;
      values.push(parsed.value);
    }
    return { ok: true, value: values };
  }
  return parseNumber(text);
}

/** Writes a stored value for the grid, in full (raw values are never rounded away here). */
export function formatCellValue(target: Target, value: Observation['value'] | undefined): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'có' : 'không';
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => formatNumberVi(v, decimalsOf(v, 0))).join('/');
  return formatNumberVi(value, decimalsOf(value, target.precision));
}
