/**
 * Export to CSV: one table per file (targets, figures, plans or the evaluation), UTF-8 with a
 * byte-order mark so Excel shows Vietnamese correctly. `locale: 'vi'` (default) writes what Excel
 * in vi-VN reads and writes: ';' between fields and ',' as the decimal mark ("9710,8");
 * `locale: 'en'` writes ',' and '.'. Numbers are written in full (never rounded) and without
 * thousands separators; text starting with = + - @ is neutralised. The first three tables can
 * be imported again.
 */
import { stringify } from 'csv-stringify/sync';
import { evaluationRows } from './evaluation-rows';
import { adjustmentRows, benchmarkRows, figureRows, planRows, targetRows, type OutRow } from './export-rows';
import type { ExportSource } from './export-xlsx';
import {
  ADJUSTMENT_COLUMNS,
  BENCHMARK_COLUMNS,
  EVALUATION_HEADERS,
  FIGURE_COLUMNS,
  PLAN_COLUMNS,
  TARGET_COLUMNS,
  type Column,
} from './layout';
import type { NumberLocale } from './number-text';
import { neutraliseText } from './text-safety';

export type CsvTable = 'chi-tieu' | 'so-lieu' | 'ke-hoach' | 'so-sanh' | 'dieu-chinh' | 'danh-gia';
export const CSV_TABLES: CsvTable[] = [
  'chi-tieu',
  'so-lieu',
  'ke-hoach',
  'so-sanh',
  'dieu-chinh',
  'danh-gia',
];

export interface CsvExportOptions {
  locale?: NumberLocale;
}

/** A number in full, with the locale's decimal mark and no exponent. */
export function plainNumber(value: number, locale: NumberLocale): string {
  const text = expand(String(value));
  return locale === 'vi' ? text.replace('.', ',') : text;
}

/** "1.5e-7" → "0.00000015", "2e+21" → "2000000000000000000000": the shortest exact digits. */
function expand(text: string): string {
  const m = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!m) return text;
  const [, sign = '', lead = '', rest = '', exp = '0'] = m;
  const digits = lead + rest;
  const point = 1 + Number(exp);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

function cell(value: string | number | undefined, locale: NumberLocale): string {
  if (value === undefined) return '';
  if (typeof value === 'number') return plainNumber(value, locale);
  return neutraliseText(value);
}

function table(columns: Column[], rows: OutRow[], locale: NumberLocale): string[][] {
  return [columns.map((c) => c.header), ...rows.map((row) => columns.map((c) => cell(row[c.key], locale)))];
}

/** The CSV text of one table of the export. */
export function writeExportCsv(
  sources: ExportSource[],
  which: CsvTable,
  options: CsvExportOptions = {},
): string {
  const locale = options.locale ?? 'vi';
  let rows: string[][];
  switch (which) {
    case 'chi-tieu':
      rows = table(
        TARGET_COLUMNS,
        sources.flatMap((s) => targetRows(s.dossier, locale)),
        locale,
      );
      break;
    case 'so-lieu':
      rows = table(
        FIGURE_COLUMNS,
        sources.flatMap((s) => figureRows(s.dossier, locale).map((f) => f.row)),
        locale,
      );
      break;
    case 'ke-hoach':
      rows = table(
        PLAN_COLUMNS,
        sources.flatMap((s) => planRows(s.dossier, locale)),
        locale,
      );
      break;
    case 'so-sanh':
      rows = table(
        BENCHMARK_COLUMNS,
        sources.flatMap((s) => benchmarkRows(s.dossier, locale)),
        locale,
      );
      break;
    case 'dieu-chinh':
      rows = table(
        ADJUSTMENT_COLUMNS,
        sources.flatMap((s) => adjustmentRows(s.dossier, locale)),
        locale,
      );
      break;
    case 'danh-gia':
      rows = [
        EVALUATION_HEADERS.map((h) => h.header),
        ...sources.flatMap(({ dossier, evaluation }) =>
          evaluation
            ? evaluationRows(dossier, evaluation).map((r) =>
                [
                  r.unitCode,
                  r.unitName,
                  r.code,
                  r.name,
                  r.unit,
                  r.goal,
                  r.actual,
                  r.period,
                  r.percent?.value,
                  r.verdict,
                  r.band,
                  r.note,
                ].map((v) => cell(v, locale)),
              )
            : [],
        ),
      ];
      break;
  }
  return `\uFEFF${stringify(rows, { delimiter: locale === 'vi' ? ';' : ',', record_delimiter: '\r\n' })}`;
}
