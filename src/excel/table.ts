/**
 * A sheet (or a CSV file) as a table: a header row and data rows of raw cells. Columns are found
 * by their header text, so users may reorder or add columns; a missing required column is one
 * issue on the header row instead of an error on every line.
 */
import { normaliseLabel } from './labels';
import { columnLetter, type Column } from './layout';
import type { IssueList } from './issues';
import { EMPTY, type RawCell } from './raw-cell';

/** Raw rows of one sheet; `row` numbers are as the user sees them (1-based). */
export interface RawTable {
  sheet: string;
  headerRow: number;
  header: RawCell[];
  rows: { row: number; cells: RawCell[] }[];
}

/** One data row, its cells by column key, and where each column sits. */
export interface Record {
  sheet: string;
  row: number;
  cells: Map<string, RawCell>;
}

/** Where each column key sits in a table (0-based index), or -1 when the file lacks it. */
export type ColumnMap = Map<string, number>;

function headerText(cell: RawCell | undefined): string {
  if (!cell) return '';
  if (cell.type === 'text') return normaliseLabel(cell.value);
  if (cell.type === 'number') return String(cell.value);
  return '';
}

/** Finds the columns by header; reports missing required columns on the header row. */
export function mapColumns(table: RawTable, columns: Column[], issues: IssueList): ColumnMap {
  const found = new Map<string, number>();
  const texts = table.header.map(headerText);
  for (const column of columns) {
    const index = texts.indexOf(normaliseLabel(column.header));
    found.set(column.key, index);
    if (index < 0 && column.required) {
      issues.add(
        { sheet: table.sheet, row: table.headerRow },
        `thiếu cột bắt buộc '${column.header}' ở dòng tiêu đề`,
      );
    }
  }
  return found;
}

/** Data rows as records, skipping rows with nothing in any known column. */
export function readRecords(table: RawTable, map: ColumnMap): Record[] {
  const out: Record[] = [];
  for (const { row, cells } of table.rows) {
    const byKey = new Map<string, RawCell>();
    let filled = false;
    for (const [key, index] of map) {
      const cell = index >= 0 ? (cells[index] ?? EMPTY) : EMPTY;
      if (cell.type !== 'empty') filled = true;
      byKey.set(key, cell);
    }
    if (filled) out.push({ sheet: table.sheet, row, cells: byKey });
  }
  return out;
}

/** The letter of a column key in the file (or of its place in the layout when absent). */
export function letterOf(map: ColumnMap, columns: Column[], key: string): string {
  const index = map.get(key) ?? -1;
  return columnLetter(index >= 0 ? index : columns.findIndex((c) => c.key === key));
}
