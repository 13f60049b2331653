/**
 * The value of a figure cell, read by the kind of its target. Text is read by the core's one rule
 * for typed figures (`readFigureText`: "9.710,8", "trên 5.000", Đạt/Chưa đạt, a grade's name,
 * shares "75; 20; 5"), the same as the grid; number and true/false cells are taken as they are.
 * Here only the located Vietnamese words of each problem.
 */
import {
  hedged,
  readFigureText,
  type FigureTextProblem,
  type Hedge,
  type NumberParseResult,
  type Observation,
  type Target,
} from '../core';
import { checkNumber, readNumber, readText, type CellContext } from './cells';
import { MILESTONE_FALSE, MILESTONE_TRUE } from './labels';
import { clip, parseNumberText, type NumberLocale } from './number-text';
import type { RawCell } from './raw-cell';

/** A figure read from its cell: the value and the hedge written before it, if any. */
export interface FigureCell {
  value: Observation['value'];
  hedge?: Hedge;
}

/** How plain numbers are written in the file. */
function numberReader(locale: NumberLocale): (text: string) => NumberParseResult {
  return (text) => {
    const parsed = parseNumberText(text, locale);
    return parsed.ok ? parsed : { ok: false, reason: 'not-a-number', input: text };
  };
}

function problemText(problem: FigureTextProblem, locale: NumberLocale): string {
  switch (problem.code) {
    case 'empty':
      return 'bắt buộc nhập, đang để trống';
    case 'not-a-number':
    case 'bad-grouping': {
      const parsed = parseNumberText(problem.text, locale);
      return parsed.ok ? `'${clip(problem.text)}' không phải là số` : parsed.reason;
    }
    case 'unexpected-percent':
      return `'${clip(problem.text)}': chỉ tiêu tính bằng ${problem.unit}, không ghi %`;
    case 'hedge-not-allowed':
      return `'${clip(problem.text)}': chỉ ghi "trên", "gần", "khoảng" trước số liệu là số`;
    case 'not-a-milestone':
      return `'${clip(problem.text)}' không hợp lệ cho chỉ tiêu mốc: ghi "${MILESTONE_TRUE}" hoặc "${MILESTONE_FALSE}"`;
    case 'not-in-scale':
      return `'${clip(problem.text)}' không thuộc thang xếp loại (${problem.scale.join('; ')})`;
    case 'share-count':
      return `cần đúng ${problem.expected} tỷ trọng (${problem.names.join('; ')}), nhận được ${problem.got}`;
  }
}

/** Reads the figure for `target`; undefined after reporting at the cell. */
export function readFigureValue(raw: RawCell, ctx: CellContext, target: Target): FigureCell | undefined {
  const goal = target.goal;
  if (raw.type === 'text') {
    const text = readText(raw, ctx);
    if (text === undefined) return undefined;
    const read = readFigureText(target, text, { readNumber: numberReader(ctx.locale) });
    if (!read.ok) {
      ctx.issues.add(ctx.place, problemText(read.problem, ctx.locale));
      return undefined;
    }
    if (typeof read.value === 'number' && checkNumber(read.value, ctx) === undefined) return undefined;
    return read.hedge ? { value: read.value, hedge: read.hedge } : { value: read.value };
  }
  if (goal.type === 'milestone') {
    if (raw.type === 'boolean') return { value: raw.value };
    if (raw.type === 'number' && (raw.value === 0 || raw.value === 1)) return { value: raw.value === 1 };
  }
  if (goal.type === 'number' || goal.type === 'range') {
    const value = readNumber(raw, ctx);
    return value === undefined ? undefined : { value };
  }
  if (goal.type === 'structure' && raw.type === 'number') {
    ctx.issues.add(ctx.place, `chỉ tiêu cơ cấu cần ${goal.shares.length} tỷ trọng cách nhau bởi ";"`);
    return undefined;
  }
  // Anything else (a formula, a date, a number for a grade) is read as its text.
  const text = readText(raw, ctx);
  if (text === undefined) return undefined;
  const read = readFigureText(target, text, { readNumber: numberReader(ctx.locale) });
  if (!read.ok) {
    ctx.issues.add(ctx.place, problemText(read.problem, ctx.locale));
    return undefined;
  }
  return { value: read.value };
}

/** The figure as written in a cell: numbers stay numbers (a hedged one is written as its text,
 * "trên 5.000", so that it reads back the same), the rest becomes text. */
export function figureCellValue(
  value: Observation['value'],
  locale: NumberLocale = 'vi',
  hedge?: Hedge,
): number | string {
  const plain = (v: number): string => (locale === 'vi' ? String(v).replace('.', ',') : String(v));
  if (typeof value === 'number') return hedge ? hedged(plain(value), hedge) : value;
  if (typeof value === 'boolean') return value ? MILESTONE_TRUE : MILESTONE_FALSE;
  if (Array.isArray(value)) return value.map(plain).join('; ');
  return value;
}
