/**
 * Period codes as plain strings, one parse function (after Actual Budget's `months.ts`):
 * month `2023-07`, quarter `2022-Q1`, halves `2023-H1`/`2023-H2`, nine months `2023-9M`, the
 * year to date of other lengths `2023-8M` ("8 tháng"), year `2023`, whole term (or any span of
 * whole years) `2020-2025`. Every period is a span of months: a span that starts in January is
 * a year-to-date figure ("6 tháng đầu năm"), one that starts later covers its period alone
 * ("quý III"). Ordering and "within the as-of" work on the month it ends.
 */
import type { PeriodCode } from './model';

/** A parsed period. `term` spans January of its start year to December of its end year. */
export type Period =
  | { kind: 'month'; year: number; month: number }
  | { kind: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { kind: 'half'; year: number; half: 1 | 2 }
  | { kind: 'nine-months'; year: number }
  /** The first `months` months of a year, for the lengths without a code of their own (2, 4, 5,
   * 7, 8, 10, 11): "8 tháng năm 2023". 1, 3, 6, 9 and 12 months are a month, Q1, H1, 9M, a year. */
  | { kind: 'months-to-date'; year: number; months: number }
  | { kind: 'year'; year: number }
  | { kind: 'term'; startYear: number; endYear: number };

/** The kind of a period. */
export type PeriodKind = Period['kind'];

/** Why a text is not a period. */
export type PeriodParseError = {
  ok: false;
  reason: 'empty' | 'unknown-format' | 'out-of-range';
  input: string;
};
/** A parsed period with its canonical code, or why it is not one. */
export type PeriodParseResult = { ok: true; period: Period; code: PeriodCode } | PeriodParseError;

const YEAR_MIN = 1900;
const YEAR_MAX = 2200;
const validYear = (y: number): boolean => Number.isInteger(y) && y >= YEAR_MIN && y <= YEAR_MAX;

/** Parses a period code ("2022-Q1", "2023-H2", "2023-9M", "2023-07", "2023", "2020-2025"). */
export function parsePeriod(code: string): PeriodParseResult {
  const cached = parsedPeriods.get(code);
  if (cached) return cached;
  const result = Object.freeze(parsePeriodUncached(code));
  if (result.ok) Object.freeze(result.period);
  // Period codes are few (a term has about a hundred); the bound only guards against abuse.
  if (parsedPeriods.size >= PARSED_PERIODS_LIMIT) parsedPeriods.clear();
  parsedPeriods.set(code, result);
  return result;
}

/** Parsing is on every hot path of an evaluation, so results are kept, frozen and shared. */
const parsedPeriods = new Map<string, PeriodParseResult>();
const PARSED_PERIODS_LIMIT = 10_000;

function parsePeriodUncached(code: string): PeriodParseResult {
  const input = code;
  const s = code.trim().toUpperCase();
  if (s === '') return { ok: false, reason: 'empty', input };
  let m: RegExpExecArray | null;
  let period: Period | undefined;
  if ((m = /^(\d{4})$/.exec(s))) period = { kind: 'year', year: Number(m[1]) };
  else if ((m = /^(\d{4})-(\d{2})$/.exec(s))) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return { ok: false, reason: 'out-of-range', input };
    period = { kind: 'month', year: Number(m[1]), month };
  } else if ((m = /^(\d{4})-Q([1-4])$/.exec(s)))
    period = { kind: 'quarter', year: Number(m[1]), quarter: Number(m[2]) as 1 | 2 | 3 | 4 };
  else if ((m = /^(\d{4})-H([12])$/.exec(s)))
    period = { kind: 'half', year: Number(m[1]), half: Number(m[2]) as 1 | 2 };
  else if ((m = /^(\d{4})-(\d{1,2})M$/.exec(s))) {
    const months = Number(m[2]);
    if (months < 1 || months > 12) return { ok: false, reason: 'out-of-range', input };
    period = yearToDate(Number(m[1]), months);
  } else if ((m = /^(\d{4})-(\d{4})$/.exec(s))) {
    const startYear = Number(m[1]);
    const endYear = Number(m[2]);
    if (endYear <= startYear || !validYear(endYear)) return { ok: false, reason: 'out-of-range', input };
    period = { kind: 'term', startYear, endYear };
  }
  if (!period) return { ok: false, reason: 'unknown-format', input };
  if (!validYear(startYearOf(period))) return { ok: false, reason: 'out-of-range', input };
  return { ok: true, period, code: formatPeriod(period) };
}

/** The first `months` months of `year` as its canonical period: 1 → January, 3 → Q1, 6 → H1,
 * 9 → 9M, 12 → the year, others → months-to-date. */
export function yearToDate(year: number, months: number): Period {
  switch (months) {
    case 1:
      return { kind: 'month', year, month: 1 };
    case 3:
      return { kind: 'quarter', year, quarter: 1 };
    case 6:
      return { kind: 'half', year, half: 1 };
    case 9:
      return { kind: 'nine-months', year };
    case 12:
      return { kind: 'year', year };
    default:
      return { kind: 'months-to-date', year, months };
  }
}

/** Parses a code that is known to be valid (validated at the edges); throws on a bad one. */
export function periodOf(code: PeriodCode): Period {
  const r = parsePeriod(code);
  if (!r.ok) throw new RangeError(`Invalid period code: ${code}`);
  return r.period;
}

/** Whether a string is a valid period code. */
export function isPeriodCode(code: string): boolean {
  return parsePeriod(code).ok;
}

/** Whether a string is a period code written in its one canonical form ("2023-H1", not
 * "2023-h1" or "2023-6M"): what the edges accept and the database stores. */
