/**
 * The pure part of the data-entry grid: which period columns a year shows, the latest saved
 * figure per cell, keyboard moves and the parsing of a block pasted from Excel.
 */
import { figureKey, figuresInForce, parsePeriod, type FigureInForce } from '../../lib/core';
import type { Observation } from '../../../core';

/** The column sets offices report: the year alone, quarters, months, the year to date as
 * reported (quý I, 6 tháng, 9 tháng, cả năm), or all of them. */
export type Granularity = 'year' | 'quarter' | 'month' | 'to-date' | 'all';

const months = (year: number): string[] =>
  Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
const quarters = (year: number): string[] => [1, 2, 3, 4].map((q) => `${year}-Q${q}`);

/** Period codes of the columns for a year: "2023" | "2023-Q1".."2023-Q4" | "2023-01".."2023-12" |
 * "2023-Q1", "2023-H1", "2023-9M", "2023" | every one of them. */
export function periodColumns(year: number, granularity: Granularity): string[] {
  if (granularity === 'year') return [String(year)];
  if (granularity === 'quarter') return quarters(year);
  if (granularity === 'month') return months(year);
  const toDate = [`${year}-Q1`, `${year}-H1`, `${year}-9M`, String(year)];
  if (granularity === 'to-date') return toDate;
  return [...months(year), ...quarters(year), `${year}-H1`, `${year}-9M`, String(year)];
}

/** What a column covers: the year to date (6 tháng, 9 tháng, quý I, tháng 1), the period alone
 * (quý III, tháng 8) or the whole year. */
export function coverageOf(period: string): 'to-date' | 'alone' | 'year' {
  const parsed = parsePeriod(period);
  if (!parsed.ok) return 'alone';
  const p = parsed.period;
  if (p.kind === 'year' || p.kind === 'term') return 'year';
  if (p.kind === 'half') return p.half === 1 ? 'to-date' : 'alone';
  if (p.kind === 'nine-months' || p.kind === 'months-to-date') return 'to-date';
  if (p.kind === 'quarter') return p.quarter === 1 ? 'to-date' : 'alone';
  return p.month === 1 ? 'to-date' : 'alone';
}

/** The same period a year earlier: "2023-H1" → "2022-H1". */
export function samePeriodLastYear(period: string): string {
  return `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;
}

/** The cells of the rectangle between two positions, row by row. */
export function cellsBetween(a: Position, b: Position): Position[] {
  const out: Position[] = [];
  for (let row = Math.min(a.row, b.row); row <= Math.max(a.row, b.row); row += 1)
    for (let col = Math.min(a.col, b.col); col <= Math.max(a.col, b.col); col += 1) out.push({ row, col });
  return out;
}

/** Years of a term "2020-2025" → [2020, …, 2025]; an unreadable term gives an empty list. */
export function termYearList(term: string): number[] {
  const match = /^(\d{4})-(\d{4})$/.exec(term);
  if (!match) return [];
  const from = Number(match[1]);
  const to = Number(match[2]);
  return to >= from && to - from < 20 ? Array.from({ length: to - from + 1 }, (_, i) => from + i) : [];
}

/** The key of a cell: the core's key of a figure. */
export const cellKey = figureKey;

/** The figure in force of every (target, period), by the core's one rule: what a cell shows
 * before editing (an official figure stays shown beside a later estimate); a save names its
 * `latestRevision`. */
export function latestObservations(observations: readonly Observation[]): Map<string, FigureInForce> {
  return figuresInForce(observations);
}

export interface Position {
  row: number;
  col: number;
}

/** Where a navigation key moves the focus in a rows × cols grid (clamped to the edges).
 * Tab runs along the row and wraps to the next one, like a spreadsheet. */
export function moveFocus(
  position: Position,
  key: string,
  shift: boolean,
  rows: number,
  cols: number,
): Position {
  const clamp = (value: number, max: number) => Math.max(0, Math.min(max - 1, value));
  let { row, col } = position;
  switch (key) {
    case 'ArrowUp':
      row -= 1;
      break;
    case 'ArrowDown':
    case 'Enter':
      row += shift ? -1 : 1;
      break;
    case 'ArrowLeft':
      col -= 1;
      break;
    case 'ArrowRight':
      col += 1;
      break;
    case 'Tab':
      col += shift ? -1 : 1;
      if (col >= cols && row < rows - 1) return { row: row + 1, col: 0 };
      if (col < 0 && row > 0) return { row: row - 1, col: cols - 1 };
      break;
    case 'Home':
      col = 0;
      break;
    case 'End':
      col = cols - 1;
      break;
    default:
      return position;
  }
  return { row: clamp(row, rows), col: clamp(col, cols) };
}

/** Cells of a block copied from Excel: lines split by newlines, cells by tabs. A trailing empty
 * line (Excel always adds one) is dropped; quoted cells lose their quotes. */
export function parseClipboard(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) =>
    line.split('\t').map((cell) =>
      cell
        .trim()
        .replace(/^"(.*)"$/s, '$1')
        .trim(),
    ),
  );
}

/** Places a pasted block from a starting cell: the cells inside the grid and how many fell out. */
export function placeBlock(
  block: string[][],
  start: Position,
  rows: number,
  cols: number,
): { cells: { row: number; col: number; text: string }[]; clipped: number } {
  const cells: { row: number; col: number; text: string }[] = [];
  let clipped = 0;
  block.forEach((line, r) =>
    line.forEach((text, c) => {
      const row = start.row + r;
      const col = start.col + c;
      if (row < rows && col < cols) cells.push({ row, col, text });
      else clipped += 1;
    }),
  );
  return { cells, clipped };
}
