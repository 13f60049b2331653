/**
 * The "So sánh" sheet (benchmarks: values of other units to compare with, with rank) and the
 * "Điều chỉnh" sheet (goals changed by a recorded decision: old and new goal, document, date).
 * Adjusted goals are numbers or ranges ("7,5 - 8"): the goals adjustments are made to in practice.
 */
import { parseShortDateVi, type IsoDate, type TargetGoal } from '../core';
import { readNumber, readText, type CellContext } from './cells';
import type { IssueList } from './issues';
import { ADJUSTMENT_COLUMNS, BENCHMARK_COLUMNS } from './layout';
import { clip, parseNumberText, type NumberLocale } from './number-text';
import type { ParsedAdjustment, ParsedBenchmark } from './parsed-file';
import type { RawCell } from './raw-cell';
import { rowReader } from './row-reader';
import { mapColumns, readRecords, type RawTable } from './table';

/** Reads every benchmark row. */
export function parseBenchmarkSheet(
  table: RawTable,
  issues: IssueList,
  locale: NumberLocale,
): ParsedBenchmark[] {
  const map = mapColumns(table, BENCHMARK_COLUMNS, issues);
  const out: ParsedBenchmark[] = [];
  for (const record of readRecords(table, map)) {
    const at = rowReader(record, map, BENCHMARK_COLUMNS, issues, locale);
    const before = issues.items.length;
    const targetCode = at.code('targetCode');
    const period = at.period('period');
    const label = at.text('label');
    const value = at.number('value');
    const position = at.integer('rankPosition', 1, 100000);
    const of = at.integer('rankOf', 1, 100000);
    const scope = at.text('rankScope');
    const unitCode = at.code('unitCode');
    if ((position === undefined) !== (of === undefined)) {
      issues.add(
        at.ctx(position === undefined ? 'rankPosition' : 'rankOf').place,
        'cần cả "Xếp thứ" và "Trên tổng số"',
      );
    } else if (position !== undefined && of !== undefined && position > of) {
      issues.add(at.ctx('rankPosition').place, `xếp thứ ${position} lớn hơn tổng số ${of}`);
    }
    if (issues.items.length > before || !targetCode || !period || !label || value === undefined) continue;
    out.push({
      at,
      targetCode,
      benchmark: {
        period,
        label,
        value,
        ...(position !== undefined && of !== undefined ? { rank: { position, of, scope: scope ?? '' } } : {}),
      },
      ...(unitCode ? { unitCode } : {}),
    });
  }
  return out;
}

/** Reads every adjustment row. */
export function parseAdjustmentSheet(
  table: RawTable,
  issues: IssueList,
  locale: NumberLocale,
): ParsedAdjustment[] {
  const map = mapColumns(table, ADJUSTMENT_COLUMNS, issues);
  const out: ParsedAdjustment[] = [];
  for (const record of readRecords(table, map)) {
    const at = rowReader(record, map, ADJUSTMENT_COLUMNS, issues, locale);
    const before = issues.items.length;
    const targetCode = at.code('targetCode');
    const oldGoal = readGoalCell(at.requiredRaw('oldGoal'), at.ctx('oldGoal'));
    const newGoal = readGoalCell(at.requiredRaw('newGoal'), at.ctx('newGoal'));
    const decision = at.text('decision');
    const date = readDate(at.requiredRaw('date'), at.ctx('date'));
    const reason = at.text('reason');
    const unitCode = at.code('unitCode');
    if (issues.items.length > before || !targetCode || !oldGoal || !newGoal || !decision || !date) continue;
    out.push({
      at,
      targetCode,
      adjustment: { oldGoal, newGoal, decision, date, ...(reason ? { reason } : {}) },
      ...(unitCode ? { unitCode } : {}),
    });
  }
  return out;
}

/** A number goal (number cell or text), or a range "min - max". */
export function readGoalCell(raw: RawCell, ctx: CellContext): TargetGoal | undefined {
  if (raw.type === 'empty') return undefined;
  // A range is written "7,5 - 8" (spaces around the hyphen) or "7,5–8" (en dash), so that a
  // negative number ("-5") is not taken for one.
  const m = raw.type === 'text' ? /^(.+?)(?:\s+-\s+|\s*–\s*)(.+)$/.exec(raw.value.trim()) : null;
  if (raw.type === 'text' && m) {
    const min = parseNumberText(m[1] ?? '', ctx.locale);
    const max = parseNumberText(m[2] ?? '', ctx.locale);
    if (min.ok && max.ok && min.value <= max.value) return { type: 'range', min: min.value, max: max.value };
    ctx.issues.add(ctx.place, `'${clip(raw.value)}' không phải là khoảng "từ - đến" hợp lệ`);
    return undefined;
  }
  const value = readNumber(raw, ctx);
  return value === undefined ? undefined : { type: 'number', value };
}

/** The goal as one cell: the number, or "min - max" for a range (undefined for other goals). */
export function goalCellText(goal: TargetGoal, locale: NumberLocale = 'vi'): number | string | undefined {
  const num = (v: number) => (locale === 'vi' ? String(v).replace('.', ',') : String(v));
  if (goal.type === 'number') return goal.value;
  if (goal.type === 'range') return `${num(goal.min)} - ${num(goal.max)}`;
  return undefined;
}

/** A date cell, or text as the core reads dates: 2025-08-15, 15/08/2025, 15.8.2025. */
export function readDate(raw: RawCell, ctx: CellContext): IsoDate | undefined {
  if (raw.type === 'date') return raw.value.toISOString().slice(0, 10);
  const text = readText(raw, ctx);
  if (text === undefined) return undefined;
  const parsed = parseShortDateVi(text);
  if (parsed.ok) return parsed.date;
  ctx.issues.add(ctx.place, `'${clip(text)}' không phải là ngày (YYYY-MM-DD hoặc ngày/tháng/năm)`);
  return undefined;
}