export function isCanonicalPeriodCode(code: unknown): code is PeriodCode {
  if (typeof code !== 'string') return false;
  const parsed = parsePeriod(code);
  return parsed.ok && parsed.code === code;
}

/** The canonical code of a period. */
export function formatPeriod(p: Period): PeriodCode {
  switch (p.kind) {
    case 'month':
      return `${p.year}-${String(p.month).padStart(2, '0')}`;
    case 'quarter':
      return `${p.year}-Q${p.quarter}`;
    case 'half':
      return `${p.year}-H${p.half}`;
    case 'nine-months':
      return `${p.year}-9M`;
    case 'months-to-date':
      return `${p.year}-${p.months}M`;
    case 'year':
      return String(p.year);
    case 'term':
      return `${p.startYear}-${p.endYear}`;
  }
}

function startYearOf(p: Period): number {
  return p.kind === 'term' ? p.startYear : p.year;
}

/** First month of a period as an absolute month number (year * 12 + month - 1). */
export function startMonthIndex(p: Period): number {
  switch (p.kind) {
    case 'month':
      return p.year * 12 + p.month - 1;
    case 'quarter':
      return p.year * 12 + (p.quarter - 1) * 3;
    case 'half':
      return p.year * 12 + (p.half - 1) * 6;
    case 'nine-months':
    case 'months-to-date':
    case 'year':
      return p.year * 12;
    case 'term':
      return p.startYear * 12;
  }
}

/** Last month of a period as an absolute month number (year * 12 + month - 1). */
export function endMonthIndex(p: Period): number {
  switch (p.kind) {
    case 'month':
      return p.year * 12 + p.month - 1;
    case 'quarter':
      return p.year * 12 + p.quarter * 3 - 1;
    case 'half':
      return p.year * 12 + p.half * 6 - 1;
    case 'nine-months':
      return p.year * 12 + 8;
    case 'months-to-date':
      return p.year * 12 + p.months - 1;
    case 'year':
      return p.year * 12 + 11;
    case 'term':
      return p.endYear * 12 + 11;
  }
}

/** The year and month (1-12) a period ends in: `2023-H1` → {year: 2023, month: 6}. */
export function endMonth(code: PeriodCode): { year: number; month: number } {
  const i = endMonthIndex(periodOf(code));
  return { year: Math.floor(i / 12), month: (i % 12) + 1 };
}

/** The year a period ends in. */
export function endYear(code: PeriodCode): number {
  return endMonth(code).year;
}

/** Orders periods by the month they end, then the longer span first (2023 before 2023-Q4), then
 * by code, so that sorting is total and stable. */
export function comparePeriods(a: PeriodCode, b: PeriodCode): number {
  const pa = periodOf(a);
  const pb = periodOf(b);
  const byEnd = endMonthIndex(pa) - endMonthIndex(pb);
  if (byEnd !== 0) return byEnd;
  const byStart = startMonthIndex(pa) - startMonthIndex(pb);
  if (byStart !== 0) return byStart;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Whether `period` has ended by the end of `asOf` (its last month is not after the as-of's). */
export function isWithinAsOf(period: PeriodCode, asOf: PeriodCode): boolean {
  return endMonthIndex(periodOf(period)) <= endMonthIndex(periodOf(asOf));
}

/** Whether `inner` lies inside `outer` (2022-Q1 inside 2022 and inside 2020-2025). */
export function isPeriodInside(inner: PeriodCode, outer: PeriodCode): boolean {
  const i = periodOf(inner);
  const o = periodOf(outer);
  return startMonthIndex(i) >= startMonthIndex(o) && endMonthIndex(i) <= endMonthIndex(o);
}

/** The same period one year earlier ("2022-Q1" → "2021-Q1"); a term has none. */
export function previousYearSamePeriod(code: PeriodCode): PeriodCode | undefined {
  const p = periodOf(code);
  if (p.kind === 'term') return undefined;
  return formatPeriod({ ...p, year: p.year - 1 });
}

/** The year-to-date period that ends with `code`: "2023-Q3" → "2023-9M", "2023-08" →
 * "2023-8M", "2023-H2" → "2023"; a term has none. */
export function cumulativeToDate(code: PeriodCode): PeriodCode | undefined {
  const p = periodOf(code);
  if (p.kind === 'term') return undefined;
  return formatPeriod(yearToDate(p.year, endMonth(code).month));
}

/** Whether a period runs from January of its year (a year-to-date figure: Q1, H1, 9M, the year,
 * or January). */
export function isYearToDate(code: PeriodCode): boolean {
  const p = periodOf(code);
  return p.kind !== 'term' && startMonthIndex(p) % 12 === 0;
}

/** The years of a term that count as its plan years: "2020-2025" → [2021, …, 2025]. The start
 * year is the base year (the congress year) whose value growth is measured from. */
export function termYears(term: PeriodCode): number[] {
  const p = periodOf(term);
  if (p.kind !== 'term') return [p.kind === 'year' ? p.year : startYearOf(p)];
  const years: number[] = [];
  for (let y = p.startYear + 1; y <= p.endYear; y++) years.push(y);
  return years;
}

/** The base year of a term (its start year): "2020-2025" → 2020. */
export function termBaseYear(term: PeriodCode): number {
  return startYearOf(periodOf(term));
}

/** The last year of a term: "2020-2025" → 2025. */
export function termEndYear(term: PeriodCode): number {
  const p = periodOf(term);
  return p.kind === 'term' ? p.endYear : endYear(term);
}

/** Plan years of a term that have fully ended by the as-of ("2020-2025" as of 2023-H1 → [2021, 2022]). */
export function completedTermYears(term: PeriodCode, asOf: PeriodCode): number[] {
  return termYears(term).filter((y) => isWithinAsOf(String(y), asOf));
}
