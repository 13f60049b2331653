/**
 * Periods as Vietnamese reports write them: "tháng 7/2023", "quý I/2022", "6 tháng đầu năm 2023",
 * "6 tháng cuối năm 2023", "9 tháng năm 2023", "8 tháng năm 2023", "năm 2023", "nhiệm kỳ 2020-2025".
 */
import type { PeriodCode } from './model';
import {
  formatPeriod,
  parsePeriod,
  periodOf,
  yearToDate,
  type Period,
  type PeriodParseResult,
} from './periods';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** Prints a period in Vietnamese ("2022-Q1" → "quý I/2022"). Accepts a code or a parsed period. */
export function formatPeriodVi(period: PeriodCode | Period): string {
  const p = typeof period === 'string' ? periodOf(period) : period;
  switch (p.kind) {
    case 'month':
      return `tháng ${p.month}/${p.year}`;
    case 'quarter':
      return `quý ${ROMAN[p.quarter - 1]}/${p.year}`;
    case 'half':
      return `6 tháng ${p.half === 1 ? 'đầu' : 'cuối'} năm ${p.year}`;
    case 'nine-months':
      return `9 tháng năm ${p.year}`;
    case 'months-to-date':
      return `${p.months} tháng năm ${p.year}`;
    case 'year':
      return `năm ${p.year}`;
    case 'term':
      return `nhiệm kỳ ${p.startYear}-${p.endYear}`;
  }
}

/** Prints a year span in Vietnamese: "giai đoạn 2021-2023" (one year: "năm 2023"). */
export function formatYearSpanVi(from: number, to: number): string {
  return from === to ? `năm ${from}` : `giai đoạn ${from}-${to}`;
}

/** Prints a span of months (absolute indexes, year × 12 + month - 1) the way reports name it:
 * "năm 2022", "các năm 2021-2022", "quý II/2023", "6 tháng cuối năm 2023", else "từ tháng 4/2023
 * đến tháng 8/2023". */
export function formatMonthSpanVi(fromMonth: number, toMonth: number): string {
  const fromYear = Math.floor(fromMonth / 12);
  const toYear = Math.floor(toMonth / 12);
  if (fromMonth % 12 === 0 && toMonth % 12 === 11)
    return fromYear === toYear ? `năm ${fromYear}` : `các năm ${fromYear}-${toYear}`;
  const months = toMonth - fromMonth + 1;
  const m = (i: number): string => `tháng ${(i % 12) + 1}/${Math.floor(i / 12)}`;
  if (fromYear === toYear) {
    if (months === 1) return m(fromMonth);
    if (months === 3 && fromMonth % 3 === 0) return `quý ${ROMAN[(fromMonth % 12) / 3]}/${fromYear}`;
    if (fromMonth % 12 === 0) return formatPeriodVi(yearToDate(fromYear, months));
    if (months === 6 && fromMonth % 12 === 6) return `6 tháng cuối năm ${fromYear}`;
  }
  return `từ ${m(fromMonth)} đến ${m(toMonth)}`;
}

const SEP = String.raw`\s*[/\-–—]\s*|\s+năm\s+|\s+`;
const QUARTER = new RegExp(String.raw`^quý\s+(i{1,3}|iv|[1-4])(?:${SEP})(\d{4})$`);
const MONTH = new RegExp(String.raw`^tháng\s+(\d{1,2})(?:${SEP})(\d{4})$`);
const HALF = /^6\s+tháng\s+(?:(đầu|cuối)\s+)?năm\s+(\d{4})$/;
const MONTHS_TO_DATE = /^(\d{1,2})\s+tháng\s+(?:đầu\s+)?năm\s+(\d{4})$/;
const YEAR = /^(?:cả\s+)?năm\s+(\d{4})$/;
const TERM = /^(?:nhiệm\s+kỳ\s+|giai\s+đoạn\s+)?(\d{4})\s*[-–—]\s*(\d{4})$/;

/** Parses a Vietnamese period phrase (case-insensitive, tolerant of "quý 1-2022", "quý I năm
 * 2022", "tháng 07/2023", "6 tháng năm 2023" (the first half), "9 tháng đầu năm 2023", "cả năm 2023",
 * "nhiệm kỳ 2020 - 2025"); also accepts codes. */
export function parsePeriodVi(text: string): PeriodParseResult {
  const input = text;
  const s = text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
  if (s === '') return { ok: false, reason: 'empty', input };
  let m: RegExpExecArray | null;
  let p: Period | undefined;
  if ((m = QUARTER.exec(s))) {
    const q = m[1] ?? '';
    const n = /^\d$/.test(q) ? Number(q) : ROMAN.indexOf(q.toUpperCase() as (typeof ROMAN)[number]) + 1;
    p = { kind: 'quarter', year: Number(m[2]), quarter: n as 1 | 2 | 3 | 4 };
  } else if ((m = MONTH.exec(s))) {
    const month = Number(m[1]);
    if (month < 1 || month > 12) return { ok: false, reason: 'out-of-range', input };
    p = { kind: 'month', year: Number(m[2]), month };
  } else if ((m = HALF.exec(s))) p = { kind: 'half', year: Number(m[2]), half: m[1] === 'cuối' ? 2 : 1 };
  else if ((m = MONTHS_TO_DATE.exec(s))) {
    const months = Number(m[1]);
    if (months < 1 || months > 12) return { ok: false, reason: 'out-of-range', input };
    p = yearToDate(Number(m[2]), months);
  } else if ((m = YEAR.exec(s))) p = { kind: 'year', year: Number(m[1]) };
  else if ((m = TERM.exec(s))) p = { kind: 'term', startYear: Number(m[1]), endYear: Number(m[2]) };
  if (!p) {
    const asCode = parsePeriod(s);
    return asCode.ok ? asCode : { ok: false, reason: 'unknown-format', input };
  }
  const checked = parsePeriod(formatPeriod(p));
  return checked.ok ? checked : { ...checked, input };
}
