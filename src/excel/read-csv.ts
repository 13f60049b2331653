/**
 * Opens a CSV file as one raw table. Vietnamese CSV (what Excel writes in vi-VN) separates
 * fields with ';' and writes decimals with ','; CSV from other tools uses ',' and '.'. The
 * separator is taken from the header line unless given; the number style follows it unless
 * given. A UTF-8 byte-order mark is dropped. Every field stays text: nothing is evaluated.
 */
import { parse } from 'csv-parse/sync';
import { formatNumberVi } from '../core';
import type { IssueList } from './issues';
import { LIMITS } from './layout';
import type { NumberLocale } from './number-text';
import { rawFromText } from './raw-cell';
import type { RawTable } from './table';

export interface CsvOptions {
  delimiter?: ';' | ',' | '\t';
  locale?: NumberLocale;
}

/** The table of a CSV file and the number style to read it with, or undefined with an issue. */
export function readCsv(
  text: string,
  sheet: string,
  issues: IssueList,
  options: CsvOptions = {},
): { table: RawTable; locale: NumberLocale } | undefined {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = options.delimiter ?? guessDelimiter(firstLine);
  const locale = options.locale ?? (delimiter === ',' ? 'en' : 'vi');
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(body, {
      delimiter,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      to_line: LIMITS.rows + 2,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    issues.add({ sheet, row: lineOf(error) }, `tệp CSV không đúng định dạng: ${csvReason(error)}`);
    return undefined;
  }
  if (records.length > LIMITS.rows + 1) {
    issues.add({ sheet, row: 0 }, `tệp có hơn ${formatNumberVi(LIMITS.rows)} dòng số liệu, vượt giới hạn`);
    return undefined;
  }
  const [header, ...rows] = records;
  return {
    locale,
    table: {
      sheet,
      headerRow: header?.info.lines ?? 1,
      header: (header?.record ?? []).map(rawFromText),
      // The line a record ends on: the row number a text editor shows.
      rows: rows.map(({ record, info }) => ({ row: info.lines, cells: record.map(rawFromText) })),
    },
  };
}

function guessDelimiter(line: string): ';' | ',' | '\t' {
  const count = (c: string) => line.split(c).length - 1;
  const tabs = count('\t');
  const semis = count(';');
  const commas = count(',');
  if (tabs > semis && tabs > commas) return '\t';
  return commas > semis ? ',' : ';';
}

function csvReason(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'CSV_QUOTE_NOT_CLOSED') return 'dấu ngoặc kép (") mở mà không đóng';
  if (code === 'CSV_INVALID_CLOSING_QUOTE') return 'có ký tự ngay sau dấu ngoặc kép đóng';
  if (code === 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE') return 'có ký tự ngay sau dấu ngoặc kép đóng';
  return `không đọc được (${typeof code === 'string' ? code : 'lỗi không rõ'})`;
}

function lineOf(error: unknown): number {
  const line = (error as { lines?: unknown } | null)?.lines;
  return typeof line === 'number' ? line : 0;
}
