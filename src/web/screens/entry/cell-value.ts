/**
 * What a cell of the grid accepts for each kind of target, read and written the Vietnamese way:
 * numbers "9.710,8" ("9,8%" where a percentage is expected), milestones "Đạt"/"Chưa đạt" (the
 * core's words, as in the template and the reports), grades by name, structures "75/20/5".
 */
import type { Observation, Target } from '../../../core';
import { formatFigure, formatNumberVi, parseNumberVi } from '../../lib/core';
import { translate } from '../../lib/i18n';

export type CellParse = { ok: true; value: Observation['value'] } | { ok: false; message: string };

const YES = ['đạt', 'dat', 'có', 'co', 'x', 'rồi', 'yes', 'true', '1', 'hoàn thành'];
const NO = ['chưa đạt', 'chua dat', 'không đạt', 'không', 'khong', 'chưa', 'chua', 'no', 'false', '0'];

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

/** Whether a target's figures are percentages ("9,8%" and "9,8" both mean 9,8). */
const inPercent = (target: Target): boolean => target.unit.trim().startsWith('%');

/** Reads what was typed in a cell for a target. Empty text is not a figure. */
export function parseCellText(target: Target, raw: string): CellParse {
  let text = raw.normalize('NFC').trim();
  if (inPercent(target) && /%$/.test(text)) text = text.replace(/\s*%$/, '');
  if (text === '') return { ok: false, message: 'Ô trống: nhập số liệu hoặc nhấn Delete để bỏ thay đổi.' };
  const goal = target.goal;
  if (goal.type === 'milestone') {
    const lower = text.toLowerCase().replace(/\s+/g, ' ');
    if (YES.includes(lower)) return { ok: true, value: true };
    if (NO.includes(lower)) return { ok: true, value: false };
    return { ok: false, message: `"${text}": ${translate('milestoneHelp')}` };
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
  // A milestone reads the same in the grid, the template and the reports: "Đạt" / "Chưa đạt".
  if (typeof value === 'boolean') return formatFigure(target, value);
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map((v) => formatNumberVi(v, decimalsOf(v, 0))).join('/');
  return formatNumberVi(value, decimalsOf(value, target.precision));
}
