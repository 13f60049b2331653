/**
 * The "Số liệu" sheet (figures by period) and the "Kế hoạch" sheet (plans and budget estimates
 * by source). Values of figures are kept raw here: how to read them depends on the target's kind.
 */
import { PLAN_KIND_LABELS, STATUS_LABELS } from './labels';
import { FIGURE_COLUMNS, PLAN_COLUMNS } from './layout';
import type { IssueList } from './issues';
import type { NumberLocale } from './number-text';
import type { ParsedFigure, ParsedPlan } from './parsed-file';
import { rowReader } from './row-reader';
import { mapColumns, readRecords, type RawTable } from './table';

/** Reads every figure row of the sheet. */
export function parseFigureSheet(table: RawTable, issues: IssueList, locale: NumberLocale): ParsedFigure[] {
  const map = mapColumns(table, FIGURE_COLUMNS, issues);
  const out: ParsedFigure[] = [];
  for (const record of readRecords(table, map)) {
    const at = rowReader(record, map, FIGURE_COLUMNS, issues, locale);
    const before = issues.items.length;
    const targetCode = at.code('targetCode');
    const period = at.period('period');
    const value = at.requiredRaw('value');
    const status = at.enumOf('status', STATUS_LABELS);
    const source = at.text('source');
    const comment = at.text('comment');
    const unitCode = at.code('unitCode');
    if (issues.items.length > before || !targetCode || !period || !status || value.type === 'empty') continue;
    out.push({
      at,
      targetCode,
      period,
      value,
      status,
      ...(source ? { source } : {}),
      ...(comment ? { comment } : {}),
      ...(unitCode ? { unitCode } : {}),
    });
  }
  return out;
}

/** Reads every plan row of the sheet. */
export function parsePlanSheet(table: RawTable, issues: IssueList, locale: NumberLocale): ParsedPlan[] {
  const map = mapColumns(table, PLAN_COLUMNS, issues);
  const absent: ParsedPlan['absent'] =
    (map.get('percentDecimals') ?? -1) < 0 ? ['percentDecimals'] : undefined;
  const out: ParsedPlan[] = [];
  for (const record of readRecords(table, map)) {
    const at = rowReader(record, map, PLAN_COLUMNS, issues, locale);
    const before = issues.items.length;
    const targetCode = at.code('targetCode');
    const period = at.period('period');
    const kind = at.enumOf('kind', PLAN_KIND_LABELS);
    const source = at.code('source');
    const label = at.text('label');
    const value = at.number('value');
    const percentDecimals = at.integer('percentDecimals', 0, 3);
    const unitCode = at.code('unitCode');
    if (
      issues.items.length > before ||
      !targetCode ||
      !period ||
      !kind ||
      !source ||
      !label ||
      value === undefined
    )
      continue;
    out.push({
      at,
      targetCode,
      plan: {
        period,
        kind,
        source,
        label,
        value,
        ...(percentDecimals !== undefined ? { percentDecimals } : {}),
      },
      ...(unitCode ? { unitCode } : {}),
      ...(absent ? { absent } : {}),
    });
  }
  return out;
}
