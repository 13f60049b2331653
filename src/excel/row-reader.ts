/**
 * Reads the cells of one record by column key, reporting each problem at its cell; required
 * columns left empty are reported too. Used by the per-sheet parsers.
 */
import {
  isEmpty,
  readCode,
  readEnum,
  readInteger,
  readNumber,
  readText,
  reportMissing,
  type CellContext,
} from './cells';
import type { IssueList } from './issues';
import type { LabelTable } from './labels';
import type { Column } from './layout';
import type { NumberLocale } from './number-text';
import { readPeriod } from './period-cell';
import { EMPTY, type RawCell } from './raw-cell';
import { letterOf, type ColumnMap, type Record } from './table';

/** Cell readers bound to one row. */
export interface RowReader {
  row: number;
  sheet: string;
  raw(key: string): RawCell;
  /** The context of a cell, to report a problem found later (e.g. an unknown target code). */
  ctx(key: string): CellContext;
  text(key: string): string | undefined;
  code(key: string): string | undefined;
  number(key: string): number | undefined;
  integer(key: string, min?: number, max?: number): number | undefined;
  enumOf<C extends string>(key: string, table: LabelTable<C>): C | undefined;
  period(key: string): string | undefined;
  /** The raw cell of a required column, reporting it when empty. */
  requiredRaw(key: string): RawCell;
}

/** A reader for one record of a table laid out by `columns`. */
export function rowReader(
  record: Record,
  map: ColumnMap,
  columns: Column[],
  issues: IssueList,
  locale: NumberLocale,
): RowReader {
  const ctx = (key: string): CellContext => ({
    place: {
      sheet: record.sheet,
      row: record.row,
      column: letterOf(map, columns, key),
      header: columns.find((c) => c.key === key)?.header ?? key,
    },
    issues,
    locale,
  });
  const raw = (key: string): RawCell => record.cells.get(key) ?? EMPTY;
  const required = (key: string): boolean => {
    const column = columns.find((c) => c.key === key);
    // A required column missing from the header was reported once, not on every row.
    if (column?.required && isEmpty(raw(key)) && (map.get(key) ?? -1) >= 0) {
      reportMissing(ctx(key));
      return false;
    }
    return true;
  };
  const read =
    <T>(fn: (cell: RawCell, c: CellContext) => T | undefined) =>
    (key: string): T | undefined =>
      required(key) ? fn(raw(key), ctx(key)) : undefined;
  return {
    row: record.row,
    sheet: record.sheet,
    raw,
    ctx,
    text: read(readText),
    code: read(readCode),
    number: read(readNumber),
    integer: (key, min, max) => (required(key) ? readInteger(raw(key), ctx(key), min, max) : undefined),
    enumOf: (key, table) => (required(key) ? readEnum(raw(key), ctx(key), table) : undefined),
    period: read(readPeriod),
    requiredRaw: (key) => (required(key) ? raw(key) : EMPTY),
  };
}
