/**
 * The "Nghị quyết" sheet: the resolution a workbook is about, one item per row (name in column
 * A, value in column B). Needed only when the unit has no resolution yet and the import creates
 * it; an export always writes it, so an exported workbook can fill an empty database.
 */
import { readCode, readEnum, readInteger, readText, type CellContext } from './cells';
import type { IssueList } from './issues';
import { ISSUER_KIND_LABELS, normaliseLabel, UNIT_LEVEL_LABELS } from './labels';
import { RESOLUTION_FIELDS } from './layout';
import type { NumberLocale } from './number-text';
import type { ResolutionInfo } from './parsed-file';
import { EMPTY, type RawCell } from './raw-cell';
import type { RawTable } from './table';
import { parsePeriod } from '../core';
import { readDate } from './parse-records';

/** Reads the resolution items; undefined (with issues) when a required one is missing or bad. */
export function parseResolutionSheet(
  table: RawTable,
  issues: IssueList,
  locale: NumberLocale,
): ResolutionInfo | undefined {
  const rows = [{ row: table.headerRow, cells: table.header }, ...table.rows];
  // The template's sheet lists the items with no values: left empty, it describes nothing.
  if (rows.every((r) => (r.cells[1] ?? EMPTY).type === 'empty')) return undefined;
  const cell = (key: string): { raw: RawCell; ctx: CellContext } => {
    const field = RESOLUTION_FIELDS.find((f) => f.key === key);
    const wanted = normaliseLabel(field?.header ?? key);
    const found = rows.find((r) => {
      const a = r.cells[0];
      return a?.type === 'text' && normaliseLabel(a.value) === wanted;
    });
    const ctx: CellContext = {
      place: { sheet: table.sheet, row: found?.row ?? 0, column: 'B', header: field?.header },
      issues,
      locale,
    };
    if (!found && field?.required) issues.add({ sheet: table.sheet, row: 0 }, `thiếu dòng '${field.header}'`);
    const raw = found?.cells[1] ?? EMPTY;
    if (found && raw.type === 'empty' && field?.required)
      issues.add(ctx.place, 'bắt buộc nhập, đang để trống');
    return { raw, ctx };
  };
  const before = issues.items.length;
  const text = (key: string): string | undefined => {
    const c = cell(key);
    return readText(c.raw, c.ctx);
  };
  const unitCode = (() => {
    const c = cell('unitCode');
    return readCode(c.raw, c.ctx);
  })();
  const unitName = text('unitName');
  const parentCode = (() => {
    const c = cell('parentCode');
    return readCode(c.raw, c.ctx);
  })();
  const level = (() => {
    const c = cell('unitLevel');
    return readEnum(c.raw, c.ctx, UNIT_LEVEL_LABELS);
  })();
  const title = text('title');
  const congressNumber = (() => {
    const c = cell('congressNumber');
    return readInteger(c.raw, c.ctx, 1, 200);
  })();
  const termCell = cell('term');
  const term = readCode(termCell.raw, termCell.ctx);
  if (term !== undefined) {
    const parsed = parsePeriod(term);
    if (!parsed.ok || parsed.period.kind !== 'term')
      issues.add(termCell.ctx.place, `'${term}' không phải là nhiệm kỳ (ví dụ 2020-2025)`);
  }
  const dateCell = cell('congressDate');
  const congressDate = readDate(dateCell.raw, dateCell.ctx);
  const committee = text('committee');
  const issuerKind = (() => {
    const c = cell('issuerKind');
    return readEnum(c.raw, c.ctx, ISSUER_KIND_LABELS);
  })();
  const superior = text('issuerSuperior');
  const issuerName = text('issuerName');
  const place = text('issuerPlace');
  const symbol = text('issuerSymbol');
  if (issues.items.length > before) return undefined;
  if (
    !unitCode ||
    !unitName ||
    !level ||
    !title ||
    !congressNumber ||
    !term ||
    !committee ||
    !issuerKind ||
    !issuerName ||
    !place
  ) {
    return undefined;
  }
  return {
    unit: { code: unitCode, name: unitName, level, ...(parentCode ? { parentCode } : {}) },
    title,
    congress: { number: congressNumber, term, committee, ...(congressDate ? { date: congressDate } : {}) },
    issuer: {
      kind: issuerKind,
      name: issuerName,
      place,
      ...(superior ? { superior } : {}),
      ...(symbol ? { symbol } : {}),
    },
  };
}
